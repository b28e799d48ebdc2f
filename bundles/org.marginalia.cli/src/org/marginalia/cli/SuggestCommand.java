package org.marginalia.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.marginalia.core.assist.LearnedSuggester;
import org.marginalia.core.assist.RejectedSuggestions;
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
import org.marginalia.core.schema.CorpusSchema;
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
                  Proposals at a span already tagged with that kind are not listed.
                  --kind K      only proposals of the span kind K (Quote, Figure, Role, EntityMention or a schema's)
                  --analyst ID  whose annotations the repeats suggester repeats and whose rejected suggestions are
                                left out (without it: every analyst's annotations, nothing left out)""";
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
        checkKind(corpus, kind);
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
        List<AnnotationSet> own = analyst == null ? team : ownSets(corpus, team, analyst);
        RejectedSuggestions rejected = analyst == null ? null : RejectedSuggestions.of(corpus.layout(), analyst);
        EntityDirectory entities = new EntityDirectory(corpus.corpus(), annotations.sets());
        List<String> lines = new ArrayList<>();
        Map<Document, Set<String>> tagged = taggedSpans(own);
        for (Document document : documents) {
            List<Suggestion> proposals = Suggesters.suggest(new SuggestionContext(document, entities, own, team));
            Set<String> taggedHere = tagged.getOrDefault(document, Set.of());
            for (Suggestion suggestion : rejected == null ? proposals : rejected.without(document, proposals)) {
                if ((kind == null || suggestion.proposal().eClass().getName().equals(kind))
                        && !taggedHere.contains(span(suggestion.proposal().eClass(), suggestion.begin(), suggestion.end()))) {
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

    /** A kind the corpus does not have is a mistake to name, not an empty answer. */
    private static void checkKind(LoadedCorpus corpus, String kind) throws CorpusException {
        List<String> kinds = CorpusSchema.of(corpus).spanKinds().stream().map(EClass::getName).toList();
        if (kind != null && !kinds.contains(kind)) {
            throw new CorpusException(new CorpusProblem(corpus.layout().description(),
                    "has no span kind '" + kind + "'; its kinds are " + String.join(", ", kinds)));
        }
    }

    /** The analyst's sets; an analyst with none in the corpus is a mistake to name (repeats and rejections would be silently empty). */
    private static List<AnnotationSet> ownSets(LoadedCorpus corpus, List<AnnotationSet> team, String analyst) throws CorpusException {
        List<String> analysts = AnnotationStore.analystIds(corpus.layout());
        if (!analysts.contains(analyst)) {
            throw new CorpusException(new CorpusProblem(corpus.layout().annotations(), "has no annotations of analyst '" + analyst
                    + "'" + (analysts.isEmpty() ? "" : "; its analysts are " + String.join(", ", analysts))));
        }
        return team.stream().filter(s -> analyst.equals(s.getAnalystId())).toList();
    }

    /** What the analyst (or, without --analyst, anyone) tagged already, by document, as kind and span: no proposal. */
    private static Map<Document, Set<String>> taggedSpans(List<AnnotationSet> sets) {
        Map<Document, Set<String>> tagged = new HashMap<>();
        for (AnnotationSet set : sets) {
            Set<String> spans = tagged.computeIfAbsent(set.getDocument(), document -> new HashSet<>());
            set.getAnnotations().forEach(a -> spans.add(span(a.eClass(), a.getBegin(), a.getEnd())));
        }
        return tagged;
    }

    private static String span(EClass kind, int begin, int end) {
        return kind.getName() + ":" + begin + ":" + end;
    }

    private static String text(Document document, Suggestion suggestion) {
        String attributes = attributes(suggestion).entrySet().stream().map(e -> e.getKey() + "=" + JsonText.string(e.getValue()))
                .collect(Collectors.joining(" "));
        return String.format(Locale.ROOT, "%s %s %d-%d %s %s %.2f%s", document.getId(), suggestion.proposal().eClass().getName(),
                suggestion.begin(), suggestion.end(), JsonText.string(covered(document, suggestion)), suggestion.suggester(),
                suggestion.confidence(), attributes.isEmpty() ? "" : " " + attributes);
    }

    /** The proposal's own attributes and references that are set, by name, as text. */
    private static Map<String, String> attributes(Suggestion suggestion) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (EStructuralFeature feature : suggestion.proposal().eClass().getEAllStructuralFeatures()) {
            if (!OWN.contains(feature.getName()) && !feature.isMany() && suggestion.proposal().eIsSet(feature)) {
                attributes.put(feature.getName(), value(suggestion.proposal().eGet(feature)));
            }
        }
        return attributes;
    }

    private static String json(Document document, Suggestion suggestion) {
        String attributes = attributes(suggestion).entrySet().stream().map(e -> JsonText.string(e.getKey()) + ":" + JsonText.string(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
        return "{\"document\":" + JsonText.string(document.getId()) + ",\"kind\":" + JsonText.string(suggestion.proposal().eClass().getName())
                + ",\"begin\":" + suggestion.begin() + ",\"end\":" + suggestion.end() + ",\"text\":" + JsonText.string(covered(document, suggestion))
                + ",\"attributes\":" + attributes + ",\"recommender\":" + JsonText.string(suggestion.suggester())
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
