package org.marginalia.ui.editor;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Annotation;
import org.marginalia.ui.preferences.MarginaliaPreferences;

/**
 * A row of coloured chips, one per kind of the corpus's schema, with the key that tags it and how many the
 * document has; hovering a chip shows the kind's guideline.
 */
final class AnnotationLegend {

    private final Map<EClass, Label> chips = new LinkedHashMap<>();
    private final Map<EClass, Integer> counts = new HashMap<>();
    private final Composite row;
    private final ResourceManager resources;

    AnnotationLegend(Composite parent, ResourceManager resources, List<EClass> kinds) {
        this.resources = resources;
        row = new Composite(parent, SWT.NONE);
        RowLayoutFactory.fillDefaults().spacing(8).margins(0, 2).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        addChips(kinds);
    }

    /** A chip for every kind not shown yet: a kind added to the schema (New Kind...) joins the legend. */
    void addChips(List<EClass> kinds) {
        for (EClass kind : kinds) {
            if (!chips.containsKey(kind)) {
                Label chip = new Label(row, SWT.NONE);
                chip.setBackground(resources.create(ColorDescriptor.createFrom(MarginaliaPreferences.color(kind))));
                CorpusSchema.description(kind).ifPresent(chip::setToolTipText);
                chips.put(kind, chip);
            }
        }
    }

    /** Counts a set's annotations afresh (another set is shown). */
    void reset(List<Annotation> annotations) {
        counts.clear();
        annotations.forEach(this::added);
    }

    /** Kept up to date one annotation at a time: counting 200,000 after every key would slow tagging down. */
    void added(Annotation annotation) {
        counts.merge(annotation.eClass(), 1, Integer::sum);
    }

    void removed(Annotation annotation) {
        counts.merge(annotation.eClass(), -1, Integer::sum);
    }

    /** Shows the counts; only chips whose count changed are laid out again. */
    void show() {
        boolean changed = false;
        for (Map.Entry<EClass, Label> chip : chips.entrySet()) {
            int count = counts.getOrDefault(chip.getKey(), 0);
            String key = CorpusSchema.key(chip.getKey()).map(k -> "  [" + k + "]").orElse("");
            String label = " " + AnnotationEdits.label(chip.getKey()) + "  " + count + key + " ";
            if (!label.equals(chip.getValue().getText())) {
                chip.getValue().setText(label);
                changed = true;
            }
        }
        if (changed) {
            row.requestLayout();
        }
    }

    /** The chips' texts, as the analyst reads them. */
    String text() {
        return String.join(" | ", chips.values().stream().map(chip -> chip.getText().strip()).toList());
    }
}
