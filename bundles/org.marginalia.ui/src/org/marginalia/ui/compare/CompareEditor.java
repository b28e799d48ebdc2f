package org.marginalia.ui.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.marginalia.core.compare.SideBySide;
import org.marginalia.core.compare.SideBySideSvg;
import org.marginalia.core.compare.Statement;
import org.marginalia.core.compare.Token;
import org.marginalia.model.Document;

/**
 * Two or more documents side by side, statement by statement (core's {@link SideBySide}): statements that report
 * the same thing share a row with their differing words highlighted and are connected by a line across the gutter
 * (orange where their words differ, grey where they read the same), a source that lacks a statement shows a gap.
 * The columns scroll sideways when there are more than fit. N and P walk the rows with differences; Export
 * Picture saves the whole comparison as a PNG or, drawn by core, as an SVG.
 */
public final class CompareEditor extends EditorPart {

    public static final String ID = "org.marginalia.ui.editors.compare";
    /** The context in which N and P walk the differences (plugin.xml binds them). */
    public static final String CONTEXT_ID = "org.marginalia.ui.contexts.compare";

    private static final RGB CHANGED = new RGB(255, 214, 140);
    private static final RGB CURRENT = new RGB(222, 235, 255);
    /** The connectors' colours, as the SVG export draws them. */
    public static final RGB CONNECTED_CHANGED = new RGB(0xe0, 0x8a, 0x00);
    public static final RGB CONNECTED_SAME = new RGB(0x9a, 0xa5, 0xb1);
    /** The gutter between columns, wide enough for the connectors to be seen. */
    private static final int GUTTER = 20;
    private static final int MARGIN = 12;
    /** Narrower than this a column would be a few words wide: the columns scroll sideways instead. */
    private static final int MIN_COLUMN = 280;

