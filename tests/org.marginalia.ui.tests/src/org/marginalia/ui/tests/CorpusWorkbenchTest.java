package org.marginalia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.ui.corpus.OpenCorpusJob;
import org.marginalia.ui.navigator.CorpusNavigatorView;
import org.marginalia.ui.perspective.MarginaliaPerspective;
import org.marginalia.ui.tests.support.CorpusNavigatorPage;
import org.marginalia.ui.tests.support.DocumentEditorPage;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;

/** The analyst's first minute: the workbench opens on Marginalia, lists the corpus, opens an article. */
class CorpusWorkbenchTest {

    private static final String CORPUS = "Kyiv visit";

    @TempDir
    static Path temp;

    private static List<Path> seeds;
    private final WorkbenchPage workbench = new WorkbenchPage();

    @BeforeAll
    static void openDemoCorpus() throws Exception {
        Path seedFolder = Paths.get(System.getProperty("marginalia.seeds", "../../seeds"));
        try (Stream<Path> files = Files.list(seedFolder)) {
            seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        Path corpus = temp.resolve("demo");
        CorpusImporter.importTexts(seedFolder, corpus, CORPUS);
        OpenCorpusJob job = new OpenCorpusJob(corpus);
        job.schedule();
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult().toString());
    }

    @AfterEach
    void closeEditors() {
        workbench.closeAllEditors();
    }

    @Test
    void theWorkbenchOpensOnTheMarginaliaPerspectiveWithTheCorpusView() {
        assertEquals(MarginaliaPerspective.ID, workbench.perspectiveId());
        assertNotNull(UI.call(() -> WorkbenchPage.page().findView(CorpusNavigatorView.ID)), "the Corpus view is part of the perspective");
    }

    @Test
    void theNavigatorListsTheFiveDocumentsByTitle() throws Exception {
        CorpusNavigatorPage navigator = workbench.corpusNavigator();
        navigator.waitForDocuments(CORPUS, 5);
        assertTrue(navigator.corpora().contains(CORPUS + "  (5 documents)  \u2026/demo"), "name, size and folder: " + navigator.corpora());
        List<String> labels = navigator.documents(CORPUS);
        assertEquals(5, labels.size());
        assertTrue(labels.get(3).startsWith("Japan\u2019s FM visits Kyiv amid rising North Korea-Russia military ties"), labels.get(3));
        for (int i = 0; i < 5; i++) {
            String firstLine = Files.readString(seeds.get(i)).lines().findFirst().orElseThrow();
            String label = labels.get(i);
            assertTrue(firstLine.startsWith(label.replace("\u2026", "")), "label '" + label + "' is the start of " + seeds.get(i));
        }
    }

    @Test
    void doubleClickingADocumentOpensItsTextReadOnly() throws Exception {
        CorpusNavigatorPage navigator = workbench.corpusNavigator();
        navigator.waitForDocuments(CORPUS, 5);
        String label = navigator.documents(CORPUS).get(1);

        navigator.doubleClick(CORPUS, label);

        DocumentEditorPage editor = workbench.activeDocumentEditor();
        String expected = Files.readString(seeds.get(1), StandardCharsets.UTF_8);
        assertEquals(expected, editor.text());
        assertTrue(editor.text().contains("approximately 12,000 North Korean soldiers"));
        assertEquals("001_78016d3573fe0450", editor.documentId());
        assertFalse(editor.isEditable());
        editor.type('x');
        assertEquals(expected, editor.text(), "typing never changes a source text");
    }

    @Test
    void openingTheSameDocumentTwiceReusesItsEditor() {
        CorpusNavigatorPage navigator = workbench.corpusNavigator();
        navigator.waitForDocuments(CORPUS, 5);
        String label = navigator.documents(CORPUS).get(0);
        navigator.doubleClick(CORPUS, label);
        workbench.activeDocumentEditor();
        navigator.doubleClick(CORPUS, label);
        assertEquals(1, workbench.openEditorCount());
    }
}
