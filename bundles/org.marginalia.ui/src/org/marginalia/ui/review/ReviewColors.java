package org.marginalia.ui.review;

import org.eclipse.swt.graphics.RGB;
import org.marginalia.core.review.ReviewState;

/** The colour each review state is painted in: the text, the positions, the versions and the legend agree. */
final class ReviewColors {

    private ReviewColors() {
    }

    static RGB of(ReviewState state) {
        return switch (state) {
            case AGREED -> new RGB(200, 236, 200);
            case INCOMPLETE -> new RGB(255, 226, 170);
            case CONFLICT -> new RGB(255, 190, 190);
            case ACCEPTED -> new RGB(190, 214, 255);
            case REJECTED -> new RGB(222, 222, 222);
        };
    }
}
