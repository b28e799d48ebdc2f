package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marginalia.core.review.KindAgreement;
import org.marginalia.core.review.SpanMatch;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.model.MarginaliaFactory;

/**
 * Analysts who read different documents: one without a set for a document is no rater there, and every figure
 * says how many documents and raters it stands on. ana read all three documents, ben the first and the last,
 * chloe the second and the last (where she found nothing).
 */
class PartialAnnotatorsTest {

    private static final MarginaliaFactory F = MarginaliaFactory.eINSTANCE;

    private final Document first = document("first");
    private final Document second = document("second");
    private final Document last = document("last");

    private static Document document(String id) {
        Document document = F.createDocument();
        document.setId(id);
        document.setText("x".repeat(200));
        return document;
    }

    private static AnnotationSet set(Document document, String analyst, int... quoteStarts) {
        AnnotationSet set = F.createAnnotationSet();
        set.setDocument(document);
        set.setAnalystId(analyst);
        for (int start : quoteStarts) {
            Annotation quote = F.createQuote();
            quote.setBegin(start);
            quote.setEnd(start + 10);
            set.getAnnotations().add(quote);
        }
        Annotation figure = F.createFigure();
        figure.setBegin(150);
        figure.setEnd(155);
        if (quoteStarts.length > 0) {
            set.getAnnotations().add(figure);
        }
        return set;
    }

    private List<AnnotationSet> sets() {
        List<AnnotationSet> sets = new ArrayList<>();
        sets.add(set(first, "ana", 0, 40));
        sets.add(set(second, "ana", 10, 60, 90));
        sets.add(set(last, "ana", 20));
        sets.add(set(first, "ben", 0, 40));
        sets.add(set(last, "ben", 20));
        sets.add(set(second, "chloe", 10, 60));
        sets.add(set(last, "chloe"));
        return sets;
    }

    @Test
    void aMissingSetIsNoRaterAndEachFigureSaysWhatItStandsOn() {
        KindAgreement all = KindAgreement.of(sets(), null);

        assertEquals(List.of("ana", "ben", "chloe"), all.analysts());
        assertEquals(3, all.documents());
        assertEquals(1, all.sharedDocuments(), "only the last document was read by all three");
        assertEquals(2, all.pairDocuments()[0][1], "ana and ben both read the first and the last");
        assertEquals(2, all.pairDocuments()[0][2]);
        assertEquals(1, all.pairDocuments()[1][2]);

        assertEquals(1.0, all.strict()[0][1].f1(), 1e-12, "ben never saw the second document: ana's spans there are no misses of his");
        assertEquals(new SpanMatch(3, 6, 3), all.strict()[0][2], "ana against chloe on the second and last: chloe found"
                + " nothing on the last, which counts");
        assertEquals(2, all.fleissItems(), "Fleiss' kappa stands on the items of the last document only (the two spans ana and ben tagged)");
        assertEquals(4, all.units(), "unitizing alpha stands on the last document too: ana's and ben's two units each");
    }

    @Test
    void aPairsFiguresAreThoseOfTheDocumentsBothRead() {
        KindAgreement all = KindAgreement.of(sets(), null);
        List<AnnotationSet> anaAndBenAlone = sets().stream()
                .filter(s -> !s.getAnalystId().equals("chloe") && s.getDocument() != second).toList();
        KindAgreement pair = KindAgreement.of(anaAndBenAlone, null);

        assertEquals(pair.cohen()[0][1], all.cohen()[0][1], 1e-12);
        assertEquals(pair.cohenItems()[0][1], all.cohenItems()[0][1]);
        assertEquals(pair.strict()[0][1], all.strict()[0][1]);
        assertEquals(pair.overlapping()[0][1], all.overlapping()[0][1]);
    }
}
