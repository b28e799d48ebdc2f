package org.marginalia.core.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.model.Origin;
import org.marginalia.model.Relation;

/**
 * Every change an analyst makes to annotations, as an EMF command, so the editor's command stack can
 * undo and redo it. Nothing here touches files.
 */
public final class AnnotationEdits {

    private static final MarginaliaPackage M = MarginaliaPackage.eINSTANCE;

    /** The annotation kinds an analyst tags, in the order menus and legends show them. */
    public static final List<EClass> KINDS = List.of(M.getQuote(), M.getFigure(), M.getRole(), M.getEntityMention());

    private AnnotationEdits() {
    }

    /** A new annotation of {@code kind} over {@code span}, added to the set. */
    public static Command tag(EditingDomain domain, AnnotationSet set, EClass kind, Span span) {
        Annotation annotation = newAnnotation(set, kind, span);
        return AddCommand.create(domain, set, M.getAnnotationSet_Annotations(), annotation);
    }

    /** Adds an annotation made elsewhere (its kind, span and values set), with a fresh id of the set's owner. */
    public static Command add(EditingDomain domain, AnnotationSet set, Annotation annotation) {
        annotation.setId(newId(set));
        return AddCommand.create(domain, set, M.getAnnotationSet_Annotations(), annotation);
    }

    public static Annotation newAnnotation(AnnotationSet set, EClass kind, Span span) {
        Annotation annotation = (Annotation) EcoreUtil.create(kind);
        annotation.setId(newId(set));
        annotation.setBegin(span.begin());
        annotation.setEnd(span.end());
        annotation.setOrigin(Origin.MANUAL);
        return annotation;
    }

    /**
     * Tags every one of {@code spans} like {@code template} (its kind and attributes: a mention of the same
     * entity, a figure counting the same thing), as one undoable step. Spans where an annotation of that kind
     * already lies exactly are left alone.
     */
    public static Command tagAll(EditingDomain domain, AnnotationSet set, Annotation template, List<Span> spans) {
        List<Annotation> added = new ArrayList<>();
        for (Span span : spans) {
            boolean tagged = set.getAnnotations().stream().anyMatch(a -> a.eClass() == template.eClass()
                    && a.getBegin() == span.begin() && a.getEnd() == span.end());
            if (!tagged) {
                Annotation copy = EcoreUtil.copy(template);
                copy.setId(newId(set));
                copy.setBegin(span.begin());
                copy.setEnd(span.end());
                copy.setOrigin(Origin.MANUAL);
                added.add(copy);
            }
        }
        CompoundCommand command = new CompoundCommand("Tag " + added.size() + " matches as " + label(template.eClass()));
        if (!added.isEmpty()) {
            command.append(AddCommand.create(domain, set, M.getAnnotationSet_Annotations(), added));
        }
        return command;
    }

    /** Removes the annotation and, in the same step, the relations that have it at one of their ends. */
    public static Command delete(EditingDomain domain, Annotation annotation) {
        List<Relation> relations = RelationEdits.relationsOf(annotation, domain.getResourceSet());
        Command remove = RemoveCommand.create(domain, annotation.eContainer(), M.getAnnotationSet_Annotations(), annotation);
        if (relations.isEmpty()) {
            return remove;
        }
        CompoundCommand command = new CompoundCommand("Delete annotation and its " + relations.size() + " relations");
        relations.forEach(relation -> command.append(RelationEdits.unlink(domain, relation)));
        command.append(remove);
        return command;
    }

    /**
     * Replaces an annotation by one of another kind at the same place in the list, keeping what all kinds
     * share (id, span, note, origin); kind-specific attributes cannot carry over.
     */
    public static Command changeKind(EditingDomain domain, Annotation annotation, EClass kind) {
        AnnotationSet set = (AnnotationSet) annotation.eContainer();
        Annotation replacement = (Annotation) EcoreUtil.create(kind);
        for (EStructuralFeature shared : M.getAnnotation().getEAllStructuralFeatures()) {
            replacement.eSet(shared, annotation.eGet(shared));
        }
        int index = set.getAnnotations().indexOf(annotation);
        CompoundCommand command = new CompoundCommand("Change kind to " + label(kind));
        // The annotation's relations keep it at their ends, now of its new kind.
        for (Relation relation : RelationEdits.relationsOf(annotation, domain.getResourceSet())) {
            command.append(SetCommand.create(domain, relation, relation.getGovernor() == annotation ? M.getRelation_Governor() : M.getRelation_Dependent(),
                    replacement));
        }
        command.append(RemoveCommand.create(domain, set, M.getAnnotationSet_Annotations(), annotation));
        command.append(AddCommand.create(domain, set, M.getAnnotationSet_Annotations(), replacement, index));
        return command;
    }

    public static Command set(EditingDomain domain, Object owner, EStructuralFeature feature, Object value) {
        return SetCommand.create(domain, owner, feature, value);
    }

    /** "Quote", "Figure", "Role", "Entity mention"; a schema's kind by its name in words ("DamageReport": "Damage report"). */
    public static String label(EClass kind) {
        return label(kind.getName());
    }

    /** A kind's name ({@code EntityMention}) in words ("Entity mention"), as reviews and agreement tables name kinds. */
    public static String label(String kindName) {
        String words = kindName.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
        return words.charAt(0) + words.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String newId(AnnotationSet set) {
        String owner = set.isCurated() ? "curated" : set.getAnalystId();
        return owner + "-" + EcoreUtil.generateUUID();
    }
}
