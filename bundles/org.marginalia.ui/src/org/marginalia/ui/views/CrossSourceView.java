package org.marginalia.ui.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.marginalia.core.assist.ConsistencyChecker;
import org.marginalia.core.assist.Finding;
import org.marginalia.core.assist.ReferenceAnnotations;
import org.marginalia.core.compare.CandidateAnnotations;
import org.marginalia.core.compare.DismissedCandidates;
import org.marginalia.core.compare.SourceComparison;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.ui.corpus.CorpusAnnotations;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.editor.DocumentEditor;
import org.marginalia.ui.editor.DocumentEditorInput;
import org.marginalia.ui.preferences.MarginaliaPreferences;

/**
 * Where the sources of the open corpora disagree: role titles, figures, dates, quotes. Each finding lists
 * what each source says; double-clicking a source opens its document at the span. Findings also go to the
 * Problems view as information markers. Findings come from what the team's annotations say (the curated set,
 * else the analysts' majority) and, where those do not show them, from the analyst's own annotations ("your
 * annotations": a candidate accepted becomes one). With Compare Raw Texts on, the candidates the raw texts give (before
 * anyone annotates: quotations worded differently, figures as ranges, dates, descriptions, hedges) are listed
 * too, marked as such; they are for the analyst to judge and do not go to the Problems view.
 */
public final class CrossSourceView extends ViewPart {

    public static final String ID = "org.marginalia.ui.views.crossSource";
    public static final String MARKER = "org.marginalia.ui.finding";

    /** The family of the checking job, for whoever needs to wait for it. */
    public static final Object FAMILY = CrossSourceView.class;

    /** Where a row comes from: the corpus's reference annotations, the analyst's own annotations, or the raw texts. */
    private enum From {
        ANNOTATIONS("annotations"), YOURS("your annotations"), RAW("raw texts");

        private final String label;

        From(String label) {
            this.label = label;
        }
    }

