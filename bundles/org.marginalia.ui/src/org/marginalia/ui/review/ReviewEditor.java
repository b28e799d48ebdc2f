package org.marginalia.ui.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.core.review.AnalystAnnotation;
import org.marginalia.core.review.Curation;
import org.marginalia.core.review.DocumentDiff;
import org.marginalia.core.review.MergePlan;
import org.marginalia.core.review.MergeStrategy;
import org.marginalia.core.review.PositionDiff;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.ui.corpus.CorpusAnnotations;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.editor.AnnotationDescriptions;
import org.marginalia.ui.editor.AnnotationEditorPart;
import org.marginalia.ui.editor.SpanPainter;
import org.marginalia.ui.editor.SpanTextViewer;
import org.marginalia.ui.views.Tables;

/**
 * The reviewer's screen for one document: every analyst's annotations lined up by position and painted by
 * state, the versions at the selected position, auto-merge with a chosen strategy and tolerance, and the
 * analysts' agreement. Keyboard first: N/P walk the conflicts, 1-9 accept a version, X rejects, A
 * auto-merges; every step is undoable, and Save writes only the curated file.
 */
public final class ReviewEditor extends AnnotationEditorPart {

    public static final String ID = "org.marginalia.ui.editors.review";
    public static final String CONTEXT_ID = "org.marginalia.ui.contexts.review";
    private static final String[] STRATEGIES = { "majority:0.66", "present-agree", "all-agree", "majority:0.5" };

    private final Set<String> rejected = new HashSet<>();
    private final List<String> log = new ArrayList<>();
    private final Map<ReviewState, Color> colors = new EnumMap<>(ReviewState.class);

    private LocalResourceManager resources;
    private Table positionsTable;
    private Table versionsTable;
    private Combo strategyCombo;
    private Spinner toleranceSpinner;
    private Label status;
    private org.eclipse.swt.widgets.List logList; // java.util.List is the other List here
    private AgreementPanel agreement;
    private SpanTextViewer<PositionDiff> viewer;

