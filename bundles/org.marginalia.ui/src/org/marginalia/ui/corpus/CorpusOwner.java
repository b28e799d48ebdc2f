package org.marginalia.ui.corpus;

/**
 * The analyst a corpus folder belongs to, when the folder itself records one: a team's clone names the analyst who
 * works in it. Found with {@code Adapters.adapt(corpus, CorpusOwner.class)}; the bundle that knows how the folder
 * records it contributes the adapter (the team's, for a Git clone).
 */
public record CorpusOwner(String analystId) {
}
