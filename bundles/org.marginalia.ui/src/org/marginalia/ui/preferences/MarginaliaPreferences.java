package org.marginalia.ui.preferences;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.schema.CorpusSchema;
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

    /**
     * A kind's colour: the analyst's choice in the preferences, else for a schema's kind the colour its schema
     * gives (or a pale grey when it gives none).
     */
    public static RGB color(EClass kind) {
        if (!CorpusSchema.isBuiltIn(kind) && !store().contains(colorKey(kind))) {
            return CorpusSchema.color(kind).map(MarginaliaPreferences::rgb).orElse(new RGB(225, 225, 225));
        }
        return PreferenceConverter.getColor(store(), colorKey(kind));
    }

    private static RGB rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16); // the schema rules checked it is #rrggbb
        return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
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
