package org.marginalia.ui.editor;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Document;

/**
 * A document of an open corpus as an editor's input. Two inputs are equal when they are of the same sort
 * (annotating, reviewing) and name the same document of the same folder, so each opens one editor.
 */
public abstract class CorpusDocumentInput implements IEditorInput {

    private final LoadedCorpus corpus;
    private final Document document;

    protected CorpusDocumentInput(LoadedCorpus corpus, Document document) {
        this.corpus = corpus;
        this.document = document;
    }

    public LoadedCorpus getCorpus() {
        return corpus;
    }

    public Document getDocument() {
        return document;
    }

    /** The title, shortened to {@code length} characters for a tab. */
    protected String shortTitle(int length) {
        String title = document.getTitle();
        if (title == null || title.isBlank()) {
            return document.getId();
        }
        return title.length() <= length ? title : title.substring(0, length - 1) + "\u2026";
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ResourceLocator.imageDescriptorFromBundle(CorpusDocumentInput.class, "icons/document.png").orElse(null);
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter.isInstance(corpus)) {
            return adapter.cast(corpus); // the corpus a wizard started from this editor works on
        }
        return adapter.isInstance(document) ? adapter.cast(document) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((CorpusDocumentInput) other).corpus.layout().root().equals(corpus.layout().root())
                && Objects.equals(((CorpusDocumentInput) other).document.getId(), document.getId());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), corpus.layout().root(), document.getId());
    }
}
