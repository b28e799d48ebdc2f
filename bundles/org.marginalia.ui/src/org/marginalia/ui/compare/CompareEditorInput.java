package org.marginalia.ui.compare;

import java.util.List;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Document;

/** Two or more documents of one open corpus, to be read side by side. */
public final class CompareEditorInput implements IEditorInput {

    private final LoadedCorpus corpus;
    private final List<Document> documents;

    public CompareEditorInput(LoadedCorpus corpus, List<Document> documents) {
        if (documents.size() < 2) {
            throw new IllegalArgumentException("a comparison needs two documents or more, not " + documents.size());
        }
        this.corpus = corpus;
        this.documents = List.copyOf(documents);
    }

    public CompareEditorInput(LoadedCorpus corpus, Document left, Document right) {
        this(corpus, List.of(left, right));
    }

    public List<Document> documents() {
        return documents;
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
        return documents.size() == 2 ? CompareTexts.bind(CompareTexts.title, shortTitle(documents.get(0)), shortTitle(documents.get(1)))
                : CompareTexts.bind(CompareTexts.titleMany, shortTitle(documents.get(0)), documents.size() - 1);
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
        return String.join(" \u2194 ", documents.stream().map(Document::getId).toList());
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(corpus) ? adapter.cast(corpus) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompareEditorInput input && input.corpus.layout().root().equals(corpus.layout().root())
                && input.ids().equals(ids());
    }

    @Override
    public int hashCode() {
        return Objects.hash(corpus.layout().root(), ids());
    }

    private List<String> ids() {
        return documents.stream().map(Document::getId).toList();
    }
}
