package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.marginalia.core.edit.SortedAnnotations;
import org.marginalia.model.Annotation;
import org.marginalia.model.MarginaliaFactory;
import org.marginalia.model.Quote;

class SortedAnnotationsTest {

    @Test
    void addsAndRemovesOneAtATimeAndStaysInTextOrder() {
        Random random = new Random(7);
        SortedAnnotations rows = new SortedAnnotations(a -> !(a instanceof Quote));
        List<Annotation> expected = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            boolean quote = random.nextInt(4) == 0;
            Annotation annotation = quote ? MarginaliaFactory.eINSTANCE.createQuote() : MarginaliaFactory.eINSTANCE.createFigure();
            int begin = random.nextInt(300); // many share a span: told apart by identity
            annotation.setBegin(begin);
            annotation.setEnd(begin + random.nextInt(3));
            rows.add(annotation);
            if (!quote) {
                expected.add(annotation);
            }
            if (!expected.isEmpty() && random.nextInt(3) == 0) {
                Annotation gone = expected.remove(random.nextInt(expected.size()));
                rows.remove(gone);
            }
        }
        expected.sort(SortedAnnotations.TEXT_ORDER);
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(SortedAnnotations.TEXT_ORDER.compare(expected.get(i), rows.get(i)), 0, "row " + i);
            assertEquals(i, rows.indexOf(rows.get(i)));
        }
    }

    @Test
    void aMovedSpanIsResortedAndStillRemovable() {
        SortedAnnotations rows = new SortedAnnotations(a -> true);
        List<Annotation> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Annotation annotation = MarginaliaFactory.eINSTANCE.createFigure();
            annotation.setBegin(i * 10);
            annotation.setEnd(i * 10 + 5);
            all.add(annotation);
        }
        rows.reset(all);
        all.get(0).setBegin(100);
        all.get(0).setEnd(105);
        rows.resortIfMoved();
        assertEquals(all.get(0), rows.get(4));
        all.get(1).setBegin(200); // moved, not yet resorted
        rows.remove(all.get(1));
        assertEquals(4, rows.size());
    }
}
