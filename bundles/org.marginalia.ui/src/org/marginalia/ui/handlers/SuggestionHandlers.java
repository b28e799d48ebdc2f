package org.marginalia.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EClass;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.ui.editor.DocumentEditor;

/** Suggest, accept one, accept all of a kind, clear: the editor's suggestion commands. */
public final class SuggestionHandlers {

    private SuggestionHandlers() {
    }

    private abstract static class OnEditor extends EditorHandler<DocumentEditor> {
        OnEditor() {
            super(DocumentEditor.class);
        }
    }

    public static final class Suggest extends OnEditor {
        @Override
        protected void execute(DocumentEditor editor, ExecutionEvent event) {
            editor.suggest();
        }
    }

    public static final class Accept extends OnEditor {
        @Override
        protected void execute(DocumentEditor editor, ExecutionEvent event) {
            editor.acceptSuggestion();
        }
    }

    /** The kind comes from the command parameter: Quote, Figure, Role or EntityMention. */
    public static final class AcceptAll extends OnEditor {
        public static final String PARAMETER = "org.marginalia.ui.commands.acceptAllSuggested.kind";

        @Override
        protected void execute(DocumentEditor editor, ExecutionEvent event) {
            EClass kind = (EClass) MarginaliaPackage.eINSTANCE.getEClassifier(event.getParameter(PARAMETER));
            if (kind != null) {
                editor.acceptAllSuggested(kind);
            }
        }
    }

    public static final class Clear extends OnEditor {
        @Override
        protected void execute(DocumentEditor editor, ExecutionEvent event) {
            editor.clearSuggestions();
        }
    }
}
