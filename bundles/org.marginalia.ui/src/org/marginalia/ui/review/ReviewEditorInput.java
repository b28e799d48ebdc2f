package org.marginalia.ui.review;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Document;

/** The review of one document of an open corpus. */
public final class ReviewEditorInput implements IEditorInput {

    private final LoadedCorpus corpus;
    private final Document document;

    public ReviewEditorInput(LoadedCorpus corpus, Document document) {
        this.corpus = corpus;
        this.document = document;
    }

    public LoadedCorpus getCorpus() {
        return corpus;
    }

    public Document getDocument() {
        return document;
    }

    @Override
    public String getName() {
        String title = document.getTitle() == null || document.getTitle().isBlank() ? document.getId() : document.getTitle();
        return "Review: " + (title.length() <= 32 ? title : title.substring(0, 31) + "\u2026");
    }

    @Override
    public String getToolTipText() {
        return "Review of " + document.getId() + " in " + corpus.layout().root();
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ResourceLocator.imageDescriptorFromBundle(ReviewEditorInput.class, "icons/marginalia.png").orElse(null);
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(document) ? adapter.cast(document) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReviewEditorInput input && input.corpus.layout().root().equals(corpus.layout().root())
                && Objects.equals(input.document.getId(), document.getId());
    }

    @Override
    public int hashCode() {
        return Objects.hash("review", corpus.layout().root(), document.getId());
    }
}
