package org.marginalia.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.emf.ecore.EClass;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.ui.editor.DocumentEditor;

/**
 * Tag as Quote / Figure / Role / Entity mention: the kind comes from plugin.xml ({@code TagHandler:Figure}).
 * On an annotation of another kind at exactly that span, it changes the kind instead.
 */
public final class TagHandler extends EditorHandler<DocumentEditor> implements IExecutableExtension {

    private EClass kind;

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        kind = (EClass) MarginaliaPackage.eINSTANCE.getEClassifier(String.valueOf(data));
        if (kind == null) {
            throw new IllegalArgumentException("no annotation kind " + data);
        }
    }

    public TagHandler() {
        super(DocumentEditor.class);
    }

    @Override
    protected void execute(DocumentEditor editor, ExecutionEvent event) {
        editor.tagSelection(kind);
    }
}
