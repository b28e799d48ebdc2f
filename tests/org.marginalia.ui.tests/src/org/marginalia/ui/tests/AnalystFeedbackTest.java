package org.marginalia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.assist.Suggestion;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.EntityMention;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.editor.CorpusDocumentInput;
import org.marginalia.ui.preferences.MarginaliaPreferences;
import org.marginalia.ui.review.ReviewEditor;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.DocumentEditorPage;
import org.marginalia.ui.tests.support.PropertiesViewPage;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;

/** What a new analyst tripped over: ghosts that said nothing, silent alias links, banners that named no file. */
class AnalystFeedbackTest {

    private static final MarginaliaPackage M = MarginaliaPackage.eINSTANCE;
    private static final String DOC_000 = "000_3ffbc56c78e89f21";
    private static final String DOC_003 = "003_8fdbe4dfb0182242";

    @TempDir
    Path temp;

    private final WorkbenchPage workbench = new WorkbenchPage();
    private LoadedCorpus corpus;

    @BeforeEach
    void openACopyOfTheDemoCorpus() throws Exception {
        corpus = DemoCorpus.openCopy(temp.resolve("demo"));
        UI.run(() -> MarginaliaPreferences.setAnalyst("dana"));
    }

    @AfterEach
    void closeEverything() {
        workbench.closeAllEditors();
        CorpusSession.getDefault().close(corpus);
    }

    @Test
    void aGhostUnderTheCaretTellsItsKindAndAttributesBeforeItIsAccepted() {
        DocumentEditorPage editor = workbench.openDocument(corpus, corpus.document(DOC_000));
        PropertiesViewPage properties = PropertiesViewPage.show();
        editor.press('s');
        UI.waitUntil("suggestions", () -> !UI.call(() -> editor.editor().getSuggestions()).isEmpty());
        Suggestion figure = UI.call(() -> editor.editor().getSuggestions().stream()
                .filter(s -> s.proposal().eClass() == M.getFigure()).findFirst().orElseThrow());

        editor.caretAt(figure.begin() + 1);

        String told = UI.call(() -> editor.editor().lastMessage());
        assertTrue(told.startsWith("Suggested Figure (by "), told);
        assertTrue(told.contains("Enter accepts"), told);
        Object shown = UI.call(() -> ((IStructuredSelection) editor.editor().getSelection()).getFirstElement());
        assertEquals(figure.proposal(), shown, "the Properties view is given the proposal");
        UI.waitUntil("the Properties view to show the proposed kind", () -> "Figure".equals(properties.value("Kind")));
        assertEquals(0, editor.count(M.getFigure()), "looking accepts nothing");
    }

    @Test
    void aNameThatIsOnlyAnAliasLinksWithWordsAndWithAKindMakesANewEntity() {
        DocumentEditorPage editor = workbench.openDocument(corpus, corpus.document(DOC_003));
        editor.selectPhrase("Kyiv", 0);
        editor.press('e');
        UI.waitUntil("the mention", () -> editor.count(M.getEntityMention()) == 1);
        EntityMention mention = (EntityMention) editor.annotations().get(0);

        editor.setProperty("Entity", "Tokyo");
        assertEquals("place.japan", mention.getEntity().getId(), "a bare alias links to the entity that has it");
        String told = UI.call(() -> editor.editor().lastMessage());
        assertTrue(told.contains("Linked to Japan") && told.contains("Tokyo (place)"), told);

        editor.setProperty("Entity", "Tokyo (place)");
        assertNotSame("place.japan", mention.getEntity().getId());
        assertEquals("Tokyo", mention.getEntity().getName(), "a typed kind asks for an entity of its own");
        told = UI.call(() -> editor.editor().lastMessage());
        assertTrue(told.contains("also an alias of Japan"), told);
    }

    @Test
    void theProblemBannerNamesTheFileAndTheTextChangeInWords() throws Exception {
        CorpusSession.getDefault().close(corpus);
        Path root = corpus.layout().root();
        Path text = root.resolve(corpus.document(DOC_000).getPath()); // a copy: its files may be changed freely
        Files.writeString(text, Files.readString(text) + "\nA sentence added later.\n");
        corpus = CorpusSession.getDefault().open(root);
        UI.run(() -> MarginaliaPreferences.setAnalyst("ana"));

        DocumentEditorPage editor = workbench.openDocument(corpus, corpus.document(DOC_000));

        String banner = editor.bannerText();
        Path file = AnnotationStore.analystFile(corpus.layout(), "ana", DOC_000);
        AnnotationSet set = UI.call(() -> editor.editor().getAnnotationSet());
        assertTrue(banner.startsWith(file.getFileName() + " (in " + file.getParent() + ")"), banner);
        assertTrue(banner.contains("Its " + set.getAnnotations().size() + " annotations are shown as found"), banner);
        assertTrue(banner.contains("another version of the text"), banner);
        String words = banner.replace(file.getParent().toString(), "").replace(file.getFileName().toString(), "");
        assertFalse(words.matches("(?s).*[0-9a-f]{12}.*"), "no fingerprints in words meant for an analyst: " + banner);
    }

    @Test
    void reviewDocumentWithTheEditorActiveReviewsTheDocumentItShows() {
        DocumentEditorPage editor = workbench.openDocument(corpus, corpus.document(DOC_003));

        editor.command("org.marginalia.ui.commands.openReview");

        IEditorPart active = UI.call(() -> WorkbenchPage.page().getActiveEditor());
        assertInstanceOf(ReviewEditor.class, active, "Marginalia > Review Document works from the editor, not only from the Corpus view");
        assertEquals(DOC_003, ((CorpusDocumentInput) active.getEditorInput()).getDocument().getId());
    }
}
