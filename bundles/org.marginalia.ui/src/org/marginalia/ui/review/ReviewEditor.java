package org.marginalia.ui.review;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.RowLayout;
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
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.review.AnalystAnnotation;
import org.marginalia.core.review.MergeStrategy;
import org.marginalia.core.review.PositionDiff;
import org.marginalia.core.review.RelationMerge;
import org.marginalia.core.review.ReviewSession;
import org.marginalia.core.review.ReviewState;
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
 * state, the versions at the selected position, auto-merge with a chosen strategy and tolerance, the review's
 * log and the analysts' agreement. Keyboard first: N/P walk the positions to decide, 1-9 accept a version, X
 * rejects, A auto-merges (after saying how much it changes). The review itself, states and log included,
 * is a {@link ReviewSession}; this part shows it and runs its steps on the command stack, so every step is
 * undoable, and Save writes only the curated file.
 */
public final class ReviewEditor extends AnnotationEditorPart {

    public static final String ID = "org.marginalia.ui.editors.review";
    public static final String CONTEXT_ID = "org.marginalia.ui.contexts.review";
    private static final String[] STRATEGIES = { "majority:0.66", "present-agree", "all-agree", "majority:0.5" };

    private final Map<ReviewState, Color> colors = new EnumMap<>(ReviewState.class);

    private LocalResourceManager resources;
    private Composite page;
    private Table positionsTable;
    private Table versionsTable;
    private Combo strategyCombo;
    private Spinner toleranceSpinner;
    private Label status;
    private org.eclipse.swt.widgets.List logList; // java.util.List is the other List here
    private CTabItem logTab;
    private AgreementPanel agreement;
    private RelationsPanel relations;
    private List<AnnotationSet> analystSets = List.of();
    private SpanTextViewer<PositionDiff> viewer;

