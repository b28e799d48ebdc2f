package org.marginalia.rcp;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** A window titled Marginalia, with a status line for progress and a perspective bar, opened maximized. */
final class MarginaliaWindowAdvisor extends WorkbenchWindowAdvisor {

    MarginaliaWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new MarginaliaActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1400, 900));
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(true);
        configurer.setShowCoolBar(true);
        configurer.setTitle("Marginalia");
    }

    /** An analyst reads long texts beside several views: the window takes the whole screen from the start. */
    @Override
    public void postWindowCreate() {
        getWindowConfigurer().getWindow().getShell().setMaximized(true);
    }
}
