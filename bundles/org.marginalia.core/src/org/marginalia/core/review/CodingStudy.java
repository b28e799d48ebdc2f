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
            Map<String, Integer> counts = new HashMap<>();
            for (String category : item) {
                counts.merge(category, 1, Integer::sum);
            }
            double agreeing = 0;
            for (int count : counts.values()) {
                agreeing += count * (count - 1.0);
            }
            sum += agreeing / (raters - 1.0);
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
