package org.marginalia.ui.importing;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

/** File > New > Marginalia Corpus: a background job makes the corpus (and adds texts, if given), then opens it. */
public final class NewCorpusWizard extends Wizard implements INewWizard {

    private NewCorpusPage page;

    public NewCorpusWizard() {
        setWindowTitle(ImportTexts.newWindow);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // A new corpus does not depend on what is selected.
    }

    @Override
    public void addPages() {
        page = new NewCorpusPage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        new NewCorpusJob(page.corpusName(), page.folder(), page.schema(), page.texts()).schedule();
        return true;
    }
}
