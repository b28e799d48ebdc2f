package org.marginalia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Document;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.export.ExportCorpusWizard;
import org.marginalia.ui.export.ExportJob;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WizardPage;
import org.marginalia.ui.tests.support.WorkbenchPage;

/** File > Export > Marginalia: the wizard exports the demo corpus through a background job. */
class ExportWizardTest {

    @TempDir
    static Path temp;

    private static LoadedCorpus corpus;

    @BeforeAll
    static void openDemoCorpus() throws Exception {
        corpus = DemoCorpus.openCopy(temp.resolve("demo"));
    }

    @AfterAll
    static void closeDemoCorpus() {
        CorpusSession.getDefault().close(corpus);
    }

    private static WizardPage openWizard() {
        return WizardPage.open(UI.call(() -> {
            ExportCorpusWizard wizard = new ExportCorpusWizard();
            wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(corpus));
            return wizard;
        }));
    }

    @Test
    void exportingOneAnalystAsUimaWritesAFilePerDocument() throws Exception {
        WizardPage wizard = openWizard();
        assertEquals(List.of("All analysts and the curated result", "Curated result", "Analyst ana", "Analyst ben", "Analyst chloe"),
                wizard.comboItems("Annotations:"));
        assertFalse(wizard.isEnabled("Finish"), "nowhere to write yet");
        wizard.click("UIMA CAS XMI (a folder, one file per document)");
        wizard.selectCombo("Annotations:", "Analyst ben");
        Path out = temp.resolve("uima-ben");
        wizard.setText("To:", out.toString());
        assertTrue(wizard.isEnabled("Finish"));

        wizard.finish();
        Job.getJobManager().join(ExportJob.FAMILY, null);

        assertTrue(Files.isRegularFile(out.resolve("TypeSystem.xml")));
        for (Document document : corpus.corpus().getDocuments()) {
            String xmi = Files.readString(out.resolve(document.getId() + ".xmi"));
            assertTrue(xmi.contains("annotator=\"ben\"") && !xmi.contains("annotator=\"ana\""), document.getId());
        }
    }

    @Test
    void conllColumnsOfTheChosenKindAreExportedFromTheWizard() throws Exception {
        WizardPage wizard = openWizard();
        assertEquals(List.of("Quote", "Figure", "Role", "EntityMention", "Event", "Claim"), wizard.comboItems("Span kind:"), "the demo schema's kinds too");
        wizard.click("CoNLL columns of one span kind (a folder, a file per analyst)");
        wizard.selectCombo("Span kind:", "EntityMention");
        wizard.selectCombo("Annotations:", "Analyst ana");
        Path out = temp.resolve("conll-ana");
        wizard.setText("To:", out.toString());

        wizard.finish();
        Job.getJobManager().join(ExportJob.FAMILY, null);

        String columns = Files.readString(out.resolve("ana.conll"));
        assertTrue(columns.startsWith("-DOCSTART- O") && columns.contains(" B-PER\n"), columns.substring(0, 300));
        assertFalse(Files.exists(out.resolve("ben.conll")));
    }

    @Test
    void theWizardRefusesToOverwriteUntilToldTo() throws Exception {
        Path out = temp.resolve("existing/corpus.xmi");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "an earlier export");
        WizardPage wizard = openWizard();
        wizard.setText("To:", out.toString());
        assertFalse(wizard.isEnabled("Finish"));
        assertTrue(wizard.errorMessage().contains("would be overwritten"), wizard.errorMessage());

        wizard.click("Overwrite existing files");
        assertTrue(wizard.isEnabled("Finish"));
        wizard.finish();
        Job.getJobManager().join(ExportJob.FAMILY, null);
        assertTrue(Files.readString(out).contains("marginalia:Corpus"), "the EMF export replaced the old file");
        assertTrue(Files.isRegularFile(out.resolveSibling("marginalia.ecore")));
    }

    @Test
    void withoutASelectedCorpusTheWizardTakesTheActiveEditorsCorpus() throws Exception {
        LoadedCorpus other = DemoCorpus.openCopy(temp.resolve("other"));
        WorkbenchPage workbench = new WorkbenchPage();
        try {
            workbench.openDocument(other, other.corpus().getDocuments().get(0));
            WizardPage wizard = WizardPage.open(UI.call(() -> {
                ExportCorpusWizard made = new ExportCorpusWizard();
                made.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
                return made;
            }));
            assertTrue(wizard.comboText("Corpus:").contains(other.layout().root().toString()), wizard.comboText("Corpus:"));
            wizard.cancel();
        } finally {
            workbench.closeAllEditors();
            CorpusSession.getDefault().close(other);
        }
    }
}
