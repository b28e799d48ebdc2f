package org.marginalia.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * A handler that acts on the active part when it is of type {@code P} (plugin.xml enables it only then):
 * the analyst's editor or the review.
 */
public abstract class EditorHandler<P extends IWorkbenchPart> extends AbstractHandler {

    private final Class<P> type;

    protected EditorHandler(Class<P> type) {
        this.type = type;
    }

    @Override
    public final Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (type.isInstance(part)) {
            execute(type.cast(part), event);
        }
        return null;
    }

    protected abstract void execute(P part, ExecutionEvent event);
}
