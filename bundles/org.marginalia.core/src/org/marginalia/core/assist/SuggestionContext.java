package org.marginalia.core.assist;

import java.util.List;

import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;

/**
 * What a suggester is asked about: the document, the corpus's entities, the analyst's own annotation sets of the
 * whole corpus (this document's included), and every analyst's, for suggesters that learn from what the analyst
 * or the team tagged.
 */
public record SuggestionContext(Document document, EntityDirectory entities, List<AnnotationSet> analystSets, List<AnnotationSet> teamSets) {

    /** A context without the team's sets: what the analyst tagged is all there is to learn from. */
    public SuggestionContext(Document document, EntityDirectory entities, List<AnnotationSet> analystSets) {
        this(document, entities, analystSets, analystSets);
    }
}
