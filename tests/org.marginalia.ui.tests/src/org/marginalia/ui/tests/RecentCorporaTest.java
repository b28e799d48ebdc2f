package org.marginalia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.DialogPage;
import org.marginalia.ui.tests.support.MenuBarPage;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;

/** File > Recent Corpora: the corpora opened last, newest first, each item opening its corpus again. */
class RecentCorporaTest {

    private static final String[] RECENT = { "File", "Recent Corpora" };

    @TempDir
    Path temp;

    private final WorkbenchPage workbench = new WorkbenchPage();
    private final MenuBarPage menus = new MenuBarPage();

    @AfterEach
    void closeWhatOpened() {
        DialogPage.closeAll();
        for (LoadedCorpus corpus : CorpusSession.getDefault().corpora()) {
            if (corpus.layout().root().startsWith(temp)) {
                CorpusSession.getDefault().close(corpus);
            }
        }
    }

    @Test
    void theCorporaOpenedLastAreListedNewestFirstAndOneOpensAgainFromTheMenu() throws Exception {
        Path first = corpus("first");
        Path second = corpus("second");
        openAndClose(first);
        openAndClose(second);

        List<String> items = menus.items(RECENT);
        assertTrue(items.size() >= 2, items.toString());
        assertEquals(List.of("1 second  (" + second + ")", "2 first  (" + first + ")"), items.subList(0, 2), "numbered, newest first, with the folder");

        menus.click(RECENT[0], RECENT[1], "2 first  (" + first + ")");

        UI.waitUntil("the first corpus open again", () -> isOpen(first));
        assertEquals("1 first  (" + first + ")", menus.items(RECENT).get(0), "opening it made it the newest");
        assertEquals(1, menus.items(RECENT).stream().filter(item -> item.endsWith("(" + first + ")")).count(), "listed once");
    }

    @Test
    void aCorpusMovedAwaySinceSaysSoInsteadOfOpening() throws Exception {
        Path gone = corpus("gone");
        openAndClose(gone);
        Files.move(gone, temp.resolve("elsewhere"));

        menus.click(RECENT[0], RECENT[1], "1 gone  (" + gone + ")");

        DialogPage message = DialogPage.waitFor("Not a Corpus");
        assertTrue(message.text().contains(gone + " cannot be read: it does not exist or is not a folder."), message.text());
        message.click("OK");
        message.waitUntilClosed();
        assertTrue(!isOpen(gone) && !Files.exists(gone), "nothing opened, nothing made");
    }

    private Path corpus(String name) throws Exception {
        Path folder = temp.resolve(name);
        CorpusImporter.importCorpus(DemoCorpus.seeds(), folder);
        return folder;
    }

    /** Opens the folder as Open Corpus does (which remembers it), waits for it, and closes it again. */
    private void openAndClose(Path folder) {
        workbench.openCorpusAsChosen(folder);
        UI.waitUntil(folder + " open", () -> isOpen(folder));
        CorpusSession.getDefault().corpora().stream().filter(c -> c.layout().root().equals(folder)).toList().forEach(CorpusSession.getDefault()::close);
    }

    private static boolean isOpen(Path folder) {
        return CorpusSession.getDefault().corpora().stream().anyMatch(c -> c.layout().root().toAbsolutePath().normalize().equals(folder.toAbsolutePath().normalize()));
    }
}
