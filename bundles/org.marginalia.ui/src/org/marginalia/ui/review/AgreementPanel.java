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
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.review.AgreementCsv;
import org.marginalia.core.review.KindAgreement;
import org.marginalia.core.review.SpanMatch;
import org.marginalia.model.AnnotationSet;

/**
 * The document's agreement: Cohen's kappa for every pair of analysts as a heat map, and per kind Fleiss'
 * kappa, unitizing alpha and mean pairwise F1, each with its counts; copied or saved as CSV.
 */
final class AgreementPanel {

    private final Composite panel;
    private final Canvas heatMap;
    private final Table table;
    private List<KindAgreement> agreements = List.of();

    AgreementPanel(Composite parent) {
        panel = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 6).applyTo(panel);
        Label title = new Label(panel, SWT.NONE);
        title.setText("Agreement between the analysts of this document (Cohen's kappa, all kinds)");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(title);
        heatMap = new Canvas(panel, SWT.DOUBLE_BUFFERED);
        GridDataFactory.fillDefaults().hint(260, 150).applyTo(heatMap);
        heatMap.addPaintListener(e -> paintHeatMap(e.gc));
        Composite right = new Composite(panel, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(right);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(right);
        table = new Table(right, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        for (String column : new String[] { "Kind", "Fleiss' kappa (items)", "Unitizing alpha (units)", "F1 strict", "F1 overlapping" }) {
            TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
            tableColumn.setText(column);
            tableColumn.setWidth(column.equals("Kind") ? 110 : 160);
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 110).applyTo(table);
        Composite buttons = new Composite(right, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        Button copy = new Button(buttons, SWT.PUSH);
        copy.setText("&Copy as CSV");
        copy.addListener(SWT.Selection, e -> copyCsv());
        Button save = new Button(buttons, SWT.PUSH);
        save.setText("Save as CS&V...");
        save.addListener(SWT.Selection, e -> saveCsv());
    }

    Composite control() {
        return panel;
    }

    void update(List<AnnotationSet> analystSets) {
        agreements = KindAgreement.allKinds(analystSets, AnnotationEdits.KINDS.stream().map(EClass::getName).toList());
        table.removeAll();
        for (KindAgreement agreement : agreements) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { agreement.label(), number(agreement.fleiss()) + "  (" + agreement.fleissItems() + ")",
                    number(agreement.alpha()) + "  (" + agreement.units() + ")", meanF1(agreement, true), meanF1(agreement, false) });
        }
        heatMap.redraw();
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
        return pairs == 0 ? "n/a" : number(sum / pairs) + "  (" + matched + " matched)";
    }

    private void paintHeatMap(GC gc) {
        if (agreements.isEmpty()) {
            return;
        }
        KindAgreement all = agreements.get(0);
        List<String> analysts = all.analysts();
        int n = analysts.size();
        if (n == 0) {
            gc.drawText("No analysts have annotated this document.", 4, 4, true);
            return;
        }
        Point size = heatMap.getSize();
        int label = 60;
        int cell = Math.max(16, Math.min((size.x - label) / n, (size.y - 20) / n));
        for (int i = 0; i < n; i++) {
            gc.drawText(analysts.get(i), 2, 20 + i * cell + cell / 2 - 8, true);
            gc.drawText(analysts.get(i), label + i * cell + 2, 2, true);
            for (int j = 0; j < n; j++) {
                double kappa = all.cohen()[i][j];
                Color color = new Color(heat(kappa));
                gc.setBackground(color);
                gc.fillRectangle(label + j * cell, 20 + i * cell, cell - 2, cell - 2);
                gc.drawText(number(kappa), label + j * cell + 4, 20 + i * cell + cell / 2 - 8, true);
            }
        }
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
                StatusManager.getManager().handle(Status.error("Could not save " + file + ": " + e.getMessage(), e), StatusManager.SHOW);
            }
        }
    }
}
