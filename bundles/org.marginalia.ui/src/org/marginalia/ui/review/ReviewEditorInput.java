package org.marginalia.ui.review;

import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Document;
import org.marginalia.ui.editor.CorpusDocumentInput;

/** A document opened for review. */
public final class ReviewEditorInput extends CorpusDocumentInput {

    public ReviewEditorInput(LoadedCorpus corpus, Document document) {
        super(corpus, document);
    }

    @Override
    public String getName() {
        return "Review: " + shortTitle(32);
    }

    @Override
    public String getToolTipText() {
        return "Review of " + getDocument().getId() + " in " + getCorpus().layout().root();
    }
}
