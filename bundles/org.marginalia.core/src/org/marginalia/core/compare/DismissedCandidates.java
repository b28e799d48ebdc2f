package org.marginalia.core.compare;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.marginalia.core.assist.Finding;
import org.marginalia.core.corpus.AnalystList;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusLayout;

/**
 * The candidates an analyst dismissed, kept in the analyst's own folder ({@value #FILE}). A candidate is known by
 * its type and the texts of its sources, so it stays dismissed as long as those texts say the same, whichever run
 * found it.
 */
public final class DismissedCandidates {

    public static final String FILE = "dismissed-candidates.tsv";

    private final AnalystList list;

    private DismissedCandidates(AnalystList list) {
        this.list = list;
    }

    /** The analyst's dismissals; none when the file is missing. */
    public static DismissedCandidates of(CorpusLayout layout, String analystId) throws CorpusException {
        return new DismissedCandidates(AnalystList.of(layout, analystId, FILE));
    }

    /** Type, then each source's document and text, in a fixed order. */
    public static String key(Finding candidate) {
        StringBuilder identity = new StringBuilder(candidate.type().name());
        candidate.sources().stream().sorted(Comparator.comparing(Finding.Source::documentId).thenComparing(Finding.Source::text))
                .forEach(source -> identity.append('\n').append(source.documentId()).append('\t').append(source.text()));
        return AnalystList.key(identity.toString());
    }

    public boolean isDismissed(Finding candidate) {
        return list.contains(key(candidate));
    }

    public List<Finding> without(List<Finding> candidates) {
        return candidates.stream().filter(candidate -> !isDismissed(candidate)).toList();
    }

    public Set<String> keys() {
        return list.keys();
    }

    /** Remembers the dismissal in the analyst's file. */
    public void dismiss(Finding candidate) throws IOException {
        list.add(key(candidate), candidate.type().label() + ": " + candidate.subject());
    }
}
