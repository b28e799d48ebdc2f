package org.marginalia.ui.navigator;

import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Document;

/** A document as the navigator shows it: together with the corpus it belongs to. */
public record DocumentNode(LoadedCorpus corpus, Document document) {
}
