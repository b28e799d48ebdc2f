package org.marginalia.ui.editor;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.marginalia.core.corpus.CorpusProblem;

/**
 * A yellow strip above the text when the analyst's annotation file has problems (a changed text, bad
 * offsets, unknown entities): the editor still opens, and says what is wrong and that nothing is repaired.
 */
final class ProblemBanner {

    private final Composite banner;
    private final Label message;

    ProblemBanner(Composite parent, ResourceManager resources) {
        banner = new Composite(parent, SWT.NONE);
        banner.setBackground(resources.create(ColorDescriptor.createFrom(new RGB(255, 243, 196))));
        GridLayoutFactory.fillDefaults().numColumns(2).margins(12, 6).applyTo(banner);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(banner);
        Label icon = new Label(banner, SWT.NONE);
        icon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK));
        icon.setBackground(banner.getBackground());
        message = new Label(banner, SWT.WRAP);
        message.setBackground(banner.getBackground());
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(message);
    }

    /** Shows the problems found in {@code file} when it was read, of which {@code annotations} annotations were kept. */
    void show(List<CorpusProblem> problems, Path file, int annotations) {
        boolean visible = !problems.isEmpty();
        ((GridData) banner.getLayoutData()).exclude = !visible;
        banner.setVisible(visible);
        if (visible) {
            StringBuilder text = new StringBuilder(file.getFileName() + " (in " + file.getParent() + ") had "
                    + (problems.size() == 1 ? "a problem" : problems.size() + " problems") + " when it was read. ");
            text.append(annotations == 0 ? "None of its annotations could be shown:"
                    : "Its " + annotations + (annotations == 1 ? " annotation is" : " annotations are")
                            + " shown as found and not changed unless you edit and save them:");
            problems.stream().limit(5).forEach(p -> text.append("\n\u2022 ").append(p.element() == null ? "" : p.element() + ": ").append(p.message()));
            if (problems.size() > 5) {
                text.append("\n\u2022 and ").append(problems.size() - 5).append(" more (see the Problems view)");
            }
            message.setText(text.toString());
        }
        banner.requestLayout();
    }

    String text() {
        return banner.isVisible() ? message.getText() : "";
    }
}
