package org.marginalia.ui.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.marginalia.core.corpus.AnnotatedAddition;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.corpus.TextAddition;

/**
 * Asks which open corpus to add to and from which folder, and previews, file by file, what will be added, what
 * is there already and what is refused and why, before anything is written. A brat or UIMA folder is previewed
 * document by document, with whose annotations each brings.
 */
final class ImportDocumentsPage extends WizardPage {

    private final List<LoadedCorpus> corpora;
    private final LoadedCorpus initial;
    private Combo corpusCombo;
    private Text folderText;
    private Table preview;
    private Label summary;
    private TextAddition plan;
    private AnnotatedAddition annotatedPlan;

    ImportDocumentsPage(List<LoadedCorpus> corpora, LoadedCorpus initial) {
        super("importDocuments");
        this.corpora = corpora;
        this.initial = initial;
        setTitle(ImportTexts.importTitle);
        setDescription(ImportTexts.importDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

        new Label(page, SWT.NONE).setText(ImportTexts.importCorpus);
        corpusCombo = new Combo(page, SWT.READ_ONLY);
        corpora.forEach(c -> corpusCombo.add(c.corpus().getName() + "  (" + c.layout().root() + ")"));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(corpusCombo);

        new Label(page, SWT.NONE).setText(ImportTexts.importFolder);
        folderText = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folderText);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(ImportTexts.browse);
        browse.addListener(SWT.Selection, e -> {
            String chosen = new DirectoryDialog(getShell()).open();
            if (chosen != null) {
                folderText.setText(chosen);
            }
        });

        preview = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        preview.setHeaderVisible(true);
        for (String header : List.of(ImportTexts.columnFile, ImportTexts.columnDocument, ImportTexts.columnWhat)) {
            new TableColumn(preview, SWT.LEFT).setText(header);
        }
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(560, 180).applyTo(preview);
        summary = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(560, SWT.DEFAULT).applyTo(summary);

        corpusCombo.addListener(SWT.Selection, e -> refresh());
        folderText.addListener(SWT.Modify, e -> refresh());
        if (!corpora.isEmpty()) {
            corpusCombo.select(Math.max(corpora.indexOf(initial), 0));
        }
        setControl(page);
        refresh();
    }

    /** Plans the addition again and shows it; the plan reads the files but writes nothing. */
    private void refresh() {
        plan = null;
        annotatedPlan = null;
        preview.removeAll();
        summary.setText("");
        setErrorMessage(null);
        if (corpora.isEmpty()) {
            setErrorMessage(ImportTexts.noCorpusOpen);
        } else if (!folderText.getText().isBlank() && !Files.isDirectory(folder())) {
            setErrorMessage(folder() + " " + ImportTexts.notAFolder);
        } else if (!folderText.getText().isBlank()) {
            BusyIndicator.showWhile(getShell().getDisplay(), this::plan);
        }
        for (TableColumn column : preview.getColumns()) {
            column.pack();
        }
        setPageComplete(annotatedPlan != null ? annotatedPlan.addsAnything()
                : plan != null && !plan.refusesAny() && plan.entries().stream().anyMatch(e -> e.action() == TextAddition.Action.ADD));
    }

    private void plan() {
        if (AnnotatedFolders.isAnnotated(folder())) {
            planAnnotated();
            return;
        }
        try {
            plan = TextAddition.plan(folder(), corpus().layout().root());
        } catch (CorpusException e) {
            setErrorMessage(e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).toString());
            return;
        }
        int add = 0;
        int there = 0;
        int refused = 0;
        for (TextAddition.Entry entry : plan.entries()) {
            TableItem item = new TableItem(preview, SWT.NONE);
            String what = switch (entry.action()) {
                case ADD -> ImportTexts.willBeAdded + (entry.title() == null ? "" : ": " + entry.title());
                case ALREADY_THERE -> ImportTexts.alreadyThere;
                case REFUSED -> ImportTexts.refused + ": " + entry.reason();
            };
            item.setText(new String[] { entry.file().getFileName().toString(), entry.documentId(), what });
            switch (entry.action()) {
                case ADD -> add++;
                case ALREADY_THERE -> there++;
                case REFUSED -> {
                    refused++;
                    item.setForeground(getShell().getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                }
            }
        }
        summary.setText(String.format(ImportTexts.summary, add, there, refused) + (refused > 0 ? " " + ImportTexts.nothingUntilFixed : ""));
        summary.getParent().layout(true, true); // the summary wraps to its new length
        if (refused > 0) {
            setErrorMessage(refused == 1 ? ImportTexts.refusedOne : String.format(ImportTexts.refusedMessage, refused));
        } else if (add == 0) {
            setMessage(ImportTexts.nothingNew, WARNING);
        } else {
            setMessage(null);
        }
    }

    /**
     * A brat or UIMA folder: each document it brings, with whose annotations, and what is refused; unlike texts,
     * what is refused is left out and the rest is added, as {@code import} does.
     */
    private void planAnnotated() {
        AnnotatedAddition.Material material;
        try {
            material = AnnotatedFolders.read(folder());
            annotatedPlan = AnnotatedAddition.plan(corpus().layout().root(), material);
        } catch (CorpusException e) {
            setErrorMessage(e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).toString());
            return;
        }
        int refused = 0;
        for (CorpusProblem unreadable : material.problems()) {
            addRow(unreadable.file().getFileName().toString(), "", ImportTexts.refused + ": " + unreadable.message(), true);
            refused++;
        }
        int add = 0;
        int join = 0;
        for (AnnotatedAddition.Entry entry : annotatedPlan.entries()) {
            String analysts = String.join(", ", entry.analysts());
            switch (entry.action()) {
                case ADD -> {
                    add++;
                    addRow(entry.source(), entry.documentId(), String.format(ImportTexts.willBeAddedWith, analysts), false);
                }
                case ADD_SETS -> {
                    join++;
                    addRow(entry.source(), entry.documentId(), String.format(ImportTexts.willGainSets, analysts), false);
                }
                case REFUSED -> {
                    refused++;
                    addRow(entry.source(), entry.documentId(), ImportTexts.refused + ": " + entry.reason(), true);
                }
            }
        }
        summary.setText(String.format(ImportTexts.annotatedSummary, add, join, refused)
                + (annotatedPlan.changesSchema() ? " " + ImportTexts.schemaGains : ""));
        summary.getParent().layout(true, true);
        if (!annotatedPlan.addsAnything()) {
            setMessage(ImportTexts.nothingNew, WARNING);
        } else if (refused > 0) {
            setMessage(ImportTexts.annotatedRefused, WARNING);
        } else {
            setMessage(null);
        }
    }

    private void addRow(String file, String document, String what, boolean refused) {
        TableItem item = new TableItem(preview, SWT.NONE);
        item.setText(new String[] { file, document, what });
        if (refused) {
            item.setForeground(getShell().getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        }
    }

    LoadedCorpus corpus() {
        int index = corpusCombo.getSelectionIndex();
        return index < 0 ? null : corpora.get(index);
    }

    Path folder() {
        return Path.of(folderText.getText().trim());
    }
}
