package org.marginalia.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.review.AttributeAgreement;
import org.marginalia.core.review.KindAgreement;
import org.marginalia.core.review.SpanMatch;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;

/** {@code agreement --corpus DIR [--kind K] [--json]}: agreement between the analysts, per kind, corpus and document. */
final class AgreementCommand implements Commands.Command {

    @Override
    public String summary() {
        return "measure agreement between analysts (kappa, alpha, F1)";
    }

    @Override
    public String usage() {
        return """
                usage: marginalia agreement --corpus DIR [--kind Quote|Figure|Role|EntityMention] [--json]
                  Cohen's kappa for every pair of analysts, Fleiss' kappa, Krippendorff's alpha for unitizing,
                  and pairwise F1 (strict: same span; overlapping: shared characters), per kind and over all
                  kinds, for the corpus and each document, with the counts behind each figure.""";
    }

    @Override
    public void run(Options options, PrintStream out) throws CorpusException, UsageException {
        LoadedCorpus corpus = CorpusStore.load(options.requiredPath("corpus"));
        String kind = options.optional("kind", null);
        boolean json = options.flag("json");
        options.rejectUnknown();
        List<String> kinds = CorpusSchema.of(corpus).spanKinds().stream().map(EClass::getName).toList();
        if (kind != null && !kinds.contains(kind)) {
            throw new UsageException("unknown kind '" + kind + "': use " + String.join(", ", kinds));
        }
        LoadedAnnotations annotations = AnnotationStore.loadAllOrFail(corpus);
        List<AnnotationSet> sets = annotations.sets().stream().filter(s -> !s.isCurated()).toList();
        List<KindAgreement> overall = agreements(sets, kind, kinds);
        List<List<KindAgreement>> perDocument = new ArrayList<>();
        for (Document document : corpus.corpus().getDocuments()) {
            perDocument.add(agreements(sets.stream().filter(s -> s.getDocument() == document).toList(), kind, kinds));
        }
        Map<String, List<AttributeAgreement>> attributes = new LinkedHashMap<>();
        for (EClass spanKind : CorpusSchema.of(corpus).spanKinds()) {
            if (kind == null || kind.equals(spanKind.getName())) {
                attributes.put(spanKind.getName(), AttributeAgreement.of(sets, spanKind));
            }
        }
        if (json) {
            out.println(Json.report(corpus, overall, attributes, perDocument));
        } else {
            text(out, corpus, overall, attributes, perDocument);
        }
    }

    /** One kind, or all kinds together followed by each kind of the corpus's schema. */
    private static List<KindAgreement> agreements(List<AnnotationSet> sets, String kind, List<String> kinds) {
        return kind != null ? List.of(KindAgreement.of(sets, kind)) : KindAgreement.allKinds(sets, kinds);
    }

    private static void text(PrintStream out, LoadedCorpus corpus, List<KindAgreement> overall, Map<String, List<AttributeAgreement>> attributes,
            List<List<KindAgreement>> perDocument) {
        out.println("Agreement in " + corpus.corpus().getName() + " (" + corpus.corpus().getDocuments().size() + " documents)");
        for (KindAgreement agreement : overall) {
            out.println();
            out.printf("== %s: Fleiss' kappa %s over %d items; Krippendorff's unitizing alpha %s over %d units (%d raters, on the %d of %d documents all of"
                    + " them annotated)%n", agreement.label(), number(agreement.fleiss()), agreement.fleissItems(), number(agreement.alpha()), agreement.units(),
                    agreement.analysts().size(), agreement.sharedDocuments(), agreement.documents());
            List<String> analysts = agreement.analysts();
            for (int a = 0; a < analysts.size(); a++) {
                for (int b = a + 1; b < analysts.size(); b++) {
                    SpanMatch strict = agreement.strict()[a][b];
                    SpanMatch overlapping = agreement.overlapping()[a][b];
                    out.printf("   %-8s %-8s Cohen's kappa %s (%d items)   F1 strict %s (%d of %d/%d)   F1 overlapping %s   on %d documents%n",
                            analysts.get(a), analysts.get(b), number(agreement.cohen()[a][b]), agreement.cohenItems()[a][b], number(strict.f1()),
                            strict.matched(), strict.reference(), strict.candidate(), number(overlapping.f1()), agreement.pairDocuments()[a][b]);
                }
            }
            for (AttributeAgreement attribute : attributes.getOrDefault(agreement.kind(), List.of())) {
                out.printf("   attribute %-14s Fleiss' kappa %s over %d spans every analyst tagged%n", attribute.attribute(), number(attribute.fleiss()),
                        attribute.items());
            }
        }
        out.println();
        out.println("Per document: its raters (the analysts with a set there); Fleiss' kappa / unitizing alpha");
        for (int d = 0; d < perDocument.size(); d++) {
            List<String> raters = perDocument.get(d).isEmpty() ? List.of() : perDocument.get(d).get(0).analysts();
            StringBuilder row = new StringBuilder(String.format("   %-22s %d raters", corpus.corpus().getDocuments().get(d).getId(), raters.size()));
            for (KindAgreement agreement : perDocument.get(d)) {
                row.append(String.format("  %s %s/%s", agreement.kind() == null ? "all" : agreement.kind(), number(agreement.fleiss()), number(agreement.alpha())));
            }
            out.println(row);
        }
    }

