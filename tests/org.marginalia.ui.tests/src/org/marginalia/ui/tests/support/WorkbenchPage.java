package org.marginalia.ui.tests.support;

import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Document;
import org.marginalia.ui.corpus.CorpusOpener;
import org.marginalia.ui.editor.DocumentEditor;
import org.marginalia.ui.editor.DocumentEditorInput;
import org.marginalia.ui.navigator.CorpusNavigatorView;
import org.marginalia.ui.perspective.MarginaliaPerspective;

/** The active workbench page: perspectives, views and editors as a user reaches them. */
public final class WorkbenchPage {

    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    public String perspectiveId() {
        return UI.call(() -> page().getPerspective().getId());
    }

    public void openMarginaliaPerspective() {
        UI.run(() -> page().setPerspective(
                PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(MarginaliaPerspective.ID)));
    }

    public CorpusNavigatorPage corpusNavigator() {
        CorpusNavigatorView view = UI.call(() -> {
            try {
                return (CorpusNavigatorView) page().showView(CorpusNavigatorView.ID);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        return new CorpusNavigatorPage(view);
    }

    public DocumentEditorPage activeDocumentEditor() {
        UI.waitUntil("a document editor to be active", () -> page().getActiveEditor() instanceof DocumentEditor);
        return new DocumentEditorPage(UI.call(() -> (DocumentEditor) page().getActiveEditor()));
    }

    /** Opens a document as the navigator does, for tests that are about the editor rather than the navigator. */
    public DocumentEditorPage openDocument(LoadedCorpus corpus, Document document) {
        UI.run(() -> {
            try {
                page().openEditor(new DocumentEditorInput(corpus, document), DocumentEditor.ID);
            } catch (PartInitException e) {
                throw new AssertionError("cannot open " + document.getId(), e);
            }
        });
        DocumentEditorPage editor = activeDocumentEditor();
        UI.waitUntil("the editor of " + document.getId(), () -> editor.editor().getDocumentInput().getDocument() == document);
        return editor;
    }

    /**
     * Opens {@code folder} as Marginalia > Open Corpus... does once the folder is chosen (the folder chooser
     * itself is the system's, out of the tests' reach). It runs after this returns, so its dialogs can be answered.
     */
    public void openCorpusAsChosen(Path folder) {
        UI.display().asyncExec(() -> CorpusOpener.open(folder));
    }

    public boolean isWindowMaximized() {
        return UI.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMaximized());
    }

    public String activePartId() {
        return UI.call(() -> page().getActivePartReference() == null ? null : page().getActivePartReference().getId());
    }

    public int openEditorCount() {
        return UI.call(() -> page().getEditorReferences().length);
    }

    public void closeAllEditors() {
        UI.run(() -> page().closeAllEditors(false));
    }

    /** Runs a workbench command as its menu item or key would, on the active part. */
    public void command(String commandId) {
        UI.run(() -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
            } catch (NotDefinedException e) {
                throw new AssertionError(commandId + " is not defined", e);
            } catch (Exception e) {
                throw new AssertionError(commandId + " failed", e);
            }
        });
    }
}
