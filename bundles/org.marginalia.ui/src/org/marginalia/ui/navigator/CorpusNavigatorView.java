package org.marginalia.ui.navigator;

import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.editor.DocumentEditor;
import org.marginalia.ui.editor.DocumentEditorInput;

/** Lists the open corpora and their documents; double-click or Enter opens a document. */
public final class CorpusNavigatorView extends ViewPart {

    public static final String ID = "org.marginalia.ui.views.corpus";

    private TreeViewer viewer;
    private final CorpusSession.Listener refresher = this::refreshLater;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new CorpusContentProvider());
        viewer.setLabelProvider(CorpusLabelProvider.decorated(CorpusSession.getDefault()::corpora));
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setAutoExpandLevel(2);
        viewer.setInput(CorpusSession.getDefault());
        viewer.addOpenListener(event -> openSelection((IStructuredSelection) event.getSelection()));
        getSite().setSelectionProvider(viewer);
        MenuManager menu = new MenuManager();
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        CorpusSession.getDefault().addListener(refresher);
    }

    private void refreshLater() {
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.refresh();
                viewer.expandToLevel(2);
            }
        });
    }

    private void openSelection(IStructuredSelection selection) {
        IWorkbenchPage page = getSite().getPage();
        for (Object element : selection) {
            if (element instanceof DocumentNode node) {
                try {
                    page.openEditor(new DocumentEditorInput(node.corpus(), node.document()), DocumentEditor.ID);
                } catch (PartInitException e) {
                    StatusManager.getManager().handle(
                            Status.error("Cannot open " + node.document().getPath(), e), StatusManager.SHOW | StatusManager.LOG);
                }
            }
        }
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        CorpusSession.getDefault().removeListener(refresher);
        super.dispose();
    }
}
