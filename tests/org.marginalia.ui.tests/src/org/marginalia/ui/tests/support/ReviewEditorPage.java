package org.marginalia.ui.tests.support;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.review.PositionDiff;
import org.marginalia.core.review.ReviewSession;
import org.marginalia.core.review.ReviewState;
import org.marginalia.model.Document;
import org.marginalia.ui.review.ReviewEditor;
import org.marginalia.ui.review.ReviewEditorInput;

/** An open review, seen through its tables, its log, its keys and the dialogs they open. */
public final class ReviewEditorPage {

    public static final String AUTO_MERGE_DIALOG = "Auto-merge";

    private final ReviewEditor editor;

    private ReviewEditorPage(ReviewEditor editor) {
        this.editor = editor;
    }

    /** Opens the review of {@code document} as Marginalia > Review Document does. */
    public static ReviewEditorPage open(LoadedCorpus corpus, Document document) {
        ReviewEditor editor = UI.call(() -> {
            try {
                return (ReviewEditor) WorkbenchPage.page().openEditor(new ReviewEditorInput(corpus, document), ReviewEditor.ID);
            } catch (PartInitException e) {
                throw new AssertionError("cannot open the review of " + document.getId(), e);
            }
        });
        return new ReviewEditorPage(editor);
    }

    public ReviewEditor editor() {
        return editor;
    }

    public ReviewSession session() {
        return editor.getSession();
    }

    /** Types a key into the review as the reviewer does (the positions table has the focus). */
    public void press(char key) {
        Keyboard.press(UI.call(editor::getPositionsTable), key, false);
    }

    public void pressCtrl(char key) {
        Keyboard.press(UI.call(editor::getPositionsTable), key, true);
    }

    /** Edit > Undo by its key, Ctrl+Z. */
    public void undo() {
        pressCtrl('z');
    }

    /** Edit > Redo, through the command (its key differs between platforms). */
    public void redo() {
        UI.run(() -> {
            try {
                editor.getSite().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_REDO, null);
            } catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
                throw new AssertionError("Edit > Redo failed", e);
            }
        });
    }

    /** Presses A and waits for the auto-merge dialog; returns what it says. */
    public String pressAutoMerge() {
        press('a');
        MessageDialogPage.waitFor(AUTO_MERGE_DIALOG);
        return dialogMessage(AUTO_MERGE_DIALOG);
    }

    /** Answers the open auto-merge dialog by its button. */
    public void answerAutoMerge(String button) {
        MessageDialogPage.waitFor(AUTO_MERGE_DIALOG).click(button);
        waitForTheWindow();
    }

    /**
     * Activates the review's window again after a dialog, as a window manager would, and waits until it is
     * active, so that the next key reaches the review's key bindings.
     */
    public void waitForTheWindow() {
        UI.run(() -> editor.getSite().getShell().forceActive());
        UI.waitUntil("the review's window to be active", () -> UI.display().getActiveShell() == editor.getSite().getShell());
    }

    /** Presses N and waits until a position is selected (another one than before, if any). */
    public PositionDiff selectNextToDecide() {
        PositionDiff before = selectedPosition();
        press('n');
        UI.waitUntil("the next position to decide", () -> editor.getSelectedPosition() != null && editor.getSelectedPosition() != before);
        return selectedPosition();
    }

    public PositionDiff selectedPosition() {
        return UI.call(editor::getSelectedPosition);
    }

    public ReviewState stateOf(PositionDiff position) {
        return UI.call(() -> session().stateOf(position));
    }

    public int curatedCount() {
        return UI.call(() -> session().curated().getAnnotations().size());
    }

    public boolean isDirty() {
        return UI.call(editor::isDirty);
    }

    /** The versions table as shown: "#, curated mark, analysts, attributes" per row. */
    public List<String> versions() {
        return rows(editor.getVersionsTable());
    }

    /** The log as the list shows it, newest first. */
    public List<String> log() {
        return UI.call(() -> List.of(editor.getLogList().getItems()));
    }

    public void waitForLog(int entries) {
        UI.waitUntil(entries + " entries in the review log", () -> editor.getLogList().getItemCount() == entries);
    }

    /** The agreement table as shown, one row per scope ("all kinds", then each kind). */
    public List<String> agreementRows() {
        return rows(editor.getAgreementTable());
    }

    public List<String> agreementHeaders() {
        return UI.call(() -> List.of(editor.getAgreementTable().getColumns()).stream().map(TableColumn::getText).toList());
    }

    public String agreementLegend() {
        return UI.call(editor::getAgreementLegend);
    }

    public String agreementHeaderTip(String header) {
        return UI.call(() -> List.of(editor.getAgreementTable().getColumns()).stream().filter(c -> c.getText().equals(header))
                .findFirst().orElseThrow(() -> new AssertionError("no column " + header)).getToolTipText());
    }

    /** Headers of the review's tables narrower than their own words: what the reviewer cannot read. */
    public List<String> cutOffHeaders() {
        return UI.call(() -> {
            List<String> cut = new ArrayList<>();
            for (Table table : List.of(editor.getPositionsTable(), editor.getVersionsTable(), editor.getAgreementTable())) {
                GC gc = new GC(table);
                try {
                    for (TableColumn column : table.getColumns()) {
                        if (column.getWidth() < gc.textExtent(column.getText()).x + 8) {
                            cut.add(column.getText() + " (" + column.getWidth() + " px)");
                        }
                    }
                } finally {
                    gc.dispose();
                }
            }
            return cut;
        });
    }

    /** Labels of the review that do not show all their words at their current size. */
    public List<String> cutOffLabels() {
        return UI.call(() -> {
            List<String> cut = new ArrayList<>();
            collectCutOff(editor.getControl(), cut);
            return cut;
        });
    }

    private void collectCutOff(Control control, List<String> cut) {
        if (control instanceof Label label && label.isVisible() && !label.getText().isEmpty()) {
            int needed = label.computeSize((label.getStyle() & SWT.WRAP) != 0 ? label.getSize().x : SWT.DEFAULT, SWT.DEFAULT).y;
            int neededWidth = (label.getStyle() & SWT.WRAP) != 0 ? 0 : label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
            if (label.getSize().y < needed || label.getSize().x < neededWidth) {
                cut.add(label.getText());
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectCutOff(child, cut);
            }
        }
    }

    /** How many log entries the list shows at once, and whether it scrolls both ways. */
    public int visibleLogRows() {
        return UI.call(() -> editor.getLogList().getClientArea().height / editor.getLogList().getItemHeight());
    }

    public boolean logScrolls() {
        return UI.call(() -> (editor.getLogList().getStyle() & (SWT.V_SCROLL | SWT.H_SCROLL)) == (SWT.V_SCROLL | SWT.H_SCROLL));
    }

    private static List<String> rows(Table table) {
        return UI.call(() -> {
            List<String> rows = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < table.getColumnCount(); i++) {
                    cells.add(item.getText(i));
                }
                rows.add(String.join(" | ", cells));
            }
            return rows;
        });
    }

    /** The message of the open dialog titled {@code title}: its longest label. */
    private static String dialogMessage(String title) {
        return UI.call(() -> {
            for (Shell shell : UI.display().getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    List<String> texts = new ArrayList<>();
                    labels(shell, texts);
                    return texts.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElse("");
                }
            }
            throw new AssertionError("no dialog '" + title + "' is open");
        });
    }

    private static void labels(Control control, List<String> texts) {
        if (control instanceof Label label) {
            texts.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                labels(child, texts);
            }
        }
    }
}