    private record Row(LoadedCorpus corpus, Finding finding, From from) {
        boolean raw() {
            return from == From.RAW;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    /** What the last accept or dismiss did, said before the list's summary when it is shown again. */
    private String notice = "";
    private final IPropertyChangeListener analystListener = this::analystChanged;
    private Table findings;
    private Table sources;
    private volatile boolean rawTexts;

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        findings = Tables.create(sash, "Finding", 120, "From", 130, "About", 260, "Confidence", 90, "Why", 360);
        sources = Tables.create(sash, "Source", 320, "Text", 320, "Says", 260);
        sash.setWeights(60, 40);
        findings.addListener(SWT.Selection, e -> showSources());
        // Enter makes the selected candidate into annotations, Delete dismisses it (remembered for the analyst)
        findings.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                acceptCandidate();
            } else if (e.keyCode == SWT.DEL) {
                dismissCandidate();
            }
        });
        sources.addListener(SWT.DefaultSelection, e -> openSource());
        Action refresh = new Action("Check Again") {
            @Override
            public void run() {
                check();
            }
        };
        refresh.setToolTipText("Compare the sources of the open corpora again");
        Action raw = new Action("Compare Raw Texts", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                setRawTexts(isChecked());
            }
        };
        raw.setToolTipText("Also compare the documents' raw texts, before anyone annotates, and list the candidates they give");
        Action accept = new Action("Accept") {
            @Override
            public void run() {
                acceptCandidate();
            }
        };
        accept.setToolTipText("Make the selected candidate into annotations of yours, in each of its sources (Enter)");
        Action dismiss = new Action("Dismiss") {
            @Override
            public void run() {
                dismissCandidate();
            }
        };
        dismiss.setToolTipText("Dismiss the selected candidate: it is not listed again for you (Delete)");
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(refresh);
        toolBar.add(new Separator());
        toolBar.add(raw);
        toolBar.add(accept);
        toolBar.add(dismiss);
        MarginaliaPreferences.store().addPropertyChangeListener(analystListener);
        check();
    }

    /** Whether the raw texts are compared too; compares again. */
    public Job setRawTexts(boolean on) {
        rawTexts = on;
        return check();
    }

    /** Compares the sources in the background and shows the findings when done. */
    public Job check() {
        boolean raw = rawTexts;
        String analyst = MarginaliaPreferences.analyst();
        List<LoadedCorpus> corpora = CorpusSession.getDefault().corpora();
        // The job reads copies taken here, on the UI thread: the editors change the sets themselves meanwhile.
        Map<LoadedCorpus, List<AnnotationSet>> snapshots = new LinkedHashMap<>();
        for (LoadedCorpus corpus : corpora) {
            snapshots.put(corpus, new ArrayList<>(EcoreUtil.copyAll(CorpusSession.getDefault().annotations(corpus).sets())));
        }
        Job job = new Job("Comparing the sources") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), corpora.size());
                List<Row> found = new ArrayList<>();
                for (Map.Entry<LoadedCorpus, List<AnnotationSet>> snapshot : snapshots.entrySet()) {
                    LoadedAnnotations loaded = new LoadedAnnotations(snapshot.getValue(), List.of());
                    LoadedCorpus corpus = snapshot.getKey();
                    List<Finding> reference = ConsistencyChecker.check(ReferenceAnnotations.of(corpus, loaded));
                    reference.forEach(f -> found.add(new Row(corpus, f, From.ANNOTATIONS)));
                    // the analyst's own annotations show differences the team's majority has not tagged yet (an accepted candidate's)
                    ConsistencyChecker.check(ReferenceAnnotations.ofAnalyst(corpus, loaded, analyst)).stream()
                            .filter(f -> reference.stream().noneMatch(r -> sameDifference(r, f))).forEach(f -> found.add(new Row(corpus, f, From.YOURS)));
                    if (raw) {
                        List<Finding> candidates = SourceComparison.of(corpus.corpus().getDocuments()).candidates();
                        try {
                            candidates = DismissedCandidates.of(corpus.layout(), analyst).without(candidates);
                        } catch (CorpusException e) {
                            return Status.error("Cannot read the dismissed candidates of " + analyst + " in " + corpus.layout().root() + ": " + e.getMessage(), e);
                        }
                        List<AnnotationSet> sets = snapshot.getValue();
                        candidates.stream().filter(f -> !accepted(f, sets, analyst)).forEach(f -> found.add(new Row(corpus, f, From.RAW)));
                    }
                    monitor.worked(1);
                }
                try {
                    publishMarkers(found.stream().filter(row -> !row.raw()).toList());
                } catch (CoreException e) {
                    return e.getStatus();
                }
                findings.getDisplay().asyncExec(() -> show(found));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.schedule();
        return job;
    }

    private void show(List<Row> found) {
        if (findings.isDisposed()) {
            return;
        }
        rows.clear();
        rows.addAll(found);
        findings.removeAll();
        for (Row row : rows) {
            TableItem item = new TableItem(findings, SWT.NONE);
            item.setText(new String[] { row.finding().type().label(), row.from().label, row.finding().subject(),
                    String.format(Locale.ROOT, "%.2f", row.finding().confidence()), row.finding().explanation() });
            if (row.raw()) {
                item.setForeground(findings.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY)); // candidates to judge, not findings
            }
        }
        long candidates = rows.stream().filter(Row::raw).count();
        String annotated = switch ((int) (rows.size() - candidates)) {
            case 0 -> "No findings: the sources agree where they can be compared";
            case 1 -> "1 finding: where the sources disagree";
            default -> (rows.size() - candidates) + " findings: where the sources disagree";
        };
        setContentDescription(notice + (rawTexts ? annotated + (candidates == 1 ? "; 1 candidate" : "; " + candidates + " candidates") + " from the raw texts, to judge"
                : annotated));
        notice = "";
        sources.removeAll();
    }

    /** One difference found twice: of one type, each source of {@code b} overlapping one of {@code a} in its document. */
    private static boolean sameDifference(Finding a, Finding b) {
        return a.type() == b.type() && b.sources().stream().allMatch(x -> a.sources().stream()
                .anyMatch(y -> x.documentId().equals(y.documentId()) && x.begin() < y.end() && y.begin() < x.end()));
    }

    private void showSources() {
        sources.removeAll();
        int index = findings.getSelectionIndex();
        if (index < 0) {
            return;
        }
        LoadedCorpus corpus = rows.get(index).corpus();
        for (Finding.Source source : rows.get(index).finding().sources()) {
            TableItem item = new TableItem(sources, SWT.NONE);
            item.setText(new String[] { title(corpus.document(source.documentId()), source.documentId()), source.text(), source.says() });
        }
    }

    private void openSource() {
        int finding = findings.getSelectionIndex();
        int source = sources.getSelectionIndex();
        if (finding < 0 || source < 0) {
            return;
        }
        Row row = rows.get(finding);
        Finding.Source chosen = row.finding().sources().get(source);
        Document document = row.corpus().document(chosen.documentId());
        try {
            DocumentEditor editor = (DocumentEditor) getSite().getPage().openEditor(new DocumentEditorInput(row.corpus(), document), DocumentEditor.ID);
            editor.getViewer().select(chosen.begin(), chosen.end());
        } catch (PartInitException e) {
            StatusManager.getManager().handle(Status.error("Cannot open " + chosen.documentId(), e), StatusManager.SHOW);
        }
    }

    /** Whether every source of the candidate is tagged by the analyst already: accepted, or tagged by hand. */
    private static boolean accepted(Finding candidate, List<AnnotationSet> sets, String analyst) {
        if (CandidateAnnotations.whyNot(candidate).isPresent()) {
            return false;
        }
        return CandidateAnnotations.missing(candidate, documentId -> sets.stream()
                .filter(s -> !s.isCurated() && analyst.equals(s.getAnalystId()) && s.getDocument() != null && documentId.equals(s.getDocument().getId()))
                .flatMap(s -> s.getAnnotations().stream()).toList()).isEmpty();
    }

    /** The selected candidate from the raw texts, or null (with a word to the analyst when a finding is selected). */
    private Row selectedCandidate() {
        int index = findings.getSelectionIndex();
        if (index < 0) {
            return null;
        }
        Row row = rows.get(index);
        if (!row.raw()) {
            setContentDescription("A finding from the annotations is not a candidate: change the annotations to change it");
            return null;
        }
        return row;
    }

    /** Adds the candidate's annotations to the analyst's sets as one undoable step, and saves those sets. */
    public void acceptCandidate() {
        Row row = selectedCandidate();
        if (row == null) {
            return;
        }
        Optional<String> whyNot = CandidateAnnotations.whyNot(row.finding());
        if (whyNot.isPresent()) {
            MessageDialog.openInformation(getSite().getShell(), "Not Made Into Annotations", "This candidate is not made into annotations, because " + whyNot.get() + ".");
            return;
        }
        CorpusAnnotations annotations = CorpusSession.getDefault().annotations(row.corpus());
        String analyst = MarginaliaPreferences.analyst();
        List<CandidateAnnotations.Planned> missing = CandidateAnnotations.missing(row.finding(), documentId -> annotationsOf(annotations, documentId, analyst));
        if (!missing.isEmpty()) {
            CompoundCommand command = new CompoundCommand("Accept " + row.finding().type().label());
            Set<AnnotationSet> touched = new LinkedHashSet<>();
            for (CandidateAnnotations.Planned planned : missing) {
                AnnotationSet set = annotations.setFor(row.corpus().document(planned.documentId()), analyst);
                command.append(AnnotationEdits.add(annotations.editing().domain(), set, planned.annotation()));
                touched.add(set);
            }
            annotations.editing().execute(command);
            try {
                for (AnnotationSet set : touched) {
                    annotations.editing().save(set.eResource(), false);
                }
            } catch (IOException e) {
                StatusManager.getManager().handle(Status.error("The accepted annotations could not all be saved: " + e.getMessage(), e), StatusManager.SHOW);
            }
        }
        int index = rows.indexOf(row);
        rows.remove(index);
        findings.remove(index);
        sources.removeAll();
        int covered = row.finding().sources().size() - missing.size();
        notice = "Accepted: " + (missing.size() == 1 ? "1 annotation" : missing.size() + " annotations") + " of yours added and saved"
                + (covered > 0 ? ", " + covered + " already tagged by you left alone" : "") + (missing.isEmpty() ? "" : "; Edit > Undo takes them back") + ". ";
        setContentDescription(notice);
        check(); // the accepted annotations are compared as any are: the difference is now a finding of yours
    }

    /** The analyst's annotations of a document, none when they have no set for it yet. */
    private static List<Annotation> annotationsOf(CorpusAnnotations annotations, String documentId, String analyst) {
        return annotations.sets().stream().filter(s -> !s.isCurated() && analyst.equals(s.getAnalystId()) && s.getDocument().getId().equals(documentId))
                .flatMap(s -> s.getAnnotations().stream()).toList();
    }

    /** Remembers the dismissal in the analyst's own folder and takes the candidate off the list. */
    public void dismissCandidate() {
        Row row = selectedCandidate();
        if (row == null) {
            return;
        }
        try {
            DismissedCandidates.of(row.corpus().layout(), MarginaliaPreferences.analyst()).dismiss(row.finding());
        } catch (CorpusException | IOException e) {
            StatusManager.getManager().handle(Status.error("The dismissal could not be saved: " + e.getMessage(), e), StatusManager.SHOW);
            return;
        }
        int index = rows.indexOf(row);
        rows.remove(index);
        findings.remove(index);
        sources.removeAll();
        setContentDescription("Dismissed for you: " + row.finding().type().label() + " " + row.finding().subject());
    }

    /** The document's title as the analyst knows it; its id when it has none. */
    private static String title(Document document, String id) {
        return document == null || document.getTitle() == null || document.getTitle().isBlank() ? id : document.getTitle();
    }

    public Table getFindingsTable() {
        return findings;
    }

    public Table getSourcesTable() {
        return sources;
    }

    /** The Problems view lists every finding as information on the workspace, with where it was found. */
    private static void publishMarkers(List<Row> found) throws CoreException {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        ResourcesPlugin.getWorkspace().run(monitor -> {
            root.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
            for (Row row : found) {
                IMarker marker = root.createMarker(MARKER);
                marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
                marker.setAttribute(IMarker.MESSAGE, row.finding().type().label() + ": " + row.finding().subject() + " " + row.finding().explanation());
                marker.setAttribute(IMarker.LOCATION, String.join(", ",
                        row.finding().sources().stream().map(source -> title(row.corpus().document(source.documentId()), source.documentId())).distinct().toList()));
            }
        }, root, IResource.NONE, null);
    }

    @Override
    public void setFocus() {
        findings.setFocus();
    }

    /** Another analyst has other annotations of their own and other dismissals: compare again for them. */
    private void analystChanged(PropertyChangeEvent event) {
        if (MarginaliaPreferences.ANALYST.equals(event.getProperty()) && !findings.isDisposed()) {
            findings.getDisplay().asyncExec(() -> {
                if (!findings.isDisposed()) {
                    check();
                }
            });
        }
    }

    @Override
    public void dispose() {
        MarginaliaPreferences.store().removePropertyChangeListener(analystListener);
        super.dispose();
    }
}
