package org.marginalia.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;

/** The UI bundle's activator: owns its preference store (annotation colours, the current analyst). */
public final class MarginaliaUI extends AbstractUIPlugin {

    public static final String PLUGIN_ID = "org.marginalia.ui";

    private static MarginaliaUI instance;

    public MarginaliaUI() {
        instance = this;
    }

    public static MarginaliaUI getDefault() {
        return instance;
    }
}
