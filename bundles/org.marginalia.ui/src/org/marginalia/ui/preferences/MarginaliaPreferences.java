package org.marginalia.ui.preferences;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.ui.MarginaliaUI;

/** The preferences Marginalia keeps: who the analyst is, and the colour of each annotation kind. */
public final class MarginaliaPreferences {

    public static final String ANALYST = "analyst";
    private static final String COLOR_PREFIX = "color.";

    private MarginaliaPreferences() {
    }

    public static IPreferenceStore store() {
        return MarginaliaUI.getDefault().getPreferenceStore();
    }

    public static String colorKey(EClass kind) {
        return COLOR_PREFIX + kind.getName();
    }

    public static RGB color(EClass kind) {
        return PreferenceConverter.getColor(store(), colorKey(kind));
    }

    /** The analyst whose annotations editors show and save; their folder under annotations/. */
    public static String analyst() {
        return store().getString(ANALYST);
    }

    public static void setAnalyst(String analystId) {
        AnnotationStore.checkAnalystId(analystId);
        store().setValue(ANALYST, analystId);
    }

    /**
     * {@code -Dmarginalia.analyst} when given (./marginalia opens the demo as one of its analysts), else the
     * OS user name made safe as a folder name, or "analyst" when there is none.
     */
    static String defaultAnalyst() {
        String user = System.getProperty("marginalia.analyst", System.getProperty("user.name", ""));
        String safe = user.replaceAll("[^A-Za-z0-9_.-]", "");
        return safe.isEmpty() || !Character.isLetterOrDigit(safe.charAt(0)) ? "analyst" : safe;
    }
}
