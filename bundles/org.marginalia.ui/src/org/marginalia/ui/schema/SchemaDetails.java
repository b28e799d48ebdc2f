package org.marginalia.ui.schema;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.core.schema.SchemaEdits;
import org.marginalia.model.MarginaliaPackage;

/**
 * The selected element of the schema editor's tree as a form: a span kind's name, key, colour (with a preview
 * chip as the legend shows it) and guideline; a relation kind's name, allowed ends and guideline; an
 * attribute's name, type, and whether it is required or holds several values; a tag set's or value's name.
 * Each change goes straight into the working schema and is reported to the editor.
 */
final class SchemaDetails {

    private final Composite area;
    private final SchemaEditor editor;
    private Color chipColor;
    private Label chip;
    private EClass chipKind;

    SchemaDetails(Composite parent, SchemaEditor editor) {
        this.editor = editor;
        area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        area.addDisposeListener(e -> disposeChipColor());
        show(null);
    }

    void show(Object element) {
        for (Control child : area.getChildren()) {
            child.dispose();
        }
        disposeChipColor();
        chip = null;
        if (element instanceof EClass kind && MarginaliaPackage.eINSTANCE.getRelation().isSuperTypeOf(kind)) {
            relationKind(kind);
        } else if (element instanceof EClass kind) {
            spanKind(kind);
        } else if (element instanceof EStructuralFeature attribute) {
            attribute(attribute);
        } else if (element instanceof EEnum tagSet) {
            text("Tag set name:", tagSet.getName(), SWT.NONE, name -> tagSet.setName(name), tagSet);
        } else if (element instanceof EEnumLiteral value) {
            text("Value:", value.getName(), SWT.NONE, name -> {
                value.setName(name);
                value.setLiteral(name);
            }, value);
            text("Meaning:", CorpusSchema.description(value).orElse(""), SWT.NONE,
                    meaning -> SchemaEdits.setDetail(value, CorpusSchema.DESCRIPTION, meaning), value).setMessage("what the value means, shown in Properties");
        } else {
            Label hint = new Label(area, SWT.WRAP);
            hint.setText("Select a kind, an attribute, a tag set or a value to edit it, or add one with the buttons above.");
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(hint);
        }
        area.layout(true, true);
    }

    private void spanKind(EClass kind) {
        text("Name:", kind.getName(), SWT.NONE, kind::setName, kind);
        text("Key:", detail(kind, CorpusSchema.KEY), SWT.NONE, key -> SchemaEdits.setDetail(kind, CorpusSchema.KEY, key), kind)
                .setMessage("one letter that tags a selection");
        text("Colour:", detail(kind, CorpusSchema.COLOR), SWT.NONE, color -> SchemaEdits.setDetail(kind, CorpusSchema.COLOR, color), kind)
                .setMessage("#rrggbb");
        text("Guideline:", detail(kind, CorpusSchema.DESCRIPTION), SWT.MULTI | SWT.WRAP | SWT.V_SCROLL,
                guideline -> SchemaEdits.setDetail(kind, CorpusSchema.DESCRIPTION, guideline), kind);
        new Label(area, SWT.NONE).setText("Legend:");
        chip = new Label(area, SWT.NONE);
        chipKind = kind;
        showChip();
    }

    private void relationKind(EClass kind) {
        text("Name:", kind.getName(), SWT.NONE, kind::setName, kind);
        text("From kinds:", detail(kind, CorpusSchema.GOVERNOR_KINDS), SWT.NONE,
                kinds -> SchemaEdits.setDetail(kind, CorpusSchema.GOVERNOR_KINDS, kinds), kind).setMessage("span kinds, separated by spaces; empty: any");
        text("To kinds:", detail(kind, CorpusSchema.DEPENDENT_KINDS), SWT.NONE,
                kinds -> SchemaEdits.setDetail(kind, CorpusSchema.DEPENDENT_KINDS, kinds), kind).setMessage("span kinds, separated by spaces; empty: any");
        text("Guideline:", detail(kind, CorpusSchema.DESCRIPTION), SWT.MULTI | SWT.WRAP | SWT.V_SCROLL,
                guideline -> SchemaEdits.setDetail(kind, CorpusSchema.DESCRIPTION, guideline), kind);
    }

