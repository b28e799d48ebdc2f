package org.marginalia.ui.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.ConfinedFolder;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.schema.SchemaChange;
import org.marginalia.core.schema.SchemaEdits;
import org.marginalia.core.schema.SchemaLoader;
import org.marginalia.core.schema.SchemaRules;
import org.marginalia.ui.corpus.CorpusEditors;
import org.marginalia.ui.corpus.CorpusSession;

/**
 * The schema of a corpus as a form: its span kinds, relation kinds and tag sets in a tree, the selected one's
 * name, key, colour, guideline, attributes or values beside it, and the schema's problems below, checked at
 * every change. Saving applies the schema to the corpus as {@code schema --change} does: renames carry the
 * annotations along, dropping what annotations use is refused with the count, and the corpus is read again.
 */
public final class SchemaEditor extends EditorPart {

    public static final String ID = "org.marginalia.ui.editors.schema";

    private EcoreUtil.Copier originals;
    private EPackage working;
    private boolean dirty;
    private TreeViewer tree;
    private SchemaDetails details;
    private Label problems;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof SchemaEditorInput)) {
            throw new PartInitException("The schema editor opens a corpus's schema, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        startFrom(((SchemaEditorInput) input).getCorpus());
    }

    private void startFrom(LoadedCorpus corpus) {
        originals = new EcoreUtil.Copier();
        working = SchemaEdits.workingCopy(corpus, originals);
    }

    public LoadedCorpus getCorpus() {
        return ((SchemaEditorInput) getEditorInput()).getCorpus();
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite main = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(main);
        Composite buttons = new Composite(main, SWT.NONE);
        RowLayoutFactory.fillDefaults().spacing(6).applyTo(buttons);
        button(buttons, "Add Span Kind", () -> added(SchemaEdits.addSpanKind(working, unique("NewKind"))));
        button(buttons, "Add Relation Kind", () -> added(SchemaEdits.addRelationKind(working, unique("NewRelation"))));
        button(buttons, "Add Tag Set", () -> added(SchemaEdits.addTagSet(working, unique("NewTagSet"), "value")));
        button(buttons, "Add Attribute", this::addAttribute);
        button(buttons, "Add Value", this::addValue);
        button(buttons, "Remove", this::remove);

        SashForm sash = new SashForm(main, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        tree = new TreeViewer(sash, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        tree.setContentProvider(new SchemaContent());
        tree.setLabelProvider(new SchemaLabels());
        tree.setInput(working);
        tree.expandAll();
        details = new SchemaDetails(sash, this);
        sash.setWeights(45, 55);
        tree.addSelectionChangedListener(event -> details.show(((IStructuredSelection) event.getSelection()).getFirstElement()));

        problems = new Label(main, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(problems);
        getSite().setSelectionProvider(tree);
        validate();
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
    }

    private String unique(String base) {
        String name = base;
        for (int i = 2; working.getEClassifier(name) != null; i++) {
            name = base + i;
        }
        return name;
    }

    private void addAttribute() {
        Object selected = selected();
        EClass kind = selected instanceof EClass k ? k : selected instanceof EStructuralFeature f ? f.getEContainingClass() : null;
        if (kind == null) {
            problems.setText("Select a kind first: the attribute is added to it");
            return;
        }
        String name = "attribute";
        for (int i = 2; kind.getEStructuralFeature(name) != null; i++) {
            name = "attribute" + i;
        }
        added(SchemaEdits.addAttribute(kind, name));
    }

    private void addValue() {
        Object selected = selected();
        EEnum tagSet = selected instanceof EEnum e ? e : selected instanceof EEnumLiteral l ? l.getEEnum() : null;
        if (tagSet == null) {
            problems.setText("Select a tag set first: the value is added to it");
            return;
        }
        String name = "value";
        for (int i = 2; tagSet.getEEnumLiteral(name) != null; i++) {
            name = "value" + i;
        }
        added(SchemaEdits.addValue(tagSet, name));
    }

    private void remove() {
        if (selected() instanceof EObject element && element != working) {
            EcoreUtil.remove(element);
            tree.refresh();
            changed(null);
        }
    }

    private Object selected() {
        return tree.getStructuredSelection().getFirstElement();
    }

    private void added(EObject element) {
        tree.refresh();
        tree.expandAll();
        tree.setSelection(new StructuredSelection(element), true);
        changed(element);
    }

    /** Called by the details after every edit: the tree's labels, the problems and the dirty mark follow. */
    void changed(Object element) {
        if (element == null) {
            tree.refresh();
        } else {
            tree.refresh(element instanceof EObject object && object.eContainer() != working ? object.eContainer() : element, true);
        }
        if (!dirty) {
            dirty = true;
            firePropertyChange(PROP_DIRTY);
        }
        validate();
    }

    /** Replaces the details' old element by a retyped attribute in the tree, keeping its rename tracked. */
    void retyped(EStructuralFeature old, EStructuralFeature made) {
        originals.entrySet().stream().filter(entry -> entry.getValue() == old).findFirst().ifPresent(entry -> entry.setValue(made));
        tree.refresh();
        tree.setSelection(new StructuredSelection(made), true);
    }

    private List<String> validate() {
        List<String> found = SchemaRules.check(working);
        problems.setText(found.isEmpty() ? "No problems. Save applies the schema to the corpus; renamed kinds and attributes carry their annotations along."
                : "Problems (the schema cannot be saved until they are solved):\n\u2022 " + String.join("\n\u2022 ", found));
        problems.getParent().layout(true, true);
        return found;
    }

    /** The schema's problems as shown under the tree, for tests and the keyboard. */
    public String problemsText() {
        return problems.getText();
    }

    public TreeViewer getViewer() {
        return tree;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!validate().isEmpty()) {
            MessageDialog.openError(getSite().getShell(), "Schema Not Saved", "The schema has problems; see the list under the tree.");
            monitor.setCanceled(true);
            return;
        }
        LoadedCorpus corpus = getCorpus();
        if (!CorpusEditors.closeDocuments(getSite().getWorkbenchWindow().getWorkbench(), corpus)) {
            monitor.setCanceled(true); // a document of the corpus was not saved nor discarded: the schema waits
            return;
        }
        String[] outcome = new String[1];
        BusyIndicator.showWhile(getSite().getShell().getDisplay(), () -> outcome[0] = apply(corpus));
        if (outcome[0] != null) {
            MessageDialog.openError(getSite().getShell(), "Schema Not Saved", outcome[0]);
            monitor.setCanceled(true);
        }
    }

    /** Applies the working schema to the corpus and reads the corpus again; the reason when it could not. */
    private String apply(LoadedCorpus corpus) {
        SchemaEdits.markRenames(originals);
        Path staged = null;
        try {
            Path schemaFile = SchemaEdits.schemaFile(corpus);
            byte[] bytes = SchemaEdits.serialize(working, schemaFile);
            staged = Files.createTempFile("marginalia-schema", ".ecore");
            Files.write(staged, bytes);
            EPackage next = SchemaLoader.read(new ConfinedFolder(staged.getParent()), staged);
            LoadedCorpus fresh = CorpusStore.load(corpus.layout().root());
            SchemaChange change = SchemaChange.plan(fresh, AnnotationStore.loadAll(fresh), next);
            if (!change.refused().isEmpty()) {
                return "The schema would drop what annotations use, so nothing was changed:\n\u2022 "
                        + String.join("\n\u2022 ", change.refused().stream().map(Object::toString).toList())
                        + "\nKeep these, or rename them (renaming carries the annotations along).";
            }
            change.apply(bytes);
            CorpusSession.getDefault().close(corpus);
            LoadedCorpus reopened = CorpusSession.getDefault().open(corpus.layout().root());
            setInput(new SchemaEditorInput(reopened));
            startFrom(reopened);
            tree.setInput(working);
            tree.expandAll();
            details.show(null);
            dirty = false;
            firePropertyChange(PROP_DIRTY);
            validate();
            String carried = String.join("; ", change.renames().stream().map(Object::toString).toList());
            getEditorSite().getActionBars().getStatusLineManager().setMessage("Schema saved in " + schemaFile.getFileName()
                    + (carried.isEmpty() ? "" : ": " + carried));
            return null;
        } catch (IOException | CorpusException | RuntimeException e) {
            return "The schema was not saved: " + e.getMessage();
        } finally {
            if (staged != null) {
                staged.toFile().delete();
            }
        }
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException("a corpus has one schema file");
    }

    @Override
    public boolean isDirty() {
        return dirty;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    /** An element's name as the tree and the details show it. */
    static String nameOf(Object element) {
        return element instanceof ENamedElement named ? named.getName() : String.valueOf(element);
    }
}
