package org.marginalia.core.formats.brat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.marginalia.core.schema.AttributeValues;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Entity;
import org.marginalia.model.Relation;

/**
 * One annotation set as a brat {@code .ann}: spans ({@code T}, offsets in code points as brat counts them, a
 * discontinuous span's fragments joined again, a span over a line break cut around it as brat does), event
 * roles ({@code E}), relations ({@code R}), yes/no and tag set attributes ({@code A}), entity links as
 * normalizations ({@code N}, the attribute's name as the database and the entity's id), notes ({@code #}
 * {@code AnnotatorNotes}) and the values of other attributes (free text, numbers, dates), which a brat attribute
 * cannot hold, as comments typed with the attribute's name ({@code #3 Title T2 foreign minister}), which brat
 * shows with the span and Marginalia's import reads back. What brat cannot hold is listed in {@link #notRepresented()}.
 */
final class BratStandoff {

    private final AnnotationSet set;
    private final BratTypes types;
    private final String text;
    private final StringBuilder ann = new StringBuilder();
    private final Map<String, Integer> notRepresented = new LinkedHashMap<>();
    private final Map<Annotation, String> ids = new HashMap<>();
    private int spans;
    private int events;
    private int relations;
    private int attributes;
    private int normalizations;
    private int notes;

    private BratStandoff(AnnotationSet set, BratTypes types) {
        this.set = set;
        this.types = types;
        this.text = set.getDocument().getText();
    }

    static BratStandoff of(AnnotationSet set, BratTypes types) {
        BratStandoff standoff = new BratStandoff(set, types);
        standoff.write();
        return standoff;
    }

    String text() {
        return ann.toString();
    }

    /** What brat could not hold, each with how often it occurred. */
    List<String> notRepresented() {
        List<String> lines = new ArrayList<>();
        notRepresented.forEach((what, count) -> lines.add(what + (count > 1 ? " (" + count + " times)" : "")));
        return lines;
    }

    private void lose(String what) {
        notRepresented.merge(what, 1, Integer::sum);
    }

    private void write() {
        Map<Annotation, Annotation> nextFragment = new HashMap<>();
        Set<Annotation> laterFragments = new HashSet<>();
        for (Relation relation : set.getRelations()) {
            if (BratSchema.FRAGMENT.equals(relation.eClass().getName()) && relation.getGovernor() != null && relation.getDependent() != null) {
                nextFragment.put(relation.getGovernor(), relation.getDependent());
                laterFragments.add(relation.getDependent());
            }
        }
        List<Annotation> annotations = new ArrayList<>(set.getAnnotations());
        annotations.sort(Comparator.comparingInt(Annotation::getBegin).thenComparingInt(Annotation::getEnd));
        for (Annotation annotation : annotations) {
            if (!laterFragments.contains(annotation)) {
                span(annotation, fragments(annotation, nextFragment));
            }
        }
        for (Annotation annotation : annotations) {
            if (!laterFragments.contains(annotation)) {
                event(annotation);
            }
        }
        for (Relation relation : set.getRelations()) {
            if (!BratSchema.FRAGMENT.equals(relation.eClass().getName())) {
                relation(relation);
            }
        }
        for (Annotation annotation : annotations) {
            if (!laterFragments.contains(annotation)) {
                attributesAndNotes(annotation);
            }
        }
    }

    private static List<Annotation> fragments(Annotation first, Map<Annotation, Annotation> nextFragment) {
        List<Annotation> fragments = new ArrayList<>();
        for (Annotation fragment = first; fragment != null && !fragments.contains(fragment); fragment = nextFragment.get(fragment)) {
            fragments.add(fragment);
        }
        return fragments;
    }

    private void span(Annotation annotation, List<Annotation> fragments) {
        List<int[]> pieces = new ArrayList<>();
        for (Annotation fragment : fragments) {
            pieces.addAll(aroundLineBreaks(fragment.getBegin(), fragment.getEnd()));
        }
        if (pieces.size() > fragments.size()) {
            lose("a span over a line break, written as fragments around it as brat does");
        }
        String id = "T" + (++spans);
        ids.put(annotation, id);
        StringBuilder offsets = new StringBuilder();
        StringBuilder covered = new StringBuilder();
        for (int[] piece : pieces) {
            offsets.append(offsets.length() == 0 ? "" : ";").append(codePoints(piece[0])).append(' ').append(codePoints(piece[1]));
            covered.append(covered.length() == 0 ? "" : " ").append(text, piece[0], piece[1]);
        }
        line(id, BratTypes.typeOf(annotation.eClass()) + " " + offsets, covered.toString());
    }

