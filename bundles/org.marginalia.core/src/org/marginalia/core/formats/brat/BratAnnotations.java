package org.marginalia.core.formats.brat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.model.Annotation;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityKind;
import org.marginalia.model.MarginaliaFactory;
import org.marginalia.model.Origin;
import org.marginalia.model.Relation;
import org.marginalia.model.util.EntityIds;

/**
 * One brat {@code .ann} file read against its text and the schema made from the configuration: text-bound
 * annotations ({@code T}), relations ({@code R}), events ({@code E}, the trigger's kind with its roles),
 * attributes ({@code A}, {@code M}), notes ({@code #}; one of another type than {@code AnnotatorNotes} a text
 * attribute's value, see {@link BratExtensions}) and normalizations ({@code N}, links to entities of the analyst's
 * set). Brat counts offsets in code points; they become UTF-16 offsets here. A line that cannot be read (a wrong
 * offset, a text that does not match, an unknown type or reference) is a problem naming the file and line, and
 * then nothing of the file is imported. Equivalences ({@code *}), which Marginalia does not keep, are listed as
 * not imported.
 */
public final class BratAnnotations {

    private final List<Annotation> annotations = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<CorpusProblem> problems = new ArrayList<>();
    private final List<String> notImported = new ArrayList<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();

    private final Path file;
    private final String text;
    private final BratSchema schema;
    private final String author;
    private final Map<String, Annotation> byId = new HashMap<>();

    /** An entity id as Marginalia derives them ({@link EntityIds}): kind, dot, slug. */
    private static final Pattern OWN_ENTITY_ID = Pattern.compile("([a-z]+)\\.[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

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
                case 'N' -> read.normalization(i + 1, line);
                case '*' -> read.notImported.add("line " + (i + 1) + ": equivalence (" + line.split("\t")[0] + ")");
                default -> read.problem(i + 1, "is no brat annotation (T, E, R, A, M, N, # or *)");
            }
        }
        if (!read.problems.isEmpty()) {
            read.annotations.clear();
            read.relations.clear();
            read.entities.clear();
        }
        return read;
    }

    public List<Annotation> annotations() {
        return annotations;
    }

    public List<Relation> relations() {
        return relations;
    }

    /** The entities the normalizations link to, kept in the analyst's set. */
    public List<Entity> entities() {
        return List.copyOf(entities.values());
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

    /** {@code #1<TAB>AnnotatorNotes T1<TAB>the note}: the annotation's note; {@code #2<TAB>Title T1<TAB>foreign minister}: a text attribute. */
    private void note(int line, String content) {
        String[] fields = content.split("\t");
        String[] parts = fields.length < 2 ? new String[0] : fields[1].strip().split(" ");
        Annotation target = parts.length < 2 ? null : byId.get(parts[1]);
        if (target == null) {
            problem(line, "is a note on an annotation the file does not define");
            return;
        }
        String text = fields.length >= 3 ? fields[2] : "";
        EStructuralFeature attribute = BratExtensions.NOTES.equals(parts[0]) ? null : schema.attribute(target.eClass(), parts[0]);
        if (attribute != null && attribute.getEType() == EcorePackage.Literals.ESTRING && !attribute.isMany()) {
            target.eSet(attribute, target.eIsSet(attribute) ? target.eGet(attribute) + "\n" + text : text);
        } else {
            target.setNote(target.getNote() == null ? text : target.getNote() + "\n" + text);
        }
    }

    /**
     * {@code N1<TAB>Reference T1 Wikipedia:534366<TAB>Barack Obama}: the annotation links to an entity. An id that is
     * Marginalia's own ({@code person.barack-obama}, as its export writes) is kept; another database's becomes one
     * entity per database entry, named by the line's text.
     */
    private void normalization(int line, String content) {
        String[] fields = content.split("\t");
        String[] parts = fields.length < 2 ? new String[0] : fields[1].strip().split(" ");
        Annotation target = parts.length < 3 ? null : byId.get(parts[1]);
        int colon = parts.length < 3 ? -1 : parts[2].indexOf(':');
        if (target == null || colon <= 0) {
            problem(line, "is a normalization without an annotation the file defines and a database:id reference");
            return;
        }
        EStructuralFeature link = schema.attribute(target.eClass(), parts[2].substring(0, colon));
        if (!(link instanceof EReference) || target.eIsSet(link)) {
            notImported.add("line " + line + ": normalization (" + fields[0] + "), " + (link == null ? "its database names an attribute of the annotation"
                    : "a second one of " + parts[2].substring(0, colon) + " on the annotation"));
            return;
        }
        String name = fields.length >= 3 && !fields[2].isBlank() ? fields[2].strip() : parts[2];
        target.eSet(link, entity(parts[2].substring(0, colon), parts[2].substring(colon + 1), name));
    }

    private Entity entity(String database, String key, String name) {
        Matcher own = OWN_ENTITY_ID.matcher(key);
        EntityKind ownKind = own.matches() ? EntityKind.get(own.group(1)) : null;
        String id = ownKind != null ? key : EntityIds.idFor(EntityKind.OTHER, database + " " + key);
        return entities.computeIfAbsent(id, made -> {
            Entity entity = MarginaliaFactory.eINSTANCE.createEntity();
            entity.setId(id);
            entity.setKind(ownKind != null ? ownKind : EntityKind.OTHER);
            entity.setName(name);
            return entity;
        });
    }
}
