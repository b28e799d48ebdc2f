package org.marginalia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;
import org.marginalia.ui.views.TimelineView;

/** The Timeline view draws the demo's dates, the contradicted one in red, and exports them as PNG and SVG. */
class TimelineViewTest {

    @TempDir
    Path temp;

    private final WorkbenchPage workbench = new WorkbenchPage();
    private LoadedCorpus corpus;

    @BeforeEach
    void openTheDemoCorpus() throws Exception {
        corpus = DemoCorpus.openCopy(temp.resolve("demo"));
    }

    @AfterEach
    void closeEverything() {
        workbench.closeAllEditors();
        CorpusSession.getDefault().close(corpus);
    }

    @Test
    void theDatesOfTheActiveCorpusAreDrawnAndExported() throws Exception {
        workbench.openDocument(corpus, corpus.corpus().getDocuments().get(0));
        TimelineView view = UI.call(() -> {
            try {
                return (TimelineView) WorkbenchPage.page().showView(TimelineView.ID);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        UI.run(view::refresh);

        assertTrue(UI.call(() -> view.timeline().documents().size()) == 5);
        assertTrue(UI.call(view::getContentDescription).matches(
                ".*: \\d+ dates in 5 documents \\([1-9]\\d* of the analysts' events and figures, green\\), [1-9]\\d* of them contradicted by another source \\(red\\)"),
                UI.call(view::getContentDescription));
        assertTrue(UI.call(() -> view.timeline().entries().stream().anyMatch(e -> e.annotated() && e.label().equals("Event: arrival in Kyiv"))),
                "the analysts' events are on the axis with what they date");

        Path png = temp.resolve("timeline.png");
        UI.run(() -> view.exportPng(png));
        ImageData picture = new ImageData(png.toString());
        assertTrue(picture.width >= 1200 && picture.height > 200, picture.width + "x" + picture.height);
        Files.copy(png, Path.of("target", "timeline-view.png"), StandardCopyOption.REPLACE_EXISTING); // to look at
        Path svg = temp.resolve("timeline.svg");
        UI.run(() -> {
            try {
                view.exportSvg(svg);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(Files.readString(svg).contains("next year"));
        UI.run(() -> WorkbenchPage.page().hideView(view));
    }
}
