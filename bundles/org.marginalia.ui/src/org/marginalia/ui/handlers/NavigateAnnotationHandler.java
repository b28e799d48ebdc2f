package org.marginalia.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.marginalia.ui.editor.DocumentEditor;

/** Next / Previous annotation, on the platform's Navigate commands (Ctrl+. and Ctrl+,). */
public final class NavigateAnnotationHandler extends EditorHandler<DocumentEditor> implements IExecutableExtension {

    private boolean forward = true;

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        forward = !"previous".equals(data);
    }

    public NavigateAnnotationHandler() {
        super(DocumentEditor.class);
    }

    @Override
    protected void execute(DocumentEditor editor, ExecutionEvent event) {
        editor.selectNext(forward);
    }
}
