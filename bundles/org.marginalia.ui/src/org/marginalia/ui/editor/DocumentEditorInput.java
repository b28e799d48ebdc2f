package org.marginalia.ui.editor;

import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Document;

/** A document opened for annotating (or, as a {@link ReadOnlySetInput}, one version of a set shown read only). */
public class DocumentEditorInput extends CorpusDocumentInput {

    public DocumentEditorInput(LoadedCorpus corpus, Document document) {
        super(corpus, document);
    }

    @Override
    public String getName() {
        return shortTitle(40);
    }

    @Override
    public String getToolTipText() {
        return getCorpus().layout().root().resolve(getDocument().getPath()).toString();
    }
}
