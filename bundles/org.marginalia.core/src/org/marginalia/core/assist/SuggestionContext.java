package org.marginalia.core.assist;

import java.util.List;

import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;

/**
 * What a suggester is asked about: the document, the corpus's entities, and the analyst's own annotation sets
 * of the whole corpus (this document's included), for suggesters that learn from what the analyst tagged.
 */
public record SuggestionContext(Document document, EntityDirectory entities, List<AnnotationSet> analystSets) {
}
