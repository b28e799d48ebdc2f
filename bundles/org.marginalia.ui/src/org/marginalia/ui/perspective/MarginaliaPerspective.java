package org.marginalia.ui.perspective;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.marginalia.ui.navigator.CorpusNavigatorView;

/** The analyst's layout: corpus on the left, documents in the middle, properties and problems below. */
public final class MarginaliaPerspective implements IPerspectiveFactory {

    public static final String ID = "org.marginalia.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.addView(CorpusNavigatorView.ID, IPageLayout.LEFT, 0.26f, editors);
        IFolderLayout bottom = layout.createFolder("org.marginalia.ui.perspective.bottom", IPageLayout.BOTTOM, 0.74f, editors);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addPlaceholder(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(CorpusNavigatorView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addPerspectiveShortcut(ID);
    }
}
