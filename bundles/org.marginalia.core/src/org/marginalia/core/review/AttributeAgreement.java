package org.marginalia.core.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.marginalia.core.schema.AttributeValues;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.model.MarginaliaPackage;

/**
 * Agreement on one attribute of one kind, as INCEpTION measures it per feature: the items are the spans every
 * analyst annotated with the kind (so that the attribute, not the span, is what is compared), each analyst's
 * category is the attribute's value there (entities and annotations by id), and Fleiss' kappa is computed over
 * them. With fewer than two analysts or no such span, kappa is NaN.
 */
public record AttributeAgreement(String kind, String attribute, double fleiss, int items) {

    static final String NOT_SET = "(not set)";

    /** One agreement per attribute of {@code kind} (its own features: what the annotation says, not where it is). */
    public static List<AttributeAgreement> of(List<AnnotationSet> sets, EClass kind) {
        List<AttributeAgreement> agreements = new ArrayList<>();
        for (EStructuralFeature attribute : attributesOf(kind)) {
            CodingStudy study = study(sets, kind, attribute);
            agreements.add(new AttributeAgreement(kind.getName(), attribute.getName(),
                    study.itemCount() == 0 || study.raterCount() < 2 ? Double.NaN : study.fleissKappa(), study.itemCount()));
        }
        return agreements;
    }

    /** A kind's attributes: every feature but those all annotations share (id, span, note, origin). */
    static List<EStructuralFeature> attributesOf(EClass kind) {
        MarginaliaPackage m = MarginaliaPackage.eINSTANCE;
        return kind.getEAllStructuralFeatures().stream()
                .filter(f -> f.getEContainingClass() != m.getAnnotation() && f.getEContainingClass() != m.getCustomSpan() && !f.isDerived()).toList();
    }

    private static CodingStudy study(List<AnnotationSet> sets, EClass kind, EStructuralFeature attribute) {
        Map<Document, Map<String, Map<Long, String>>> byDocument = new HashMap<>();
        TreeSet<String> analysts = new TreeSet<>();
        for (AnnotationSet set : sets) {
            if (set.isCurated() || set.getDocument() == null) {
                continue;
            }
            analysts.add(set.getAnalystId());
            Map<Long, String> values = byDocument.computeIfAbsent(set.getDocument(), d -> new HashMap<>()).computeIfAbsent(set.getAnalystId(), a -> new HashMap<>());
            for (Annotation annotation : set.getAnnotations()) {
                if (annotation.eClass() == kind) {
                    values.putIfAbsent(((long) annotation.getBegin() << 32) | annotation.getEnd(), value(annotation, attribute));
                }
            }
        }
        List<String> raters = List.copyOf(analysts);
        CodingStudy study = new CodingStudy(raters.size());
        for (Map<String, Map<Long, String>> document : byDocument.values()) {
            TreeSet<Long> spans = new TreeSet<>();
            document.values().forEach(values -> spans.addAll(values.keySet()));
            for (long span : spans) {
                String[] item = new String[raters.size()];
                boolean complete = true;
                for (int r = 0; r < raters.size() && complete; r++) {
                    item[r] = document.getOrDefault(raters.get(r), Map.of()).get(span);
                    complete = item[r] != null;
                }
                if (complete) {
                    study.addItem(item);
                }
            }
        }
        return study;
    }

    private static String value(Annotation annotation, EStructuralFeature attribute) {
        if (!annotation.eIsSet(attribute)) {
            return NOT_SET;
        }
        Object value = annotation.eGet(attribute);
        if (value instanceof List<?> several && !(attribute instanceof EAttribute)) {
            return String.join(", ", several.stream().map(one -> one instanceof Entity e ? "entity " + e.getId()
                    : one instanceof Annotation a ? "annotation " + a.getId() : String.valueOf(one)).toList());
        }
        if (value instanceof Entity entity) {
            return "entity " + entity.getId();
        }
        if (value instanceof Annotation other) {
            return "annotation " + other.getId();
        }
        return attribute instanceof EAttribute ? AttributeValues.text(annotation, attribute) : String.valueOf(value);
    }
}
