package org.marginalia.team;

/**
 * A change two members made differently to the same thing, found while merging their work. Both sides are kept
 * (in the file where the model allows it, else in the history, the merge naming the commit that has theirs)
 * until an analyst chooses; the merge commit's message lists it, so {@code team log} shows it too.
 *
 * @param path the repository path, e.g. {@code corpus.marginalia}
 * @param element what in the file: "entity person.x", "document 003"; null for the whole file
 * @param yours this clone's side
 * @param theirs the team's side
 * @param kept how both sides were kept
 * @param subject what a choice of one side applies to; null for a conflict no choice applies to
 */
public record MergeConflict(String path, String element, String yours, String theirs, String kept, ConflictSubject subject) {

    /** A conflict to be read, not chosen. */
    public MergeConflict(String path, String element, String yours, String theirs, String kept) {
        this(path, element, yours, theirs, kept, null);
    }

    @Override
    public String toString() {
        return path + (element == null ? "" : " (" + element + ")") + ": yours " + yours + ", theirs " + theirs + "; " + kept;
    }
}
