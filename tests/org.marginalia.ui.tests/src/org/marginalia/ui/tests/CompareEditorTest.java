package org.marginalia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.compare.SideBySide;
import org.marginalia.core.compare.SideBySideSvg;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.ui.compare.CompareEditor;
import org.marginalia.ui.compare.CompareEditorInput;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;

/** Two articles side by side: the same statement in one row with its changed words highlighted, gaps, N/P, a picture. */
class CompareEditorTest {

    /** The margin the PNG export draws around the comparison. */
    private static final int MARGIN = 12;

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
    void theSybihaQuotationSharesARowWithPosesAndRepresentsHighlightedAndNWalksTheDifferences() throws Exception {
        CompareEditor editor = UI.call(() -> {
            try {
                return (CompareEditor) WorkbenchPage.page().openEditor(
                        new CompareEditorInput(corpus, corpus.document("001_78016d3573fe0450"), corpus.document("003_8fdbe4dfb0182242")), CompareEditor.ID);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });

        List<SideBySide.Row> rows = editor.rows();
        int sybiha = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).cell(0) != null && rows.get(i).cell(1) != null && rows.get(i).cell(0).text().contains("poses a direct threat")) {
                sybiha = i;
            }
        }
        assertTrue(sybiha >= 0, "the quotation's sentences share a row");
        int row = sybiha;
        assertTrue(UI.call(() -> editor.highlighted(row, 0)).contains("poses"), UI.call(() -> editor.highlighted(row, 0)).toString());
        assertTrue(UI.call(() -> editor.highlighted(row, 1)).contains("represents"));

        workbench.command("org.eclipse.ui.navigate.next"); // what N is bound to while the Compare editor is active
        int first = UI.call(editor::currentRow);
        assertTrue(first >= 0 && rows.get(first).differs());
        workbench.command("org.eclipse.ui.navigate.next");
        assertTrue(UI.call(editor::currentRow) > first, "N goes on to the next difference");
        workbench.command("org.eclipse.ui.navigate.previous");
        assertEquals(first, UI.call(editor::currentRow), "P goes back");
        assertTrue(UI.call(editor::statusText).contains("row " + (first + 1) + " is current"), UI.call(editor::statusText));

        Path picture = temp.resolve("comparison.png");
        UI.run(() -> editor.exportPicture(picture));
        ImageData png = new ImageData(picture.toString());
        assertTrue(png.width > 200 && png.height > 200, png.width + "x" + png.height);
        assertTrue(Files.size(picture) > 1000);
        Files.copy(picture, Path.of("target", "compare-editor.png"), StandardCopyOption.REPLACE_EXISTING); // to look at
        Point connector = UI.call(() -> editor.connectorPoint(row, 0));
        assertEquals(CompareEditor.CONNECTED_CHANGED, png.palette.getRGB(png.getPixel(MARGIN + connector.x, MARGIN + connector.y)),
                "the aligned quotations are connected across the gutter, in the colour of a difference");
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).cell(0) != null && rows.get(i).cell(1) != null && !rows.get(i).differs()) {
                int same = i;
                Point quiet = UI.call(() -> editor.connectorPoint(same, 0));
                assertEquals(CompareEditor.CONNECTED_SAME, png.palette.getRGB(png.getPixel(MARGIN + quiet.x, MARGIN + quiet.y)), "statements that read the same, in grey");
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).cell(0) == null || rows.get(i).cell(1) == null) {
                int gap = i;
                Point none = UI.call(() -> editor.connectorPoint(gap, 0));
                RGB there = png.palette.getRGB(png.getPixel(MARGIN + none.x, MARGIN + none.y));
                assertTrue(!there.equals(CompareEditor.CONNECTED_CHANGED) && !there.equals(CompareEditor.CONNECTED_SAME), "a gap is connected to nothing");
                break;
            }
        }
        assertTrue(UI.call(editor::statusText).startsWith("Saved the comparison to"), UI.call(editor::statusText));
    }

    @Test
    void fiveArticlesSideBySideShareRowsAndTheComparisonSavesAsSvgWithEveryColumn() throws Exception {
        CompareEditor editor = UI.call(() -> {
            try {
                return (CompareEditor) WorkbenchPage.page().openEditor(new CompareEditorInput(corpus, corpus.corpus().getDocuments()), CompareEditor.ID);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });

        List<SideBySide.Row> rows = editor.rows();
        assertTrue(rows.stream().allMatch(r -> r.cells().size() == 5), "a column per article");
        int arrival = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).cell(3) != null && rows.get(i).cell(3).text().contains("arrived in Kyiv on November 16")) {
                arrival = i;
            }
        }
        assertTrue(arrival >= 0 && rows.get(arrival).cells().stream().filter(c -> c != null).count() >= 2, "the arrival shares a row across sources");
        workbench.command("org.eclipse.ui.navigate.next");
        assertTrue(UI.call(editor::currentRow) >= 0, "N walks the differences of five columns too");

        Path svg = temp.resolve("comparison.svg");
        UI.run(() -> editor.exportSvg(svg));
        String picture = Files.readString(svg);
        assertTrue(picture.startsWith("<svg") && picture.contains("arrived"), "an SVG with the articles' words");
        for (org.marginalia.model.Document document : corpus.corpus().getDocuments()) {
            String start = document.getTitle().substring(0, 12);
            assertTrue(picture.contains(start), "the title of " + document.getId() + " heads its column");
        }
        assertTrue(picture.contains("fill=\"#ffd68c\""), "changed words are marked");
        long connectors = rows.stream().mapToLong(r -> java.util.stream.IntStream.range(0, 4).filter(d -> r.cell(d) != null && r.cell(d + 1) != null).count()).sum();
        assertEquals(connectors, picture.split("class=\"connector\"", -1).length - 1, "a connector between each two neighbouring sources that share a statement");
        assertTrue(picture.contains("stroke=\"" + SideBySideSvg.CONNECTED_CHANGED + "\""), "connectors of differing statements are orange");
        Path png = temp.resolve("five.png");
        UI.run(() -> editor.exportPicture(png));
        Files.copy(png, Path.of("target", "compare-five.png"), StandardCopyOption.REPLACE_EXISTING); // to look at
        assertTrue(new ImageData(png.toString()).width > 5 * 250, "every column, also those scrolled out of sight");
    }
}
