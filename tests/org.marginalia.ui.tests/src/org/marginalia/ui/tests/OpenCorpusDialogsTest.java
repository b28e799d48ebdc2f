package org.marginalia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.tests.support.CorpusNavigatorPage;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.DialogPage;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;

/**
 * What Open Corpus says about the folder the analyst chose: a corpus with problems gets a summary naming the
 * files, a folder of plain texts an explanation and an offer to make a corpus of them (writing only a new
 * folder), and a broken corpus the reason, never the workbench's bare "Problem Occurred".
 */
class OpenCorpusDialogsTest {

    private static final String DOC_000 = "000_3ffbc56c78e89f21";

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

    @Test
    void aCorpusWithProblemsOpensWithASummaryThatLeadsToTheProblemsView() throws Exception {
        LoadedCorpus corpus = DemoCorpus.openCopy(temp.resolve("demo"));
        CorpusSession.getDefault().close(corpus);
        Path file = AnnotationStore.analystFile(corpus.layout(), "ben", DOC_000);
        Files.writeString(file, Files.readString(file).replaceFirst("begin=\"\\d+\" end=\"\\d+\"", "begin=\"90000\" end=\"90005\""));

        workbench.openCorpusAsChosen(corpus.layout().root());

        DialogPage summary = DialogPage.waitFor("Corpus Opened with Problems");
        String text = summary.text();
        assertTrue(text.contains("opened with 1 problem."), text);
        assertTrue(text.contains("\u2022 annotations/ben/" + DOC_000 + ".xmi"), "names the file: " + text);
        assertTrue(text.contains("lies outside the text"), text);
        assertTrue(text.contains("Problems view"), text);
        assertEquals(Set.of("Show Problems View", "Close"), Set.copyOf(summary.buttons()));
        summary.click("Show Problems View");
        summary.waitUntilClosed();
        UI.waitUntil("the Problems view", () -> "org.eclipse.ui.views.ProblemView".equals(workbench.activePartId()));
        assertNoGenericErrorDialog();
    }

    @Test
    void aFolderOfTextsIsExplainedAndMadeIntoANewCorpusBesideIt() throws Exception {
        Path texts = temp.resolve("articles");
        Files.createDirectories(texts);
        Files.writeString(texts.resolve("one.txt"), "First article\nIt says one thing.\n");
        Files.writeString(texts.resolve("two.txt"), "Second article\nIt says another.\n");
        Path taken = temp.resolve("articles-corpus");
        Files.createDirectories(taken);
        Files.writeString(taken.resolve("notes.txt"), "someone's notes");
        Map<Path, String> textsBefore = contents(texts);
        Map<Path, String> takenBefore = contents(taken);

        workbench.openCorpusAsChosen(texts);

        DialogPage offer = DialogPage.waitFor("Not a Corpus");
        String text = offer.text();
        assertTrue(text.contains(texts + " is not a Marginalia corpus: it has no corpus.marginalia file."), text);
        assertTrue(text.contains("It holds 2 texts and web pages."), text);
        Path made = temp.resolve("articles-corpus-2");
        assertTrue(text.contains(made.toString()), "a new folder, since articles-corpus is taken: " + text);
        assertEquals(Set.of("Make Corpus", "Cancel"), Set.copyOf(offer.buttons()));
        offer.click("Make Corpus");

        CorpusNavigatorPage navigator = workbench.corpusNavigator();
        navigator.waitForDocuments("articles  (2 documents)", 2);
        assertEquals(List.of("First article", "Second article"), navigator.documents("articles  (2 documents)"));
        assertTrue(Files.isRegularFile(made.resolve("corpus.marginalia")));
        assertEquals(textsBefore, contents(texts), "the texts are left as they were");
        assertEquals(takenBefore, contents(taken), "the folder already there is untouched");
    }

    @Test
    void cancellingTheOfferWritesNothing() throws Exception {
        Path texts = temp.resolve("articles");
        Files.createDirectories(texts);
        Files.writeString(texts.resolve("one.txt"), "First article\n");

        workbench.openCorpusAsChosen(texts);
        DialogPage offer = DialogPage.waitFor("Not a Corpus");
        offer.click("Cancel");
        offer.waitUntilClosed();

        try (Stream<Path> entries = Files.list(temp)) {
            assertEquals(List.of(texts), entries.toList());
        }
    }

    @Test
    void aFolderWithoutTextsSaysWhatIsMissing() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        workbench.openCorpusAsChosen(empty);

        DialogPage error = DialogPage.waitFor("Not a Corpus");
        String text = error.text();
        assertTrue(text.contains(empty + " is not a Marginalia corpus: it has no corpus.marginalia file."), text);
        assertTrue(text.contains("no .txt texts"), text);
        error.click("OK");
        error.waitUntilClosed();
        assertNoGenericErrorDialog();
    }

    @Test
    void aCorpusThatCannotBeOpenedSaysWhichFileIsTheMatter() throws Exception {
        LoadedCorpus corpus = DemoCorpus.openCopy(temp.resolve("demo"));
        CorpusSession.getDefault().close(corpus);
        Files.writeString(corpus.layout().description(), "<not a corpus");

        workbench.openCorpusAsChosen(corpus.layout().root());

        DialogPage error = DialogPage.waitFor("Corpus Not Opened");
        String text = error.text();
        assertTrue(text.contains("The corpus in " + corpus.layout().root() + " could not be opened"), text);
        assertTrue(text.contains("\u2022 corpus.marginalia"), "names the file: " + text);
        error.click("OK");
        error.waitUntilClosed();
        assertNoGenericErrorDialog();
        assertFalse(CorpusSession.getDefault().corpora().stream().anyMatch(c -> c.layout().root().equals(corpus.layout().root())));
    }

    private static void assertNoGenericErrorDialog() {
        UI.run(() -> {
            for (Shell shell : UI.display().getShells()) {
                if (shell.isVisible() && "Problem Occurred".equals(shell.getText())) {
                    throw new AssertionError("the workbench's generic error dialog is open");
                }
            }
        });
    }

    private static Map<Path, String> contents(Path folder) throws Exception {
        Map<Path, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(folder.relativize(file), Files.readString(file));
            }
        }
        return contents;
    }
}
