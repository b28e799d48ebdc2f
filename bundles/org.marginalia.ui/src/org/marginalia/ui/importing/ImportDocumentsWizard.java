package org.marginalia.ui.importing;

import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.ui.corpus.CorpusEditors;
import org.marginalia.ui.corpus.CorpusSelections;
import org.marginalia.ui.corpus.CorpusSession;

/**
 * File > Import > Marginalia > Documents: texts and web pages added to an open corpus, previewed first. The
 * corpus is closed (its editors asking to save) while a background job adds them, then opened again.
 */
public final class ImportDocumentsWizard extends Wizard implements IImportWizard {

    private IWorkbench workbench;
    private LoadedCorpus initial;
    private ImportDocumentsPage page;

    public ImportDocumentsWizard() {
        setWindowTitle(ImportTexts.importWindow);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        initial = CorpusSelections.corpusOf(workbench, selection);
    }

    @Override
    public void addPages() {
        List<LoadedCorpus> corpora = CorpusSession.getDefault().corpora();
        page = new ImportDocumentsPage(corpora, initial);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        LoadedCorpus corpus = page.corpus();
        if (!CorpusEditors.close(workbench, corpus)) {
            page.setMessage(ImportTexts.editorsStayOpen, IMessageProvider.INFORMATION);
            return false;
        }
        CorpusSession.getDefault().close(corpus);
        new ImportDocumentsJob(page.folder(), corpus.layout().root()).schedule();
        return true;
    }
}
