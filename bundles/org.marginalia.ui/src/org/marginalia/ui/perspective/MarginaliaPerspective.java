package org.marginalia.ui.perspective;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.marginalia.ui.navigator.CorpusNavigatorView;
import org.marginalia.ui.views.AnnotationsView;
import org.marginalia.ui.views.CrossSourceView;
import org.marginalia.ui.views.TimelineView;
import org.marginalia.ui.views.EntitiesView;

/** The analyst's layout: corpus and entities on the left, the document in the middle, its annotations below, properties on the right. */
public final class MarginaliaPerspective implements IPerspectiveFactory {

    public static final String ID = "org.marginalia.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("org.marginalia.ui.perspective.left", IPageLayout.LEFT, 0.24f, editors);
        left.addView(CorpusNavigatorView.ID);
        left.addView(EntitiesView.ID);
        IFolderLayout right = layout.createFolder("org.marginalia.ui.perspective.right", IPageLayout.RIGHT, 0.70f, editors);
        right.addView(IPageLayout.ID_PROP_SHEET);
        IFolderLayout bottom = layout.createFolder("org.marginalia.ui.perspective.bottom", IPageLayout.BOTTOM, 0.72f, editors);
        bottom.addView(AnnotationsView.ID);
        bottom.addView(CrossSourceView.ID);
        bottom.addPlaceholder(TimelineView.ID);
        bottom.addPlaceholder(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(CorpusNavigatorView.ID);
        layout.addShowViewShortcut(EntitiesView.ID);
        layout.addShowViewShortcut(AnnotationsView.ID);
        layout.addShowViewShortcut(CrossSourceView.ID);
        layout.addShowViewShortcut(TimelineView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addNewWizardShortcut("org.marginalia.ui.new.corpus");
        layout.addPerspectiveShortcut(ID);
    }
}
