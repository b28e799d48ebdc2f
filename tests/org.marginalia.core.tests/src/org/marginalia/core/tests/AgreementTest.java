package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;

import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.review.AgreementStudies;
import org.marginalia.core.review.CodingStudy;
import org.marginalia.core.review.UnitizingStudy;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;

/** Every agreement figure Marginalia computes, checked against DKPro Agreement to 1e-9. */
class AgreementTest {

    private static final double EPSILON = 1e-9;
    private static final List<String> KINDS = Arrays.asList(null, "Quote", "Figure", "Role", "EntityMention");

    @Test
    void theDemoCorpusFiguresEqualDkproPerKindPerDocumentAndOverTheCorpus() throws Exception {
        LoadedAnnotations annotations = AnnotationStore.loadAll(CorpusStore.load(Seeds.folder()));
        List<List<AnnotationSet>> scopes = new ArrayList<>();
        scopes.add(annotations.sets());
        for (Document document : CorpusStore.load(Seeds.folder()).corpus().getDocuments()) {
            scopes.add(annotations.sets().stream().filter(s -> s.getDocument().getId().equals(document.getId())).toList());
        }
        int compared = 0;
        for (List<AnnotationSet> scope : scopes) {
            for (String kind : KINDS) {
                compared += compareAll(new AgreementStudies(scope, kind));
            }
        }
        assertTrue(compared > 150, "figures compared: " + compared);

        AgreementStudies corpus = new AgreementStudies(annotations.sets(), null);
        double fleiss = corpus.coding().fleissKappa();
        double alpha = corpus.unitizing().alpha();
        assertTrue(fleiss > 0.3 && fleiss < 0.95, "the demo's analysts agree a fair deal but not fully: " + fleiss);
        assertTrue(alpha > 0.3 && alpha < 0.95, "alpha " + alpha);
    }

    @Test
    void randomisedCodingStudiesEqualDkpro() {
        Random random = new Random(20261122);
        String[] categories = { "Quote", "Figure", "Role", AgreementStudies.NONE };
        for (int round = 0; round < 300; round++) {
            int raters = 2 + random.nextInt(4);
            int items = 1 + random.nextInt(60);
            int used = 1 + random.nextInt(categories.length);
            CodingStudy ours = new CodingStudy(raters);
            CodingAnnotationStudy theirs = new CodingAnnotationStudy(raters);
            for (int i = 0; i < items; i++) {
                String[] item = new String[raters];
                for (int r = 0; r < raters; r++) {
                    item[r] = categories[random.nextInt(used)];
                }
                ours.addItem(item);
                theirs.addItem((Object[]) item);
            }
            assertSame(() -> new FleissKappaAgreement(theirs).calculateAgreement(), ours.fleissKappa(), "Fleiss, round " + round);
            if (raters == 2) {
                assertSame(() -> new CohenKappaAgreement(theirs).calculateAgreement(), ours.cohenKappa(), "Cohen, round " + round);
            }
        }
    }

    @Test
    void randomisedUnitizingStudiesEqualDkpro() {
        Random random = new Random(42);
        String[] categories = { "Quote", "Figure", "Role" };
        for (int round = 0; round < 300; round++) {
            int raters = 2 + random.nextInt(3);
            long length = 20 + random.nextInt(500);
            UnitizingStudy ours = new UnitizingStudy(raters, 0, length);
            int attempts = random.nextInt(40);
            for (int u = 0; u < attempts; u++) {
                long offset = random.nextInt((int) length);
                long unitLength = 1 + random.nextInt((int) Math.min(40, length - offset));
                ours.addUnit(offset, unitLength, random.nextInt(raters), categories[random.nextInt(1 + round % 3)]);
            }
            UnitizingAnnotationStudy theirs = dkpro(ours);
            assertSame(() -> new KrippendorffAlphaUnitizingAgreement(theirs).calculateAgreement(), ours.alpha(), "alpha, round " + round);
            for (String category : ours.categories()) {
                assertSame(() -> new KrippendorffAlphaUnitizingAgreement(theirs).calculateCategoryAgreement(category), ours.alpha(category),
                        "alpha of " + category + ", round " + round);
            }
        }
    }

    private static int compareAll(AgreementStudies studies) {
        int count = 0;
        int raters = studies.analysts().size();
        for (int a = 0; a < raters; a++) {
            for (int b = a + 1; b < raters; b++) {
                CodingStudy pair = studies.coding(List.of(a, b));
                CodingAnnotationStudy theirs = dkpro(pair);
                String who = studies.analysts().get(a) + "/" + studies.analysts().get(b);
                assertSame(() -> new CohenKappaAgreement(theirs).calculateAgreement(), pair.cohenKappa(), "Cohen " + who);
                CodingStudy.PairKappa fromAll = studies.coding().cohenKappa(a, b, AgreementStudies.NONE);
                assertSame(() -> new CohenKappaAgreement(theirs).calculateAgreement(), fromAll.kappa(), "Cohen from the all-rater study " + who);
                assertEquals(pair.itemCount(), fromAll.items(), who);
                count++;
            }
        }
        CodingStudy all = studies.coding();
        assertSame(() -> new FleissKappaAgreement(dkpro(all)).calculateAgreement(), all.fleissKappa(), "Fleiss");
        UnitizingStudy unitizing = studies.unitizing();
        UnitizingAnnotationStudy theirs = dkpro(unitizing);
        assertSame(() -> new KrippendorffAlphaUnitizingAgreement(theirs).calculateAgreement(), unitizing.alpha(), "alpha");
        for (String category : unitizing.categories()) {
            assertSame(() -> new KrippendorffAlphaUnitizingAgreement(theirs).calculateCategoryAgreement(category), unitizing.alpha(category), "alpha " + category);
            count++;
        }
        return count + 2;
    }

    private static CodingAnnotationStudy dkpro(CodingStudy study) {
        CodingAnnotationStudy theirs = new CodingAnnotationStudy(study.raterCount());
        study.items().forEach(item -> theirs.addItem((Object[]) item));
        return theirs;
    }

    private static UnitizingAnnotationStudy dkpro(UnitizingStudy study) {
        UnitizingAnnotationStudy theirs = new UnitizingAnnotationStudy(study.raterCount(), study.continuumBegin(), study.continuumLength());
        study.units().forEach(u -> theirs.addUnit(u.offset(), u.length(), u.rater(), u.category()));
        return theirs;
    }

    /** Equal to 1e-9, or both undefined (DKPro refuses the study; Marginalia says NaN). */
    private static void assertSame(DoubleSupplier dkpro, double ours, String what) {
        double expected;
        try {
            expected = dkpro.getAsDouble();
        } catch (InsufficientDataException | ArithmeticException e) {
            expected = Double.NaN;
        }
        if (Double.isNaN(expected) || Double.isNaN(ours)) {
            assertEquals(Double.isNaN(expected), Double.isNaN(ours), what + ": DKPro " + expected + ", Marginalia " + ours);
        } else {
            assertEquals(expected, ours, EPSILON, what);
        }
    }
}
