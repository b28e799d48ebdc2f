package org.marginalia.ui.compare;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Document;

/** Two documents of one open corpus, to be read side by side. */
public final class CompareEditorInput implements IEditorInput {

    private final LoadedCorpus corpus;
    private final Document left;
    private final Document right;

    public CompareEditorInput(LoadedCorpus corpus, Document left, Document right) {
        this.corpus = corpus;
        this.left = left;
        this.right = right;
    }

    public Document left() {
        return left;
    }

    public Document right() {
        return right;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return CompareTexts.bind(CompareTexts.title, shortTitle(left), shortTitle(right));
    }

    private static String shortTitle(Document document) {
        String title = document.getTitle() == null || document.getTitle().isBlank() ? document.getId() : document.getTitle();
        return title.length() <= 24 ? title : title.substring(0, 24).strip() + "\u2026";
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return CompareTexts.bind(CompareTexts.title, left.getId(), right.getId());
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(corpus) ? adapter.cast(corpus) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompareEditorInput input && input.corpus.layout().root().equals(corpus.layout().root())
                && input.left.getId().equals(left.getId()) && input.right.getId().equals(right.getId());
    }

    @Override
    public int hashCode() {
        return Objects.hash(corpus.layout().root(), left.getId(), right.getId());
    }
}
