package org.marginalia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Entity;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.model.Role;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.preferences.MarginaliaPreferences;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.DocumentEditorPage;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;
import org.marginalia.ui.views.AnnotationsView;
import org.marginalia.ui.views.EntitiesView;

/** The Entities view renames an entity everywhere; the Annotations view filters by kind and reveals. */
class EntitiesAndAnnotationsViewTest {

    private static final String DOC_003 = "003_8fdbe4dfb0182242";

    @TempDir
    Path temp;

    private final WorkbenchPage workbench = new WorkbenchPage();
    private LoadedCorpus corpus;

    @BeforeEach
    void openTheDemoCorpusAsAna() throws Exception {
        corpus = DemoCorpus.openCopy(temp.resolve("demo"));
        UI.run(() -> MarginaliaPreferences.setAnalyst("ana"));
    }

    @AfterEach
    void closeEverything() {
        workbench.closeAllEditors();
        CorpusSession.getDefault().close(corpus);
    }

    private static <T> T show(String id, Class<T> type) {
        return UI.call(() -> {
            try {
                return type.cast(WorkbenchPage.page().showView(id));
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void renamingAnEntityIsFollowedByEveryMentionInEveryDocument() throws Exception {
        DocumentEditorPage editor = workbench.openDocument(corpus, corpus.document(DOC_003));
        EntitiesView view = show(EntitiesView.ID, EntitiesView.class);
        UI.waitUntil("the entities", () -> rowStartingWith(view, "Andrii Sybiha") != null);
        assertTrue(rowStartingWith(view, "Andrii Sybiha").contains("17 in 4 documents"), rowStartingWith(view, "Andrii Sybiha"));

        Entity sybiha = corpus.corpus().getEntities().stream().filter(e -> e.getId().equals("person.andrii-sybiha")).findFirst().orElseThrow();
        UI.run(() -> view.rename(CorpusSession.getDefault().annotations(corpus), sybiha, "Andrii Sybiha (MFA)"));

        assertTrue(rowStartingWith(view, "Andrii Sybiha (MFA)") != null, "the view shows the new name");
        AnnotationsView annotations = show(AnnotationsView.ID, AnnotationsView.class);
        UI.run(() -> WorkbenchPage.page().activate(editor.editor()));
        UI.waitUntil("the Annotations view to show the role with the new name",
                () -> tableRows(annotations).stream().anyMatch(r -> r.contains("Andrii Sybiha (MFA) \u00b7 title Deputy Foreign Minister")));

        LoadedAnnotations reread = AnnotationStore.loadAll(CorpusStore.load(corpus.layout().root()));
        long mentions = 0;
        for (AnnotationSet set : reread.sets()) {
            for (Annotation annotation : set.getAnnotations()) {
                for (EReference reference : annotation.eClass().getEAllReferences()) {
                    if (annotation.eGet(reference) instanceof Entity entity && entity.getId().equals("person.andrii-sybiha")) {
                        assertEquals("Andrii Sybiha (MFA)", entity.getName(), "read back from disk in " + set.getAnalystId());
                        mentions++;
                    }
                }
            }
        }
        assertTrue(mentions > 30, "every analyst's mentions in every document: " + mentions);
        Entity saved = CorpusStore.load(corpus.layout().root()).corpus().getEntities().stream()
                .filter(e -> e.getId().equals("person.andrii-sybiha")).findFirst().orElseThrow();
        assertTrue(saved.getAliases().contains("Andrii Sybiha"), "the old name stays as an alias");

        UI.run(() -> WorkbenchPage.page().activate(view));
        UI.run(() -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertEquals("Andrii Sybiha", sybiha.getName(), "Edit > Undo in the Entities view takes the rename back");
        Entity undone = CorpusStore.load(corpus.layout().root()).corpus().getEntities().stream()
                .filter(e -> e.getId().equals("person.andrii-sybiha")).findFirst().orElseThrow();
        assertEquals("Andrii Sybiha", undone.getName(), "and saves the file again");
        assertTrue(rowStartingWith(view, "Andrii Sybiha") != null);
    }

    @Test
    void mergingMovesTheAnalystsMentionsAndKeepsTheNameAsAnAlias() throws Exception {
        EntitiesView view = show(EntitiesView.ID, EntitiesView.class);
        Entity russia = entity("place.russia");
        Entity kyiv = entity("place.kyiv");
        long kyivMentions = mentionsOf(AnnotationStore.loadAll(CorpusStore.load(corpus.layout().root())), "ana", "place.kyiv");
        assertTrue(kyivMentions > 0);

        UI.run(() -> view.merge(CorpusSession.getDefault().annotations(corpus), russia, kyiv));

        LoadedAnnotations reread = AnnotationStore.loadAll(CorpusStore.load(corpus.layout().root()));
        assertEquals(0, mentionsOf(reread, "ana", "place.kyiv"), "ana's mentions moved");
        assertTrue(mentionsOf(reread, "ben", "place.kyiv") > 0, "other analysts' files are not written");
        assertTrue(entity("place.russia").getAliases().contains("Kyiv"));
    }

    @Test
    void doubleClickingAMentionOpensItsDocumentAtTheMention() {
        EntitiesView view = show(EntitiesView.ID, EntitiesView.class);
        UI.waitUntil("the entities", () -> rowStartingWith(view, "Denys Shmyhal") != null);
        UI.run(() -> {
            TreeItem shmyhal = null;
            for (TreeItem item : view.getViewer().getTree().getItems()) {
                if (item.getText().startsWith("Denys Shmyhal")) {
                    shmyhal = item;
                }
            }
            view.getViewer().expandToLevel(shmyhal.getData(), 2);
            TreeItem mention = shmyhal.getItem(0).getItem(0);
            view.getViewer().getTree().setSelection(mention);
            view.getViewer().getTree().notifyListeners(SWT.DefaultSelection, eventFor(mention));
        });
        DocumentEditorPage editor = workbench.activeDocumentEditor();
        Annotation selected = editor.selectedAnnotation();
        assertTrue(editor.text().substring(selected.getBegin(), selected.getEnd()).contains("Shmyhal"));
    }

    private static Event eventFor(TreeItem item) {
        Event event = new Event();
        event.item = item;
        return event;
    }

    private Entity entity(String id) {
        return corpus.corpus().getEntities().stream().filter(e -> e.getId().equals(id)).findFirst().orElseThrow();
    }

    private static long mentionsOf(LoadedAnnotations annotations, String analyst, String entityId) {
        long count = 0;
        for (AnnotationSet set : annotations.sets()) {
            if (!analyst.equals(set.getAnalystId())) {
                continue;
            }
            for (Annotation annotation : set.getAnnotations()) {
                for (EReference reference : annotation.eClass().getEAllReferences()) {
                    if (annotation.eGet(reference) instanceof Entity e && e.getId().equals(entityId)) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    @Test
    void theAnnotationsViewFiltersByKindAndRevealsTheSelection() {
        DocumentEditorPage editor = workbench.openDocument(corpus, corpus.document(DOC_003));
        AnnotationsView view = show(AnnotationsView.ID, AnnotationsView.class);
        UI.waitUntil("the annotations", () -> tableRows(view).size() == editor.annotations().size());

        UI.run(() -> view.filter(Set.of(MarginaliaPackage.eINSTANCE.getRole())));
        List<String> roles = tableRows(view);
        assertEquals(editor.count(MarginaliaPackage.eINSTANCE.getRole()), roles.size());
        assertTrue(roles.stream().allMatch(r -> r.startsWith("Role")), roles.toString());

        Role role = (Role) UI.call(() -> {
            Table table = view.getViewer().getTable();
            table.setSelection(1); // a click on the second row
            Event click = new Event();
            click.item = table.getItem(1);
            table.notifyListeners(SWT.Selection, click);
            return table.getItem(1).getData();
        });
        assertEquals(role, editor.selectedAnnotation(), "selecting a row selects the annotation in the editor");
        assertEquals(role.getBegin(), UI.call(() -> editor.editor().getTextWidget().getSelectionRange().x));
    }

    private static String rowStartingWith(EntitiesView view, String prefix) {
        return UI.call(() -> {
            for (TreeItem item : view.getViewer().getTree().getItems()) {
                if (item.getText().startsWith(prefix + "  (") || item.getText().startsWith(prefix + "  \u00b7")) {
                    return item.getText();
                }
            }
            return null;
        });
    }

    private static List<String> tableRows(AnnotationsView view) {
        return UI.call(() -> {
            List<String> rows = new ArrayList<>();
            for (TableItem item : view.getViewer().getTable().getItems()) {
                rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
            }
            return rows;
        });
    }
}
