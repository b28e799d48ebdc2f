package org.marginalia.ui.tests.support;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.marginalia.ui.views.CrossSourceView;

/** The Cross-source view: its findings, the sources of the selected one, and its description line. */
public final class CrossSourcePage {

    private final CrossSourceView view;

    private CrossSourcePage(CrossSourceView view) {
        this.view = view;
    }

    /** Shows the view (Window > Show View) and waits for its comparison to finish. */
    public static CrossSourcePage show() {
        CrossSourceView view = UI.call(() -> {
            try {
                return (CrossSourceView) WorkbenchPage.page().showView(CrossSourceView.ID);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        CrossSourcePage page = new CrossSourcePage(view);
        page.checkAgain();
        return page;
    }

    /** Runs the comparison again, as Check Again does, and waits until its findings are on screen. */
    public void checkAgain() {
        Job job = UI.call(view::check);
        try {
            job.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while the sources were compared", e);
        }
        UI.waitUntil("the findings on screen", () -> view.getContentDescription().contains("finding"));
    }

    public CrossSourceView view() {
        return view;
    }

    /** The line above the findings, e.g. "3 findings: where the sources disagree". */
    public String description() {
        return UI.call(view::getContentDescription);
    }

    /** Each finding as "type | about | confidence". */
    public List<String> findings() {
        return rows(view.getFindingsTable(), 5);
    }

    /** Clicks the first finding whose row starts with {@code prefix} and returns its sources as "source | text | says". */
    public List<String> selectFinding(String prefix) {
        List<String> findings = findings();
        int index = findings.indexOf(findings.stream().filter(r -> r.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding '" + prefix + "' in " + findings)));
        UI.run(() -> click(view.getFindingsTable(), index, SWT.Selection));
        return sources();
    }

    public List<String> sources() {
        return rows(view.getSourcesTable(), 3);
    }

    /** Double-clicks the first source whose row contains {@code words}: its document opens at the span. */
    public void openSource(String words) {
        List<String> sources = sources();
        int index = sources.indexOf(sources.stream().filter(r -> r.contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no source with '" + words + "' in " + sources)));
        UI.run(() -> click(view.getSourcesTable(), index, SWT.DefaultSelection));
    }

    private static void click(Table table, int row, int type) {
        table.setSelection(row);
        Event event = new Event();
        event.item = table.getItem(row);
        table.notifyListeners(type, event);
    }

    private static List<String> rows(Table table, int columns) {
        return UI.call(() -> {
            List<String> rows = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < columns; i++) {
                    cells.add(item.getText(i));
                }
                rows.add(String.join(" | ", cells));
            }
            return rows;
        });
    }
}
