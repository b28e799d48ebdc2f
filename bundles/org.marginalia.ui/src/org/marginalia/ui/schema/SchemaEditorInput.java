package org.marginalia.ui.schema;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.marginalia.core.corpus.LoadedCorpus;

/** The schema of an open corpus, as the schema editor's input: one editor per corpus folder. */
public final class SchemaEditorInput implements IEditorInput {

    private final LoadedCorpus corpus;

    public SchemaEditorInput(LoadedCorpus corpus) {
        this.corpus = corpus;
    }

    public LoadedCorpus getCorpus() {
        return corpus;
    }

    @Override
    public String getName() {
        return "Schema: " + corpus.corpus().getName();
    }

    @Override
    public String getToolTipText() {
        return "The kinds, attributes, tag sets and relation kinds of " + corpus.layout().root();
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ResourceLocator.imageDescriptorFromBundle(SchemaEditorInput.class, "icons/marginalia.png").orElse(null);
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(corpus) ? adapter.cast(corpus) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SchemaEditorInput input && input.corpus.layout().root().equals(corpus.layout().root());
    }

    @Override
    public int hashCode() {
        return Objects.hash(SchemaEditorInput.class, corpus.layout().root());
    }
}
