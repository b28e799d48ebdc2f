package org.marginalia.core.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Items coded by every rater with one category each (no missing values: "no annotation" is a category).
 * Cohen's and Fleiss' kappa with the conventions of DKPro Agreement, so the figures can be checked
 * against it: when expected agreement is 0 the observed agreement is returned, and a study with fewer
 * than two categories, or one where chance alone explains full agreement, is undefined (NaN).
 */
public final class CodingStudy {

    private final int raters;
    private final List<String[]> items = new ArrayList<>();

    public CodingStudy(int raters) {
        this.raters = raters;
    }

    public void addItem(String... categories) {
        if (categories.length != raters) {
            throw new IllegalArgumentException("an item needs " + raters + " categories, got " + categories.length);
        }
        items.add(categories.clone());
    }

    public int itemCount() {
        return items.size();
    }

    public int raterCount() {
        return raters;
    }

    public List<String[]> items() {
        return List.copyOf(items);
    }

    private Set<String> categories() {
        Set<String> categories = new HashSet<>();
        items.forEach(item -> categories.addAll(List.of(item)));
        return categories;
    }

    /** Share of item-rater pairs agreeing, as Fleiss and Cohen define it: Σ n_c(n_c−1)/(R−1) over Σ R. */
    public double observedAgreement() {
        double sum = 0;
        for (String[] item : items) {
            // Σ_c n_c(n_c − 1) counts the ordered pairs of raters who chose the same category
            int agreeingPairs = 0;
            for (int i = 0; i < item.length; i++) {
                for (int j = i + 1; j < item.length; j++) {
                    if (item[i].equals(item[j])) {
                        agreeingPairs++;
                    }
                }
            }
            sum += 2.0 * agreeingPairs / (raters - 1.0);
        }
        return sum / ((double) raters * items.size());
    }

    /** Cohen: chance agreement from each rater's own category distribution. Two raters. */
    public double cohenKappa() {
        if (raters != 2) {
            throw new IllegalStateException("Cohen's kappa compares two raters; this study has " + raters);
        }
        if (items.isEmpty() || categories().size() < 2) {
            return Double.NaN;
        }
        Map<String, long[]> perRater = new HashMap<>();
        for (String[] item : items) {
            for (int r = 0; r < raters; r++) {
                perRater.computeIfAbsent(item[r], k -> new long[raters])[r]++;
            }
        }
        double expected = 0;
        for (long[] counts : perRater.values()) {
            expected += (double) counts[0] * counts[1];
        }
        expected /= (double) items.size() * items.size();
        return chanceCorrected(observedAgreement(), expected, true);
    }

    /** Cohen's kappa of two raters of this study, and how many items it was computed on. */
    public record PairKappa(double kappa, int items) {
    }

    /**
     * Cohen's kappa of raters {@code a} and {@code b} over the items where at least one of them chose something
     * other than {@code none}: the same figure as a two-rater study of those items, without building one.
     */
    public PairKappa cohenKappa(int a, int b, String none) {
        Map<String, long[]> perRater = new HashMap<>();
        int count = 0;
        int agreeing = 0;
        for (String[] item : items) {
            if (item[a].equals(none) && item[b].equals(none)) {
                continue;
            }
            count++;
            if (item[a].equals(item[b])) {
                agreeing++;
            }
            perRater.computeIfAbsent(item[a], k -> new long[2])[0]++;
            perRater.computeIfAbsent(item[b], k -> new long[2])[1]++;
        }
        if (count == 0 || perRater.size() < 2) {
            return new PairKappa(Double.NaN, count);
        }
        double expected = 0;
        for (long[] counts : perRater.values()) {
            expected += (double) counts[0] * counts[1];
        }
        expected /= (double) count * count;
        return new PairKappa(chanceCorrected((double) agreeing / count, expected, true), count);
    }

    /** Fleiss: chance agreement from the pooled category distribution of all raters. */
    public double fleissKappa() {
        if (items.isEmpty() || categories().size() < 2) {
            return Double.NaN;
        }
        Map<String, Double> probability = new HashMap<>();
        for (String[] item : items) {
            for (String category : item) {
                probability.merge(category, 1.0 / raters, Double::sum);
            }
        }
        double expected = 0;
        for (double p : probability.values()) {
            expected += p * p;
        }
        expected /= (double) items.size() * items.size();
        return chanceCorrected(observedAgreement(), expected, false);
    }

    private static double chanceCorrected(double observed, double expected, boolean undefinedWhenBothOne) {
        if (expected == 0.0) {
            return observed;
        }
        if (undefinedWhenBothOne && observed == 1.0 && expected == 1.0) {
            return Double.NaN;
        }
        return (observed - expected) / (1.0 - expected);
    }
}
