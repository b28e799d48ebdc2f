package org.marginalia.core.review;

import java.util.List;
import java.util.Locale;

/** Agreement figures as CSV, one row per kind and pair of analysts, with the counts (items, documents, raters) behind each figure. */
public final class AgreementCsv {

    private AgreementCsv() {
    }

    public static String of(List<KindAgreement> agreements) {
        StringBuilder csv = new StringBuilder(
                "kind,analyst_a,analyst_b,cohen_kappa,cohen_items,f1_strict,matched_strict,f1_overlapping,matched_overlapping,annotations_a,annotations_b,fleiss_kappa,fleiss_items,unitizing_alpha,units,pair_documents,raters,shared_documents\n");
        for (KindAgreement a : agreements) {
            for (int x = 0; x < a.analysts().size(); x++) {
                for (int y = x + 1; y < a.analysts().size(); y++) {
                    SpanMatch strict = a.strict()[x][y];
                    SpanMatch overlapping = a.overlapping()[x][y];
                    csv.append(String.join(",", a.kind() == null ? "all" : a.kind(), a.analysts().get(x), a.analysts().get(y),
                            number(a.cohen()[x][y]), Integer.toString(a.cohenItems()[x][y]), number(strict.f1()), Integer.toString(strict.matched()),
                            number(overlapping.f1()), Integer.toString(overlapping.matched()), Integer.toString(strict.reference()),
                            Integer.toString(strict.candidate()), number(a.fleiss()), Integer.toString(a.fleissItems()), number(a.alpha()),
                            Integer.toString(a.units()), Integer.toString(a.pairDocuments()[x][y]), Integer.toString(a.analysts().size()),
                            Integer.toString(a.sharedDocuments()))).append('\n');
                }
            }
        }
        return csv.toString();
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6f", value);
    }
}
