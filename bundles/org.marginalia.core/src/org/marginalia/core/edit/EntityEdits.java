package org.marginalia.core.edit;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Entity;
import org.marginalia.model.MarginaliaPackage;

/**
 * Renaming and merging entities, as undoable commands. Annotations refer to entities, not to names, so a
 * rename is one change that every mention follows; the old name is kept as an alias so content assist
 * still finds it.
 */
public final class EntityEdits {

    private static final MarginaliaPackage M = MarginaliaPackage.eINSTANCE;

    private EntityEdits() {
    }

    public static Command rename(EditingDomain domain, Entity entity, String newName) {
        String name = newName.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an entity needs a name");
        }
        CompoundCommand command = new CompoundCommand("Rename " + entity.getName() + " to " + name);
        String old = entity.getName();
        if (old != null && !old.equals(name) && !entity.getAliases().contains(old)) {
            command.append(AddCommand.create(domain, entity, M.getEntity_Aliases(), old));
        }
        if (entity.getAliases().contains(name)) {
            command.append(RemoveCommand.create(domain, entity, M.getEntity_Aliases(), name));
        }
        command.append(SetCommand.create(domain, entity, M.getEntity_Name(), name));
        return command;
    }

    /**
     * Makes every reference to {@code merged} in {@code sets} point to {@code kept}, and gives {@code kept}
     * the merged entity's name and aliases. The merged entity is removed if it lives in one of those sets;
     * one kept in another file stays, so other analysts' references never dangle.
     */
    public static Command merge(EditingDomain domain, Entity kept, Entity merged, Collection<AnnotationSet> sets) {
        if (kept == merged) {
            throw new IllegalArgumentException("an entity cannot be merged into itself");
        }
        CompoundCommand command = new CompoundCommand("Merge " + merged.getName() + " into " + kept.getName());
        for (AnnotationSet set : sets) {
            for (Annotation annotation : set.getAnnotations()) {
                for (EReference reference : annotation.eClass().getEAllReferences()) {
                    if (!reference.isContainment() && annotation.eGet(reference) == merged) {
                        command.append(SetCommand.create(domain, annotation, reference, kept));
                    }
                }
            }
            if (set.getEntities().contains(merged)) {
                command.append(RemoveCommand.create(domain, set, M.getAnnotationSet_Entities(), merged));
            }
        }
        for (String alias : merged.getAliases()) {
            addAlias(domain, command, kept, alias);
        }
        addAlias(domain, command, kept, merged.getName());
        return command;
    }

    private static void addAlias(EditingDomain domain, CompoundCommand command, Entity entity, String alias) {
        if (alias != null && !alias.equals(entity.getName()) && !entity.getAliases().contains(alias)) {
            command.append(AddCommand.create(domain, entity, M.getEntity_Aliases(), alias));
        }
    }
}
