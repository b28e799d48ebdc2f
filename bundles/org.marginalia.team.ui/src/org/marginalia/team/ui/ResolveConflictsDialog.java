package org.marginalia.team.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.team.ConflictResolution;
import org.marginalia.team.MergeConflict;
import org.marginalia.team.OpenConflicts;
import org.marginalia.team.TeamRepository;
import org.marginalia.ui.corpus.CorpusSession;

/**
 * The open conflicts of a clone, each with this clone's side and the team's side by side, and what the merge kept
 * for now. Keep Yours and Keep Theirs apply the choice to the selected conflict (the corpus's changed editors saved
 * first, asking), then the open corpus is read again so that every view shows the choice; a choice that would leave
 * something unreadable is refused with the reason, and the conflict stays open.
 */
final class ResolveConflictsDialog extends Dialog {

    static final String TITLE = "Resolve Conflicts";
    static final int KEEP_YOURS = IDialogConstants.CLIENT_ID + 1;
    static final int KEEP_THEIRS = IDialogConstants.CLIENT_ID + 2;

    private final IWorkbench workbench;
    private final Path folder;
    private List<OpenConflicts.Open> open;
    private TableViewer table;
    private Text details;

    private ResolveConflictsDialog(Shell parent, IWorkbench workbench, Path folder, List<OpenConflicts.Open> open) {
        super(parent);
        this.workbench = workbench;
        this.folder = folder;
        this.open = open;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** Opens the dialog on the clone in {@code folder}; says so instead when it has no open conflicts or cannot be read. */
    static void open(Shell parent, IWorkbench workbench, Path folder) {
        try {
            List<OpenConflicts.Open> open = read(folder);
            if (open.isEmpty()) {
                MessageDialog.openInformation(parent, TITLE, folder + " has no open conflicts: every side a sync kept has been chosen.");
                return;
            }
            new ResolveConflictsDialog(parent, workbench, folder, open).open();
        } catch (CorpusException e) {
            MessageDialog.openError(parent, TITLE, e.getMessage());
        }
    }

    private static List<OpenConflicts.Open> read(Path folder) throws CorpusException {
        try (TeamRepository team = TeamRepository.open(folder)) {
            return OpenConflicts.of(team);
        }
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
        intro.setText("Syncs merged these changes two ways and kept both sides in " + folder
                + ". Select one and keep your side or the team's; the next sync sends your choice.");
        GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(intro);
        table = new TableViewer(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        column("#", 36, open -> Integer.toString(open.number()));
        column("What", 300, ResolveConflictsDialog::what);
        column("Yours", 180, open -> open.conflict().yours());
        column("Theirs", 180, open -> open.conflict().theirs());
        column("Kept for now", 340, open -> open.conflict().kept());
        ColumnViewerToolTipSupport.enableFor(table);
        table.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 200).applyTo(table.getControl());
        // the whole of the selected conflict, which the columns may cut short
        details = new Text(area, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 90).applyTo(details);
        table.addSelectionChangedListener(event -> showDetails());
        table.setInput(open);
        table.setSelection(new StructuredSelection(open.get(0)));
        return area;
    }

    private static String what(OpenConflicts.Open open) {
        return open.conflict().path() + (open.conflict().element() == null ? "" : " (" + open.conflict().element() + ")");
    }

    private void showDetails() {
        Object selected = table.getStructuredSelection().getFirstElement();
        if (selected instanceof OpenConflicts.Open chosen) {
            MergeConflict conflict = chosen.conflict();
            details.setText(what(chosen) + "\nYours: " + conflict.yours() + "\nTheirs (the team's): " + conflict.theirs() + "\nFor now: " + conflict.kept());
        } else {
            details.setText("");
        }
    }

    private void column(String title, int width, Function<OpenConflicts.Open, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((OpenConflicts.Open) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return text.apply((OpenConflicts.Open) element);
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, KEEP_YOURS, "Keep &Yours", false).setToolTipText("Keep this clone's side of the selected conflict; the other side is dropped");
        createButton(parent, KEEP_THEIRS, "Keep &Theirs", false).setToolTipText("Take the team's side of the selected conflict in place of this clone's");
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == KEEP_YOURS || buttonId == KEEP_THEIRS) {
            keep(buttonId == KEEP_YOURS ? ConflictResolution.Side.YOURS : ConflictResolution.Side.THEIRS);
        } else if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private void keep(ConflictResolution.Side side) {
        IStructuredSelection selection = table.getStructuredSelection();
        if (selection.isEmpty()) {
            return;
        }
        OpenConflicts.Open chosen = (OpenConflicts.Open) selection.getFirstElement();
        LoadedCorpus shown = shownCorpus();
        if (shown != null && !CorpusReload.saveEditors(workbench, shown)) {
            return;
        }
        CorpusException[] refused = new CorpusException[1];
        List<List<OpenConflicts.Open>> left = new ArrayList<>(1);
        try {
            // off the UI thread: the choice loads the corpus and waits for the clone's lock, which a sync may hold
            // while it asks the analyst for credentials on this very thread
            new ProgressMonitorDialog(getShell()).run(true, false, monitor -> {
                monitor.beginTask("Keeping " + (side == ConflictResolution.Side.YOURS ? "your" : "the team's") + " side of conflict " + chosen.number(),
                        IProgressMonitor.UNKNOWN);
                try (TeamRepository team = TeamRepository.open(folder)) {
                    ConflictResolution.resolve(team, chosen.number(), side);
                    left.add(OpenConflicts.of(team));
                } catch (CorpusException e) {
                    refused[0] = e;
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("resolving conflict " + chosen.number() + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (refused[0] != null) {
            MessageDialog.openWarning(getShell(), TITLE, "Conflict " + chosen.number() + " is still open:\n\n" + refused[0].getMessage());
            return;
        }
        if (shown != null) {
            CorpusReload.reload(workbench, shown);
        }
        // the choice changed a shared file the next sync sends: the Corpus view's marks say so now
        TeamStates.invalidateStatuses();
        PlatformUI.getWorkbench().getDecoratorManager().update(TeamDecorator.ID);
        open = left.get(0);
        if (open.isEmpty()) {
            close();
            return;
        }
        table.setInput(open);
        table.setSelection(new StructuredSelection(open.get(0)));
    }

    /** The corpus of this folder open in the workbench, if it is: reloaded after each choice. */
    private LoadedCorpus shownCorpus() {
        Path normalized = folder.toAbsolutePath().normalize();
        return CorpusSession.getDefault().corpora().stream()
                .filter(corpus -> corpus.layout().root().toAbsolutePath().normalize().equals(normalized)).findFirst().orElse(null);
    }
}
