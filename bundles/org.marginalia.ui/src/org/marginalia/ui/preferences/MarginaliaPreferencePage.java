package org.marginalia.ui.preferences;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.edit.AnnotationEdits;

/** Window > Preferences > Marginalia: the analyst name and the annotation colours. */
public final class MarginaliaPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public MarginaliaPreferencePage() {
        super(GRID);
        setDescription("Editors show and save the annotations of the analyst named here (their folder under annotations/).");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(MarginaliaPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        StringFieldEditor analyst = new StringFieldEditor(MarginaliaPreferences.ANALYST, "&Analyst:", getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                try {
                    AnnotationStore.checkAnalystId(getStringValue());
                    return true;
                } catch (IllegalArgumentException e) {
                    setErrorMessage(e.getMessage());
                    return false;
                }
            }
        };
        analyst.setValidateStrategy(StringFieldEditor.VALIDATE_ON_KEY_STROKE);
        addField(analyst);
        for (EClass kind : AnnotationEdits.KINDS) {
            addField(new ColorFieldEditor(MarginaliaPreferences.colorKey(kind), AnnotationEdits.label(kind) + " colour:", getFieldEditorParent()));
        }
    }
}
