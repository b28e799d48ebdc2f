package org.marginalia.ui.editor;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.marginalia.core.schema.SchemaEdits;

/**
 * Marginalia > New Kind...: a span kind for the corpus's schema, named by the analyst, with the key that will
 * tag it, its colour and its guideline. Every change is checked against the schema's rules, and a preview chip
 * shows the kind as the legend will.
 */
final class NewKindDialog extends TitleAreaDialog {

    static final String TITLE = "New Kind";

    private final EPackage schema;
    private final String selectedWords;
    private Text name;
    private Text key;
    private Text color;
    private Text guideline;
    private Label preview;
    private Color previewColor;
    private Values values;

    /** What the analyst chose. */
    record Values(String name, String key, String color, String description) {
    }

    NewKindDialog(Shell shell, EPackage schema, String selectedWords) {
        super(shell);
        this.schema = schema;
        this.selectedWords = selectedWords;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("A new kind of annotation for this corpus");
        setMessage("It joins the corpus's schema (" + (schema == null ? "made now" : "schema file") + ") and tags \u201c" + selectedWords + "\u201d. "
                + "Attributes can be added to the schema file later.");
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        name = field(form, "&Name:", "a word, like Claim or DamageReport", 2);
        key = field(form, "&Key:", "one letter that tags the selection", 2);
        color = field(form, "&Colour:", "#rrggbb", 1);
        Button choose = new Button(form, SWT.PUSH);
        choose.setText("C&hoose...");
        choose.addListener(SWT.Selection, e -> chooseColor());
        guideline = field(form, "&Guideline:", "what to tag with it, shown on the legend", 2);
        new Label(form, SWT.NONE).setText("Preview:");
        preview = new Label(form, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(preview);
        color.setText("#ffe0a0");
        for (Text field : List.of(name, key, color, guideline)) {
            field.addListener(SWT.Modify, e -> validate());
        }
        return area;
    }

    private static Text field(Composite form, String label, String hint, int span) {
        new Label(form, SWT.NONE).setText(label);
        Text field = new Text(form, SWT.BORDER);
        field.setMessage(hint);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(320, SWT.DEFAULT).applyTo(field);
        return field;
    }

    private void chooseColor() {
        ColorDialog dialog = new ColorDialog(getShell());
        parse(color.getText()).ifPresent(dialog::setRGB);
        RGB chosen = dialog.open();
        if (chosen != null) {
            color.setText(String.format("#%02x%02x%02x", chosen.red, chosen.green, chosen.blue));
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null || name == null) {
            return;
        }
        String error = null;
        if (name.getText().isBlank()) {
            error = "Give the kind a name";
        } else if (key.getText().strip().length() != 1) {
            error = "Give it one letter as its key";
        } else {
            List<String> problems = SchemaEdits.problemsOfNewKind(schema, name.getText().strip(), key.getText().strip(), color.getText().strip(),
                    guideline.getText());
            error = problems.isEmpty() ? null : problems.get(0);
        }
        setErrorMessage(error);
        ok.setEnabled(error == null);
        showPreview();
    }

    private void showPreview() {
        if (previewColor != null) {
            previewColor.dispose();
            previewColor = null;
        }
        parse(color.getText()).ifPresent(rgb -> {
            previewColor = new Color(rgb);
            preview.setBackground(previewColor);
        });
        String words = name.getText().strip().replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
        preview.setText(" " + (words.isEmpty() ? "?" : words.charAt(0) + words.substring(1).toLowerCase(Locale.ROOT)) + "  1  ["
                + key.getText().strip().toUpperCase(Locale.ROOT) + "] ");
        preview.setToolTipText(guideline.getText());
        preview.requestLayout();
    }

    private static java.util.Optional<RGB> parse(String hex) {
        String value = hex.strip();
        if (!value.matches("#[0-9a-fA-F]{6}")) {
            return java.util.Optional.empty();
        }
        int rgb = Integer.parseInt(value.substring(1), 16);
        return java.util.Optional.of(new RGB(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
    }

    @Override
    protected void okPressed() {
        values = new Values(name.getText().strip(), key.getText().strip(), color.getText().strip(), guideline.getText().strip());
        super.okPressed();
    }

    @Override
    public boolean close() {
        if (previewColor != null) {
            previewColor.dispose();
        }
        return super.close();
    }

    /** What the analyst chose, once the dialog was closed with OK. */
    Values values() {
        return values;
    }
}
