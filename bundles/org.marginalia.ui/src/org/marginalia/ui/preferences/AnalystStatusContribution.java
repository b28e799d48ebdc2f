package org.marginalia.ui.preferences;

import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

/** "Analyst: ana" in the status line; clicking it switches analyst. */
public final class AnalystStatusContribution extends WorkbenchWindowControlContribution {

    private static final String SWITCH_COMMAND = "org.marginalia.ui.commands.switchAnalyst";

    private Link link;
    private final IPropertyChangeListener listener = event -> {
        if (MarginaliaPreferences.ANALYST.equals(event.getProperty()) && link != null && !link.isDisposed()) {
            link.getDisplay().asyncExec(this::showAnalyst);
        }
    };

    @Override
    protected Control createControl(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new FillLayout());
        link = new Link(holder, SWT.NONE);
        link.setToolTipText("The analyst whose annotations editors show and save. Click to switch.");
        link.addListener(SWT.Selection, e -> switchAnalyst());
        showAnalyst();
        MarginaliaPreferences.store().addPropertyChangeListener(listener);
        link.addDisposeListener(e -> MarginaliaPreferences.store().removePropertyChangeListener(listener));
        return holder;
    }

    private void showAnalyst() {
        if (!link.isDisposed()) {
            link.setText("Analyst: <a>" + MarginaliaPreferences.analyst() + "</a>");
            fitToolItem(link.getParent());
        }
    }

    /**
     * The status line holds this control (inside a composite of the workbench's) in a tool item whose width is
     * fixed when the item is made, for the name shown then: a longer name would be cut off. The item is
     * widened (or narrowed) to the new text, and the tool bar laid out again.
     */
    private static void fitToolItem(Composite holder) {
        for (Control child = holder; child.getParent() != null; child = child.getParent()) {
            if (child.getParent() instanceof ToolBar toolBar) {
                for (ToolItem item : toolBar.getItems()) {
                    if (item.getControl() == child) {
                        item.setWidth(child.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x);
                    }
                }
                // The frame around the tool bar sizes itself from the tool bar's size, not its preferred size.
                toolBar.pack(true);
                toolBar.requestLayout();
                return;
            }
        }
        holder.requestLayout();
    }

    private void switchAnalyst() {
        try {
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(SWITCH_COMMAND, null);
        } catch (Exception e) {
            throw new IllegalStateException("cannot run " + SWITCH_COMMAND, e);
        }
    }
}
