package org.marginalia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.Scheme;
import org.eclipse.jface.bindings.keys.KeyBinding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marginalia.ui.tests.support.DialogPage;
import org.marginalia.ui.tests.support.MenuBarPage;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;

/**
 * The standalone product's window as a new analyst meets it: menus that hold only what works here (the IDE's
 * file and project tools hidden, an Error Log to go to), an About dialog that says what this is, a sheet of
 * the keys, and a window that starts maximized. The tests run the product itself, with all its bundles.
 */
class ProductWindowTest {

    private static final String TAG_QUOTE = "org.marginalia.ui.commands.tagQuote";
    private static final String EDITOR_CONTEXT = "org.marginalia.ui.contexts.editor";

    private final MenuBarPage menus = new MenuBarPage();
    private final WorkbenchPage workbench = new WorkbenchPage();

    @AfterEach
    void closeLeftoverDialogs() {
        DialogPage.closeAll();
    }

    @Test
    void theWindowStartsMaximized() {
        assertTrue(workbench.isWindowMaximized());
    }

    @Test
    void theFileMenuHoldsNoIdeFileOrProjectTools() {
        List<String> file = menus.items("File");
        assertFalse(file.contains("Open File..."), "Open File... opens no editor in the product: " + file);
        assertFalse(file.contains("Open Projects from File System..."), file.toString());
        assertTrue(file.containsAll(List.of("New", "Save", "Save All", "Import...", "Export...", "Recent Corpora", "Exit")), file.toString());
        assertTrue(menus.items("File", "New").contains("Marginalia Corpus"), menus.items("File", "New").toString());
    }

    @Test
    void importOffersMarginaliaDocumentsButNoWorkspaceProjects() {
        menus.click("File", "Import...");
        DialogPage wizard = DialogPage.waitFor("Import");
        List<String> wizards = wizard.treeItems();
        wizard.click("Cancel");
        wizard.waitUntilClosed();
        assertTrue(wizards.contains("Marginalia/Documents"), wizards.toString());
        assertFalse(wizards.stream().anyMatch(w -> w.contains("Existing Projects") || w.contains("Archive File") || w.contains("File System")),
                wizards.toString());
    }

    @Test
    void exportOffersMarginaliaAndPreferencesButNoWorkspaceArchives() {
        menus.click("File", "Export...");
        DialogPage wizard = DialogPage.waitFor("Export");
        List<String> wizards = wizard.treeItems();
        wizard.click("Cancel");
        wizard.waitUntilClosed();
        assertTrue(wizards.contains("Marginalia/Corpus (EMF XMI, UIMA CAS XMI, brat, CoNLL)"), wizards.toString());
        assertTrue(wizards.contains("General/Preferences"), wizards.toString());
        assertFalse(wizards.contains("General/Archive File"), wizards.toString());
        assertFalse(wizards.contains("General/File System"), wizards.toString());
    }

    @Test
    void theErrorLogIsOneClickAwayInShowView() {
        assertTrue(menus.items("Window", "Show View").contains("Error Log"), menus.items("Window", "Show View").toString());
        menus.click("Window", "Show View", "Error Log");
        UI.waitUntil("the Error Log", () -> "org.eclipse.pde.runtime.LogView".equals(workbench.activePartId()));
        UI.run(() -> WorkbenchPage.page().hideView(WorkbenchPage.page().findView("org.eclipse.pde.runtime.LogView")));
    }

    @Test
    void aboutNamesTheProductItsVersionAndWhatItIs() {
        menus.click("Help", "About Marginalia");
        DialogPage about = DialogPage.waitFor("About Marginalia");
        String text = about.text();
        boolean image = about.showsImage();
        about.close();
        assertTrue(text.startsWith("Marginalia\nVersion 0.1.0"), text);
        assertTrue(text.contains("annotation workbench"), text);
        assertTrue(image, "the product image is shown");
    }

    @Test
    void theHelpMenuListsTheKeysAndTheKeyAssist() {
        assertEquals(List.of("Marginalia Keys", "Show Active Keybindings...", "About Marginalia"), menus.items("Help"));
        menus.click("Help", "Marginalia Keys");
        DialogPage keys = DialogPage.waitFor("Marginalia Keys");
        List<List<String>> rows = keys.tableRows();
        keys.click("Close");
        keys.waitUntilClosed();
        assertTrue(rows.contains(List.of("In a document", "Q", "Tag as Quote", "Tags the selected words as a quote")), rows.toString());
        assertTrue(rows.contains(List.of("In a document", "N", "Next", UI.call(() -> description("org.eclipse.ui.navigate.next")))), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.get(0).equals("In a review") && row.get(1).equals("X")), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.get(0).equals("Anywhere") && row.get(2).equals("Open Corpus...")), rows.toString());
    }

    @Test
    void theKeysSheetShowsAKeyAsTheAnalystRebound() throws Exception {
        IBindingService service = UI.call(() -> PlatformUI.getWorkbench().getService(IBindingService.class));
        Binding[] original = UI.call(service::getBindings);
        Scheme scheme = UI.call(service::getActiveScheme);
        Binding q = List.of(original).stream().filter(b -> b.getType() == Binding.SYSTEM && b.getParameterizedCommand() != null
                && TAG_QUOTE.equals(b.getParameterizedCommand().getId()) && EDITOR_CONTEXT.equals(b.getContextId())).findFirst().orElseThrow();
        KeySequence rebound = KeySequence.getInstance("CTRL+ALT+Q");
        // What Window > Preferences > General > Keys writes when Q is changed: Q removed, the new key added.
        List<Binding> changed = new ArrayList<>(List.of(original));
        changed.add(new KeyBinding((KeySequence) q.getTriggerSequence(), null, q.getSchemeId(), q.getContextId(), null, null, null, Binding.USER));
        ParameterizedCommand tagQuote = q.getParameterizedCommand();
        changed.add(new KeyBinding(rebound, tagQuote, q.getSchemeId(), q.getContextId(), null, null, null, Binding.USER));
        UI.call(() -> save(service, scheme, changed.toArray(Binding[]::new)));
        try {
            menus.click("Help", "Marginalia Keys");
            DialogPage keys = DialogPage.waitFor("Marginalia Keys");
            List<List<String>> rows = keys.tableRows();
            keys.close();
            assertTrue(rows.contains(List.of("In a document", rebound.format(), "Tag as Quote", "Tags the selected words as a quote")), rows.toString());
            assertFalse(rows.stream().anyMatch(row -> row.get(1).equals("Q") && row.get(2).equals("Tag as Quote")), rows.toString());
        } finally {
            UI.call(() -> save(service, scheme, original));
        }
    }

    private static Void save(IBindingService service, Scheme scheme, Binding[] bindings) {
        try {
            service.savePreferences(scheme, bindings);
            return null;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String description(String commandId) {
        try {
            return PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId).getDescription();
        } catch (NotDefinedException e) {
            throw new AssertionError(e);
        }
    }
}
