package org.marginalia.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.review.RelationMerge;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Relation;
import org.marginalia.ui.views.Tables;

/**
 * The review's relations: the analysts' relations that start in this document, lined up by their two ends,
 * with the versions the analysts chose at each and whether the curated set holds one; Take Relations adds
 * what the review's strategy takes, between curated annotations, as one undoable step.
 */
final class RelationsPanel {

    private final Composite panel;
    private final Table table;
    private final Label status;

    RelationsPanel(Composite parent, Runnable take) {
        panel = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(panel);
        status = new Label(panel, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(1, SWT.DEFAULT).applyTo(status);
        Button button = new Button(panel, SWT.PUSH);
        button.setText("Take Relations");
        button.setToolTipText("Adds the relations the strategy takes, once both their ends are curated (Undo takes them back)");
        button.addListener(SWT.Selection, e -> take.run());
        table = Tables.create(panel, "From", 220, "To", 260, "Versions", 320, "Curated", 70);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table);
    }

    Composite control() {
        return panel;
    }

    Table table() {
        return table;
    }

    /** Shows the relations of {@code analystSets} and which of them {@code curated} holds. */
    void update(List<AnnotationSet> analystSets, AnnotationSet curated) {
        table.removeAll();
        List<RelationMerge.Position> positions = RelationMerge.positions(analystSets);
        int curatedCount = 0;
        for (RelationMerge.Position position : positions) {
            boolean inCurated = curated.getRelations().stream().anyMatch(r -> matches(r, position));
            curatedCount += inCurated ? 1 : 0;
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { describe(position.governor(), analystSets), describe(position.dependent(), analystSets),
                    versions(position), inCurated ? "\u2713" : "" });
        }
        status.setText(positions.isEmpty() ? "No analyst linked annotations of this document."
                : positions.size() + " pairs of linked annotations, " + curatedCount + " curated. A relation is curated between curated annotations.");
        status.requestLayout();
    }

    private static boolean matches(Relation relation, RelationMerge.Position position) {
        return relation.getGovernor() != null && relation.getDependent() != null && position.byConfiguration().values().stream()
                .anyMatch(relations -> relations.get(0).eClass() == relation.eClass())
                && relation.getGovernor().getBegin() == position.governor().begin() && relation.getDependent().getBegin() == position.dependent().begin()
                && relation.getGovernor().getEnd() == position.governor().end() && relation.getDependent().getEnd() == position.dependent().end();
    }

    private static String describe(RelationMerge.End end, List<AnnotationSet> analystSets) {
        String text = analystSets.isEmpty() || !end.documentId().equals(analystSets.get(0).getDocument().getId()) ? null
                : analystSets.get(0).getDocument().getText();
        String words = text == null || end.end() > text.length() ? "in " + end.documentId() : "\u201c" + shorten(text.substring(end.begin(), end.end())) + "\u201d";
        return AnnotationEdits.label(end.kind()) + " " + words;
    }

    private static String versions(RelationMerge.Position position) {
        List<String> versions = new ArrayList<>();
        List<Set<String>> groups = position.groups();
        List<String> configurations = List.copyOf(position.byConfiguration().keySet());
        for (int i = 0; i < configurations.size(); i++) {
            Relation relation = position.byConfiguration().get(configurations.get(i)).get(0);
            versions.add(AnnotationEdits.label(relation.eClass()) + " by " + String.join(", ", groups.get(i)));
        }
        return String.join("; ", versions);
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 50 ? line.substring(0, 49) + "\u2026" : line;
    }

    /** For tests: the rows as the reviewer reads them. */
    List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            rows.add(String.join(" | ", item.getText(0), item.getText(1), item.getText(2), item.getText(3)));
        }
        return rows;
    }
}
