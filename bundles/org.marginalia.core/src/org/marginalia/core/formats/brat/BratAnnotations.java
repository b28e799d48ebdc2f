package org.marginalia.core.formats.brat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.model.Annotation;
import org.marginalia.model.Origin;
import org.marginalia.model.Relation;

/**
 * One brat {@code .ann} file read against its text and the schema made from the configuration: text-bound
 * annotations ({@code T}), relations ({@code R}), events ({@code E}, the trigger's kind with its roles),
 * attributes ({@code A}, {@code M}) and notes ({@code #}). Brat counts offsets in code points; they become
 * UTF-16 offsets here. A line that cannot be read (a wrong offset, a text that does not match, an unknown type
 * or reference) is a problem naming the file and line, and then nothing of the file is imported. Lines of kinds
 * Marginalia does not keep (normalizations, equivalences) are listed as not imported.
 */
public final class BratAnnotations {

    private final List<Annotation> annotations = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<CorpusProblem> problems = new ArrayList<>();
    private final List<String> notImported = new ArrayList<>();

    private final Path file;
    private final String text;
    private final BratSchema schema;
    private final String author;
    private final Map<String, Annotation> byId = new HashMap<>();

    private BratAnnotations(Path file, String text, BratSchema schema, String author) {
        this.file = file;
        this.text = text;
        this.schema = schema;
        this.author = author;
    }