    static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** The report as JSON: figures (null when undefined) with their counts, overall and per document. */
    private static final class Json {
        private Json() {
        }

        static String report(LoadedCorpus corpus, List<KindAgreement> overall, Map<String, List<AttributeAgreement>> attributes,
                List<List<KindAgreement>> perDocument) {
            StringBuilder json = new StringBuilder("{\"corpus\":").append(JsonText.string(corpus.corpus().getName())).append(",\"overall\":").append(kinds(overall))
                    .append(",\"attributes\":{");
            boolean firstKind = true;
            for (Map.Entry<String, List<AttributeAgreement>> kind : attributes.entrySet()) {
                json.append(firstKind ? "" : ",").append(JsonText.string(kind.getKey())).append(":[");
                firstKind = false;
                for (int i = 0; i < kind.getValue().size(); i++) {
                    AttributeAgreement attribute = kind.getValue().get(i);
                    json.append(i == 0 ? "" : ",").append("{\"attribute\":").append(JsonText.string(attribute.attribute())).append(",\"fleissKappa\":")
                            .append(JsonText.number(attribute.fleiss())).append(",\"items\":").append(attribute.items()).append('}');
                }
                json.append(']');
            }
            json.append("},\"documents\":{");
            for (int d = 0; d < perDocument.size(); d++) {
                json.append(d == 0 ? "" : ",").append(JsonText.string(corpus.corpus().getDocuments().get(d).getId())).append(':').append(kinds(perDocument.get(d)));
            }
            return json.append("}}").toString();
        }

        private static String kinds(List<KindAgreement> agreements) {
            StringBuilder json = new StringBuilder("{");
            for (int i = 0; i < agreements.size(); i++) {
                KindAgreement a = agreements.get(i);
                json.append(i == 0 ? "" : ",").append(JsonText.string(a.kind() == null ? "all" : a.kind())).append(":{\"analysts\":")
                        .append(strings(a.analysts())).append(",\"raters\":").append(a.analysts().size()).append(",\"sharedDocuments\":")
                        .append(a.sharedDocuments()).append(",\"documents\":").append(a.documents()).append(",\"fleissKappa\":").append(JsonText.number(a.fleiss())).append(",\"fleissItems\":").append(a.fleissItems())
                        .append(",\"unitizingAlpha\":").append(JsonText.number(a.alpha())).append(",\"units\":").append(a.units()).append(",\"pairs\":[");
                boolean first = true;
                for (int x = 0; x < a.analysts().size(); x++) {
                    for (int y = x + 1; y < a.analysts().size(); y++) {
                        SpanMatch s = a.strict()[x][y];
                        SpanMatch o = a.overlapping()[x][y];
                        json.append(first ? "" : ",").append("{\"analysts\":").append(strings(List.of(a.analysts().get(x), a.analysts().get(y))))
                                .append(",\"cohenKappa\":").append(JsonText.number(a.cohen()[x][y])).append(",\"items\":").append(a.cohenItems()[x][y]).append(",\"documents\":").append(a.pairDocuments()[x][y])
                                .append(",\"strict\":").append(match(s)).append(",\"overlapping\":").append(match(o)).append('}');
                        first = false;
                    }
                }
                json.append("]}");
            }
            return json.append('}').toString();
        }

        private static String match(SpanMatch m) {
            return "{\"precision\":" + JsonText.number(m.precision()) + ",\"recall\":" + JsonText.number(m.recall()) + ",\"f1\":" + JsonText.number(m.f1()) + ",\"matched\":" + m.matched()
                    + ",\"reference\":" + m.reference() + ",\"candidate\":" + m.candidate() + "}";
        }

        private static String strings(List<String> values) {
            return "[" + String.join(",", values.stream().map(JsonText::string).toList()) + "]";
        }
    }
}
