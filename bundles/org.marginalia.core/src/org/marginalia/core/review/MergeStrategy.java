package org.marginalia.core.review;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which positions the reviewer takes without looking: where everyone agrees, where all who annotated agree,
 * or the configuration a majority of the analysts chose. Everything else is left for the reviewer.
 */
public sealed interface MergeStrategy {

    /** The configuration to take at this position, if the strategy takes one. */
    Optional<List<AnalystAnnotation>> choose(PositionDiff position, int analystCount);

    String name();

    /**
     * The configuration to take among {@code groups} (the analysts who chose each configuration of one position,
     * such as a relation between two ends), if the strategy takes one: the same rule as {@link #choose}.
     */
    Optional<Integer> chooseGroup(List<Set<String>> groups, int analystCount);

    /** Every analyst annotated the position, all the same way. */
    record AllAgree() implements MergeStrategy {
        @Override
        public Optional<List<AnalystAnnotation>> choose(PositionDiff position, int analystCount) {
            return position.isAgreed() && position.isComplete() ? Optional.of(position.configurations().get(0)) : Optional.empty();
        }

        @Override
        public Optional<Integer> chooseGroup(List<Set<String>> groups, int analystCount) {
            return groups.size() == 1 && groups.get(0).size() == analystCount ? Optional.of(0) : Optional.empty();
        }

        @Override
        public String name() {
            return "all-agree";
        }
    }

    /** Everyone who annotated the position did so the same way; others may have left it out. */
    record PresentAgree() implements MergeStrategy {
        @Override
        public Optional<List<AnalystAnnotation>> choose(PositionDiff position, int analystCount) {
            return position.isAgreed() ? Optional.of(position.configurations().get(0)) : Optional.empty();
        }

        @Override
        public Optional<Integer> chooseGroup(List<Set<String>> groups, int analystCount) {
            return groups.size() == 1 ? Optional.of(0) : Optional.empty();
        }

        @Override
        public String name() {
            return "present-agree";
        }
    }

    /** The one configuration chosen by at least {@code threshold} of all the document's analysts. */
    record Majority(double threshold) implements MergeStrategy {
        public Majority {
            if (!(threshold > 0 && threshold <= 1)) {
                throw new IllegalArgumentException("a majority threshold is a fraction in (0, 1], not " + threshold);
            }
        }

        @Override
        public Optional<List<AnalystAnnotation>> choose(PositionDiff position, int analystCount) {
            List<List<AnalystAnnotation>> winners = position.configurations().stream()
                    .filter(group -> PositionDiff.analystsOf(group).size() >= threshold * analystCount - 1e-9)
                    .toList();
            return winners.size() == 1 ? Optional.of(winners.get(0)) : Optional.empty();
        }

        @Override
        public Optional<Integer> chooseGroup(List<Set<String>> groups, int analystCount) {
            List<Integer> winners = java.util.stream.IntStream.range(0, groups.size())
                    .filter(i -> groups.get(i).size() >= threshold * analystCount - 1e-9).boxed().toList();
            return winners.size() == 1 ? Optional.of(winners.get(0)) : Optional.empty();
        }

        @Override
        public String name() {
            return "majority:" + threshold;
        }
    }

    /** {@code all-agree}, {@code present-agree}, {@code majority} (0.5) or {@code majority:0.66}. */
    static MergeStrategy parse(String text) {
        if ("all-agree".equals(text)) {
            return new AllAgree();
        }
        if ("present-agree".equals(text)) {
            return new PresentAgree();
        }
        if ("majority".equals(text)) {
            return new Majority(0.5);
        }
        if (text != null && text.startsWith("majority:")) {
            try {
                return new Majority(Double.parseDouble(text.substring("majority:".length())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "': the threshold must be a number such as 0.66", e);
            }
        }
        throw new IllegalArgumentException("unknown strategy '" + text + "': use all-agree, present-agree or majority[:T]");
    }
}
