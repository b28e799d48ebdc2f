package org.marginalia.core.assist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.core.edit.Span;
import org.marginalia.core.text.TextSearch;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.model.Origin;

/**
 * Tag it once, be offered every other occurrence: for each text the analyst tagged anywhere in the corpus (any
 * kind, a schema's included), every other whole-word occurrence of it in the document is proposed as the same
 * kind with the same attributes, unless the analyst tagged that kind there already.
 */
public final class RepeatSuggester implements Suggester {

    /** Shorter texts ("a", "US") repeat too often by chance to be proposed on their own. */
    private static final int SHORTEST = 3;
    private static final double CONFIDENCE = 0.6;

    @Override
    public String name() {
        return "repeats";
    }

    @Override
    public List<Suggestion> suggest(Document document, EntityDirectory entities) {
        return List.of(); // it learns from the analyst's annotations, which only a context gives
    }

    @Override
    public List<Suggestion> suggest(SuggestionContext context) {
        String text = context.document().getText();
        if (text == null) {
            return List.of();
        }
        Map<String, Annotation> templates = new LinkedHashMap<>();
        List<Annotation> here = new ArrayList<>();
        for (AnnotationSet set : context.analystSets()) {
            String setText = set.getDocument() == null ? null : set.getDocument().getText();
            for (Annotation annotation : set.getAnnotations()) {
                if (set.getDocument() == context.document()) {
                    here.add(annotation);
                }
                if (setText != null && annotation.getBegin() >= 0 && annotation.getEnd() <= setText.length() && annotation.getBegin() < annotation.getEnd()) {
                    String words = setText.substring(annotation.getBegin(), annotation.getEnd());
                    if (words.strip().length() >= SHORTEST && !words.contains("\n")) {
                        templates.putIfAbsent(annotation.eClass().getName() + "\u0000" + words, annotation);
                    }
                }
            }
        }
        List<Suggestion> suggestions = new ArrayList<>();
        templates.forEach((key, template) -> {
            String words = key.substring(key.indexOf('\u0000') + 1);
            for (Span match : new TextSearch(words, true, true).findAll(text)) {
                boolean tagged = here.stream().anyMatch(a -> a.eClass() == template.eClass() && a.getBegin() < match.end() && match.begin() < a.getEnd());
                if (!tagged) {
                    suggestions.add(new Suggestion(like(template, match), name(), CONFIDENCE));
                }
            }
        });
        return suggestions;
    }

    /** The template's kind and attributes at another place; entities are referred to, not copied. */
    private static Annotation like(Annotation template, Span span) {
        Annotation proposal = EcoreUtil.copy(template);
        template.eClass().getEAllReferences().stream().filter(r -> !r.isContainment()).forEach(r -> proposal.eSet(r, template.eGet(r)));
        proposal.setId(null);
        proposal.setBegin(span.begin());
        proposal.setEnd(span.end());
        proposal.setNote(null);
        proposal.setOrigin(Origin.SUGGESTED);
        return proposal;
    }
}
