package org.marginalia.core.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a strategy takes from a document's diff, and what it leaves for the reviewer. */
public record MergePlan(DocumentDiff diff, MergeStrategy strategy, List<Taken> taken, List<PositionDiff> left) {

    /** A position merged automatically, with the configuration taken and who supported it. */
    public record Taken(PositionDiff position, List<AnalystAnnotation> configuration) {
    }

    public static MergePlan of(DocumentDiff diff, MergeStrategy strategy) {
        List<Taken> taken = new ArrayList<>();
        List<PositionDiff> left = new ArrayList<>();
        int analysts = diff.analysts().size();
        for (PositionDiff position : diff.positions()) {
            Optional<List<AnalystAnnotation>> chosen = strategy.choose(position, analysts);
            if (chosen.isPresent()) {
                taken.add(new Taken(position, chosen.get()));
            } else {
                left.add(position);
            }
        }
        return new MergePlan(diff, strategy, List.copyOf(taken), List.copyOf(left));
    }
}
