package org.marginalia.core.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Entity;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.model.Origin;

/**
 * Builds the curated result: copies of the chosen analysts' annotations, marked as merged, added to the
 * curated set as one undoable command. Entities that only exist in an analyst's own file are copied into
 * the curated set by id, so the curated file never depends on an analyst's file.
 */
public final class Curation {

    private static final MarginaliaPackage M = MarginaliaPackage.eINSTANCE;

    private Curation() {
    }

    /** Adds what the plan takes and the curated set does not hold yet (see {@link #notYetCurated}). */
    public static Command apply(EditingDomain domain, MergePlan plan, AnnotationSet curated) {
        List<Annotation> copies = new ArrayList<>();
        for (MergePlan.Taken taken : notYetCurated(plan, curated)) {
            copies.add(copyOf(representative(taken.configuration()), curated));
        }
        return add(domain, curated, copies, "Auto-merge (" + plan.strategy().name() + ")");
    }

    /**
     * The positions an auto-merge would change: taken by the plan, with nothing curated there yet by the
     * position's own rule ({@link PositionDiff#covers}), so a second auto-merge at any tolerance adds nothing.
     */
    public static List<MergePlan.Taken> notYetCurated(MergePlan plan, AnnotationSet curated) {
        return plan.taken().stream().filter(taken -> curated.getAnnotations().stream().noneMatch(taken.position()::covers)).toList();
    }

    /** Accepts one analyst's version of a position: their annotation, copied into the curated set. */
    public static Command accept(EditingDomain domain, AnalystAnnotation version, AnnotationSet curated) {
        return add(domain, curated, List.of(copyOf(version.annotation(), curated)), "Accept " + version.analyst() + "'s version");
    }

    private static Command add(EditingDomain domain, AnnotationSet curated, List<Annotation> copies, String label) {
        CompoundCommand command = new CompoundCommand(label);
        List<Entity> newEntities = new ArrayList<>();
        for (Annotation copy : copies) {
            for (EReference reference : copy.eClass().getEAllReferences()) {
                if (!reference.isContainment() && copy.eGet(reference) instanceof Entity entity
                        && entity.eContainer() instanceof AnnotationSet owner && owner != curated) {
                    copy.eSet(reference, curatedEntity(curated, newEntities, entity));
                }
            }
        }
        if (!newEntities.isEmpty()) {
            command.append(AddCommand.create(domain, curated, M.getAnnotationSet_Entities(), newEntities));
        }
        if (!copies.isEmpty()) {
            command.append(AddCommand.create(domain, curated, M.getAnnotationSet_Annotations(), copies));
        }
        return command;
    }

    private static Entity curatedEntity(AnnotationSet curated, List<Entity> newEntities, Entity analystEntity) {
        for (Entity entity : curated.getEntities()) {
            if (entity.getId().equals(analystEntity.getId())) {
                return entity;
            }
        }
        for (Entity entity : newEntities) {
            if (entity.getId().equals(analystEntity.getId())) {
                return entity;
            }
        }
        Entity copy = EcoreUtil.copy(analystEntity);
        newEntities.add(copy);
        return copy;
    }

    /** The most common span of the configuration (spans may differ within the tolerance), earliest first. */
    public static Annotation representative(List<AnalystAnnotation> configuration) {
        Map<String, List<AnalystAnnotation>> bySpan = configuration.stream()
                .collect(Collectors.groupingBy(a -> a.begin() + ":" + a.end(), HashMap::new, Collectors.toList()));
        return bySpan.values().stream()
                .max(Comparator.comparingInt((List<AnalystAnnotation> g) -> g.size()).thenComparing(g -> -g.get(0).begin()))
                .orElseThrow().get(0).annotation();
    }

    private static Annotation copyOf(Annotation annotation, AnnotationSet curated) {
        Annotation copy = EcoreUtil.copy(annotation);
        copy.setId("curated-" + EcoreUtil.generateUUID());
        copy.setOrigin(Origin.MERGED);
        for (EReference reference : annotation.eClass().getEAllReferences()) {
            if (!reference.isContainment()) {
                copy.eSet(reference, annotation.eGet(reference)); // copies point at the same entities
            }
        }
        return copy;
    }
}
