package org.marginalia.ui.export;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.ui.corpus.CorpusSelections;
import org.marginalia.ui.corpus.CorpusSession;

/** File > Export > Marginalia > Corpus: the export runs as a background job with progress. */
public final class ExportCorpusWizard extends Wizard implements IExportWizard {

    private ExportCorpusPage page;
    private LoadedCorpus initial;

    public ExportCorpusWizard() {
        setWindowTitle("Export Corpus");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        initial = CorpusSelections.corpusOf(workbench, selection);
    }

    @Override
    public void addPages() {
        List<LoadedCorpus> corpora = CorpusSession.getDefault().corpora();
        page = new ExportCorpusPage(corpora, initial);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        new ExportJob(page.corpus(), page.format(), page.options(), page.selection(), page.out(), page.overwrite()).schedule();
        return true;
    }
}
