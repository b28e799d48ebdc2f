package org.marginalia.ui.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextActivation;
import org.eclipse.ui.contexts.IContextService;
import org.marginalia.core.assist.LearnedSuggester;
import org.marginalia.core.assist.RejectedSuggestions;
import org.marginalia.core.assist.Suggesters;
import org.marginalia.core.assist.Suggestion;
import org.marginalia.core.assist.SuggestionContext;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.edit.RelationEdits;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.core.edit.Span;
import org.marginalia.core.edit.SpanRules;
import org.marginalia.core.text.TextSearch;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.core.schema.SchemaEdits;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Relation;
import org.marginalia.model.Document;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.ui.corpus.CorpusAnnotations;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.preferences.MarginaliaPreferences;

/**
 * The analyst's editor: a document's text, read-only, with the current analyst's annotations painted on it.
 * Selecting text (snapped to words) and pressing a tagging key adds an annotation; every change is an EMF
 * command on this editor's stack, so it can be undone, and Save writes only this analyst's file. Given a
 * {@link ReadOnlySetInput}, it shows that version of a set instead and refuses every change to it.
 */
public final class DocumentEditor extends AnnotationEditorPart {

    public static final String ID = "org.marginalia.ui.editors.document";
    public static final String CONTEXT_ID = "org.marginalia.ui.contexts.editor";
    public static final String CONTEXT_MENU_ID = ID + ".context";