    public static BratAnnotations read(Path file, String ann, String text, BratSchema schema, String author) {
        BratAnnotations read = new BratAnnotations(file, text, schema, author);
        List<String> lines = ann.lines().toList();
        // Spans first: events, relations and attributes may name spans defined further down.
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("T")) {
                read.span(i + 1, lines.get(i));
            }
        }
        // Then events, which relations, attributes and notes may name as their triggers.
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("E")) {
                read.event(i + 1, lines.get(i));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("T") || line.startsWith("E")) {
                continue;
            }
            switch (line.charAt(0)) {
                case 'R' -> read.relation(i + 1, line);
                case 'A', 'M' -> read.attribute(i + 1, line);
                case '#' -> read.note(i + 1, line);
                case 'N', '*' -> read.notImported.add("line " + (i + 1) + ": " + (line.charAt(0) == 'N' ? "normalization" : "equivalence")
                        + " (" + line.split("\t")[0] + ")");
                default -> read.problem(i + 1, "is no brat annotation (T, E, R, A, M, N, # or *)");
            }
        }
        if (!read.problems.isEmpty()) {
            read.annotations.clear();
            read.relations.clear();
        }
        return read;
    }

    public List<Annotation> annotations() {
        return annotations;
    }

    public List<Relation> relations() {
        return relations;
    }

    public List<CorpusProblem> problems() {
        return problems;
    }

    public List<String> notImported() {
        return notImported;
    }

    private void problem(int line, String message) {
        problems.add(new CorpusProblem(file, "line " + line, message));
    }

    /** {@code T1<TAB>Type 0 5;8 12<TAB>covered text}. */
    private void span(int line, String content) {
        String[] fields = content.split("\t");
        if (fields.length < 2) {
            problem(line, "is a text-bound annotation without type and offsets");
            return;
        }
        String[] typeAndOffsets = fields[1].split(" ", 2);
        EClass kind = schema.spanKind(typeAndOffsets[0]);
        if (kind == null) {
            problem(line, "has the type " + typeAndOffsets[0] + ", which annotation.conf does not define");
            return;
        }
        if (typeAndOffsets.length < 2) {
            problem(line, "has no offsets");
            return;
        }
        List<int[]> fragments = new ArrayList<>();
        for (String fragment : typeAndOffsets[1].split(";")) {
            String[] startEnd = fragment.strip().split(" ");
            try {
                int start = utf16(Integer.parseInt(startEnd[0]));
                int end = utf16(Integer.parseInt(startEnd[1]));
                if (start < 0 || end < start) {
                    problem(line, "has the offsets " + fragment.strip() + ", which lie outside the text (" + text.codePointCount(0, text.length())
                            + " characters)");
                    return;
                }
                fragments.add(new int[] { start, end });
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                problem(line, "has offsets that are not numbers: " + fragment.strip());
                return;
            }
        }
        if (fields.length >= 3) {
            StringBuilder covered = new StringBuilder();
            for (int[] fragment : fragments) {
                covered.append(covered.length() == 0 ? "" : " ").append(text, fragment[0], fragment[1]);
            }
            if (!covered.toString().equals(fields[2])) {
                problem(line, "says it covers \u201c" + fields[2] + "\u201d but the text there is \u201c" + covered + "\u201d: the .ann does not match its .txt");
                return;
            }
        }
        Annotation previous = null;
        for (int[] fragment : fragments) {
            Annotation annotation = (Annotation) EcoreUtil.create(kind);
            annotation.setId(author + "-" + fields[0] + (previous == null ? "" : "-" + (annotations.size())));
            annotation.setBegin(fragment[0]);
            annotation.setEnd(fragment[1]);
            annotation.setOrigin(Origin.MANUAL);
            annotations.add(annotation);
            if (previous == null) {
                byId.put(fields[0], annotation);
            } else {
                link(schema.relationKind(BratSchema.FRAGMENT), previous, annotation, fields[0] + "-fragment-" + annotations.size());
            }
            previous = annotation;
        }
    }

    /** A code-point offset as a UTF-16 one, or -1 when it lies outside the text. */
    private int utf16(int codePoints) {
        try {
            return text.offsetByCodePoints(0, codePoints);
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }

    /** {@code E1<TAB>Type:T3 Role:T1 Role2:T2}: the trigger's annotation gets its roles. */
    private void event(int line, String content) {
        String[] fields = content.split("\t");
        String[] arguments = fields.length < 2 ? new String[0] : fields[1].strip().split(" ");
        if (arguments.length == 0 || !arguments[0].contains(":")) {
            problem(line, "is an event without a trigger");
            return;
        }
        Annotation trigger = byId.get(arguments[0].split(":", 2)[1]);
        if (trigger == null) {
            problem(line, "names the trigger " + arguments[0].split(":", 2)[1] + ", which the file does not define");
            return;
        }
        byId.put(fields[0], trigger);
        for (int i = 1; i < arguments.length; i++) {
            String[] roleAndTarget = arguments[i].split(":", 2);
            String role = roleAndTarget[0].replaceAll("\\d+$", "");
            Annotation target = roleAndTarget.length == 2 ? byId.get(roleAndTarget[1]) : null;
            EStructuralFeature feature = schema.attribute(trigger.eClass(), role);
            if (target == null || feature == null) {
                problem(line, "has the argument " + arguments[i] + ", whose " + (target == null ? "annotation the file does not define" : "role annotation.conf does not give the event"));
                return;
            }
            if (feature.isMany()) {
                @SuppressWarnings("unchecked")
                List<Object> values = (List<Object>) trigger.eGet(feature);
                values.add(target);
            } else {
                trigger.eSet(feature, target);
            }
        }
    }

    /** {@code R1<TAB>Type Arg1:T1 Arg2:T2}. */
    private void relation(int line, String content) {
        String[] fields = content.split("\t");
        String[] parts = fields.length < 2 ? new String[0] : fields[1].strip().split(" ");
        if (parts.length < 3) {
            problem(line, "is a relation without its two arguments");
            return;
        }
        EClass kind = schema.relationKind(parts[0]);
        Annotation governor = byId.get(parts[1].split(":", 2)[parts[1].contains(":") ? 1 : 0]);
        Annotation dependent = byId.get(parts[2].split(":", 2)[parts[2].contains(":") ? 1 : 0]);
        if (kind == null) {
            problem(line, "has the relation type " + parts[0] + ", which annotation.conf does not define");
        } else if (governor == null || dependent == null) {
            problem(line, "links an annotation the file does not define (" + (governor == null ? parts[1] : parts[2]) + ")");
        } else {
            link(kind, governor, dependent, fields[0]);
        }
    }

    private void link(EClass kind, Annotation governor, Annotation dependent, String bratId) {
        Relation relation = (Relation) EcoreUtil.create(kind);
        relation.setId(author + "-" + bratId);
        relation.setGovernor(governor);
        relation.setDependent(dependent);
        relation.setOrigin(Origin.MANUAL);
        relations.add(relation);
    }

    /** {@code A1<TAB>Negated T1} (yes/no) or {@code A2<TAB>Confidence E1 High} (a tag set's value). */
    private void attribute(int line, String content) {
        String[] fields = content.split("\t");
        String[] parts = fields.length < 2 ? new String[0] : fields[1].strip().split(" ");
        Annotation target = parts.length < 2 ? null : byId.get(parts[1]);
        if (target == null) {
            problem(line, "is an attribute of an annotation the file does not define");
            return;
        }
        EStructuralFeature feature = schema.attribute(target.eClass(), parts[0]);
        if (feature == null) {
            problem(line, "has the attribute " + parts[0] + ", which annotation.conf does not give " + target.eClass().getName());
            return;
        }
        if (feature.getEType() instanceof EEnum tagSet) {
            EEnumLiteral value = parts.length < 3 ? null : tagSet.getEEnumLiteralByLiteral(parts[2]);
            if (value == null) {
                problem(line, "gives " + parts[0] + " the value " + (parts.length < 3 ? "nothing" : parts[2]) + ", which annotation.conf does not list");
                return;
            }
            target.eSet(feature, value.getInstance());
        } else {
            target.eSet(feature, Boolean.TRUE);
        }
    }

    /** {@code #1<TAB>AnnotatorNotes T1<TAB>the note}: the annotation's note. */
    private void note(int line, String content) {
        String[] fields = content.split("\t");
        String[] parts = fields.length < 2 ? new String[0] : fields[1].strip().split(" ");
        Annotation target = parts.length < 2 ? null : byId.get(parts[1]);
        if (target == null) {
            problem(line, "is a note on an annotation the file does not define");
            return;
        }
        String note = fields.length >= 3 ? fields[2] : "";
        target.setNote(target.getNote() == null ? note : target.getNote() + "\n" + note);
    }
}
