package org.marginalia.ui.editor;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.edit.RelationEdits;
import org.marginalia.core.edit.RelationEdits.Target;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;

/**
 * Picks what the selected annotation links to: every relation the schema allows from it, one line each
 * ("Contradicts → Claim “…” in <document>"), filtered as the analyst types. A line already linked says so:
 * choosing it removes the link.
 */
final class LinkTargetDialog {

    static final String TITLE = "Link Annotation";

    private LinkTargetDialog() {
    }

    static Optional<Target> choose(Shell shell, Annotation governor, List<Target> targets, String governorText) {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return describe(governor, (Target) element);
            }
        });
        dialog.setTitle(TITLE);
        dialog.setMessage("Link " + AnnotationEdits.label(governor.eClass()) + " \u201c" + shorten(governorText)
                + "\u201d to (type to filter; a line marked linked removes that link):");
        dialog.setElements(targets.toArray());
        dialog.setMultipleSelection(false);
        dialog.setMatchEmptyString(true);
        dialog.setIgnoreCase(true);
        dialog.setSize(110, 18);
        if (dialog.open() != ElementListSelectionDialog.OK || dialog.getFirstResult() == null) {
            return Optional.empty();
        }
        return Optional.of((Target) dialog.getFirstResult());
    }

    /** "Contradicts → Claim “Ukraine's intelligence…” in Kyodo News (003)", with "(linked)" when it exists. */
    static String describe(Annotation governor, Target target) {
        Annotation dependent = target.dependent();
        AnnotationSet set = (AnnotationSet) dependent.eContainer();
        String text = set.getDocument().getText().substring(dependent.getBegin(), dependent.getEnd());
        String where = set == governor.eContainer() ? "here" : "in " + set.getDocument().getTitle();
        boolean linked = RelationEdits.existing(target.relationKind(), governor, dependent).isPresent();
        return AnnotationEdits.label(target.relationKind()) + " \u2192 " + AnnotationEdits.label(dependent.eClass()) + " \u201c"
                + shorten(text) + "\u201d " + where + (linked ? "  (linked: choose to remove)" : "");
    }

    static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 60 ? line.substring(0, 59) + "\u2026" : line;
    }
}
