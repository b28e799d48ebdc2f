package org.marginalia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityMention;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.preferences.MarginaliaPreferences;
import org.marginalia.ui.tests.support.AnnotationsViewPage;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.DocumentEditorPage;
import org.marginalia.ui.tests.support.EntitiesViewPage;
import org.marginalia.ui.tests.support.PropertiesViewPage;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;

/**
 * One editing domain and command stack per open corpus: undo from any Marginalia part, Properties that follow
 * undo, entity changes that never write an editor's unsaved work, and closing without saving that really drops it.
 */
class OneEditingDomainTest {

    private static final MarginaliaPackage M = MarginaliaPackage.eINSTANCE;
    private static final String DOC_000 = "000_3ffbc56c78e89f21";
    private static final String DOC_003 = "003_8fdbe4dfb0182242";
    private static final String TROOPS = "approximately 12,000 North Korean troops";

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

    private DocumentEditorPage open(String documentId) {
        return workbench.openDocument(corpus, corpus.document(documentId));
    }

    @Test
    void undoInTheEntitiesViewTakesBackTheEditorsLastTag() {
        DocumentEditorPage editor = open(DOC_000);
        AnnotationsViewPage annotations = AnnotationsViewPage.show();
        editor.selectPhrase(TROOPS, 0);
        editor.press('f');
        UI.waitUntil("the figure", () -> editor.count(M.getFigure()) == 1);
        assertTrue(editor.isDirty());
        annotations.waitForRows("the Annotations view to list it", rows -> rows.size() == 1 && rows.get(0).startsWith("Figure | " + TROOPS));

        EntitiesViewPage entities = EntitiesViewPage.show();
        entities.activate();
        editor.command("org.eclipse.ui.edit.undo");

        assertEquals(0, editor.count(M.getFigure()), "one stack for the corpus: the view undoes the editor's change");
        assertFalse(editor.isDirty(), "back where the file is: nothing to save");
        assertEquals(List.of(), annotations.rows(), "the Annotations view follows the set, whoever changed it");
    }

    @Test
    void thePropertiesViewFollowsUndoAndUndoesWhileItHasTheFocus() {
        DocumentEditorPage editor = open(DOC_000);
        PropertiesViewPage properties = PropertiesViewPage.show();
        editor.selectPhrase(TROOPS, 0);
        editor.press('f');
        UI.waitUntil("the figure", () -> editor.count(M.getFigure()) == 1);
        editor.setProperty("Unit", "troops");
        UI.waitUntil("the Properties view to show the unit", () -> "troops".equals(properties.value("Unit")));

        editor.command("org.eclipse.ui.edit.undo");
        UI.waitUntil("the Properties view to show the undone unit", () -> "".equals(properties.value("Unit")));

        properties.activate();
        editor.command("org.eclipse.ui.edit.redo");
        assertEquals("troops", editor.property("Unit"), "Edit > Redo works while Properties has the focus");
        editor.command("org.eclipse.ui.edit.undo");
        assertEquals("", editor.property("Unit"), "and Edit > Undo");
    }

    @Test
    void renamingAnEntityWritesItsFileButNeverAnEditorsUnsavedWork() throws Exception {
        DocumentEditorPage editor = open(DOC_003);
        editor.selectPhrase("Kyiv", 0);
        editor.press('e');
        UI.waitUntil("the mention", () -> editor.count(M.getEntityMention()) == 1);
        Path danasFile = AnnotationStore.analystFile(corpus.layout(), "dana", DOC_003);
        assertFalse(Files.exists(danasFile));

        EntitiesViewPage entities = EntitiesViewPage.show();
        Entity kyiv = corpus.corpus().getEntities().stream().filter(e -> e.getId().equals("place.kyiv")).findFirst().orElseThrow();
        UI.run(() -> entities.view().rename(CorpusSession.getDefault().annotations(corpus), kyiv, "Kyiv (city)"));

        assertEquals("Kyiv (city)", entityOnDisk("place.kyiv").getName(), "the corpus description is written at once");
        assertFalse(Files.exists(danasFile), "dana's unsaved tag is not written behind her back");
        assertTrue(editor.isDirty());

        editor.pressCtrl('s');
        UI.waitUntil("the save", () -> !editor.isDirty());
        assertTrue(Files.exists(danasFile));
    }

    @Test
    void aMergeSavesTheAliasItAdds() throws Exception {
        EntitiesViewPage entities = EntitiesViewPage.show();
        Entity russia = corpus.corpus().getEntities().stream().filter(e -> e.getId().equals("place.russia")).findFirst().orElseThrow();
        Entity kyiv = corpus.corpus().getEntities().stream().filter(e -> e.getId().equals("place.kyiv")).findFirst().orElseThrow();

        UI.run(() -> entities.view().merge(CorpusSession.getDefault().annotations(corpus), russia, kyiv));

        assertTrue(entityOnDisk("place.russia").getAliases().contains("Kyiv"), "the alias is written, not only kept in memory");
    }

    @Test
    void closingAnEditorWithoutSavingTakesTheSharedModelBackToItsFile() {
        DocumentEditorPage editor = open(DOC_003);
        editor.selectPhrase("Kyiv", 0);
        editor.press('e');
        UI.waitUntil("the mention", () -> editor.count(M.getEntityMention()) == 1);
        EntityMention mention = (EntityMention) editor.annotations().get(0);

        workbench.closeAllEditors();

        assertFalse(UI.call(() -> CorpusSession.getDefault().annotations(corpus).setsOf("dana").stream()
                .anyMatch(set -> set.getAnnotations().contains(mention))), "the dropped tag is gone from memory too");
        DocumentEditorPage reopened = open(DOC_003);
        assertEquals(0, reopened.annotations().size());
        assertFalse(reopened.isDirty());
    }

    private Entity entityOnDisk(String id) throws Exception {
        return CorpusStore.load(corpus.layout().root()).corpus().getEntities().stream().filter(e -> e.getId().equals(id)).findFirst().orElseThrow();
    }
}
