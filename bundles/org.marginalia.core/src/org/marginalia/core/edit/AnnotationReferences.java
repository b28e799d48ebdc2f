package org.marginalia.core.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;

/**
 * The annotations an attribute that refers to an annotation may point at: those of the kind it names, in the
 * owner's own set and in the same author's sets of the other documents loaded with it (so only the author's
 * own file is written), the owner's document first, each in text order.
 */
public final class AnnotationReferences {

    private AnnotationReferences() {
    }

    public static List<Annotation> candidates(Annotation owner, EReference reference) {
        AnnotationSet own = (AnnotationSet) owner.eContainer();
        List<AnnotationSet> sets = new ArrayList<>();
        if (owner.eResource() != null && owner.eResource().getResourceSet() != null) {
            for (Resource resource : List.copyOf(owner.eResource().getResourceSet().getResources())) {
                for (EObject root : resource.getContents()) {
                    if (root instanceof AnnotationSet set && set.isCurated() == own.isCurated() && Objects.equals(set.getAnalystId(), own.getAnalystId())) {
                        sets.add(set);
                    }
                }
            }
        } else {
            sets.add(own);
        }
        sets.sort(Comparator.comparing((AnnotationSet set) -> set != own).thenComparing(set -> set.getDocument() == null ? "" : set.getDocument().getId()));
        List<Annotation> candidates = new ArrayList<>();
        for (AnnotationSet set : sets) {
            set.getAnnotations().stream().filter(a -> a != owner && reference.getEReferenceType().isInstance(a))
                    .sorted(Comparator.comparingInt(Annotation::getBegin)).forEach(candidates::add);
        }
        return candidates;
    }
}
