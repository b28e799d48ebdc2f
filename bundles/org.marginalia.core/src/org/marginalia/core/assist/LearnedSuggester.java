package org.marginalia.core.assist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityMention;
import org.marginalia.model.Figure;

/**
 * Learns every span kind (the built-in ones and a schema's) from what the team tagged in the corpus, with one
 * OpenNLP name finder per kind ({@link SpanModels}), and proposes the spans they find. Training takes a second or
 * more, so the models of a corpus are kept: {@link #retrain} (the workbench calls it in a background job after a
 * save) replaces them, retraining only the kinds whose examples changed, and a suggestion uses the last ones
 * trained, trained on the spot only the first time. Entity mentions are learned too, which tells the names the
 * team tags from those it leaves alone; one is proposed where its words name a known entity, linked to it.
 */
public final class LearnedSuggester implements Suggester {

    public static final String NAME = "learned";
    private static final Map<EObject, SpanModels> MODELS = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Suggestion> suggest(Document document, EntityDirectory entities) {
        return List.of(); // it learns from the team's annotations, which only a context gives
    }

    /**
     * What every figure holds: digits of any script, a number in words (English or Chinese/Japanese numerals), a vague
     * amount, or a month or weekday (a date).
     */
    private static final Pattern HOLDS_A_NUMBER = Pattern.compile("\\p{Nd}|[一二三四五六七八九十百千万億]|\\b(?:" + NumberWords.WORDS
            + "|(?i:dozens|hundreds|thousands|millions|billions|decades?|" + FigureSuggester.MONTH_NAMES + "|" + FigureSuggester.WEEKDAY_NAMES + "))\\b");

    @Override
    public List<Suggestion> suggest(SuggestionContext context) {
        Document document = context.document();
        if (document.getText() == null || context.teamSets().isEmpty()) {
            return List.of();
        }
        SpanModels models = MODELS.get(corpusOf(document));
        if (models == null) {
            models = retrain(context.teamSets());
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (SpanModels.Found found : models.find(document.getText())) {
            Annotation proposal = (Annotation) EcoreUtil.create(found.kind());
            proposal.setBegin(found.begin());
            proposal.setEnd(found.end());
            if (proposal instanceof Figure && !HOLDS_A_NUMBER.matcher(document.getText()).region(found.begin(), found.end()).find()) {
                continue; // "North Korean troops", learned from "12,000 North Korean troops": the counted words without the count
            }
            if (proposal instanceof EntityMention mention) {
                Optional<Entity> named = context.entities().named(document.getText().substring(found.begin(), found.end()));
                if (named.isEmpty()) {
                    continue; // a name no entity has: which entity it is, or whether a new one, is the analyst's call
                }
                mention.setEntity(named.get());
            }
            suggestions.add(new Suggestion(proposal, NAME, Math.round(found.probability() * 100) / 100.0));
        }
        return suggestions;
    }

    /** Whether the models of the document's corpus have been trained (they may be older than its last save). */
    public static boolean isTrained(Document document) {
        return MODELS.containsKey(corpusOf(document));
    }

    /** Trains the models of the sets' corpus on them and keeps them for its next suggestions; returns them. */
    public static SpanModels retrain(List<AnnotationSet> teamSets) {
        if (teamSets.isEmpty()) {
            return SpanModels.train(List.of(), List.of());
        }
        EObject corpus = corpusOf(teamSets.get(0).getDocument());
        SpanModels models = SpanModels.train(teamSets, learnable(teamSets), corpus == null ? null : MODELS.get(corpus));
        if (corpus != null) {
            MODELS.put(corpus, models);
        }
        return models;
    }

    /** The span kinds the sets use. */
    private static List<EClass> learnable(List<AnnotationSet> sets) {
        List<EClass> kinds = new ArrayList<>();
        for (AnnotationSet set : sets) {
            for (Annotation annotation : set.getAnnotations()) {
                if (!kinds.contains(annotation.eClass())) {
                    kinds.add(annotation.eClass());
                }
            }
        }
        return kinds;
    }

    private static EObject corpusOf(Document document) {
        return document == null ? null : document.eContainer();
    }
}
