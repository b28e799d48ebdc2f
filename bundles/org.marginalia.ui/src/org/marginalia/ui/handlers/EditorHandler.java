package org.marginalia.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.marginalia.ui.editor.DocumentEditor;

/** A handler that acts on the active Marginalia editor (plugin.xml enables it only when one is active). */
abstract class EditorHandler extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (part instanceof DocumentEditor editor) {
            execute(editor);
        }
        return null;
    }

    protected abstract void execute(DocumentEditor editor);
}
