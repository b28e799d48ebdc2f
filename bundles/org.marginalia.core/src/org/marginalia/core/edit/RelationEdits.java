package org.marginalia.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.model.Origin;
import org.marginalia.model.Relation;

/**
 * Relations between annotations, made as the schema allows: a relation kind links a governor of one of its
 * governor kinds to a dependent of one of its dependent kinds, in the same document or another. A relation
 * lives in its governor's set, so only the governor's analyst writes it.
 */
public final class RelationEdits {

    private static final MarginaliaPackage M = MarginaliaPackage.eINSTANCE;

    /** A relation that could be made from a governor: its kind and the dependent annotation. */
    public record Target(EClass relationKind, Annotation dependent) {
    }

    private RelationEdits() {
    }

    /**
     * Every relation {@code governor} may start, to an annotation of {@code sets} (the governor's own document
     * first, then the others, each in text order), as the schema's relation kinds allow.
     */
    public static List<Target> targets(CorpusSchema schema, Annotation governor, Collection<AnnotationSet> sets) {
        AnnotationSet own = (AnnotationSet) governor.eContainer();
        List<AnnotationSet> ordered = new ArrayList<>(sets);
        ordered.sort(Comparator.comparing((AnnotationSet set) -> set != own).thenComparing(set -> set.getDocument().getId()));
        List<Target> targets = new ArrayList<>();
        for (EClass kind : schema.relationKinds()) {
            if (!allows(schema.allowedEnds(kind, true), governor.eClass())) {
                continue;
            }
            List<EClass> dependents = schema.allowedEnds(kind, false);
            for (AnnotationSet set : ordered) {
                set.getAnnotations().stream().filter(a -> a != governor && allows(dependents, a.eClass()))
                        .sorted(Comparator.comparingInt(Annotation::getBegin)).forEach(a -> targets.add(new Target(kind, a)));
            }
        }
        return targets;
    }

    private static boolean allows(List<EClass> kinds, EClass kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }

    /** The relation of {@code kind} from {@code governor} to {@code dependent}, if there is one already. */
    public static Optional<Relation> existing(EClass kind, Annotation governor, Annotation dependent) {
        return ((AnnotationSet) governor.eContainer()).getRelations().stream()
                .filter(r -> r.eClass() == kind && r.getGovernor() == governor && r.getDependent() == dependent).findFirst();
    }

    /** Links {@code governor} to {@code dependent} by a new relation of {@code kind}, in the governor's set. */
    public static Command link(EditingDomain domain, EClass kind, Annotation governor, Annotation dependent) {
        AnnotationSet set = (AnnotationSet) governor.eContainer();
        Relation relation = (Relation) EcoreUtil.create(kind);
        relation.setId((set.isCurated() ? "curated" : set.getAnalystId()) + "-" + EcoreUtil.generateUUID());
        relation.setGovernor(governor);
        relation.setDependent(dependent);
        relation.setOrigin(Origin.MANUAL);
        return AddCommand.create(domain, set, M.getAnnotationSet_Relations(), relation);
    }

    public static Command unlink(EditingDomain domain, Relation relation) {
        return RemoveCommand.create(domain, relation.eContainer(), M.getAnnotationSet_Relations(), relation);
    }

    /** The relations of the loaded sets that have {@code annotation} at one of their ends. */
    public static List<Relation> relationsOf(Annotation annotation, ResourceSet resources) {
        List<Relation> relations = new ArrayList<>();
        for (Resource resource : List.copyOf(resources.getResources())) {
            for (EObject root : resource.getContents()) {
                if (root instanceof AnnotationSet set) {
                    for (Relation relation : set.getRelations()) {
                        if (relation.getGovernor() == annotation || relation.getDependent() == annotation) {
                            relations.add(relation);
                        }
                    }
                }
            }
        }
        return relations;
    }
}
