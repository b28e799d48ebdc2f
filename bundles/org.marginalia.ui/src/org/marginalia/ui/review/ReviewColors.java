package org.marginalia.ui.review;

import org.eclipse.swt.graphics.RGB;

/** How a position stands in the review, with the colour it is painted in. */
public enum ReviewState {
    AGREED("agreed", new RGB(200, 236, 200)),
    INCOMPLETE("incomplete", new RGB(255, 226, 170)),
    CONFLICT("conflict", new RGB(255, 190, 190)),
    ACCEPTED("accepted", new RGB(190, 214, 255)),
    REJECTED("rejected", new RGB(222, 222, 222));

    private final String label;
    private final RGB color;

    ReviewState(String label, RGB color) {
        this.label = label;
        this.color = color;
    }

    public String label() {
        return label;
    }

    public RGB color() {
        return color;
    }
}