    private final IPropertyChangeListener preferenceListener = event -> preferenceChanged(event.getProperty());
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    /** Keeps the viewer's span index and the legend's counts in step with the set, one annotation at a time (undo and redo included). */
    private final Adapter indexUpdater = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification change) {
            if (change.getFeature() != MarginaliaPackage.eINSTANCE.getAnnotationSet_Annotations()) {
                return;
            }
            switch (change.getEventType()) {
                case Notification.ADD -> added(change.getNewValue());
                case Notification.ADD_MANY -> ((Collection<?>) change.getNewValue()).forEach(DocumentEditor.this::added);
                case Notification.REMOVE -> removed(change.getOldValue());
                case Notification.REMOVE_MANY -> ((Collection<?>) change.getOldValue()).forEach(DocumentEditor.this::removed);
                case Notification.SET -> {
                    removed(change.getOldValue());
                    added(change.getNewValue());
                }
                default -> {
                    // moves change no span
                }
            }
        }
    };

    private LocalResourceManager resources;
    private AnnotationHighlighter highlighter;
    private AnnotationLegend legend;
    private ProblemBanner banner;
    private FindBar findBar;
    private IContextActivation editingKeys;
    private Label analystLabel;
    private SpanTextViewer<Object> viewer;
    private StyledText text;

    private AnnotationSet set;
    private Annotation selected;
    private final List<Suggestion> suggestions = new ArrayList<>();
    private Suggestion selectedSuggestion;
    private String hoverText;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DocumentEditorInput)) {
            throw new PartInitException("The Marginalia document editor opens corpus documents, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        site.setSelectionProvider(this);
    }

    @Override
    public void createPartControl(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        highlighter = new AnnotationHighlighter(resources);
        Document document = getDocumentInput().getDocument();
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(page);

        Composite header = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(16, 10).spacing(0, 4).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        Label title = new Label(header, SWT.WRAP);
        title.setText(document.getTitle() == null ? document.getId() : document.getTitle());
        title.setFont(derive(SWT.BOLD, 3));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(title);
        analystLabel = new Label(header, SWT.NONE);
        analystLabel.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(analystLabel);
        legend = new AnnotationLegend(header, resources, CorpusSchema.of(getDocumentInput().getCorpus()).spanKinds());

        banner = new ProblemBanner(page, resources);
        findBar = new FindBar(page, new FindBar.Target() {
            @Override
            public String documentText() {
                return DocumentEditor.this.documentText();
            }

            @Override
            public Span selection() {
                return viewer.selection();
            }

            @Override
            public void reveal(Span match) {
                viewer.select(match.begin(), match.end());
                text.setFocus();
                caretMoved();
            }

            @Override
            public int tagAll(List<Span> matches) {
                return selected == null ? -1 : tagAllLikeSelected(matches);
            }

            @Override
            public void hidden() {
                text.setFocus();
            }

            @Override
            public void typing(boolean inField) {
                // The single-letter tagging keys would otherwise take the letters typed into the find field.
                IContextService contexts = getSite().getService(IContextService.class);
                if (inField && editingKeys != null) {
                    contexts.deactivateContext(editingKeys);
                    editingKeys = null;
                } else if (!inField && editingKeys == null) {
                    editingKeys = contexts.activateContext(CONTEXT_ID);
                }
            }
        });
        new Label(page, SWT.SEPARATOR | SWT.HORIZONTAL).setLayoutData(GridDataFactory.fillDefaults().grab(true, false).create());

        viewer = new SpanTextViewer<>(page, SWT.NONE, derive(SWT.NORMAL, 2), 24, 6, highlighter);
        viewer.setText(document.getText() == null ? "" : document.getText());
        text = viewer.widget();
        copyFrom(viewer);
        // Size hints keep the layout from asking for the wrapped height of the whole text, which for a
        // 1 MB document means laying out every line before the first paint.
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 200).applyTo(text);
        text.addListener(SWT.Selection, e -> caretMoved());
        text.addListener(SWT.KeyUp, e -> caretMoved());
        text.addListener(SWT.MouseUp, e -> caretMoved());
        text.addListener(SWT.MouseMove, e -> hover(e.x, e.y));
        text.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MODIFIER_MASK) == 0 && Character.isLetter(e.character)) {
                tagByKey(e.character); // the schema's kinds have keys that plugin.xml cannot know
            }
            if (e.keyCode == SWT.ESC && findBar.isVisible()) {
                findBar.close(); // Enter in the find bar handed the keys to the text; Esc still closes the bar
            }
        });
        createContextMenu();

        loadAnalystSet();
        if (!LearnedSuggester.isTrained(getDocumentInput().getDocument())) {
            RetrainRecommendersJob.schedule(getDocumentInput().getCorpus().corpus().getName(), teamSets());
        }
        editingKeys = getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
        MarginaliaPreferences.store().addPropertyChangeListener(preferenceListener);
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager("#PopupMenu", CONTEXT_MENU_ID);
        menu.add(new Separator("tag"));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        text.setMenu(menu.createContextMenu(text));
        getSite().registerContextMenu(CONTEXT_MENU_ID, menu, this);
    }

    /** Shows the current analyst's set of this document (or the read-only input's set), with a fresh command stack. */
    private void loadAnalystSet() {
        String analyst = MarginaliaPreferences.analyst();
        CorpusAnnotations annotations = annotations();
        if (set != null) {
            set.eAdapters().remove(indexUpdater);
        }
        ReadOnlySetInput readOnly = readOnly();
        set = readOnly != null ? readOnly.getSet() : annotations.setFor(getDocumentInput().getDocument(), analyst);
        set.eAdapters().add(indexUpdater);
        suggestions.clear();
        selectedSuggestion = null;
        viewer.setSpans(set.getAnnotations(), null);
        legend.reset(set.getAnnotations());
        newCommandStack(this::modelChanged);
        banner.show(readOnly != null ? readOnly.problems() : annotations.problemsOf(set), AnnotationStore.fileOf(getDocumentInput().getCorpus().layout(), set),
                set.getAnnotations().size());
        analystLabel.setText(readOnly != null ? readOnly.description() : "Annotations of " + analyst + "  \u00b7  "
                + AnnotationStore.fileOf(getDocumentInput().getCorpus().layout(), set).getFileName()
                + (set.eResource() != null && set.eResource().isLoaded() ? "" : " (new)"));
        selected = null;
        modelChanged();
        setShown();
    }

    private void added(Object annotation) {
        viewer.add(annotation);
        legend.added((Annotation) annotation);
    }

    private void removed(Object annotation) {
        viewer.remove(annotation);
        legend.removed((Annotation) annotation);
    }

    private CorpusAnnotations annotations() {
        return CorpusSession.getDefault().annotations(getDocumentInput().getCorpus());
    }

    private void modelChanged() {
        if (text == null || text.isDisposed()) {
            return;
        }
        if (selected != null && selected.eContainer() != set) {
            selected = null;
        }
        repaint();
        legend.addChips(CorpusSchema.of(getDocumentInput().getCorpus()).spanKinds()); // a kind added meanwhile (New Kind...)
        legend.show();
        getEditorSite().getActionBars().getStatusLineManager().setMessage(suggestions.isEmpty() ? null
                : suggestions.size() + " suggestions: Enter accepts the one under the caret, Delete rejects it");
        commandStackChanged();
        fireSelection();
        changeListeners.forEach(Runnable::run);
    }

    /** Told after every change to the shown annotations, and when another analyst's set is shown. */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        changeListeners.remove(listener);
    }

    private void caretMoved() {
        Span range = viewer.selection();
        Annotation now;
        if (!range.isEmpty()) {
            now = SpanRules.snap(documentText(), range.begin(), range.end())
                    .flatMap(span -> AnnotationLookup.exactly(set.getAnnotations(), span))
                    .orElseGet(() -> AnnotationLookup.at(set.getAnnotations(), range.begin()).orElse(null));
        } else {
            now = AnnotationLookup.at(set.getAnnotations(), viewer.caret()).orElse(null);
        }
        int at = !range.isEmpty() ? range.begin() : viewer.caret();
        Suggestion ghost = suggestions.stream().filter(g -> g.begin() <= at && at < g.end())
                .min(Comparator.comparingInt(g -> g.end() - g.begin())).orElse(null);
        if (now != selected || ghost != selectedSuggestion) {
            selected = now;
            selectedSuggestion = ghost;
            viewer.setSelected(selectedSpan());
            if (ghost != null) {
                inform(AnnotationDescriptions.suggestion(ghost, documentText()).replace('\n', ' ') + "  \u00b7  Enter accepts, Delete rejects");
            } else if (now != null && !AnnotationDescriptions.missingRequired(now).isEmpty()) {
                inform(AnnotationEdits.label(now.eClass()) + ": required, not answered yet: " + AnnotationDescriptions.missingRequired(now)
                        + " (Properties view)");
            }
            fireSelection();
        }
    }

    private void hover(int x, int y) {
        int offset = viewer.offsetAt(x, y);
        String tip = null;
        if (offset >= 0) {
            StringBuilder hover = new StringBuilder();
            for (Annotation annotation : AnnotationLookup.covering(set.getAnnotations(), offset)) {
                hover.append(hover.length() == 0 ? "" : "\n\n").append(AnnotationDescriptions.hover(annotation, documentText()));
            }
            for (Suggestion ghost : suggestions) {
                if (ghost.begin() <= offset && offset < ghost.end()) {
                    hover.append(hover.length() == 0 ? "" : "\n\n").append(AnnotationDescriptions.suggestion(ghost, documentText()))
                            .append("\n(put the caret on it: Enter accepts, Delete rejects)");
                }
            }
            tip = hover.length() == 0 ? null : hover.toString();
        }
        if (tip == null ? hoverText != null : !tip.equals(hoverText)) {
            hoverText = tip;
            text.setToolTipText(tip);
        }
    }

    // ---- actions the handlers call ----

    /**
     * Tags the selection (snapped to words) as {@code kind}. If an annotation already covers exactly that span,
     * it is changed to {@code kind} instead, and nothing is done if it is of that kind already.
     */
    public Optional<Annotation> tagSelection(EClass kind) {
        if (!editable()) {
            return Optional.empty();
        }
        Span range = viewer.selection();
        Optional<Span> span = SpanRules.snap(documentText(), range.begin(), range.end());
        if (span.isEmpty()) {
            return Optional.empty();
        }
        Optional<Annotation> existing = AnnotationLookup.exactly(set.getAnnotations(), span.get());
        if (existing.isPresent() && existing.get().eClass() == kind) {
            select(existing.get());
            return existing;
        }
        int index = existing.map(a -> set.getAnnotations().indexOf(a)).orElse(set.getAnnotations().size());
        execute(existing.isPresent() ? AnnotationEdits.changeKind(getEditingDomain(), existing.get(), kind)
                : AnnotationEdits.tag(getEditingDomain(), set, kind, span.get()));
        Annotation result = set.getAnnotations().get(index);
        select(result);
        return Optional.of(result);
    }

    /** Tags the selection as the schema kind whose key is {@code key}, if there is one (the built-in keys are commands). */
    private void tagByKey(char key) {
        String typed = String.valueOf(key).toUpperCase(Locale.ROOT);
        for (EClass kind : CorpusSchema.of(getDocumentInput().getCorpus()).spanKinds()) {
            if (!CorpusSchema.isBuiltIn(kind) && CorpusSchema.key(kind).filter(typed::equals).isPresent()) {
                tagSelection(kind);
                return;
            }
        }
    }

    // ---- find ----

    /** Opens the find bar with the selected words (Ctrl+F). */
    public void showFindBar() {
        Span selection = viewer.selection();
        findBar.show(selection.isEmpty() ? null : selection.of(documentText()));
    }

    /** Selects the next (or previous) match of the find bar's phrase; opens the bar when it has none yet. */
    public void findNext(boolean forward) {
        if (!findBar.goOn(forward)) {
            showFindBar();
        }
    }

    /** The find bar's phrase field, for the keyboard and for tests. */
    public Text getFindField() {
        return findBar.phraseField();
    }

    /**
     * Tags every other occurrence of the selected annotation's words (same case, whole words) like it: the
     * same kind and attributes, as one undoable step. Returns how many were added.
     */
    public int tagAllMatches() {
        if (selected == null) {
            getEditorSite().getActionBars().getStatusLineManager().setMessage("Select an annotation first: its words are tagged everywhere like it");
            return 0;
        }
        String words = documentText().substring(selected.getBegin(), selected.getEnd());
        return tagAllLikeSelected(new TextSearch(words, true, true).findAll(documentText()));
    }

    private int tagAllLikeSelected(List<Span> matches) {
        if (!editable()) {
            return 0;
        }
        Annotation template = selected;
        int before = set.getAnnotations().size();
        execute(AnnotationEdits.tagAll(getEditingDomain(), set, template, matches));
        select(template);
        int added = set.getAnnotations().size() - before;
        getEditorSite().getActionBars().getStatusLineManager().setMessage("Tagged " + added + " more matches as "
                + AnnotationEdits.label(template.eClass()) + " (Undo takes them all back)");
        return added;
    }

    /**
     * Links the selected annotation to one the analyst picks (here or in another document they annotated) by a
     * relation kind of the schema; picking an existing link removes it. One undoable step either way.
     */
    public void linkSelected() {
        if (!editable()) {
            return;
        }
        IStatusLineManager status = getEditorSite().getActionBars().getStatusLineManager();
        CorpusSchema schema = CorpusSchema.of(getDocumentInput().getCorpus());
        if (schema.relationKinds().isEmpty()) {
            status.setMessage("This corpus's schema has no relation kinds to link with (see the README: A corpus's own schema)");
            return;
        }
        if (selected == null) {
            status.setMessage("Put the caret on an annotation first: it is where the link starts");
            return;
        }
        Annotation governor = selected;
        List<AnnotationSet> sets = annotations().sets().stream()
                .filter(s -> !s.isCurated() && set.getAnalystId().equals(s.getAnalystId())).toList();
        List<RelationEdits.Target> targets = RelationEdits.targets(schema, governor, sets);
        if (targets.isEmpty()) {
            status.setMessage("No relation kind of the schema starts at a " + AnnotationEdits.label(governor.eClass())
                    + ", or there is no annotation of the kinds it links to");
            return;
        }
        String governorText = documentText().substring(governor.getBegin(), governor.getEnd());
        LinkTargetDialog.choose(getSite().getShell(), governor, targets, governorText).ifPresent(target -> {
            Optional<Relation> existing = RelationEdits.existing(target.relationKind(), governor, target.dependent());
            execute(existing.isPresent() ? RelationEdits.unlink(getEditingDomain(), existing.get())
                    : RelationEdits.link(getEditingDomain(), target.relationKind(), governor, target.dependent()));
            status.setMessage((existing.isPresent() ? "Removed the link " : "Linked ") + LinkTargetDialog.describe(governor, target)
                    .replace("  (linked: choose to remove)", "") + " (Undo takes it back)");
            select(governor);
        });
    }

    /**
     * Marginalia > New Kind...: the analyst names a new span kind for the corpus's schema (key, colour,
     * guideline); it is added to the schema file and tags the selected words.
     */
    public void newKindFromSelection() {
        if (!editable()) {
            return;
        }
        IStatusLineManager status = getEditorSite().getActionBars().getStatusLineManager();
        Span range = viewer.selection();
        Optional<Span> span = SpanRules.snap(documentText(), range.begin(), range.end());
        if (span.isEmpty()) {
            status.setMessage("Select the words the new kind should tag first");
            return;
        }
        LoadedCorpus corpus = getDocumentInput().getCorpus();
        NewKindDialog dialog = new NewKindDialog(getSite().getShell(), CorpusSchema.of(corpus).customPackage().orElse(null),
                LinkTargetDialog.shorten(span.get().of(documentText())));
        if (dialog.open() != NewKindDialog.OK) {
            return;
        }
        NewKindDialog.Values chosen = dialog.values();
        boolean hadSchema = corpus.corpus().getSchema() != null;
        try {
            EClass kind = SchemaEdits.addSpanKind(corpus, chosen.name(), chosen.key(), chosen.color(), chosen.description());
            if (!hadSchema) {
                Resource description = corpus.corpus().eResource();
                description.setModified(true);
                annotations().editing().save(description, false);
            }
            viewer.select(span.get().begin(), span.get().end());
            tagSelection(kind);
            status.setMessage("New kind " + AnnotationEdits.label(kind) + " (key " + chosen.key().toUpperCase(Locale.ROOT) + ") saved in "
                    + SchemaEdits.schemaFile(corpus).getFileName() + "; it tagged the selection");
        } catch (IOException | IllegalArgumentException e) {
            MessageDialog.openError(getSite().getShell(), NewKindDialog.TITLE, "The kind was not added: " + e.getMessage());
        }
    }

    /**
     * Rejects the suggestion under the caret if there is one (remembered for the analyst: it is not proposed again),
     * else deletes the selected annotation.
     */
    public void deleteSelected() {
        if (selectedSuggestion != null) {
            try {
                rejected().reject(getDocumentInput().getDocument(), selectedSuggestion);
            } catch (CorpusException | IOException e) {
                inform("The rejection could not be remembered: " + e.getMessage());
            }
            removeSuggestions(List.of(selectedSuggestion));
            selectedSuggestion = null;
            modelChanged();
        } else if (selected != null) {
            execute(AnnotationEdits.delete(getEditingDomain(), selected));
        }
    }

    // ---- suggestions: shown as ghosts, added only when the analyst accepts them ----

    /**
     * Asks every suggester; proposals that an annotation of the same kind already covers, and those the analyst
     * rejected before, are left out.
     */
    public List<Suggestion> suggest() {
        if (!editable()) {
            return List.of();
        }
        removeSuggestions(List.copyOf(suggestions));
        List<AnnotationSet> analystSets = annotations().sets().stream().filter(s -> !s.isCurated() && set.getAnalystId().equals(s.getAnalystId())).toList();
        Document document = getDocumentInput().getDocument();
        List<Suggestion> proposed = Suggesters.suggest(new SuggestionContext(document, entities(), analystSets, teamSets()));
        try {
            proposed = rejected().without(document, proposed);
        } catch (CorpusException e) {
            inform("The suggestions rejected before could not be read: " + e.getMessage());
        }
        for (Suggestion suggestion : proposed) {
            boolean tagged = set.getAnnotations().stream().anyMatch(a -> a.eClass() == suggestion.proposal().eClass()
                    && a.getBegin() < suggestion.end() && suggestion.begin() < a.getEnd());
            if (!tagged) {
                suggestions.add(suggestion);
                viewer.add(suggestion);
            }
        }
        selectedSuggestion = null;
        modelChanged();
        return List.copyOf(suggestions);
    }

    private RejectedSuggestions rejected() throws CorpusException {
        return RejectedSuggestions.of(getDocumentInput().getCorpus().layout(), set.getAnalystId());
    }

    /** Accepts the suggestion under the caret: it becomes an ordinary annotation of origin "suggested". */
    public Optional<Annotation> acceptSuggestion() {
        if (selectedSuggestion == null) {
            return Optional.empty();
        }
        Suggestion accepted = selectedSuggestion;
        return Optional.of(accept(List.of(accepted), "Accept suggested " + AnnotationEdits.label(accepted.proposal().eClass())).get(0));
    }

    /** Accepts every suggestion of the kind, as one undoable step. */
    public List<Annotation> acceptAllSuggested(EClass kind) {
        List<Suggestion> ofKind = suggestions.stream().filter(s -> s.proposal().eClass() == kind).toList();
        return ofKind.isEmpty() ? List.of() : accept(ofKind, "Accept all suggested " + AnnotationEdits.label(kind));
    }

    public void clearSuggestions() {
        removeSuggestions(List.copyOf(suggestions));
        selectedSuggestion = null;
        modelChanged();
    }

    private List<Annotation> accept(List<Suggestion> chosen, String label) {
        List<Annotation> annotations = chosen.stream().map(s -> s.accept(set.getAnalystId())).toList();
        CompoundCommand command = new CompoundCommand(label);
        command.append(AddCommand.create(getEditingDomain(), set, MarginaliaPackage.eINSTANCE.getAnnotationSet_Annotations(), annotations));
        removeSuggestions(chosen);
        selectedSuggestion = null;
        execute(command);
        select(annotations.get(annotations.size() - 1));
        return annotations;
    }

    private void removeSuggestions(List<Suggestion> gone) {
        suggestions.removeAll(gone);
        gone.forEach(viewer::remove);
    }

    public List<Suggestion> getSuggestions() {
        return List.copyOf(suggestions);
    }

    private void repaint() {
        viewer.refresh(selectedSpan());
    }

    /** What has the border: the suggestion under the caret, else the selected annotation. */
    private Object selectedSpan() {
        return selectedSuggestion != null ? selectedSuggestion : selected;
    }

    public void changeSelectedKind(EClass kind) {
        if (selected != null && selected.eClass() != kind) {
            int index = set.getAnnotations().indexOf(selected);
            execute(AnnotationEdits.changeKind(getEditingDomain(), selected, kind));
            select(set.getAnnotations().get(index));
        }
    }

    public void selectNext(boolean forward) {
        List<Annotation> annotations = set.getAnnotations();
        Optional<Annotation> target = forward ? AnnotationLookup.next(annotations, selected, viewer.caret())
                : AnnotationLookup.previous(annotations, selected, viewer.caret());
        target.ifPresent(this::select);
    }

    /** Selects the annotation's span in the text and scrolls it into view. */
    public void select(Annotation annotation) {
        viewer.select(annotation.getBegin(), annotation.getEnd());
        selected = annotation;
        selectedSuggestion = null;
        viewer.setSelected(selectedSpan());
        fireSelection();
    }

    // ---- what views and tests read ----

    public DocumentEditorInput getDocumentInput() {
        return (DocumentEditorInput) getEditorInput();
    }

    @Override
    protected boolean isChangeable() {
        return readOnly() == null;
    }

    /** The input when it is a version of a set shown read only, else null. */
    private ReadOnlySetInput readOnly() {
        return getEditorInput() instanceof ReadOnlySetInput readOnly ? readOnly : null;
    }

    /** Whether the shown set may be changed; if not, tells the analyst why. */
    private boolean editable() {
        ReadOnlySetInput readOnly = readOnly();
        if (readOnly != null) {
            inform(readOnly.notice());
        }
        return readOnly == null;
    }

    /** Every change to the set goes through here (the Properties view's and the Annotations view's too): none to a read-only one. */
    @Override
    public void execute(Command command) {
        if (editable()) {
            super.execute(command);
        }
    }

    public StyledText getTextWidget() {
        return text;
    }

    /** The widget with the document's offsets (long lines are shown broken, which the widget's own offsets see). */
    public SpanTextViewer<Object> getViewer() {
        return viewer;
    }

    public AnnotationSet getAnnotationSet() {
        return set;
    }

    public Annotation getSelectedAnnotation() {
        return selected;
    }

    @Override
    public String documentText() {
        String documentText = getDocumentInput().getDocument().getText();
        return documentText == null ? "" : documentText;
    }

    @Override
    public EntityDirectory entities() {
        return annotations().entities();
    }

    public String legendText() {
        return legend.text();
    }

    public String bannerText() {
        return banner.text();
    }

    /** Repaints after a change made elsewhere (an entity renamed in the Entities view). */
    public void refresh() {
        modelChanged();
    }

    // ---- preferences and analyst switching ----

    private void preferenceChanged(String property) {
        if (text != null && !text.isDisposed()) {
            text.getDisplay().asyncExec(() -> preferencesChanged(property));
        }
    }

    private void preferencesChanged(String property) {
        if (text.isDisposed()) {
            return;
        }
        if (MarginaliaPreferences.ANALYST.equals(property)) {
            if (set.getAnalystId() != null && !set.getAnalystId().equals(MarginaliaPreferences.analyst())) {
                keepOrDropChanges();
                if (isDirty()) {
                    // The save failed (its error was shown): the changes stay on screen, still marked unsaved.
                    getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(
                            "Still showing " + set.getAnalystId() + "'s unsaved annotations: save them, then switch again");
                    return;
                }
                loadAnalystSet();
            }
        } else {
            highlighter.resetColors();
            modelChanged();
        }
    }

    private void keepOrDropChanges() {
        if (!isDirty()) {
            return;
        }
        // The analyst was switched already (in the preferences, say), so there is nothing to cancel here;
        // Marginalia > Switch Analyst asks before switching, with Cancel.
        int choice = MessageDialog.open(MessageDialog.QUESTION, getSite().getShell(), "Switch Analyst",
                "Save the changes to " + set.getAnalystId() + "'s annotations of " + getPartName() + " before showing "
                        + MarginaliaPreferences.analyst() + "'s?", SWT.NONE, "&Save", "&Discard");
        if (choice == 0) {
            doSave(null);
        } else {
            revert();
        }
    }

    // ---- saving ----

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (readOnly() != null) {
            return; // never dirty, so the workbench offers no save; a caller that asks anyway writes nothing
        }
        save(getDocumentInput().getCorpus(), set, set.getAnalystId() + "'s annotations of " + getDocumentInput().getDocument().getId(), monitor);
        if (!isDirty()) { // saved: what was tagged is the team's now, and the recommenders learn it
            RetrainRecommendersJob.schedule(getDocumentInput().getCorpus().corpus().getName(), teamSets());
        }
    }

    /** Every analyst's set of the corpus: what the learning recommender learns from. */
    private List<AnnotationSet> teamSets() {
        return annotations().sets().stream().filter(s -> !s.isCurated()).toList();
    }

    @Override
    protected void reloaded() {
        loadAnalystSet();
    }

    /** A read-only set has no file to save to: never dirty, nothing to revert on closing. */
    @Override
    protected AnnotationSet savedSet() {
        return readOnly() == null ? set : null;
    }

    /** The shown set, read-only or not: the Annotations view lists it. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter == AnnotationSet.class ? adapter.cast(set) : super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }

    @Override
    public void dispose() {
        if (set != null) {
            set.eAdapters().remove(indexUpdater);
        }
        MarginaliaPreferences.store().removePropertyChangeListener(preferenceListener);
        super.dispose();
    }

    private Font derive(int style, int extraHeight) {
        FontDescriptor base = JFaceResources.getDialogFontDescriptor();
        return resources.create(base.setStyle(style).increaseHeight(extraHeight));
    }

    // ---- selection provider: the annotation under the caret, for the Properties view ----

    @Override
    public ISelection getSelection() {
        if (selected != null) {
            return new StructuredSelection(selected);
        }
        // A ghost under the caret shows its proposed attributes in the Properties view (read-only until accepted).
        return selectedSuggestion == null ? StructuredSelection.EMPTY : new StructuredSelection(selectedSuggestion.proposal());
    }

    @Override
    public void setSelection(ISelection selection) {
        if (selection instanceof StructuredSelection structured && structured.getFirstElement() instanceof Annotation annotation
                && annotation.eContainer() == set) {
            select(annotation);
        }
    }
}
