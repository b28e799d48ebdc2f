package org.marginalia.rcp;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The standalone Marginalia workbench. {@code -corpus <folder>} opens that corpus at start-up, which is
 * how {@code ./marginalia} shows the demo corpus.
 */
public final class MarginaliaApplication implements IApplication {

    /** The version the About dialog shows: about.mappings maps {0} of the product's about text to this property. */
    static final String VERSION_PROPERTY = "marginalia.version";

    @Override
    public Object start(IApplicationContext context) {
        System.setProperty(VERSION_PROPERTY, version(FrameworkUtil.getBundle(MarginaliaApplication.class).getVersion()));
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new MarginaliaWorkbenchAdvisor(corpusArgument()));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /** "0.1.0 (build 202611221530)": the product is built with this bundle, so they share the version. */
    static String version(Version version) {
        String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
        return version.getQualifier().isEmpty() ? release : release + " (build " + version.getQualifier() + ")";
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
