package org.marginalia.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;
import org.marginalia.model.MarginaliaPackage;

/** Default colours chosen to stay readable under black text and distinct from each other. */
public final class PreferenceDefaults extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IPreferenceStore store = MarginaliaPreferences.store();
        MarginaliaPackage m = MarginaliaPackage.eINSTANCE;
        store.setDefault(MarginaliaPreferences.ANALYST, MarginaliaPreferences.defaultAnalyst());
        PreferenceConverter.setDefault(store, MarginaliaPreferences.colorKey(m.getQuote()), new RGB(196, 221, 255));
        PreferenceConverter.setDefault(store, MarginaliaPreferences.colorKey(m.getFigure()), new RGB(196, 236, 186));
        PreferenceConverter.setDefault(store, MarginaliaPreferences.colorKey(m.getRole()), new RGB(255, 222, 173));
        PreferenceConverter.setDefault(store, MarginaliaPreferences.colorKey(m.getEntityMention()), new RGB(232, 212, 252));
    }
}
