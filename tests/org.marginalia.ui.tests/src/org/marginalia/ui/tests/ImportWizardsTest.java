package org.marginalia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.export.ExportFormat;
import org.marginalia.core.export.Exports;
import org.marginalia.core.export.SetSelection;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.corpus.RecentCorpora;
import org.marginalia.ui.importing.ImportDocumentsJob;
import org.marginalia.ui.importing.ImportDocumentsWizard;
import org.marginalia.ui.importing.NewCorpusJob;
import org.marginalia.ui.importing.NewCorpusWizard;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.DialogPage;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WizardPage;
import org.marginalia.ui.tests.support.WorkbenchPage;

/** File > New > Marginalia Corpus and File > Import > Marginalia > Documents, as an analyst fills them in. */
class ImportWizardsTest {

    private static final String SCHEMA = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ecore:EPackage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="claims" nsURI="http://example.org/claims" nsPrefix="claims">
              <eClassifiers xsi:type="ecore:EClass" name="Claim" eSuperTypes="http://marginalia.org/model/1.0#//CustomSpan"/>
            </ecore:EPackage>
            """;

    @TempDir
    Path temp;

    private final WorkbenchPage workbench = new WorkbenchPage();

    @AfterEach
    void closeWhatOpened() {
        DialogPage.closeAll();
        workbench.closeAllEditors();
        for (LoadedCorpus corpus : CorpusSession.getDefault().corpora()) {
            if (corpus.layout().root().startsWith(temp)) {
                CorpusSession.getDefault().close(corpus);
            }
        }
    }

    private static Optional<LoadedCorpus> open(Path folder) {
        return CorpusSession.getDefault().corpora().stream().filter(c -> c.layout().root().equals(folder.toAbsolutePath().normalize())).findFirst();
    }

    @Test
    void aNewCorpusIsMadeWithTheTeamsSchemaAndItsTextsAndOpened() throws Exception {
        Path texts = Files.createDirectories(temp.resolve("articles"));
        Files.writeString(texts.resolve("one.txt"), "Iwaya in Kyiv\nThe minister arrived by train.\n");
        Files.writeString(texts.resolve("two.html"), "<html><head><title>Second</title></head><body><article><h1>Talks</h1>"
                + "<p>The ministers met for two hours on Saturday.</p></article></body></html>");
        Path schema = Files.writeString(temp.resolve("claims.ecore"), SCHEMA);
        Path folder = temp.resolve("desk");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("notes.txt"), "someone's notes");
        WizardPage wizard = WizardPage.open(UI.call(() -> {
            NewCorpusWizard made = new NewCorpusWizard();
            made.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
            return made;
        }));
        wizard.setText("Name:", "Claims desk");
        wizard.setText("Folder:", folder.toString());
        assertTrue(wizard.errorMessage().contains("not empty"), "never over anything: " + wizard.errorMessage());
        assertFalse(wizard.isEnabled("Finish"));
        Files.delete(folder.resolve("notes.txt"));
        wizard.setText("Folder:", folder.toString());
        wizard.click("The team's schema (an Ecore file):");
        assertFalse(wizard.isEnabled("Finish"), "a schema file must be named");
        wizard.setText("The team's schema (an Ecore file):", temp.resolve("missing.ecore").toString());
        assertTrue(wizard.errorMessage() != null && wizard.errorMessage().contains("missing.ecore"), String.valueOf(wizard.errorMessage()));
        wizard.setText("The team's schema (an Ecore file):", schema.toString());
        Files.write(texts.resolve("bad.txt"), new byte[] { (byte) 0xC3, (byte) 0x28 });
        wizard.setText("Add the documents of (optional):", texts.toString());
        assertTrue(wizard.errorMessage() != null && wizard.errorMessage().contains("bad.txt") && wizard.errorMessage().contains("UTF-8"),
                "a bad text is caught before anything is made: " + wizard.errorMessage());
        assertFalse(wizard.isEnabled("Finish"));
        Files.delete(texts.resolve("bad.txt"));
        wizard.setText("Add the documents of (optional):", texts.toString());
        assertEquals(null, wizard.errorMessage());

        wizard.finish();
        Job.getJobManager().join(NewCorpusJob.FAMILY, null);
        UI.waitUntil("the new corpus to open", () -> open(folder).isPresent());

        LoadedCorpus corpus = open(folder).orElseThrow();
        assertEquals("Claims desk", corpus.corpus().getName());
        assertEquals(List.of("one", "two"), corpus.corpus().getDocuments().stream().map(d -> d.getId()).toList());
        assertTrue(CorpusSchema.of(corpus).spanKinds().stream().anyMatch(k -> k.getName().equals("Claim")));
        UI.waitUntil("the corpus among the recent ones", () -> RecentCorpora.list().contains(folder.toAbsolutePath().normalize()));
    }

    @Test
    void documentsArePreviewedThenAddedToTheOpenCorpusAndNothingIsWrittenWhileOneIsRefused() throws Exception {
        LoadedCorpus demo = DemoCorpus.openCopy(temp.resolve("demo"));
        Path folder = demo.layout().root();
        Path more = Files.createDirectories(temp.resolve("more"));
        Files.writeString(more.resolve("late report.txt"), "Iwaya left Kyiv\nHe left on Sunday.\n");
        Files.write(more.resolve("broken.txt"), new byte[] { (byte) 0xC3, (byte) 0x28 });
        WizardPage wizard = WizardPage.open(UI.call(() -> {
            ImportDocumentsWizard importing = new ImportDocumentsWizard();
            importing.init(PlatformUI.getWorkbench(), new StructuredSelection(demo));
            return importing;
        }));

        wizard.setText("From folder:", more.toString());

        assertEquals(List.of("broken.txt", "late report.txt"), wizard.tableColumn(0));
        assertTrue(wizard.tableColumn(2).get(0).startsWith("Refused: ") && wizard.tableColumn(2).get(0).contains("UTF-8"), wizard.tableColumn(2).toString());
        assertEquals("Will add: Iwaya left Kyiv", wizard.tableColumn(2).get(1));
        assertEquals("late_report", wizard.tableColumn(1).get(1), "the document id the file becomes");
        assertFalse(wizard.isEnabled("Finish"), "nothing is imported while a file is refused");
        assertTrue(wizard.errorMessage().contains("refused"), wizard.errorMessage());

        Files.delete(more.resolve("broken.txt"));
        wizard.setText("From folder:", more.toString());
        assertTrue(wizard.isEnabled("Finish"));
        wizard.finish();
        Job.getJobManager().join(ImportDocumentsJob.FAMILY, null);
        UI.waitUntil("the corpus to open again with its new document",
                () -> open(folder).map(c -> c.corpus().getDocuments().size() == 6).orElse(false));
        assertTrue(Files.isRegularFile(folder.resolve("documents/late_report.txt")));
    }

    @Test
    void aBratCollectionMakesACorpusWithItsSchemaAndAnnotations() throws Exception {
        Path brat = Files.createDirectories(temp.resolve("kim"));
        Files.writeString(brat.resolve("annotation.conf"), "[entities]\nPerson\n[relations]\n[events]\n[attributes]\n");
        Files.writeString(brat.resolve("meeting.txt"), "Takeshi Iwaya met Andrii Sybiha in Kyiv.");
        Files.writeString(brat.resolve("meeting.ann"), "T1\tPerson 0 13\tTakeshi Iwaya\nT2\tPerson 18 31\tAndrii Sybiha\n");
        Path folder = temp.resolve("from-brat");
        WizardPage wizard = WizardPage.open(UI.call(() -> {
            NewCorpusWizard made = new NewCorpusWizard();
            made.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
            return made;
        }));
        wizard.setText("Name:", "From brat");
        wizard.setText("Folder:", folder.toString());
        wizard.setText("Add the documents of (optional):", brat.toString());
        assertEquals(null, wizard.errorMessage());
        assertTrue(wizard.isEnabled("Finish"));

        wizard.finish();
        Job.getJobManager().join(NewCorpusJob.FAMILY, null);
        UI.waitUntil("the corpus made of the brat collection", () -> open(folder).isPresent());

        LoadedCorpus corpus = open(folder).orElseThrow();
        assertTrue(CorpusSchema.of(corpus).spanKinds().stream().anyMatch(k -> k.getName().equals("Person")), "annotation.conf is the schema");
        assertEquals(2, CorpusSession.getDefault().annotations(corpus).setsOf("kim").stream().mapToInt(set -> set.getAnnotations().size()).sum(),
                "the annotator's annotations, under the folder's name");
    }

    @Test
    void aBratCollectionIsPreviewedAndAddedToTheOpenCorpusLeavingOutATextThatDiffersFromTheCorpussOwn() throws Exception {
        LoadedCorpus demo = DemoCorpus.openCopy(temp.resolve("demo"));
        Path folder = demo.layout().root();
        String seedId = demo.corpus().getDocuments().get(0).getId();
        Path brat = Files.createDirectories(temp.resolve("kim"));
        Files.writeString(brat.resolve("annotation.conf"), "[entities]\nPerson\n[relations]\n[events]\n[attributes]\n");
        Files.writeString(brat.resolve("meeting.txt"), "Takeshi Iwaya met Andrii Sybiha in Kyiv.");
        Files.writeString(brat.resolve("meeting.ann"), "T1\tPerson 0 13\tTakeshi Iwaya\nT2\tPerson 18 31\tAndrii Sybiha\n");
        Files.writeString(brat.resolve(seedId + ".txt"), "Not the seed's text.");
        Files.writeString(brat.resolve(seedId + ".ann"), "T1\tPerson 0 3\tNot\n");
        WizardPage wizard = WizardPage.open(UI.call(() -> {
            ImportDocumentsWizard importing = new ImportDocumentsWizard();
            importing.init(PlatformUI.getWorkbench(), new StructuredSelection(demo));
            return importing;
        }));

        wizard.setText("From folder:", brat.toString());

        assertEquals(List.of(seedId, "meeting"), wizard.tableColumn(0));
        assertTrue(wizard.tableColumn(2).get(0).startsWith("Refused: has another text than the corpus's document " + seedId), wizard.tableColumn(2).toString());
        assertEquals("Will add, with the annotations of kim", wizard.tableColumn(2).get(1));
        assertTrue(wizard.isEnabled("Finish"), "what is refused is left out, the rest is added");
        wizard.finish();
        Job.getJobManager().join(ImportDocumentsJob.FAMILY, null);
        DialogPage leftOut = DialogPage.waitFor("Some Documents Left Out");
        assertTrue(leftOut.text().contains("left out") && leftOut.text().contains(seedId), leftOut.text());
        leftOut.close();
        UI.waitUntil("the corpus to open again with the brat document", () -> open(folder).map(c -> c.corpus().getDocuments().size() == 6).orElse(false));
        LoadedCorpus corpus = open(folder).orElseThrow();
        assertTrue(CorpusSchema.of(corpus).spanKinds().stream().anyMatch(k -> k.getName().equals("Person")), "annotation.conf joined the schema");
        assertEquals(2, CorpusSession.getDefault().annotations(corpus).setsOf("kim").stream().mapToInt(set -> set.getAnnotations().size()).sum());
    }

    @Test
    void aUimaCasXmiFolderMakesACorpusWithItsTypeSystemAndTheAnnotatorsSets() throws Exception {
        Path uima = uimaOfBen();
        Path folder = temp.resolve("from-uima");
        WizardPage wizard = WizardPage.open(UI.call(() -> {
            NewCorpusWizard made = new NewCorpusWizard();
            made.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
            return made;
        }));
        wizard.setText("Name:", "From UIMA");
        wizard.setText("Folder:", folder.toString());
        wizard.setText("Add the documents of (optional):", uima.toString());
        assertEquals(null, wizard.errorMessage());
        assertTrue(wizard.isEnabled("Finish"));

        wizard.finish();
        Job.getJobManager().join(NewCorpusJob.FAMILY, null);
        UI.waitUntil("the corpus made of the UIMA folder", () -> open(folder).isPresent());

        LoadedCorpus corpus = open(folder).orElseThrow();
        assertEquals(5, corpus.corpus().getDocuments().size());
        assertEquals(benAnnotations, CorpusSession.getDefault().annotations(corpus).setsOf("ben").stream().mapToInt(set -> set.getAnnotations().size()).sum(),
                "every annotation ben's XMI holds, under his name");
    }

    @Test
    void aUimaCasXmiFolderIsPreviewedAndItsSetsJoinTheCorpusThatHasItsTexts() throws Exception {
        Path uima = uimaOfBen();
        Path texts = Files.createDirectories(temp.resolve("texts"));
        try (var seeds = Files.list(DemoCorpus.seeds())) {
            for (Path text : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(text, texts.resolve(text.getFileName()));
            }
        }
        Path folder = temp.resolve("plain");
        CorpusImporter.importTexts(texts, folder, "Plain");
        LoadedCorpus plain = CorpusSession.getDefault().open(folder);
        WizardPage wizard = WizardPage.open(UI.call(() -> {
            ImportDocumentsWizard importing = new ImportDocumentsWizard();
            importing.init(PlatformUI.getWorkbench(), new StructuredSelection(plain));
            return importing;
        }));

        wizard.setText("From folder:", uima.toString());

        assertEquals(5, wizard.tableColumn(2).size(), wizard.tableColumn(2).toString());
        assertTrue(wizard.tableColumn(2).stream().allMatch(what -> what.equals("The corpus has this text: will add the annotations of ben")),
                wizard.tableColumn(2).toString());
        wizard.finish();
        Job.getJobManager().join(ImportDocumentsJob.FAMILY, null);
        UI.waitUntil("the corpus to open again with ben's sets",
                () -> open(folder).map(c -> !CorpusSession.getDefault().annotations(c).setsOf("ben").isEmpty()).orElse(false));
        LoadedCorpus corpus = open(folder).orElseThrow();
        assertEquals(5, corpus.corpus().getDocuments().size(), "no document twice");
        assertEquals(benAnnotations, CorpusSession.getDefault().annotations(corpus).setsOf("ben").stream().mapToInt(set -> set.getAnnotations().size()).sum());
    }

    private int benAnnotations;

    /** ben's sets of the demo corpus as UIMA CAS XMI with its TypeSystem.xml, as Marginalia's export writes them for INCEpTION. */
    private Path uimaOfBen() throws Exception {
        LoadedCorpus demo = DemoCorpus.openCopy(temp.resolve("demo"));
        benAnnotations = CorpusSession.getDefault().annotations(demo).setsOf("ben").stream().mapToInt(set -> set.getAnnotations().size()).sum();
        Path uima = temp.resolve("uima");
        Exports.run(demo, ExportFormat.UIMA, SetSelection.analyst("ben"), uima, false, new BasicMonitor());
        CorpusSession.getDefault().close(demo);
        assertTrue(benAnnotations > 0 && Files.isRegularFile(uima.resolve("TypeSystem.xml")));
        return uima;
    }
}
