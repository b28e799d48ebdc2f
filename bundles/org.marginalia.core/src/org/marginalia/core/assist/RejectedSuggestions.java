package org.marginalia.core.assist;

import java.io.IOException;
import java.util.List;

import org.marginalia.core.corpus.AnalystList;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusLayout;
import org.marginalia.model.Document;

/**
 * The suggestions an analyst rejected, kept in their own folder ({@value #FILE}) and not proposed to them again:
 * a suggestion is known by its document, kind, span and the words it covers, so it comes back only if the text
 * there changes.
 */
public final class RejectedSuggestions {

    public static final String FILE = "rejected-suggestions.tsv";

    private final AnalystList list;

    private RejectedSuggestions(AnalystList list) {
        this.list = list;
    }

    public static RejectedSuggestions of(CorpusLayout layout, String analystId) throws CorpusException {
        return new RejectedSuggestions(AnalystList.of(layout, analystId, FILE));
    }

    private static String key(Document document, Suggestion suggestion) {
        return AnalystList.key(document.getId() + "\t" + suggestion.proposal().eClass().getName() + "\t" + suggestion.begin() + "\t" + suggestion.end()
                + "\t" + document.getText().substring(suggestion.begin(), suggestion.end()));
    }

    public boolean isRejected(Document document, Suggestion suggestion) {
        return list.contains(key(document, suggestion));
    }

    public List<Suggestion> without(Document document, List<Suggestion> suggestions) {
        return suggestions.stream().filter(suggestion -> !isRejected(document, suggestion)).toList();
    }

    public void reject(Document document, Suggestion suggestion) throws IOException {
        list.add(key(document, suggestion), suggestion.proposal().eClass().getName() + " \u201c"
                + document.getText().substring(suggestion.begin(), suggestion.end()) + "\u201d in " + document.getId());
    }
}
