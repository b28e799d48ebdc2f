package org.marginalia.rcp.help;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.PreferencesUtil;

/** The keys of Marginalia's commands in one table, with the way to change them. */
final class KeysDialog extends Dialog {

    static final String TITLE = "Marginalia Keys";
    private static final String KEYS_PREFERENCE_PAGE = "org.eclipse.ui.preferencePages.Keys";

    private final List<MarginaliaKeys.Key> keys;

    KeysDialog(Shell parent, List<MarginaliaKeys.Key> keys) {
        super(parent);
        this.keys = keys;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText("Open a document from the Corpus view, select words (a caret takes the word under it) and press a key "
                + "to tag them. The document keys work while the document has the keyboard; the review keys in a review.");
        GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(intro);

        TableViewer table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        column(table, "Where", 110, MarginaliaKeys.Key::where);
        column(table, "Key", 110, MarginaliaKeys.Key::keys);
        column(table, "Command", 230, MarginaliaKeys.Key::command);
        column(table, "What it does", 400, MarginaliaKeys.Key::description);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setInput(keys);
        GridDataFactory.fillDefaults().grab(true, true).hint(860, 420).applyTo(table.getControl());

        Link change = new Link(area, SWT.NONE);
        change.setText("Change them in <a>Window > Preferences > General > Keys</a>; this list shows them as they are bound.");
        change.addListener(SWT.Selection, event -> {
            close();
            PreferencesUtil.createPreferenceDialogOn(getParentShell(), KEYS_PREFERENCE_PAGE, null, null).open();
        });
        return area;
    }

    private static void column(TableViewer table, String title, int width, Function<MarginaliaKeys.Key, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((MarginaliaKeys.Key) element);
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        }
    }
}
