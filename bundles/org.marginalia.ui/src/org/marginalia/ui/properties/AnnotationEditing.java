package org.marginalia.ui.properties;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.marginalia.core.edit.EntityDirectory;

/** What the Properties view needs from the part that owns an annotation: the analyst's editor or the review. */
public interface AnnotationEditing {

    /** Runs a command on the part's stack: it becomes undoable and makes the part dirty. */
    void execute(Command command);

    EditingDomain getEditingDomain();

    EntityDirectory entities();

    String documentText();
}
