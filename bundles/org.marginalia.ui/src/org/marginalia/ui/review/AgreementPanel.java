package org.marginalia.ui.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.statushandlers.StatusManager;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.review.AgreementCsv;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.review.AttributeAgreement;
import org.marginalia.core.review.KindAgreement;
import org.marginalia.core.review.SpanMatch;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.AnnotationSet;

/**
 * The document's agreement: Cohen's kappa for every pair of analysts as a heat map with a legend (hover a cell
 * for its figures), and per kind Fleiss' kappa, unitizing alpha and mean pairwise F1, each with the counts
 * behind it in a column of its own; copied or saved as CSV.
 */
final class AgreementPanel {

    private static final double[] LEGEND = { -0.5, 0, 0.4, 0.7, 1 };
    /** Heat map geometry: room for the analysts' names on the left and on top. */
    private static final int LEFT = 60;
    private static final int TOP = 20;
    /** Wide enough for a kappa such as -0.125 and an analyst's name above it. */
    private static final int MIN_CELL = 44;

    private final Composite panel;
    private final Canvas heatMap;
    private final Table table;
    private final Label legend;
    private List<KindAgreement> agreements = List.of();

    AgreementPanel(Composite parent) {
        panel = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 6).applyTo(panel);
        heatMap = new Canvas(panel, SWT.DOUBLE_BUFFERED);
        GridDataFactory.fillDefaults().grab(false, true).hint(LEFT + 3 * MIN_CELL + 8, 90).applyTo(heatMap);
        heatMap.addPaintListener(e -> paintHeatMap(e.gc));
        heatMap.addListener(SWT.MouseMove, e -> heatMap.setToolTipText(cellTip(e.x, e.y)));
        heatMap.setToolTipText(ReviewTexts.agreementTitle);
        Composite right = new Composite(panel, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(right);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(right);
        table = new Table(right, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        column(ReviewTexts.agreementKind, null);
        column(ReviewTexts.agreementRaters, ReviewTexts.agreementRatersTip);
        column(ReviewTexts.agreementFleiss, ReviewTexts.agreementFleissTip);
        column(ReviewTexts.agreementItems, ReviewTexts.agreementItemsTip);
        column(ReviewTexts.agreementAlpha, ReviewTexts.agreementAlphaTip);
        column(ReviewTexts.agreementUnits, ReviewTexts.agreementUnitsTip);
        column(ReviewTexts.agreementF1Strict, ReviewTexts.agreementF1StrictTip);
        column(ReviewTexts.agreementF1Overlapping, ReviewTexts.agreementF1OverlappingTip);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 80).applyTo(table);
        Composite row = new Composite(right, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(LEGEND.length + 3).spacing(2, 2).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        legendChips(row);
        Button copy = new Button(row, SWT.PUSH);
        GridDataFactory.swtDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(copy);
        copy.setText(ReviewTexts.copyCsv);
        copy.addListener(SWT.Selection, e -> copyCsv());
        Button save = new Button(row, SWT.PUSH);
        save.setText(ReviewTexts.saveCsv);
        save.addListener(SWT.Selection, e -> saveCsv());
        legend = new Label(row, SWT.WRAP);
        legend.setText(ReviewTexts.agreementLegend);
        GridDataFactory.fillDefaults().grab(true, false).span(LEGEND.length + 3, 1).hint(1, SWT.DEFAULT).applyTo(legend); // wraps at the panel's width
    }

    private void column(String text, String tip) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(text);
        column.setToolTipText(tip);
    }

    /** Colour chips for sample kappas; the legend below says what the numbers mean, negative ones puzzle readers most. */
    private static void legendChips(Composite row) {
        for (double kappa : LEGEND) {
            chip(row, number(kappa), heat(kappa));
        }
        chip(row, "n/a", heat(Double.NaN));
    }

    private static void chip(Composite parent, String text, RGB rgb) {
        Label chip = new Label(parent, SWT.CENTER);
        chip.setText(" " + text + " ");
        Color color = new Color(rgb);
        chip.setBackground(color);
    }

    Composite control() {
        return panel;
    }

