package org.marginalia.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Plain SWT tables with headers, as the review and the Cross-source view list their rows. */
public final class Tables {

    private Tables() {
    }

    /** {@code columns}: title, width, title, width, ... */
    public static Table create(Composite parent, Object... columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        for (int i = 0; i < columns.length; i += 2) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText((String) columns[i]);
            column.setWidth((Integer) columns[i + 1]);
        }
        table.addListener(SWT.MouseHover, e -> table.setToolTipText(cellText(table, e.x, e.y)));
        return table;
    }

    /** The whole text of the cell under the mouse, for the cells a column is too narrow to show; null elsewhere. */
    static String cellText(Table table, int x, int y) {
        TableItem item = table.getItem(new Point(x, y));
        if (item == null) {
            return null;
        }
        for (int column = 0; column < table.getColumnCount(); column++) {
            if (item.getBounds(column).contains(x, y)) {
                String text = item.getText(column);
                return text.isEmpty() ? null : text;
            }
        }
        return null;
    }
}
