package org.marginalia.team.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.marginalia.team.SetHistory;

/**
 * The versions of a document's sets, newest first: whose set, when, who committed it and the commit's message.
 * Open Read Only (or a double click) chooses one.
 */
final class SetHistoryDialog extends Dialog {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final String documentName;
    private final List<SetHistory.Version> versions;
    private Table table;
    private SetHistory.Version chosen;

    SetHistoryDialog(Shell parent, String documentName, List<SetHistory.Version> versions) {
        super(parent);
        this.documentName = documentName;
        this.versions = versions;
    }

    /** The version the analyst chose to open, once the dialog was closed with Open Read Only. */
    SetHistory.Version chosen() {
        return chosen;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TeamTexts.historyTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(NLS.bind(versions.isEmpty() ? TeamTexts.historyNone : TeamTexts.historyIntro, documentName));
        GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(intro);
        table = new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(900, 260).applyTo(table);
        for (String heading : List.of(TeamTexts.historyColumnSet, TeamTexts.historyColumnWhen, TeamTexts.historyColumnWho,
                TeamTexts.historyColumnMessage)) {
            new TableColumn(table, SWT.LEFT).setText(heading);
        }
        for (SetHistory.Version version : versions) {
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText(new String[] { version.describe(), WHEN.format(version.entry().when()), version.entry().author(), version.entry().message() });
            row.setData(version);
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        // a long commit message is cut at the dialog's width: the row under the pointer says it whole
        table.addListener(SWT.MouseHover, e -> {
            TableItem row = table.getItem(new Point(e.x, e.y));
            table.setToolTipText(row == null ? null : ((SetHistory.Version) row.getData()).entry().message());
        });
        table.addListener(SWT.Selection, e -> getButton(IDialogConstants.OK_ID).setEnabled(table.getSelectionCount() == 1));
        table.addListener(SWT.DefaultSelection, e -> okPressed());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, TeamTexts.historyOpen, true).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    @Override
    protected void okPressed() {
        if (table.getSelectionCount() == 1) {
            chosen = (SetHistory.Version) table.getSelection()[0].getData();
            super.okPressed();
        }
    }
}
