package org.marginalia.core.edit;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Entity;

/**
 * Renaming and merging entities. Annotations refer to entities, not to names, so a rename is one change
 * that every mention follows; the old name is kept as an alias so content assist still finds it.
 */
public final class EntityEdits {

    private EntityEdits() {
    }

    public static void rename(Entity entity, String newName) {
        String name = newName.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an entity needs a name");
        }
        String old = entity.getName();
        if (old != null && !old.equals(name) && !entity.getAliases().contains(old)) {
            entity.getAliases().add(old);
        }
        entity.getAliases().remove(name);
        entity.setName(name);
    }

    /**
     * Makes every reference to {@code merged} in {@code sets} point to {@code kept}, and gives {@code kept}
     * the merged entity's name and aliases. The merged entity is removed if it lives in one of those sets;
     * one kept in another file stays, so other analysts' references never dangle.
     *
     * @return the sets that changed, which the caller saves
     */
    public static Set<AnnotationSet> merge(Entity kept, Entity merged, Collection<AnnotationSet> sets) {
        if (kept == merged) {
            throw new IllegalArgumentException("an entity cannot be merged into itself");
        }
        Set<AnnotationSet> changed = new LinkedHashSet<>();
        for (AnnotationSet set : sets) {
            for (Annotation annotation : set.getAnnotations()) {
                for (EReference reference : annotation.eClass().getEAllReferences()) {
                    if (!reference.isContainment() && annotation.eGet(reference) == merged) {
                        annotation.eSet(reference, kept);
                        changed.add(set);
                    }
                }
            }
            if (set.getEntities().remove(merged)) {
                changed.add(set);
            }
        }
        for (String alias : merged.getAliases()) {
            addAlias(kept, alias);
        }
        addAlias(kept, merged.getName());
        return changed;
    }

    private static void addAlias(Entity entity, String alias) {
        if (alias != null && !alias.equals(entity.getName()) && !entity.getAliases().contains(alias)) {
            entity.getAliases().add(alias);
        }
    }
}
