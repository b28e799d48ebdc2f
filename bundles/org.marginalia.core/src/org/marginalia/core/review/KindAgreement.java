package org.marginalia.core.review;

import java.util.List;

import org.marginalia.model.AnnotationSet;

/**
 * Every agreement figure for one kind (or all kinds, {@code kind == null}) over some annotation sets, with
 * the counts behind each: pairwise Cohen's kappa and F1 (strict and overlapping), Fleiss' kappa and
 * Krippendorff's unitizing alpha. NaN means undefined (for instance, only one category was ever used).
 */
public record KindAgreement(String kind, List<String> analysts, double[][] cohen, int[][] cohenItems, double fleiss, int fleissItems,
        double alpha, int units, SpanMatch[][] strict, SpanMatch[][] overlapping) {

    public static KindAgreement of(List<AnnotationSet> sets, String kind) {
        AgreementStudies studies = new AgreementStudies(sets, kind);
        int n = studies.analysts().size();
        double[][] cohen = new double[n][n];
        int[][] items = new int[n][n];
        SpanMatch[][] strict = new SpanMatch[n][n];
        SpanMatch[][] overlapping = new SpanMatch[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (a == b) {
                    cohen[a][b] = 1.0;
                    continue;
                }
                CodingStudy pair = studies.coding(List.of(a, b));
                cohen[a][b] = pair.cohenKappa();
                items[a][b] = pair.itemCount();
                strict[a][b] = studies.match(a, b, true);
                overlapping[a][b] = studies.match(a, b, false);
            }
        }
        CodingStudy all = studies.coding();
        UnitizingStudy unitizing = studies.unitizing();
        double alpha = kind == null ? unitizing.alpha() : unitizing.categories().contains(kind) ? unitizing.alpha(kind) : Double.NaN;
        return new KindAgreement(kind, studies.analysts(), cohen, items, all.fleissKappa(), all.itemCount(), alpha, unitizing.units().size(),
                strict, overlapping);
    }

    public String label() {
        return kind == null ? "all kinds" : kind;
    }
}
