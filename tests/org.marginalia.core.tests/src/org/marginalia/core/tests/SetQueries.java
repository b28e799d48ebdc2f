package org.marginalia.core.tests;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;

/** What the import tests ask of the sets they read back: the annotation over some words, a kind's attribute by name. */
final class SetQueries {

    private SetQueries() {
    }

    static Annotation byText(AnnotationSet set, String words) {
        String text = set.getDocument().getText();
        return set.getAnnotations().stream().filter(a -> text.substring(a.getBegin(), a.getEnd()).equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no annotation over " + words));
    }

    static EStructuralFeature feature(EClass kind, String name) {
        EStructuralFeature feature = kind.getEStructuralFeature(name);
        if (feature == null) {
            throw new AssertionError(kind.getName() + " has no " + name + ": " + kind.getEStructuralFeatures().stream().map(f -> f.getName()).toList());
        }
        return feature;
    }
}
