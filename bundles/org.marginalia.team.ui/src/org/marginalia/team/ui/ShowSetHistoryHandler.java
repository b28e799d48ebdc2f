package org.marginalia.team.ui;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Document;
import org.marginalia.team.SetHistory;
import org.marginalia.team.TeamRepository;
import org.marginalia.ui.editor.CorpusDocumentInput;
import org.marginalia.ui.editor.DocumentEditor;
import org.marginalia.ui.editor.ReadOnlySetInput;
import org.marginalia.ui.navigator.DocumentNode;

/**
 * Show Set History...: for the document selected in the Corpus view, or shown in the active review or editor,
 * lists the commits that changed its sets ({@link SetHistoryDialog}) and opens the chosen version in the
 * document editor, read only ({@link ReadOnlySetInput}).
 */
public final class ShowSetHistoryHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        DocumentNode shown = documentOf(event);
        if (shown == null || !TeamStates.isShared(shown.corpus())) {
            MessageDialog.openInformation(window.getShell(), TeamTexts.historyTitle, TeamTexts.historyHow);
            return null;
        }
        LoadedCorpus corpus = shown.corpus();
        Document document = shown.document();
        try (TeamRepository team = TeamRepository.open(corpus.layout().root())) {
            List<SetHistory.Version> versions = SetHistory.of(team, document.getId());
            SetHistoryDialog dialog = new SetHistoryDialog(window.getShell(), nameOf(document), versions);
            if (dialog.open() == SetHistoryDialog.OK) {
                open(window, corpus, SetHistory.read(team, corpus, dialog.chosen()), dialog.chosen());
            }
        } catch (CorpusException | PartInitException e) {
            MessageDialog.openError(window.getShell(), TeamTexts.historyTitle, NLS.bind(TeamTexts.historyFailed, nameOf(document), e.getMessage()));
        }
        return null;
    }

    /** Opens the version in the document editor, read only. */
    private static void open(IWorkbenchWindow window, LoadedCorpus corpus, LoadedAnnotations read, SetHistory.Version version)
            throws PartInitException {
        String commit = version.entry().commit();
        String description = NLS.bind(TeamTexts.historyVersion, new Object[] { version.describe(), commit,
                SetHistoryDialog.WHEN.format(version.entry().when()), version.entry().author(), version.entry().message() });
        ReadOnlySetInput input = new ReadOnlySetInput(corpus, read.sets().get(0), read.problems(), commit, description,
                NLS.bind(TeamTexts.historyReadOnly, version.describe(), commit));
        window.getActivePage().openEditor(input, DocumentEditor.ID);
    }

    /** The document of the Corpus view's selection, else of the active editor (a review, an annotation editor). */
    private static DocumentNode documentOf(ExecutionEvent event) {
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection && selection.getFirstElement() instanceof DocumentNode node) {
            return node;
        }
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        return editor != null && editor.getEditorInput() instanceof CorpusDocumentInput input ? new DocumentNode(input.getCorpus(), input.getDocument())
                : null;
    }

    private static String nameOf(Document document) {
        return document.getTitle() == null || document.getTitle().isBlank() ? document.getId() : document.getTitle();
    }
}
