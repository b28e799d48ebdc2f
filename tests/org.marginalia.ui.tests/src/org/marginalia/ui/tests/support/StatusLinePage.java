package org.marginalia.ui.tests.support;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** The status line at the bottom of the window, where the current analyst is shown. */
public final class StatusLinePage {

    private static final String ANALYST_PREFIX = "Analyst: ";

    /** The analyst's name as the status line shows it (its link text without the markup). */
    public String analyst() {
        return UI.call(() -> analystLink().getText().substring(ANALYST_PREFIX.length()).replace("<a>", "").replace("</a>", ""));
    }

    /**
     * True when the whole "Analyst: name" text fits in the space the status line gives it: neither the link
     * nor any of the composites holding it is narrower than the text, and all of it lies inside the window.
     */
    public boolean showsTheAnalystWhole() {
        return UI.call(() -> {
            Link link = analystLink();
            int needed = link.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x;
            Shell shell = link.getShell();
            Rectangle window = shell.getClientArea();
            Rectangle shown = shell.getDisplay().map(link.getParent(), shell, link.getBounds());
            for (Control control = link; control != shell; control = control.getParent()) {
                if (control.getSize().x < needed) {
                    return false;
                }
                if (control.getParent() instanceof Composite parent && parent != shell
                        && control.getBounds().x + needed > parent.getClientArea().width) {
                    return false;
                }
            }
            return shown.x >= 0 && shown.x + needed <= window.width;
        });
    }

    /** Waits until the whole name fits; the failure gives the widths on the way up to the window. */
    public void waitUntilShownWhole() {
        try {
            UI.waitUntil("the status line to show the whole analyst name", this::showsTheAnalystWhole);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; " + UI.call(StatusLinePage::widths), e);
        }
    }

    private static String widths() {
        Link link = analystLink();
        StringBuilder text = new StringBuilder("the text needs " + link.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x + " px:");
        for (Control control = link; control != link.getShell(); control = control.getParent()) {
            text.append(' ').append(control.getClass().getSimpleName()).append(control.getBounds());
        }
        return text.toString();
    }

    /** Waits until the status line shows {@code analyst}. */
    public void waitForAnalyst(String analyst) {
        UI.waitUntil("the status line to show " + analyst, () -> analystLink().getText().contains(">" + analyst + "<"));
    }

    private static Link analystLink() {
        Link link = find(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        if (link == null) {
            throw new AssertionError("no analyst in the status line");
        }
        return link;
    }

    private static Link find(Control control) {
        if (control instanceof Link link && link.getText().startsWith(ANALYST_PREFIX)) {
            return link;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Link found = find(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
