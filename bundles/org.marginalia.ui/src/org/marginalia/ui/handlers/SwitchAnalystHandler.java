package org.marginalia.ui.handlers;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.editor.AnnotationEditorPart;
import org.marginalia.ui.preferences.MarginaliaPreferences;

/** Asks for the analyst to work as; open editors then show that analyst's annotations. */
public final class SwitchAnalystHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Set<String> known = new TreeSet<>();
        for (LoadedCorpus corpus : CorpusSession.getDefault().corpora()) {
            known.addAll(AnnotationStore.analystIds(corpus.layout()));
        }
        String message = "Work as analyst (editors show and save this analyst's annotations)."
                + (known.isEmpty() ? "" : "\nAnalysts of the open corpora: " + String.join(", ", known));
        InputDialog dialog = new InputDialog(HandlerUtil.getActiveShell(event), "Switch Analyst", message,
                MarginaliaPreferences.analyst(), SwitchAnalystHandler::check);
        if (dialog.open() == Window.OK && saveOrCancel(HandlerUtil.getActiveWorkbenchWindow(event))) {
            MarginaliaPreferences.setAnalyst(dialog.getValue().strip());
        }
        return null;
    }

    /** Offers to save each annotation editor with unsaved changes, with Cancel: false when the user cancelled. */
    private static boolean saveOrCancel(IWorkbenchWindow window) {
        if (window == null) {
            return true;
        }
        for (IWorkbenchPage page : window.getPages()) {
            for (IEditorReference reference : page.getEditorReferences()) {
                if (reference.getEditor(false) instanceof AnnotationEditorPart editor && editor.isDirty() && !page.saveEditor(editor, true)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String check(String analystId) {
        try {
            AnnotationStore.checkAnalystId(analystId.strip());
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