    private void attribute(EStructuralFeature attribute) {
        text("Name:", attribute.getName(), SWT.NONE, attribute::setName, attribute);
        new Label(area, SWT.NONE).setText("Type:");
        Combo type = new Combo(area, SWT.READ_ONLY);
        EPackage schema = attribute.getEContainingClass().getEPackage();
        List<String> types = SchemaEdits.attributeTypes(schema);
        type.setItems(types.toArray(String[]::new));
        type.select(types.indexOf(SchemaEdits.typeChoice(attribute)));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(type);
        type.addListener(SWT.Selection, e -> {
            EStructuralFeature made = SchemaEdits.retype(attribute, type.getText());
            editor.retyped(attribute, made);
            editor.changed(made);
        });
        if (attribute.getEType() == org.eclipse.emf.ecore.EcorePackage.Literals.ESTRING) {
            text("Suggested values:", String.join(" | ", CorpusSchema.suggestedValues(attribute)), SWT.NONE,
                    values -> SchemaEdits.setDetail(attribute, CorpusSchema.SUGGESTED_VALUES, values), attribute)
                    .setMessage("an open tag set: values separated by |, offered as one types");
        }
        check("Required", attribute.getLowerBound() > 0, on -> attribute.setLowerBound(on ? 1 : 0), attribute);
        check("Several values", attribute.isMany(), on -> attribute.setUpperBound(on ? -1 : 1), attribute);
    }

    private Text text(String label, String value, int style, Consumer<String> apply, Object element) {
        new Label(area, SWT.NONE).setText(label);
        Text field = new Text(area, SWT.BORDER | style);
        field.setText(value == null ? "" : value);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, (style & SWT.MULTI) != 0 ? 60 : SWT.DEFAULT).applyTo(field);
        field.addListener(SWT.Modify, e -> {
            apply.accept(field.getText().strip());
            if (chip != null && !chip.isDisposed()) {
                showChip();
            }
            editor.changed(element);
        });
        return field;
    }

    private void check(String label, boolean value, Consumer<Boolean> apply, Object element) {
        new Label(area, SWT.NONE);
        Button box = new Button(area, SWT.CHECK);
        box.setText(label);
        box.setSelection(value);
        box.addListener(SWT.Selection, e -> {
            apply.accept(box.getSelection());
            editor.changed(element);
        });
    }

    /** The kind as the legend will show it: its colour, name in words, a count and its key. */
    private void showChip() {
        EClass kind = chipKind;
        disposeChipColor();
        Optional<RGB> rgb = CorpusSchema.color(kind).filter(c -> c.matches("#[0-9a-fA-F]{6}")).map(c -> {
            int value = Integer.parseInt(c.substring(1), 16);
            return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
        });
        rgb.ifPresent(color -> {
            chipColor = new Color(color);
            chip.setBackground(chipColor);
        });
        chip.setText(" " + (kind.getName() == null || kind.getName().isBlank() ? "?" : AnnotationEdits.label(kind)) + "  1"
                + CorpusSchema.key(kind).map(key -> "  [" + key + "]").orElse("") + " ");
        chip.setToolTipText(CorpusSchema.description(kind).orElse(null));
        chip.requestLayout();
    }

    private void disposeChipColor() {
        if (chipColor != null) {
            chipColor.dispose();
            chipColor = null;
        }
    }

    private static String detail(EClass kind, String key) {
        EAnnotation details = kind.getEAnnotation(CorpusSchema.SOURCE);
        return details == null ? "" : details.getDetails().get(key);
    }
}
