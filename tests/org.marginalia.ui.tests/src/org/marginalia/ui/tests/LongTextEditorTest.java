package org.marginalia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Annotation;
import org.marginalia.model.EntityMention;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.model.Quote;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.preferences.MarginaliaPreferences;
import org.marginalia.ui.tests.support.DocumentEditorPage;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;

/**
 * Articles as web pages and feeds deliver them: one line of text, with Japanese and emoji. The editor shows
 * them broken into short lines, and nothing an analyst does may see the difference: spans, saved offsets,
 * copied text and Find are the document's own.
 */
class LongTextEditorTest {

    private static final MarginaliaPackage M = MarginaliaPackage.eINSTANCE;
    private static final String MIDDLE = " \u6771\u4eac\u3067\u4f1a\u8ac7\u3057\u305f \uD83D\uDE00 Sybiha said ";

    @TempDir
    Path temp;

    private final WorkbenchPage workbench = new WorkbenchPage();
    private LoadedCorpus corpus;

    @BeforeEach
    void openAOneLineArticleAndAJapaneseOne() throws Exception {
        StringBuilder english = new StringBuilder();
        for (int i = 0; english.length() < 6_000; i++) {
            english.append("The minister met officials in Kyiv on day ").append(i).append(" of the visit. ");
            if (i == 40) {
                english.append(MIDDLE);
            }
        }
        StringBuilder japanese = new StringBuilder();
        while (japanese.length() < 3_000) {
            japanese.append("\u5916\u76f8\u306f\u30ad\u30fc\u30a6\u3092\u8a2a\u308c\u305f\uD83D\uDE00\u3002");
        }
        Path texts = Files.createDirectories(temp.resolve("texts"));
        Files.writeString(texts.resolve("oneline.txt"), english.toString().strip());
        Files.writeString(texts.resolve("japanese.txt"), japanese.toString());
        CorpusImporter.importTexts(texts, temp.resolve("corpus"), "one line");
        corpus = CorpusSession.getDefault().open(temp.resolve("corpus"));
        UI.run(() -> MarginaliaPreferences.setAnalyst("ana"));
    }

    @AfterEach
    void closeEverything() {
        workbench.closeAllEditors();
        CorpusSession.getDefault().close(corpus);
    }

    private DocumentEditorPage open(String id) {
        return workbench.openDocument(corpus, corpus.document(id));
    }

    @Test
    void aQuoteAcrossADisplayBreakKeepsTheDocumentsOffsetsThroughSaveAndReopen() throws Exception {
        DocumentEditorPage editor = open("oneline");
        String text = editor.text();
        int shownBreak = editor.shownText().indexOf('\n');
        assertTrue(shownBreak > 0, "the one-line article is shown broken");
        assertEquals(' ', text.charAt(shownBreak), "a space of the document is shown as the break");

        editor.select(shownBreak - 8, shownBreak + 8);
        editor.press('q');
        UI.waitUntil("the quote", () -> editor.count(M.getQuote()) == 1);
        Quote quote = (Quote) editor.annotations().get(0);
        String covered = text.substring(quote.getBegin(), quote.getEnd());
        assertTrue(quote.getBegin() < shownBreak && shownBreak < quote.getEnd(), "the quote spans the break");
        assertTrue(covered.contains(" ") && !covered.contains("\n"), covered);

        editor.pressCtrl('c');
        UI.waitUntil("the copy", () -> covered.equals(editor.clipboard()));

        editor.pressCtrl('s');
        UI.waitUntil("the save", () -> !editor.isDirty());
        workbench.closeAllEditors();
        Annotation saved = AnnotationStore.loadAll(CorpusStore.load(corpus.layout().root())).analystSet("ana", "oneline").orElseThrow()
                .getAnnotations().get(0);
        assertEquals(quote.getBegin(), saved.getBegin());
        assertEquals(quote.getEnd(), saved.getEnd());
        assertEquals(covered, open("oneline").text().substring(saved.getBegin(), saved.getEnd()));
    }

    @Test
    void aTextWithoutSpacesIsTaggedAndCopiedInItsOwnOffsets() {
        DocumentEditorPage editor = open("japanese");
        String text = editor.text();
        assertNotEquals(text.length(), editor.shownText().length(), "line breaks were inserted into the display");
        int shownBreak = editor.shownText().indexOf('\n'); // display offset; before it, offsets agree
        int wordStart = text.lastIndexOf('\u5916', shownBreak - 1);
        editor.select(wordStart + 1, wordStart + 3);
        editor.press('q');
        UI.waitUntil("the quote", () -> editor.count(M.getQuote()) == 1);
        Quote quote = (Quote) editor.annotations().get(0);
        assertEquals("\u76f8\u306f", text.substring(quote.getBegin(), quote.getEnd()),
                "Japanese has no spaces to snap to: the characters selected, not the whole run of letters");

        int later = text.indexOf('\u5916', text.length() / 2);
        editor.select(later, later + 12);
        editor.pressCtrl('c');
        UI.waitUntil("the copy", () -> text.substring(later, later + 12).equals(editor.clipboard()));
    }

    @Test
    void findSelectsTheMatchAndTheNextKeyTagsIt() {
        DocumentEditorPage editor = open("oneline");
        String text = editor.text();
        editor.caretAt(0);
        editor.pressCtrl('f');
        editor.find("kyiv");
        int match = text.indexOf("Kyiv");
        UI.waitUntil("the match selected", () -> editor.editor().getViewer().selection().begin() == match);
        int next = text.indexOf("Kyiv", match + 1);
        editor.pressCtrl('k');
        UI.waitUntil("Ctrl+K: the next match", () -> editor.editor().getViewer().selection().begin() == next);
        editor.pressCtrlShift('k');
        UI.waitUntil("Ctrl+Shift+K: back to the first", () -> editor.editor().getViewer().selection().begin() == match);
        editor.press('e');
        UI.waitUntil("the mention", () -> editor.count(M.getEntityMention()) == 1);
        Annotation mention = editor.annotations().get(0);
        assertEquals("Kyiv", text.substring(mention.getBegin(), mention.getEnd()));
    }

    @Test
    void tagAllMatchesTagsEveryOccurrenceLikeTheSelectedOneInOneUndoableStep() {
        DocumentEditorPage editor = open("oneline");
        String text = editor.text();
        int first = text.indexOf("Kyiv");
        editor.select(first, first + 4);
        editor.press('e');
        UI.waitUntil("the mention", () -> editor.count(M.getEntityMention()) == 1);
        long occurrences = text.split("Kyiv", -1).length - 1;
        assertTrue(occurrences > 50, "the article repeats the name");

        editor.press('a');
        UI.waitUntil("every occurrence tagged", () -> editor.count(M.getEntityMention()) == occurrences);
        assertTrue(editor.annotations().stream().allMatch(a -> a instanceof EntityMention
                && text.substring(a.getBegin(), a.getEnd()).equals("Kyiv")));
        editor.pressCtrl('z');
        UI.waitUntil("one undo takes them all back", () -> editor.count(M.getEntityMention()) == 1);
    }
}
