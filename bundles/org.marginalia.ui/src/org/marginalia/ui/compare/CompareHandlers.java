package org.marginalia.ui.compare;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.marginalia.ui.handlers.EditorHandler;

/** The Compare editor's commands, as plugin.xml handlers. */
public final class CompareHandlers {

    private CompareHandlers() {
    }

    /** Next / previous difference, on the platform's Navigate commands (N and P in the editor, Ctrl+. and Ctrl+,). */
    public static final class NavigateDifference extends EditorHandler<CompareEditor> implements IExecutableExtension {
        private boolean forward = true;

        public NavigateDifference() {
            super(CompareEditor.class);
        }

        @Override
        public void setInitializationData(IConfigurationElement config, String property, Object data) {
            forward = !"previous".equals(data);
        }

        @Override
        protected void execute(CompareEditor editor, ExecutionEvent event) {
            editor.next(forward);
        }
    }
}
