package org.marginalia.ui.navigator;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.marginalia.core.corpus.LoadedCorpus;

/** Corpora by name and size, documents by title. */
final class CorpusLabelProvider extends LabelProvider {

    @Override
    public String getText(Object element) {
        if (element instanceof LoadedCorpus corpus) {
            int count = corpus.corpus().getDocuments().size();
            return corpus.corpus().getName() + "  (" + count + (count == 1 ? " document)" : " documents)");
        }
        if (element instanceof DocumentNode node) {
            String title = node.document().getTitle();
            return title == null || title.isBlank() ? node.document().getId() : title;
        }
        return super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return images.getImage(element instanceof LoadedCorpus ? ISharedImages.IMG_OBJ_FOLDER : ISharedImages.IMG_OBJ_FILE);
    }
}
