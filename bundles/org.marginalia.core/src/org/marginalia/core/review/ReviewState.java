package org.marginalia.core.review;

/** How a position stands in the review of a document. */
public enum ReviewState {
    AGREED("agreed"),
    INCOMPLETE("incomplete"),
    CONFLICT("conflict"),
    ACCEPTED("accepted"),
    REJECTED("rejected");

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The reviewer still has to look: the analysts disagree, or not all of them annotated it. */
    public boolean isOpen() {
        return this == CONFLICT || this == INCOMPLETE;
    }

    /** Settled: the curated result holds an annotation there, or the reviewer left the position out. */
    public boolean isDecided() {
        return this == ACCEPTED || this == REJECTED;
    }
}
