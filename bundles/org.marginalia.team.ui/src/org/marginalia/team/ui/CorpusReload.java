package org.marginalia.team.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Document;
import org.marginalia.ui.corpus.AfterJob;
import org.marginalia.ui.corpus.CorpusEditors;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.corpus.OpenCorpusJob;
import org.marginalia.ui.editor.CorpusDocumentInput;
import org.marginalia.ui.editor.DocumentEditor;
import org.marginalia.ui.editor.DocumentEditorInput;
import org.marginalia.ui.review.ReviewEditor;
import org.marginalia.ui.review.ReviewEditorInput;

/**
 * Shows what a sync wrote into a corpus folder: its document and review editors are closed (asking to save,
 * as Eclipse does), the corpus is read again, and the same documents and reviews open again on what is now
 * on disk, so an open review shows the sets colleagues' work brought. Other editors of the corpus (its schema,
 * a comparison) close and are opened again by the analyst.
 */
final class CorpusReload {

    private record Reopen(String editorId, String documentId, IWorkbenchPage page) {
    }

    private CorpusReload() {
    }

    /** Saves the corpus's changed editors first, asking as Eclipse does; false if the analyst cancelled. */
    static boolean saveEditors(IWorkbench workbench, LoadedCorpus corpus) {
        for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorPart editor : page.getDirtyEditors()) {
                    if (shows(editor.getEditorInput(), corpus) && !page.saveEditor(editor, true)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Reads the corpus again and reopens its document and review editors; call on the UI thread. */
    static void reload(IWorkbench workbench, LoadedCorpus corpus) {
        List<Reopen> reopen = new ArrayList<>();
        for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference reference : page.getEditorReferences()) {
                    reopenable(reference, corpus, page, reopen);
                }
            }
        }
        if (!CorpusEditors.close(workbench, corpus)) {
            return;
        }
        Path folder = corpus.layout().root();
        CorpusSession.getDefault().close(corpus);
        OpenCorpusJob job = new OpenCorpusJob(folder);
        job.addJobChangeListener(new AfterJob(() -> {
            if (job.opened() != null) {
                reopen.forEach(editor -> open(editor, job.opened()));
            }
        }));
        job.schedule();
    }

    private static void reopenable(IEditorReference reference, LoadedCorpus corpus, IWorkbenchPage page, List<Reopen> reopen) {
        try {
            IEditorInput input = reference.getEditorInput();
            if (input instanceof CorpusDocumentInput document && (document instanceof DocumentEditorInput || document instanceof ReviewEditorInput)
                    && shows(document, corpus)) {
                reopen.add(new Reopen(reference.getId(), document.getDocument().getId(), page));
            }
        } catch (PartInitException e) {
            // an editor whose input cannot be restored has nothing to show again
        }
    }

    private static void open(Reopen editor, LoadedCorpus corpus) {
        Document document = corpus.corpus().getDocuments().stream().filter(d -> d.getId().equals(editor.documentId())).findFirst().orElse(null);
        if (document == null) {
            return;
        }
        try {
            IEditorInput input = ReviewEditor.ID.equals(editor.editorId()) ? new ReviewEditorInput(corpus, document)
                    : new DocumentEditorInput(corpus, document);
            editor.page().openEditor(input, ReviewEditor.ID.equals(editor.editorId()) ? ReviewEditor.ID : DocumentEditor.ID, false);
        } catch (PartInitException e) {
            StatusManager.getManager().handle(Status.error("Cannot open " + document.getPath() + " again after the sync", e),
                    StatusManager.SHOW | StatusManager.LOG);
        }
    }

    static boolean shows(IEditorInput input, LoadedCorpus corpus) {
        LoadedCorpus shown = Adapters.adapt(input, LoadedCorpus.class);
        return shown != null && shown.layout().root().toAbsolutePath().normalize().equals(corpus.layout().root().toAbsolutePath().normalize());
    }
}
