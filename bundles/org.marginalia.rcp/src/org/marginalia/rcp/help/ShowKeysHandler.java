package org.marginalia.rcp.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.keys.IBindingService;

/** Help > Marginalia Keys: a cheat sheet of the keys as they are bound now. */
public final class ShowKeysHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        new KeysDialog(window.getShell(), MarginaliaKeys.current(window.getService(IBindingService.class))).open();
        return null;
    }
}
