package org.marginalia.core.assist;

import java.util.List;

import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.model.Document;

/**
 * Proposes annotations for a document. Contributed through the extension point
 * {@code org.marginalia.core.suggesters}; the four built-in ones cover quotes, figures, roles and mentions.
 */
public interface Suggester {

    String name();

    List<Suggestion> suggest(Document document, EntityDirectory entities);

    /** Proposals knowing the analyst's own annotations too; by default those of {@link #suggest(Document, EntityDirectory)}. */
    default List<Suggestion> suggest(SuggestionContext context) {
        return suggest(context.document(), context.entities());
    }
}
