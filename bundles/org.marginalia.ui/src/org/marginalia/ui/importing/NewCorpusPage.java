package org.marginalia.ui.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.marginalia.core.corpus.ConfinedFolder;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.TextAddition;
import org.marginalia.core.formats.brat.BratImport;
import org.marginalia.core.formats.uima.UimaImport;
import org.marginalia.core.schema.SchemaLoader;

/** Name, folder and schema of a new corpus, and optionally a folder of texts to add at once; checked as they are typed. */
final class NewCorpusPage extends WizardPage {

    private Text nameText;
    private Text folderText;
    private Button defaultSchema;
    private Text schemaText;
    private Button schemaBrowse;
    private Text textsText;

    NewCorpusPage() {
        super("newCorpus");
        setTitle(ImportTexts.newTitle);
        setDescription(ImportTexts.newDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

        new Label(page, SWT.NONE).setText(ImportTexts.newName);
        nameText = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(nameText);

        new Label(page, SWT.NONE).setText(ImportTexts.newFolder);
        folderText = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folderText);
        browseButton(page, folderText, false);

        defaultSchema = new Button(page, SWT.RADIO);
        defaultSchema.setText(ImportTexts.newSchemaDefault);
        defaultSchema.setSelection(true);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(defaultSchema);
        Button fileSchema = new Button(page, SWT.RADIO);
        fileSchema.setText(ImportTexts.newSchemaFile);
        schemaText = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(schemaText);
        schemaBrowse = browseButton(page, schemaText, true);

        Label textsLabel = new Label(page, SWT.NONE);
        textsLabel.setText(ImportTexts.newTexts);
        textsLabel.setToolTipText(ImportTexts.newTextsTip);
        textsText = new Text(page, SWT.BORDER);
        textsText.setToolTipText(ImportTexts.newTextsTip);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(textsText);
        browseButton(page, textsText, false);

        for (Text text : new Text[] { nameText, folderText, schemaText, textsText }) {
            text.addListener(SWT.Modify, e -> validate());
        }
        defaultSchema.addListener(SWT.Selection, e -> validate());
        fileSchema.addListener(SWT.Selection, e -> validate());
        setControl(page);
        validate();
    }

    private Button browseButton(Composite page, Text target, boolean ecoreFile) {
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(ImportTexts.browse);
        browse.addListener(SWT.Selection, e -> {
            String chosen;
            if (ecoreFile) {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setFilterExtensions(new String[] { "*.ecore", "*" });
                chosen = dialog.open();
            } else {
                chosen = new DirectoryDialog(getShell()).open();
            }
            if (chosen != null) {
                target.setText(chosen);
            }
        });
        return browse;
    }

    private void validate() {
        schemaText.setEnabled(!defaultSchema.getSelection());
        schemaBrowse.setEnabled(!defaultSchema.getSelection());
        String error = null;
        if (nameText.getText().isBlank()) {
            error = folderText.getText().isBlank() ? null : ImportTexts.nameMissing;
        } else if (!folderText.getText().isBlank() && !isEmptyOrAbsent(folder())) {
            error = folder() + " " + ImportTexts.folderNotEmpty;
        } else if (!defaultSchema.getSelection()) {
            error = schemaText.getText().isBlank() ? ImportTexts.schemaMissing : schemaProblem(schema());
        }
        String info = null;
        if (error == null && texts() != null) {
            if (!Files.isDirectory(texts())) {
                error = texts() + " " + ImportTexts.textsMissing;
            } else if (BratImport.isBrat(texts()) || UimaImport.isUima(texts())) {
                // annotated material brings its own schema and its annotators
                error = defaultSchema.getSelection() ? null : ImportTexts.ownSchema;
                info = BratImport.isBrat(texts()) ? ImportTexts.isBrat : ImportTexts.isUima;
            } else {
                error = textsProblem(texts());
            }
        }
        setMessage(info, INFORMATION);
        setErrorMessage(error);
        setPageComplete(error == null && !nameText.getText().isBlank() && !folderText.getText().isBlank());
    }

    private static boolean isEmptyOrAbsent(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Why the schema file would not do, or null: it is loaded as the import will load it. */
    private static String schemaProblem(Path schema) {
        try {
            SchemaLoader.read(new ConfinedFolder(schema.toAbsolutePath().getParent()), schema.toAbsolutePath());
            return null;
        } catch (CorpusException e) {
            return e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).toString();
        }
    }

    /** Why the texts could not all be added, checked before anything is written (the Import wizard shows each file). */
    private static String textsProblem(Path texts) {
        try {
            List<CorpusProblem> problems = TextAddition.unreadable(texts);
            if (problems.isEmpty()) {
                return null;
            }
            CorpusProblem first = problems.get(0);
            String file = first.file().getFileName() + " " + first.message();
            return problems.size() == 1 ? String.format(ImportTexts.textRefused, file) : String.format(ImportTexts.textsRefused, problems.size(), file);
        } catch (CorpusException e) {
            return e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).toString();
        }
    }

    String corpusName() {
        return nameText.getText().strip();
    }

    Path folder() {
        return Path.of(folderText.getText().trim());
    }

    /** The schema file, or null for the default kinds. */
    Path schema() {
        return defaultSchema.getSelection() ? null : Path.of(schemaText.getText().trim());
    }

    /** The folder of texts to add at once, or null. */
    Path texts() {
        return textsText.getText().isBlank() ? null : Path.of(textsText.getText().trim());
    }
}