    private List<AnnotationSet> analystSets;
    private AnnotationSet curated;
    private DocumentDiff diff;
    private PositionDiff selected;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ReviewEditorInput)) {
            throw new PartInitException("The review opens corpus documents, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        site.setSelectionProvider(this);
    }

    public ReviewEditorInput getReviewInput() {
        return (ReviewEditorInput) getEditorInput();
    }

    @Override
    public void createPartControl(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        for (ReviewState state : ReviewState.values()) {
            colors.put(state, resources.create(ColorDescriptor.createFrom(state.color())));
        }
        CorpusAnnotations annotations = CorpusSession.getDefault().annotations(getReviewInput().getCorpus());
        analystSets = annotations.sets().stream().filter(s -> !s.isCurated() && s.getDocument() == getReviewInput().getDocument()).toList();
        curated = annotations.curatedFor(getReviewInput().getDocument());

        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(page);
        createToolbar(page);
        SashForm vertical = new SashForm(page, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(vertical);
        SashForm horizontal = new SashForm(vertical, SWT.HORIZONTAL);
        viewer = new SpanTextViewer<>(horizontal, SWT.BORDER, JFaceResources.getDialogFont(), 12, 4, new SpanPainter.Look<>() {
            @Override
            public int begin(PositionDiff position) {
                return position.begin();
            }

            @Override
            public int end(PositionDiff position) {
                return position.end();
            }

            @Override
            public Color background(PositionDiff position) {
                return colors.get(stateOf(position));
            }

            @Override
            public Color strong(PositionDiff position) {
                return viewer.widget().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
            }
        });
        viewer.setText(documentText());
        copyFrom(viewer);
        Composite right = new Composite(horizontal, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(right);
        positionsTable = Tables.create(right, "State", 80, "Kind", 90, "Text", 220, "Analysts", 120);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(positionsTable);
        positionsTable.addListener(SWT.Selection, e -> select(positionAt(positionsTable.getSelectionIndex())));
        Label versionsTitle = new Label(right, SWT.NONE);
        versionsTitle.setText("Versions at the selected position (press the number to accept, X to reject):");
        versionsTable = Tables.create(right, "#", 30, "Analysts", 120, "Attributes", 320);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 90).applyTo(versionsTable);
        horizontal.setWeights(55, 45);
        Composite bottom = new Composite(vertical, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bottom);
        agreement = new AgreementPanel(bottom);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(agreement.control());
        logList = new org.eclipse.swt.widgets.List(bottom, SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(false, true).hint(260, SWT.DEFAULT).applyTo(logList);
        vertical.setWeights(68, 32);

        newCommandStack(this::refresh);
        getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
        agreement.update(analystSets);
        recompute();
    }

    private void createToolbar(Composite page) {
        Composite bar = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6 + ReviewState.values().length).margins(8, 6).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText("&Strategy:");
        strategyCombo = new Combo(bar, SWT.READ_ONLY);
        strategyCombo.setItems(STRATEGIES);
        strategyCombo.select(0);
        new Label(bar, SWT.NONE).setText("&Tolerance:");
        toleranceSpinner = new Spinner(bar, SWT.BORDER);
        toleranceSpinner.setValues(0, 0, 50, 0, 1, 5);
        toleranceSpinner.setToolTipText("Spans whose boundaries differ by at most this many characters are one position");
        toleranceSpinner.addListener(SWT.Modify, e -> recompute());
        Button merge = new Button(bar, SWT.PUSH);
        merge.setText("&Auto-merge");
        merge.addListener(SWT.Selection, e -> autoMerge());
        status = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        for (ReviewState state : ReviewState.values()) {
            Label chip = new Label(bar, SWT.NONE);
            chip.setText(" " + state.label() + " ");
            chip.setBackground(colors.get(state));
        }
    }

    /** Lines the analysts' annotations up again (the tolerance changed). */
    private void recompute() {
        diff = DocumentDiff.of(analystSets, toleranceSpinner.getSelection());
        selected = null;
        refresh();
    }

    private void refresh() {
        if (viewer == null || viewer.widget().isDisposed()) {
            return;
        }
        viewer.setSpans(diff.positions(), selected);
        int selectedIndex = diff.positions().indexOf(selected);
        positionsTable.removeAll();
        for (PositionDiff position : diff.positions()) {
            TableItem item = new TableItem(positionsTable, SWT.NONE);
            ReviewState state = stateOf(position);
            item.setText(new String[] { state.label(), position.kind(), covered(position), String.join(", ", position.analysts()) });
            item.setBackground(0, colors.get(state));
        }
        if (selectedIndex >= 0) {
            positionsTable.setSelection(selectedIndex);
            positionsTable.showSelection();
        }
        showVersions();
        long conflicts = diff.positions().stream().filter(p -> stateOf(p) == ReviewState.CONFLICT || stateOf(p) == ReviewState.INCOMPLETE).count();
        status.setText(diff.positions().size() + " positions \u00b7 " + conflicts + " to decide \u00b7 " + curated.getAnnotations().size() + " curated");
        status.requestLayout();
        logList.setItems(log.toArray(new String[0]));
        commandStackChanged();
        fireSelection();
    }

    private void showVersions() {
        versionsTable.removeAll();
        if (selected == null) {
            return;
        }
        List<List<AnalystAnnotation>> versions = selected.configurations();
        for (int i = 0; i < versions.size(); i++) {
            TableItem item = new TableItem(versionsTable, SWT.NONE);
            List<String> who = versions.get(i).stream().map(AnalystAnnotation::analyst).distinct().toList();
            item.setText(new String[] { Integer.toString(i + 1), String.join(", ", who), AnnotationDescriptions.attributes(versions.get(i).get(0).annotation()) });
        }
    }

    private String covered(PositionDiff position) {
        String covered = documentText().substring(position.begin(), position.end()).replace('\n', ' ');
        return covered.length() <= 60 ? covered : covered.substring(0, 59) + "\u2026";
    }

    // ---- states ----

    public ReviewState stateOf(PositionDiff position) {
        if (curatedAt(position).isPresent()) {
            return ReviewState.ACCEPTED;
        }
        if (rejected.contains(key(position))) {
            return ReviewState.REJECTED;
        }
        if (!position.isAgreed()) {
            return ReviewState.CONFLICT;
        }
        return position.isComplete() ? ReviewState.AGREED : ReviewState.INCOMPLETE;
    }

    private Optional<Annotation> curatedAt(PositionDiff position) {
        int tolerance = toleranceSpinner.getSelection();
        return curated.getAnnotations().stream().filter(a -> a.eClass().getName().equals(position.kind())
                && Math.abs(a.getBegin() - position.begin()) <= tolerance && Math.abs(a.getEnd() - position.end()) <= tolerance).findFirst();
    }

    private static String key(PositionDiff position) {
        return position.kind() + ":" + position.begin() + ":" + position.end();
    }

    // ---- what the commands do ----

    /** Takes what the chosen strategy takes, as one undoable step, and lists it. */
    public MergePlan autoMerge() {
        MergeStrategy strategy = MergeStrategy.parse(strategyCombo.getText());
        MergePlan plan = MergePlan.of(diff, strategy);
        int before = curated.getAnnotations().size();
        execute(Curation.apply(getEditingDomain(), plan, curated));
        log.add(0, "Auto-merge (" + strategy.name() + ", tolerance " + toleranceSpinner.getSelection() + "): took "
                + (curated.getAnnotations().size() - before) + ", left " + plan.left().size());
        refresh();
        return plan;
    }

    /** Accepts version {@code number} (1-based) at the selected position, replacing what was curated there. */
    public void acceptVersion(int number) {
        if (selected == null || number < 1 || number > selected.configurations().size()) {
            return;
        }
        AnalystAnnotation version = selected.configurations().get(number - 1).get(0);
        CompoundCommand command = new CompoundCommand("Accept version " + number);
        curatedAt(selected).ifPresent(existing -> command.append(AnnotationEdits.delete(getEditingDomain(), existing)));
        command.append(Curation.accept(getEditingDomain(), version, curated));
        execute(command);
        log.add(0, "Accepted " + String.join(", ", selected.configurations().get(number - 1).stream().map(AnalystAnnotation::analyst).distinct().toList())
                + "'s " + selected.kind() + " at \u201c" + covered(selected) + "\u201d");
        refresh();
    }

    /** Rejects the selected position: nothing of it goes into the curated result. */
    public void rejectSelected() {
        if (selected == null) {
            return;
        }
        CompoundCommand command = new CompoundCommand("Reject position");
        curatedAt(selected).ifPresent(existing -> command.append(AnnotationEdits.delete(getEditingDomain(), existing)));
        command.append(new RejectCommand(rejected, key(selected)));
        execute(command);
        log.add(0, "Rejected " + selected.kind() + " at \u201c" + covered(selected) + "\u201d");
        refresh();
    }

    /** Selects the next (or previous) position still to decide. */
    public void selectNextConflict(boolean forward) {
        List<PositionDiff> positions = diff.positions();
        int start = positions.indexOf(selected);
        for (int step = 1; step <= positions.size(); step++) {
            int index = Math.floorMod(start + (forward ? step : -step), positions.size());
            ReviewState state = stateOf(positions.get(index));
            if (state == ReviewState.CONFLICT || state == ReviewState.INCOMPLETE) {
                select(positions.get(index));
                return;
            }
        }
    }

    public void select(PositionDiff position) {
        selected = position;
        if (position != null) {
            viewer.select(position.begin(), position.end());
        }
        refresh();
    }

    private PositionDiff positionAt(int index) {
        return index < 0 || index >= diff.positions().size() ? null : diff.positions().get(index);
    }

    // ---- what views and tests read ----

    public DocumentDiff getDiff() {
        return diff;
    }

    public PositionDiff getSelectedPosition() {
        return selected;
    }

    public AnnotationSet getCuratedSet() {
        return curated;
    }

    public List<String> getLog() {
        return List.copyOf(log);
    }

    public String agreementCsv() {
        return agreement.csv();
    }

    public void setStrategy(String strategy) {
        strategyCombo.setText(strategy);
    }

    public Table getPositionsTable() {
        return positionsTable;
    }

    @Override
    public EntityDirectory entities() {
        return CorpusSession.getDefault().annotations(getReviewInput().getCorpus()).entities();
    }

    @Override
    public String documentText() {
        String documentText = getReviewInput().getDocument().getText();
        return documentText == null ? "" : documentText;
    }

    // ---- saving: only the curated file ----

    @Override
    public void doSave(IProgressMonitor monitor) {
        save(getReviewInput().getCorpus(), curated, "the curated annotations of " + getReviewInput().getDocument().getId(), monitor);
    }

    @Override
    protected AnnotationSet savedSet() {
        return curated;
    }

    @Override
    protected void reloaded() {
        curated = CorpusSession.getDefault().annotations(getReviewInput().getCorpus()).curatedFor(getReviewInput().getDocument());
        newCommandStack(this::refresh);
        recompute();
    }

    @Override
    public void setFocus() {
        positionsTable.setFocus();
    }

    // ---- selection: the curated annotation at the selected position, for the Properties view ----

    @Override
    public ISelection getSelection() {
        Optional<Annotation> annotation = selected == null ? Optional.empty() : curatedAt(selected);
        return annotation.<ISelection>map(StructuredSelection::new).orElse(StructuredSelection.EMPTY);
    }

    @Override
    public void setSelection(ISelection selection) {
        // The review selects positions through its own table.
    }
}
