package org.marginalia.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.export.ExportFormat;
import org.marginalia.core.export.SetSelection;
import org.marginalia.core.schema.CorpusSchema;

/** Asks what to export (corpus, sets), how (format) and where, and says at once when that would overwrite. */
final class ExportCorpusPage extends WizardPage {

    private final List<LoadedCorpus> corpora;
    private final LoadedCorpus initial;
    private final List<SetSelection> selections = new ArrayList<>();
    private Combo corpusCombo;
    private final List<Button> formatButtons = new ArrayList<>();
    private Combo kindCombo;
    private Combo setCombo;
    private Text outText;
    private Button overwriteButton;

    ExportCorpusPage(List<LoadedCorpus> corpora, LoadedCorpus initial) {
        super("export");
        this.corpora = corpora;
        setTitle("Export a Marginalia corpus");
        setDescription("Write a corpus and its annotations as EMF XMI, UIMA CAS XMI, brat standoff or CoNLL columns.");
        setPageComplete(false);
        this.initial = initial;
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

        label(page, "&Corpus:");
        corpusCombo = new Combo(page, SWT.READ_ONLY);
        corpora.forEach(c -> corpusCombo.add(c.corpus().getName() + "  (" + c.layout().root() + ")"));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(corpusCombo);

        label(page, "&Format:");
        Composite formats = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(1).applyTo(formats);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(formats);
        formatButton(formats, "&EMF XMI (one file and marginalia.ecore)");
        formatButton(formats, "&UIMA CAS XMI (a folder, one file per document)");
        formatButton(formats, "&brat standoff (a folder: annotation.conf, a folder per analyst)");
        formatButton(formats, "Co&NLL columns of one span kind (a folder, a file per analyst)");
        formatButtons.get(0).setSelection(true);

        label(page, "Span &kind:");
        kindCombo = new Combo(page, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(kindCombo);

        label(page, "&Annotations:");
        setCombo = new Combo(page, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(setCombo);

        label(page, "&To:");
        outText = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(outText);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> browse());

        overwriteButton = new Button(page, SWT.CHECK);
        overwriteButton.setText("&Overwrite existing files");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(overwriteButton);

        corpusCombo.addListener(SWT.Selection, e -> corpusChanged());
        formatButtons.forEach(button -> button.addListener(SWT.Selection, e -> validate()));
        setCombo.addListener(SWT.Selection, e -> validate());
        outText.addListener(SWT.Modify, e -> validate());
        overwriteButton.addListener(SWT.Selection, e -> validate());

        int index = corpora.indexOf(initial);
        if (!corpora.isEmpty()) {
            corpusCombo.select(Math.max(index, 0));
            corpusChanged();
        }
        setControl(page);
        validate();
    }

    private void formatButton(Composite parent, String text) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        formatButtons.add(button);
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    private void corpusChanged() {
        selections.clear();
        setCombo.removeAll();
        selections.add(SetSelection.ALL);
        setCombo.add("All analysts and the curated result");
        selections.add(SetSelection.CURATED);
        setCombo.add("Curated result");
        LoadedCorpus corpus = corpus();
        if (corpus != null) {
            for (String analyst : AnnotationStore.analystIds(corpus.layout())) {
                selections.add(SetSelection.analyst(analyst));
                setCombo.add("Analyst " + analyst);
            }
        }
        setCombo.select(0);
        kindCombo.removeAll();
        if (corpus != null) {
            CorpusSchema.of(corpus).spanKinds().forEach(kind -> kindCombo.add(kind.getName()));
            kindCombo.select(0);
        }
        validate();
    }

    private void browse() {
        String chosen;
        if (format() == ExportFormat.EMF) {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] { "*.xmi" });
            dialog.setFileName("corpus.xmi");
            chosen = dialog.open();
        } else {
            chosen = new DirectoryDialog(getShell()).open();
        }
        if (chosen != null) {
            outText.setText(chosen);
        }
    }

    private void validate() {
        String error = null;
        String warning = null;
        boolean complete = true;
        kindCombo.setEnabled(format() == ExportFormat.CONLL);
        if (corpora.isEmpty()) {
            error = "Open a corpus first (Marginalia > Open Corpus...).";
        } else if (outText.getText().isBlank()) {
            complete = false; // not an error: the user has not got there yet
        } else if (Files.exists(out()) && !overwriteButton.getSelection() && wouldOverwrite()) {
            error = out() + " would be overwritten: choose another place or tick Overwrite existing files.";
        } else if (overwriteButton.getSelection() && wouldOverwrite()) {
            warning = "Existing files in " + out() + " will be overwritten.";
        }
        setErrorMessage(error);
        setMessage(warning, IMessageProvider.WARNING);
        setPageComplete(complete && error == null);
    }

    private boolean wouldOverwrite() {
        LoadedCorpus corpus = corpus();
        return corpus != null && format().exporter(options()).outputs(corpus, out()).stream().anyMatch(Files::exists);
    }

    LoadedCorpus corpus() {
        int index = corpusCombo.getSelectionIndex();
        return index < 0 ? null : corpora.get(index);
    }

    ExportFormat format() {
        for (int i = 0; i < formatButtons.size(); i++) {
            if (formatButtons.get(i).getSelection()) {
                return ExportFormat.values()[i];
            }
        }
        return ExportFormat.EMF;
    }

    /** The span kind CoNLL columns are written for (other formats take every kind). */
    ExportFormat.Options options() {
        return format() == ExportFormat.CONLL && kindCombo.getSelectionIndex() >= 0 ? new ExportFormat.Options(kindCombo.getText(), null)
                : ExportFormat.Options.NONE;
    }

    SetSelection selection() {
        return selections.get(Math.max(setCombo.getSelectionIndex(), 0));
    }

    Path out() {
        return Path.of(outText.getText().trim());
    }

    boolean overwrite() {
        return overwriteButton.getSelection();
    }
}