    private final List<StyledText[]> cells = new ArrayList<>();
    private List<SideBySide.Row> rows = List.of();
    private List<Integer> differing = List.of();
    private int current = -1;
    private ScrolledComposite scrolled;
    private Composite content;
    private Label status;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof CompareEditorInput)) {
            throw new PartInitException("The Compare editor opens documents of a corpus, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
    }

    private CompareEditorInput input() {
        return (CompareEditorInput) getEditorInput();
    }

    @Override
    public void createPartControl(Composite parent) {
        List<Document> documents = input().documents();
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).applyTo(top);
        scrolled = new ScrolledComposite(top, SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(scrolled);
        content = new Composite(scrolled, SWT.NONE);
        content.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        GridLayoutFactory.fillDefaults().numColumns(documents.size()).equalWidth(true).spacing(GUTTER, 4).applyTo(content);
        content.addPaintListener(e -> drawConnectors(e.gc));
        scrolled.setContent(content);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        scrolled.addListener(SWT.Resize, e -> fit());
        documents.forEach(this::header); // inside the scrolled content, so titles stay above their columns
        rows = SideBySide.of(documents);
        List<Integer> withDifferences = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SideBySide.Row row = rows.get(i);
            StyledText[] rowCells = new StyledText[documents.size()];
            for (int d = 0; d < documents.size(); d++) {
                rowCells[d] = cell(row, d);
            }
            cells.add(rowCells);
            if (row.differs()) {
                withDifferences.add(i);
            }
        }
        differing = List.copyOf(withDifferences);
        status = new Label(top, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        Button export = new Button(top, SWT.PUSH);
        export.setText(CompareTexts.exportPicture);
        export.setToolTipText(CompareTexts.exportPictureTip);
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(export);
        export.addListener(SWT.Selection, e -> chooseAndExport());
        showStatus();
        getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
    }

    private void header(Document document) {
        Label label = new Label(content, SWT.WRAP);
        label.setText(title(document));
        label.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(1, SWT.DEFAULT).applyTo(label);
    }

    /** One document's cell of a row: its statement with the words that differ highlighted, or a gap. */
    private StyledText cell(SideBySide.Row row, int document) {
        Statement statement = row.cell(document);
        StyledText text = new StyledText(content, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
        text.setCaret(null); // a reading view: the current row's band shows where one is, not a text cursor
        GridDataFactory.fillDefaults().grab(true, false).hint(1, SWT.DEFAULT).applyTo(text);
        if (statement == null) {
            text.setText(CompareTexts.gap);
            text.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        } else {
            text.setText(statement.text());
            Color changed = new Color(CHANGED);
            for (Token token : row.changed().get(document)) {
                text.setStyleRange(new StyleRange(token.begin() - statement.begin(), token.end() - token.begin(), null, changed));
            }
        }
        int rowIndex = cells.size();
        text.addListener(SWT.MouseDown, e -> goTo(rowIndex)); // a click makes the row the current one: N goes on from there
        return text;
    }

    /** Connects each two neighbouring cells of a row that both hold its statement, at the height of their first line. */
    private void drawConnectors(GC gc) {
        Color changed = new Color(CONNECTED_CHANGED);
        Color same = new Color(CONNECTED_SAME);
        gc.setLineWidth(2);
        for (int r = 0; r < cells.size(); r++) {
            SideBySide.Row row = rows.get(r);
            StyledText[] rowCells = cells.get(r);
            for (int d = 0; d + 1 < rowCells.length; d++) {
                if (row.cell(d) != null && row.cell(d + 1) != null) {
                    Rectangle left = rowCells[d].getBounds();
                    Rectangle right = rowCells[d + 1].getBounds();
                    int y = left.y + rowCells[d].getLineHeight() / 2;
                    gc.setForeground(!row.changed().get(d).isEmpty() || !row.changed().get(d + 1).isEmpty() ? changed : same);
                    gc.drawLine(left.x + left.width + 2, y, right.x - 3, y);
                }
            }
        }
    }

    /** Where the connector between a row's cell of {@code document} and the next document's is drawn, in the content's coordinates. */
    public Point connectorPoint(int row, int document) {
        Rectangle left = cells.get(row)[document].getBounds();
        Rectangle right = cells.get(row)[document + 1].getBounds();
        return new Point((left.x + left.width + right.x) / 2, left.y + cells.get(row)[document].getLineHeight() / 2);
    }

    private void fit() {
        int width = Math.max(scrolled.getClientArea().width, input().documents().size() * MIN_COLUMN);
        Point size = content.computeSize(width, SWT.DEFAULT);
        scrolled.setMinSize(width, size.y);
    }

    /** Goes to the next (or previous) row with differences, wrapping around. */
    public void next(boolean forward) {
        if (differing.isEmpty()) {
            return;
        }
        int position = differing.indexOf(current);
        position = position < 0 ? (forward ? 0 : differing.size() - 1) : Math.floorMod(position + (forward ? 1 : -1), differing.size());
        goTo(differing.get(position));
        scrolled.showControl(cells.get(current)[0]);
    }

    private void goTo(int row) {
        mark(current, null);
        current = row;
        mark(current, new Color(CURRENT));
        showStatus();
    }

    private void mark(int row, Color background) {
        if (row >= 0) {
            for (StyledText cell : cells.get(row)) {
                cell.setBackground(background);
            }
        }
    }

    private void showStatus() {
        status.setText(NLS.bind(CompareTexts.status, new Object[] { rows.size(), differing.size(), current < 0 ? "-" : Integer.toString(current + 1) }));
    }

    private void chooseAndExport() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.png", "*.svg" });
        dialog.setFileName("comparison.png");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            exportSvg(file);
        } else {
            exportPicture(file);
        }
    }

    /** Writes the comparison as core draws it in SVG: every row, also those scrolled out of sight. */
    public void exportSvg(Path file) {
        try {
            Files.writeString(file, SideBySideSvg.of(input().documents(), rows, CompareTexts.gap), StandardCharsets.UTF_8);
            status.setText(NLS.bind(CompareTexts.saved, file));
        } catch (IOException e) {
            StatusManager.getManager().handle(Status.error(NLS.bind(CompareTexts.exportFailed, e.getMessage()), e), StatusManager.SHOW);
        }
    }

    /** Draws the titles and every row, also those scrolled out of sight, into a PNG (without the current row's mark). */
    public void exportPicture(Path file) {
        int marked = current;
        mark(marked, null);
        Point size = content.getSize();
        int width = Math.max(1, size.x) + 2 * MARGIN;
        int height = Math.max(1, size.y) + 2 * MARGIN;
        Image image = new Image(content.getDisplay(), width, height);
        GC gc = new GC(image);
        Transform inside = new Transform(content.getDisplay());
        try {
            gc.setBackground(content.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, width, height);
            inside.translate(MARGIN, MARGIN);
            gc.setTransform(inside);
            content.print(gc);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
            status.setText(NLS.bind(CompareTexts.saved, file));
        } catch (RuntimeException e) {
            StatusManager.getManager().handle(Status.error(NLS.bind(CompareTexts.exportFailed, e.getMessage()), e), StatusManager.SHOW);
        } finally {
            inside.dispose();
            gc.dispose();
            image.dispose();
            mark(marked, new Color(CURRENT));
        }
    }

    private static String title(Document document) {
        String title = document.getTitle() == null || document.getTitle().isBlank() ? document.getId() : document.getTitle();
        return title.length() <= 70 ? title : title.substring(0, 70).strip() + "\u2026";
    }

    public List<SideBySide.Row> rows() {
        return rows;
    }

    public int currentRow() {
        return current;
    }

    public String statusText() {
        return status.getText();
    }

    /** The highlighted words of one document's cell of a row, in order. */
    public List<String> highlighted(int row, int document) {
        StyledText cell = cells.get(row)[document];
        return List.of(cell.getStyleRanges()).stream().map(range -> cell.getTextRange(range.start, range.length)).toList();
    }

    @Override
    public void setFocus() {
        if (!cells.isEmpty()) {
            cells.get(Math.max(current, 0))[0].setFocus();
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // nothing to save: a comparison only shows the documents
    }

    @Override
    public void doSaveAs() {
        // nothing to save
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
