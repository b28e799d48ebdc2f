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

    /** Tells the analyst what an edit did that they may not expect (in the status line). */
    void inform(String message);
}
