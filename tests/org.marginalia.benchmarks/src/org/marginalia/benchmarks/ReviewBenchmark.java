package org.marginalia.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.edit.Span;
import org.marginalia.core.review.Curation;
import org.marginalia.core.review.DocumentDiff;
import org.marginalia.core.review.KindAgreement;
import org.marginalia.core.review.MergePlan;
import org.marginalia.core.review.MergeStrategy;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.model.Figure;
import org.marginalia.model.MarginaliaFactory;

/**
 * The review engine on synthetic studies of 5 analysts: diff, every agreement figure (all kinds and each
 * kind), and a majority merge, at growing sizes, with time and peak heap per phase. The analysts share a
 * hidden "truth" and each deviates from it: a missed span, a boundary one word off, another value, an extra.
 * Sizes: -Dbench.reviewSizes=10000,100000,500000,1000000 (total annotations). Prints, asserts nothing.
 */
class ReviewBenchmark {

    private static final int ANALYSTS = 5;
    private static final int PER_DOCUMENT = 100;
    private static final int TEXT_LENGTH = 5_000;
    private static final MarginaliaFactory F = MarginaliaFactory.eINSTANCE;

    @Test
    void diffAgreementAndMerge() throws Exception {
        String sizes = System.getProperty("bench.reviewSizes", "10000,100000,500000,1000000");
        System.out.printf("%nReview benchmark: %d analysts, %d annotations per analyst and document of %d characters%n", ANALYSTS, PER_DOCUMENT, TEXT_LENGTH);
        System.out.printf("  %10s %10s %10s   %-22s %-22s %-22s %-10s%n", "total", "per analyst", "documents", "diff", "agreement", "merge", "sum");
        for (String size : sizes.split(",")) {
            int total = Integer.parseInt(size.strip());
            int documents = Math.max(1, total / ANALYSTS / PER_DOCUMENT);
            List<List<AnnotationSet>> study = study(documents);
            List<AnnotationSet> all = study.stream().flatMap(List::stream).toList();

            List<DocumentDiff> diffs = new ArrayList<>();
            Measure.Result diff = Measure.run("diff", 1, () -> {
                diffs.clear();
                study.forEach(sets -> diffs.add(DocumentDiff.of(sets, 0)));
                return 0;
            });
            Measure.Result agreement = Measure.run("agreement", 1, () -> {
                KindAgreement.allKinds(all, AnnotationEdits.KINDS.stream().map(kind -> kind.getName()).toList());
                return 0;
            });
            Measure.Result merge = Measure.run("merge", 1, () -> {
                MergeStrategy majority = MergeStrategy.parse("majority:0.6");
                for (DocumentDiff documentDiff : diffs) {
                    AnnotationSet curated = F.createAnnotationSet();
                    curated.setCurated(true);
                    curated.setDocument(documentDiff.document());
                    EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack());
                    domain.getCommandStack().execute(Curation.apply(domain, MergePlan.of(documentDiff, majority), curated));
                }
                return 0;
            });
            System.out.printf("  %10d %10d %10d   %-22s %-22s %-22s %6.2f s%n", total, total / ANALYSTS, documents, figure(diff), figure(agreement),
                    figure(merge), diff.medianSeconds() + agreement.medianSeconds() + merge.medianSeconds());
        }
        System.out.printf("  (max heap %d MB; peak heap per phase counts garbage not yet collected)%n%n", Runtime.getRuntime().maxMemory() >> 20);
    }

    private static String figure(Measure.Result result) {
        return String.format("%6.2f s %5d MB", result.medianSeconds(), result.peakMegabytes());
    }

    /** Per document, the five analysts' sets. */
    private static List<List<AnnotationSet>> study(int documents) {
        Random random = new Random(11);
        List<List<AnnotationSet>> study = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            Document document = F.createDocument();
            document.setId("doc" + d);
            document.setText("x".repeat(TEXT_LENGTH));
            List<int[]> truth = new ArrayList<>();
            int slot = TEXT_LENGTH / PER_DOCUMENT;
            for (int i = 0; i < PER_DOCUMENT; i++) {
                int begin = i * slot + random.nextInt(slot / 3);
                truth.add(new int[] { begin, begin + 3 + random.nextInt(slot / 2), random.nextInt(4), random.nextInt(3) });
            }
            List<AnnotationSet> sets = new ArrayList<>();
            for (int a = 0; a < ANALYSTS; a++) {
                AnnotationSet set = F.createAnnotationSet();
                set.setAnalystId("analyst" + a);
                set.setDocument(document);
                for (int[] t : truth) {
                    double roll = random.nextDouble();
                    if (roll < 0.08) {
                        continue; // missed
                    }
                    int end = roll < 0.16 ? t[1] + 2 : t[1]; // a word longer
                    Annotation annotation = AnnotationEdits.newAnnotation(set, AnnotationEdits.KINDS.get(t[2]), new Span(t[0], end));
                    if (annotation instanceof Figure figure) {
                        figure.setValue(Integer.toString(roll < 0.24 ? t[3] + 1 : t[3]));
                    }
                    set.getAnnotations().add(annotation);
                }
                sets.add(set);
            }
            study.add(sets);
        }
        return study;
    }
}
