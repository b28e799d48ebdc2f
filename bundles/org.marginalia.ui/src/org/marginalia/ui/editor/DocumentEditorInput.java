package org.marginalia.ui.editor;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Document;

/** A document of an open corpus; two inputs are equal when they name the same document of the same folder. */
public final class DocumentEditorInput implements IEditorInput {

    private final LoadedCorpus corpus;
    private final Document document;

    public DocumentEditorInput(LoadedCorpus corpus, Document document) {
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
        String title = document.getTitle();
        if (title == null || title.isBlank()) {
            return document.getId();
        }
        return title.length() <= 40 ? title : title.substring(0, 39) + "\u2026";
    }

    @Override
    public String getToolTipText() {
        return corpus.layout().root().resolve(document.getPath()).toString();
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ResourceLocator.imageDescriptorFromBundle(DocumentEditorInput.class, "icons/document.png").orElse(null);
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
        return other instanceof DocumentEditorInput input
                && input.corpus.layout().root().equals(corpus.layout().root())
                && Objects.equals(input.document.getId(), document.getId());
    }

    @Override
    public int hashCode() {
        return Objects.hash(corpus.layout().root(), document.getId());
    }
}