    private ReviewSession session;
    private PositionDiff selected;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ReviewEditorInput)) {
            throw new PartInitException(NLS.bind(ReviewTexts.notACorpusDocument, input.getName()));
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
            colors.put(state, resources.create(ColorDescriptor.createFrom(ReviewColors.of(state))));
        }
        page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(page);
        createToolbar(page);
        SashForm vertical = new SashForm(page, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(vertical);
        SashForm horizontal = new SashForm(vertical, SWT.HORIZONTAL);
        createTextViewer(horizontal);
        createRightColumn(horizontal);
        horizontal.setWeights(55, 45);
        createBottomTabs(vertical);
        vertical.setWeights(64, 36);

        newCommandStack(this::refresh);
        getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
        openSession();
    }

    /** Reads the document's sets from the corpus session and starts reviewing them. */
    private void openSession() {
        CorpusAnnotations annotations = CorpusSession.getDefault().annotations(getReviewInput().getCorpus());
        analystSets = annotations.sets().stream()
                .filter(s -> !s.isCurated() && s.getDocument() == getReviewInput().getDocument()).toList();
        session = new ReviewSession(getReviewInput().getDocument(), analystSets, annotations.curatedFor(getReviewInput().getDocument()),
                toleranceSpinner.getSelection());
        agreement.update(analystSets);
        selected = null;
        refresh();
    }

    private void createToolbar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL); // wraps onto a second line in a narrow editor instead of cutting the legend off
        row.center = true;
        row.marginLeft = row.marginRight = 8;
        row.spacing = 6;
        bar.setLayout(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText(ReviewTexts.strategy);
        strategyCombo = new Combo(bar, SWT.READ_ONLY);
        strategyCombo.setItems(STRATEGIES);
        strategyCombo.select(0);
        new Label(bar, SWT.NONE).setText(ReviewTexts.tolerance);
        toleranceSpinner = new Spinner(bar, SWT.BORDER);
        toleranceSpinner.setValues(0, 0, 50, 0, 1, 5);
        toleranceSpinner.setToolTipText(ReviewTexts.toleranceTip);
        toleranceSpinner.addListener(SWT.Modify, e -> {
            if (session != null) {
                session.setTolerance(toleranceSpinner.getSelection());
                selected = null;
                refresh();
            }
        });
        Button merge = new Button(bar, SWT.PUSH);
        merge.setText(ReviewTexts.autoMerge);
        merge.setToolTipText(ReviewTexts.autoMergeTip);
        merge.addListener(SWT.Selection, e -> autoMerge());
        for (ReviewState state : ReviewState.values()) {
            Label chip = new Label(bar, SWT.NONE);
            chip.setText(" " + state.label() + " ");
            chip.setBackground(colors.get(state));
        }
    }

    private void createTextViewer(Composite parent) {
        viewer = new SpanTextViewer<>(parent, SWT.BORDER, JFaceResources.getDialogFont(), 12, 4, new SpanPainter.Look<>() {
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
                return colors.get(session.stateOf(position));
            }

            @Override
            public Color strong(PositionDiff position) {
                return viewer.widget().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
            }
        });
        viewer.setText(documentText());
        copyFrom(viewer);
    }

    /** The positions above the versions at the selected one; the sash lets the reviewer resize them. */
    private void createRightColumn(Composite parent) {
        SashForm right = new SashForm(parent, SWT.VERTICAL);
        Composite positions = new Composite(right, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(positions);
        status = new Label(positions, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(1, SWT.DEFAULT).applyTo(status);
        positionsTable = Tables.create(positions, ReviewTexts.columnState, 80, ReviewTexts.columnKind, 110, ReviewTexts.columnText, 240,
                ReviewTexts.columnAnalysts, 120);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(positionsTable);
        positionsTable.addListener(SWT.Selection, e -> select(positionAt(positionsTable.getSelectionIndex())));

        Composite versions = new Composite(right, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(0, 4).applyTo(versions);
        Label versionsTitle = new Label(versions, SWT.WRAP);
        versionsTitle.setText(ReviewTexts.versionsTitle);
        GridDataFactory.fillDefaults().grab(true, false).hint(1, SWT.DEFAULT).applyTo(versionsTitle); // wraps at the column's width
        versionsTable = Tables.create(versions, ReviewTexts.columnNumber, 30, ReviewTexts.columnCurated, 90, ReviewTexts.columnAnalysts, 120,
                ReviewTexts.columnAttributes, 320);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(versionsTable);

        right.setWeights(55, 45);
    }

    /** The review's log and the analysts' agreement, each given the editor's whole width. */
    private void createBottomTabs(Composite parent) {
        CTabFolder tabs = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        logTab = new CTabItem(tabs, SWT.NONE);
        logList = new org.eclipse.swt.widgets.List(tabs, SWT.V_SCROLL | SWT.H_SCROLL);
        logList.setToolTipText(ReviewTexts.logTip);
        logTab.setControl(logList);
        CTabItem agreementTab = new CTabItem(tabs, SWT.NONE);
        agreementTab.setText(ReviewTexts.agreementTab);
        agreement = new AgreementPanel(tabs);
        agreementTab.setControl(agreement.control());
        CTabItem relationsTab = new CTabItem(tabs, SWT.NONE);
        relationsTab.setText("Relations");
        relations = new RelationsPanel(tabs, this::takeRelations);
        relationsTab.setControl(relations.control());
        tabs.setSelection(logTab);
    }

    private void refresh() {
        if (viewer == null || viewer.widget().isDisposed() || session == null) {
            return;
        }
        List<PositionDiff> positions = session.positions();
        viewer.setSpans(positions.stream().filter(session::inText).toList(), selected != null && session.inText(selected) ? selected : null);
        positionsTable.setRedraw(false);
        positionsTable.removeAll();
        for (PositionDiff position : positions) {
            TableItem item = new TableItem(positionsTable, SWT.NONE);
            ReviewState state = session.stateOf(position);
            item.setText(new String[] { state.label(), AnnotationEdits.label(position.kind()), session.excerpt(position), String.join(", ", position.analysts()) });
            item.setBackground(0, colors.get(state));
        }
        int selectedIndex = positions.indexOf(selected);
        if (selectedIndex >= 0) {
            positionsTable.setSelection(selectedIndex);
            positionsTable.showSelection();
        }
        positionsTable.setRedraw(true);
        showVersions();
        status.setText(NLS.bind(ReviewTexts.status, new Object[] { positions.size(), session.toDecide(), session.curated().getAnnotations().size() }));
        status.requestLayout();
        logList.setItems(session.log().toArray(new String[0]));
        relations.update(analystSets, session.curated());
        logTab.setText(NLS.bind(ReviewTexts.logTab, session.log().size()));
        commandStackChanged();
        fireSelection();
    }

    private void showVersions() {
        versionsTable.removeAll();
        if (selected == null) {
            return;
        }
        List<List<AnalystAnnotation>> versions = selected.configurations();
        OptionalInt accepted = session.acceptedVersion(selected);
        for (int i = 0; i < versions.size(); i++) {
            TableItem item = new TableItem(versionsTable, SWT.NONE);
            boolean isAccepted = accepted.isPresent() && accepted.getAsInt() == i;
            List<String> who = versions.get(i).stream().map(AnalystAnnotation::analyst).distinct().toList();
            item.setText(new String[] { Integer.toString(i + 1), isAccepted ? ReviewTexts.acceptedMark : "", String.join(", ", who),
                    AnnotationDescriptions.attributes(versions.get(i).get(0).annotation()) });
            if (isAccepted) {
                item.setBackground(colors.get(ReviewState.ACCEPTED));
            }
        }
    }

    // ---- what the commands do ----

    /**
     * Takes the relations the chosen strategy takes, between curated annotations (a dependent in another
     * document once that document is curated there), as one undoable step; says what it left and why.
     */
    public void takeRelations() {
        MergeStrategy strategy = MergeStrategy.parse(strategyCombo.getText());
        Map<String, AnnotationSet> curatedByDocument = new HashMap<>();
        corpusAnnotations().sets().stream().filter(AnnotationSet::isCurated).forEach(set -> curatedByDocument.put(set.getDocument().getId(), set));
        RelationMerge.Outcome outcome = RelationMerge.apply(getEditingDomain(), analystSets, strategy, session.diff().tolerance(), session.curated(),
                curatedByDocument);
        outcome.command().ifPresent(this::execute);
        getEditorSite().getActionBars().getStatusLineManager().setMessage("Relations: took " + outcome.merged().size() + ", left "
                + outcome.left().size() + (outcome.left().isEmpty() ? "" : " (" + outcome.left().get(0) + (outcome.left().size() > 1 ? "; …)" : ")")));
    }

    /** The Relations tab's rows, for tests and the keyboard. */
    public List<String> relationRows() {
        return relations.rows();
    }

    /**
     * Asks, saying how many positions it adds, then takes what the chosen strategy takes as one undoable
     * step; a single key starts it, so it never runs unseen. Says so when there is nothing left to take.
     */
    public void autoMerge() {
        MergeStrategy strategy = MergeStrategy.parse(strategyCombo.getText());
        int changes = session.autoMergeChanges(strategy);
        if (changes == 0) {
            MessageDialog.openInformation(getSite().getShell(), ReviewTexts.autoMergeTitle,
                    NLS.bind(ReviewTexts.autoMergeNothing, strategy.name(), session.diff().tolerance()));
            return;
        }
        MessageDialog question = new MessageDialog(getSite().getShell(), ReviewTexts.autoMergeTitle, null,
                NLS.bind(ReviewTexts.autoMergeQuestion, new Object[] { strategy.name(), session.diff().tolerance(), changes }),
                MessageDialog.QUESTION, 0, NLS.bind(ReviewTexts.autoMergeConfirm, changes), IDialogConstants.CANCEL_LABEL);
        if (question.open() != 0) {
            return;
        }
        execute(session.autoMerge(getEditingDomain(), strategy));
        getEditorSite().getActionBars().getStatusLineManager().setMessage(NLS.bind(ReviewTexts.autoMergeDone, changes));
    }

    /** Accepts version {@code number} (1-based) at the selected position, replacing what was curated there. */
    public void acceptVersion(int number) {
        if (selected != null) {
            execute(session.accept(getEditingDomain(), selected, number));
        }
    }

    /** Rejects the selected position: nothing of it goes into the curated result. */
    public void rejectSelected() {
        if (selected != null) {
            execute(session.reject(getEditingDomain(), selected));
        }
    }

    /** Selects the next (or previous) position still to decide. */
    public void selectNextConflict(boolean forward) {
        session.nextToDecide(selected, forward).ifPresent(this::select);
    }

    public void select(PositionDiff position) {
        selected = position;
        if (position != null && session.inText(position)) {
            viewer.select(position.begin(), position.end());
        }
        refresh();
    }

    private PositionDiff positionAt(int index) {
        List<PositionDiff> positions = session.positions();
        return index < 0 || index >= positions.size() ? null : positions.get(index);
    }

    // ---- what views, tests and the page object read ----

    public ReviewSession getSession() {
        return session;
    }

    public PositionDiff getSelectedPosition() {
        return selected;
    }

    public String agreementCsv() {
        return agreement.csv();
    }

    public void setStrategy(String strategy) {
        strategyCombo.setText(strategy);
    }

    /** The whole review, toolbar to agreement. */
    public Composite getControl() {
        return page;
    }

    public Table getPositionsTable() {
        return positionsTable;
    }

    public Table getVersionsTable() {
        return versionsTable;
    }

    public org.eclipse.swt.widgets.List getLogList() {
        return logList;
    }

    public Table getAgreementTable() {
        return agreement.table();
    }

    public String getAgreementLegend() {
        return agreement.legend();
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
        save(getReviewInput().getCorpus(), session.curated(), NLS.bind(ReviewTexts.curatedOf, getReviewInput().getDocument().getId()), monitor);
    }

    @Override
    protected AnnotationSet savedSet() {
        return session == null ? null : session.curated();
    }

    /** The curated set was read again: a new session over it (the old one's steps refer to objects now gone). */
    @Override
    protected void reloaded() {
        newCommandStack(this::refresh);
        openSession();
    }

    @Override
    public void setFocus() {
        positionsTable.setFocus();
    }

    // ---- selection: the curated annotation at the selected position, for the Properties view ----

    @Override
    public ISelection getSelection() {
        if (selected == null || session == null) {
            return StructuredSelection.EMPTY;
        }
        return session.curatedAt(selected).<ISelection>map(StructuredSelection::new).orElse(StructuredSelection.EMPTY);
    }

    @Override
    public void setSelection(ISelection selection) {
        // The review selects positions through its own table.
    }
}
