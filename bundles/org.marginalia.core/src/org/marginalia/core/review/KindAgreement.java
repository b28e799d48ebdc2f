package org.marginalia.core.review;

import java.util.ArrayList;
import java.util.List;

import org.marginalia.model.AnnotationSet;

/**
 * Every agreement figure for one kind (or all kinds, {@code kind == null}) over some annotation sets, with
 * the counts behind each: pairwise Cohen's kappa and F1 (strict and overlapping) on the documents both
 * analysts read ({@code pairDocuments}), Fleiss' kappa and Krippendorff's unitizing alpha on those all of them
 * read ({@code sharedDocuments} of {@code documents}). NaN means undefined (for instance, only one category was
 * ever used, or no document was read by all).
 */
public record KindAgreement(String kind, List<String> analysts, double[][] cohen, int[][] cohenItems, int[][] pairDocuments, double fleiss,
        int fleissItems, double alpha, int units, int sharedDocuments, int documents, SpanMatch[][] strict, SpanMatch[][] overlapping) {

    public static KindAgreement of(List<AnnotationSet> sets, String kind) {
        UnitizingStudy unitizing = new AgreementStudies(sets, kind).unitizing();
        return of(new AgreementStudies(sets, kind), kind, unitizing);
    }

    /**
     * All kinds together, then each kind: one unitizing study serves them all, and the kinds are computed in
     * parallel (they only read the annotations).
     */
    public static List<KindAgreement> allKinds(List<AnnotationSet> sets, List<String> kinds) {
        UnitizingStudy unitizing = new AgreementStudies(sets, null).unitizing();
        List<String> scopes = new ArrayList<>();
        scopes.add(null);
        scopes.addAll(kinds);
        return scopes.parallelStream().map(kind -> of(new AgreementStudies(sets, kind), kind, unitizing)).toList();
    }

    /** Pairs are computed once (kappa is symmetric; F1 matches are mirrored with precision and recall swapped). */
    private static KindAgreement of(AgreementStudies studies, String kind, UnitizingStudy unitizing) {
        int n = studies.analysts().size();
        double[][] cohen = new double[n][n];
        int[][] items = new int[n][n];
        int[][] pairDocuments = new int[n][n];
        SpanMatch[][] strict = new SpanMatch[n][n];
        SpanMatch[][] overlapping = new SpanMatch[n][n];
        CodingStudy all = studies.coding();
        int shared = studies.documents(studies.everyone());
        for (int a = 0; a < n; a++) {
            cohen[a][a] = 1.0;
            pairDocuments[a][a] = studies.documents(List.of(a));
            for (int b = a + 1; b < n; b++) {
                pairDocuments[a][b] = pairDocuments[b][a] = studies.documents(List.of(a, b));
                // Where some analyst skipped a document this pair read, the pair gets a study of its own.
                CodingStudy.PairKappa pair = pairDocuments[a][b] == shared ? all.cohenKappa(a, b, AgreementStudies.NONE)
                        : studies.coding(List.of(a, b)).cohenKappa(0, 1, AgreementStudies.NONE);
                cohen[a][b] = cohen[b][a] = pair.kappa();
                items[a][b] = items[b][a] = pair.items();
                strict[a][b] = studies.match(a, b, true);
                strict[b][a] = strict[a][b].reversed();
                overlapping[a][b] = studies.match(a, b, false);
                overlapping[b][a] = overlapping[a][b].reversed();
            }
        }
        double alpha = kind == null ? unitizing.alpha() : unitizing.categories().contains(kind) ? unitizing.alpha(kind) : Double.NaN;
        int units = (int) unitizing.units().stream().filter(u -> kind == null || u.category().equals(kind)).count();
        return new KindAgreement(kind, studies.analysts(), cohen, items, pairDocuments, all.fleissKappa(), all.itemCount(), alpha, units, shared,
                studies.documents(), strict, overlapping);
    }

    public String label() {
        return kind == null ? "all kinds" : kind;
    }
}