    /** Pieces of [begin, end) without its line breaks: brat keeps one span's text on one line. */
    private List<int[]> aroundLineBreaks(int begin, int end) {
        List<int[]> pieces = new ArrayList<>();
        int start = begin;
        for (int i = begin; i <= end; i++) {
            boolean lineBreak = i < end && (text.charAt(i) == '\n' || text.charAt(i) == '\r');
            if (i == end || lineBreak) {
                if (i > start || pieces.isEmpty() && i == end) {
                    pieces.add(new int[] { start, i });
                }
                start = i + 1;
            }
        }
        return pieces;
    }

    private int codePoints(int utf16) {
        return text.codePointCount(0, utf16);
    }

    /** {@code E1<TAB>Type:T1 Role:T2 Role2:T3} for a kind whose attributes refer to annotations. */
    private void event(Annotation trigger) {
        if (!BratTypes.isEvent(trigger.eClass())) {
            return;
        }
        StringBuilder arguments = new StringBuilder(BratTypes.typeOf(trigger.eClass()) + ":" + ids.get(trigger));
        for (EReference role : BratTypes.roles(trigger.eClass())) {
            int n = 0;
            for (Object value : values(trigger, role)) {
                String target = ids.get((Annotation) value);
                if (target == null) {
                    lose(trigger.eClass().getName() + "." + role.getName() + " referring to an annotation in another document or set");
                    continue;
                }
                arguments.append(' ').append(BratTypes.capitalized(role.getName())).append(++n > 1 ? String.valueOf(n) : "").append(':').append(target);
            }
        }
        String id = "E" + (++events);
        line(id, arguments.toString(), null);
        ids.put(trigger, id);
    }

    /** {@code R1<TAB>Type Arg1:T1 Arg2:T2}, between annotations of this set. */
    private void relation(Relation relation) {
        String governor = ids.get(relation.getGovernor());
        String dependent = ids.get(relation.getDependent());
        String kind = relation.eClass().getName();
        if (governor == null || dependent == null) {
            lose("a " + kind + " relation to an annotation in another document");
            return;
        }
        line("R" + (++relations), BratTypes.typeOf(relation.eClass()) + " Arg1:" + governor + " Arg2:" + dependent, null);
        if (relation.getNote() != null && !relation.getNote().isBlank()) {
            lose("the note of a " + kind + " relation");
        }
        for (EAttribute attribute : BratTypes.dataAttributes(relation.eClass())) {
            if (relation.eIsSet(attribute)) {
                lose(kind + "." + attribute.getName() + " (brat attributes are read on spans and events)");
            }
        }
    }

    private void attributesAndNotes(Annotation annotation) {
        String id = ids.get(annotation);
        String kind = annotation.eClass().getName();
        for (EAttribute attribute : BratTypes.dataAttributes(annotation.eClass())) {
            if (!annotation.eIsSet(attribute)) {
                continue;
            }
            Object value = annotation.eGet(attribute);
            if (attribute.isMany()) {
                lose(kind + "." + attribute.getName() + " (several values)");
            } else if (BratTypes.isBinary(attribute)) {
                if (Boolean.TRUE.equals(value)) {
                    line("A" + (++attributes), types.attributeName(attribute) + " " + id, null);
                }
            } else if (BratTypes.isTagSet(attribute)) {
                String literal = ((Enumerator) value).getLiteral();
                if (BratTypes.isBratValue(literal)) {
                    line("A" + (++attributes), types.attributeName(attribute) + " " + id + " " + literal, null);
                } else {
                    lose(kind + "." + attribute.getName() + " values with spaces, commas or bars (a brat attribute value is one word)");
                }
            } else {
                for (String valueLine : AttributeValues.text(value).split("\n", -1)) {
                    line("#" + (++notes), BratTypes.capitalized(attribute.getName()) + " " + id, valueLine.replace('\t', ' ').replace("\r", ""));
                }
            }
        }
        for (EReference reference : annotation.eClass().getEAllReferences()) {
            for (Object value : values(annotation, reference)) {
                if (value instanceof Entity entity) {
                    line("N" + (++normalizations), "Reference " + id + " " + reference.getName() + ":" + entity.getId(), oneLine(entity.getName()));
                }
            }
        }
        if (annotation.getNote() != null && !annotation.getNote().isEmpty()) {
            for (String note : annotation.getNote().split("\n", -1)) {
                line("#" + (++notes), "AnnotatorNotes " + id, note.replace('\t', ' '));
            }
        }
    }

    private static Collection<?> values(Annotation owner, EStructuralFeature feature) {
        if (!owner.eIsSet(feature)) {
            return List.of();
        }
        Object value = owner.eGet(feature);
        return feature.isMany() ? (Collection<?>) value : List.of(value);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ");
    }

    private void line(String id, String body, String textField) {
        ann.append(id).append('\t').append(body);
        if (textField != null) {
            ann.append('\t').append(textField);
        }
        ann.append('\n');
    }
}