    void update(List<AnnotationSet> analystSets) {
        CorpusSchema schema = analystSets.isEmpty() || analystSets.get(0).eResource() == null ? CorpusSchema.builtIn()
                : CorpusSchema.of(analystSets.get(0).eResource().getResourceSet());
        agreements = KindAgreement.allKinds(analystSets, schema.spanKinds().stream().map(EClass::getName).toList());
        table.removeAll();
        for (KindAgreement agreement : agreements) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { agreement.kind() == null ? agreement.label() : AnnotationEdits.label(agreement.kind()),
                    Integer.toString(agreement.analysts().size()), number(agreement.fleiss()), Integer.toString(agreement.fleissItems()),
                    number(agreement.alpha()), Integer.toString(agreement.units()), meanF1(agreement, true), meanF1(agreement, false) });
            if (agreement.kind() != null) {
                attributeRows(analystSets, schema, agreement.kind());
            }
        }
        for (TableColumn column : table.getColumns()) {
            column.pack(); // as wide as its header or its widest figure, whichever is wider
        }
        heatMap.redraw();
    }

    /** Under a kind, one row per attribute: Fleiss' kappa over the spans every analyst tagged with the kind (per feature, as INCEpTION). */
    private void attributeRows(List<AnnotationSet> analystSets, CorpusSchema schema, String kind) {
        schema.spanKinds().stream().filter(k -> k.getName().equals(kind)).findFirst().ifPresent(spanKind -> {
            for (AttributeAgreement attribute : AttributeAgreement.of(analystSets, spanKind)) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { "    \u00b7 " + attribute.attribute(), "", number(attribute.fleiss()), Integer.toString(attribute.items()), "", "", "",
                        "" });
            }
        });
    }

    Table table() {
        return table;
    }

    String legend() {
        return legend.getText();
    }

    List<KindAgreement> agreements() {
        return agreements;
    }

    String csv() {
        return AgreementCsv.of(agreements);
    }

    private static String meanF1(KindAgreement agreement, boolean strict) {
        double sum = 0;
        int pairs = 0;
        int matched = 0;
        for (int a = 0; a < agreement.analysts().size(); a++) {
            for (int b = a + 1; b < agreement.analysts().size(); b++) {
                SpanMatch match = strict ? agreement.strict()[a][b] : agreement.overlapping()[a][b];
                if (!Double.isNaN(match.f1())) {
                    sum += match.f1();
                    pairs++;
                    matched += match.matched();
                }
            }
        }
        return pairs == 0 ? "n/a" : NLS.bind(ReviewTexts.agreementMatched, number(sum / pairs), matched);
    }

    private void paintHeatMap(GC gc) {
        if (agreements.isEmpty()) {
            return;
        }
        KindAgreement all = agreements.get(0);
        List<String> analysts = all.analysts();
        int n = analysts.size();
        if (n == 0) {
            gc.drawText(ReviewTexts.agreementNoAnalysts, 4, 4, true);
            return;
        }
        int cell = cellSize(n);
        for (int i = 0; i < n; i++) {
            gc.drawText(analysts.get(i), 2, TOP + i * cell + cell / 2 - 8, true);
            gc.drawText(analysts.get(i), LEFT + i * cell + 2, 2, true);
            for (int j = 0; j < n; j++) {
                double kappa = all.cohen()[i][j];
                Color color = new Color(heat(kappa));
                gc.setBackground(color);
                gc.fillRectangle(LEFT + j * cell, TOP + i * cell, cell - 2, cell - 2);
                gc.drawText(number(kappa), LEFT + j * cell + 4, TOP + i * cell + cell / 2 - 8, true);
            }
        }
    }

    private int cellSize(int analysts) {
        Point size = heatMap.getSize();
        return Math.max(MIN_CELL, Math.min((size.x - LEFT) / analysts, (size.y - TOP) / analysts));
    }

    /** The figures of the cell under the mouse, or none. */
    private String cellTip(int x, int y) {
        if (agreements.isEmpty() || agreements.get(0).analysts().isEmpty()) {
            return ReviewTexts.agreementTitle;
        }
        KindAgreement all = agreements.get(0);
        int n = all.analysts().size();
        int cell = cellSize(n);
        int row = Math.floorDiv(y - TOP, cell);
        int column = Math.floorDiv(x - LEFT, cell);
        if (row < 0 || row >= n || column < 0 || column >= n || row == column) {
            return ReviewTexts.agreementTitle;
        }
        return NLS.bind(ReviewTexts.agreementCell, new Object[] { all.analysts().get(row), all.analysts().get(column),
                number(all.cohen()[row][column]), all.cohenItems()[row][column] });
    }

    /** Red for no agreement beyond chance (0 or less), through yellow, to green for full agreement. */
    private static RGB heat(double kappa) {
        if (Double.isNaN(kappa)) {
            return new RGB(230, 230, 230);
        }
        double t = Math.max(0, Math.min(1, kappa));
        int red = (int) (t < 0.5 ? 240 : 240 - (t - 0.5) * 2 * 110);
        int green = (int) (t < 0.5 ? 130 + t * 2 * 100 : 230);
        return new RGB(red, green, 140);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    private void copyCsv() {
        Clipboard clipboard = new Clipboard(panel.getDisplay());
        try {
            clipboard.setContents(new Object[] { csv() }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    private void saveCsv() {
        FileDialog dialog = new FileDialog(panel.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.csv" });
        dialog.setFileName("agreement.csv");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            try {
                AtomicFiles.write(Path.of(file), csv().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                StatusManager.getManager().handle(Status.error(NLS.bind(ReviewTexts.saveCsvFailed, file, e.getMessage()), e), StatusManager.SHOW);
            }
        }
    }
}
