package org.marginalia.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.marginalia.core.assist.LearnedSuggester;
import org.marginalia.core.assist.Suggesters;
import org.marginalia.core.assist.Suggestion;
import org.marginalia.core.assist.SuggestionContext;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;

/** {@code suggest --corpus DIR [--document ID] [--kind K] [--analyst ID] [--json]}: every suggester's proposals. */
final class SuggestCommand implements Commands.Command {

    /** The model's own features, which every annotation has: not attributes to print. */
    private static final Set<String> OWN = Set.of("id", "begin", "end", "note", "origin");

    @Override
    public String summary() {
        return "print the suggesters' proposals (rules, repeats and the recommender learned from the team)";
    }

    @Override
    public String usage() {
        return """
                usage: marginalia suggest --corpus DIR [--document ID] [--kind K] [--analyst ID] [--json]
                  Every proposal of every suggester for each document (or the one given): kind, span, covered
                  text, attributes, the recommender that made it and how sure it is. The learning recommender
                  learns from every analyst's annotations: with --document, from those of the other documents
                  only, so that what it proposes there is what it learned elsewhere.
                  --kind K      only proposals of the span kind K (Quote, Figure, Role, EntityMention or a schema's)
                  --analyst ID  the analyst whose own annotations the repeats suggester repeats""";
    }

    @Override
    public void run(Options options, PrintStream out) throws CorpusException, UsageException {
        LoadedCorpus corpus = CorpusStore.load(options.requiredPath("corpus"));
        String documentId = options.optional("document", null);
        String kind = options.optional("kind", null);
        String analyst = options.optional("analyst", null);
        boolean json = options.flag("json");
        options.rejectUnknown();
        LoadedAnnotations annotations = AnnotationStore.loadAllOrFail(corpus);
        List<Document> documents = corpus.corpus().getDocuments();
        if (documentId != null) {
            documents = documents.stream().filter(d -> d.getId().equals(documentId)).toList();
            if (documents.isEmpty()) {
                throw new CorpusException(new CorpusProblem(corpus.layout().description(), "has no document " + documentId));
            }
        }
        List<AnnotationSet> team = annotations.sets().stream().filter(s -> !s.isCurated()).toList();
        if (documentId != null) {
            team = team.stream().filter(s -> !s.getDocument().getId().equals(documentId)).toList();
        }
        LearnedSuggester.retrain(team);
        List<AnnotationSet> own = analyst == null ? List.of() : team.stream().filter(s -> analyst.equals(s.getAnalystId())).toList();
        EntityDirectory entities = new EntityDirectory(corpus.corpus(), annotations.sets());
        List<String> lines = new ArrayList<>();
        for (Document document : documents) {
            for (Suggestion suggestion : Suggesters.suggest(new SuggestionContext(document, entities, own, team))) {
                if (kind == null || suggestion.proposal().eClass().getName().equals(kind)) {
                    lines.add(json ? json(document, suggestion) : text(document, suggestion));
                }
            }
        }
        if (json) {
            out.println("[" + String.join(",\n", lines) + "]");
        } else {
            lines.forEach(out::println);
            out.println(lines.size() + " proposals");
        }
    }

    private static String text(Document document, Suggestion suggestion) {
        return String.format(Locale.ROOT, "%s %s %d-%d \u00ab%s\u00bb %s %.2f", document.getId(), suggestion.proposal().eClass().getName(),
                suggestion.begin(), suggestion.end(), covered(document, suggestion), suggestion.suggester(), suggestion.confidence());
    }

    private static String json(Document document, Suggestion suggestion) {
        StringBuilder attributes = new StringBuilder("{");
        for (EStructuralFeature feature : suggestion.proposal().eClass().getEAllStructuralFeatures()) {
            if (!OWN.contains(feature.getName()) && !feature.isMany() && suggestion.proposal().eIsSet(feature)) {
                attributes.append(attributes.length() == 1 ? "" : ",").append(JsonText.string(feature.getName())).append(':')
                        .append(JsonText.string(value(suggestion.proposal().eGet(feature))));
            }
        }
        return "{\"document\":" + JsonText.string(document.getId()) + ",\"kind\":" + JsonText.string(suggestion.proposal().eClass().getName())
                + ",\"begin\":" + suggestion.begin() + ",\"end\":" + suggestion.end() + ",\"text\":" + JsonText.string(covered(document, suggestion))
                + ",\"attributes\":" + attributes.append('}') + ",\"recommender\":" + JsonText.string(suggestion.suggester())
                + ",\"confidence\":" + JsonText.number(suggestion.confidence()) + "}";
    }

    private static String value(Object value) {
        if (value instanceof Entity entity) {
            return entity.getName();
        }
        return value instanceof EEnumLiteral tag ? tag.getLiteral() : String.valueOf(value);
    }

    private static String covered(Document document, Suggestion suggestion) {
        return document.getText().substring(suggestion.begin(), suggestion.end());
    }
}
