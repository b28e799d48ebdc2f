package org.marginalia.rcp;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The standalone Marginalia workbench. {@code -corpus <folder>} opens that corpus at start-up, which is
 * how {@code ./marginalia} shows the demo corpus.
 */
public final class MarginaliaApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new MarginaliaWorkbenchAdvisor(corpusArgument()));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    static Path corpusArgument() {
        String[] args = Platform.getApplicationArgs();
        for (int i = 0; i < args.length - 1; i++) {
            if ("-corpus".equals(args[i])) {
                return Path.of(args[i + 1]);
            }
        }
        return null;
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().syncExec(() -> {
            if (!workbench.getDisplay().isDisposed()) {
                workbench.close();
            }
        });
    }
}
