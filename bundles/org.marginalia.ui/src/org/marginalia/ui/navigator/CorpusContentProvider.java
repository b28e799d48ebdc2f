package org.marginalia.ui.navigator;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.ui.corpus.CorpusSession;

/** Open corpora at the top, their documents beneath, in corpus order. */
final class CorpusContentProvider implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return ((CorpusSession) input).corpora().toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof LoadedCorpus corpus) {
            return corpus.corpus().getDocuments().stream().map(d -> new DocumentNode(corpus, d)).toArray();
        }
        return new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof DocumentNode node ? node.corpus() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof LoadedCorpus corpus && !corpus.corpus().getDocuments().isEmpty();
    }
}
