package org.marginalia.core.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.marginalia.core.assist.Finding;
import org.marginalia.core.edit.FigureValues;
import org.marginalia.model.Annotation;
import org.marginalia.model.Figure;
import org.marginalia.model.MarginaliaFactory;
import org.marginalia.model.Origin;

/**
 * What accepting a candidate makes: one annotation in each of its sources, for the analyst to keep, complete and
 * review like any other. A quotation worded differently becomes a quote on each wording; figures become figures
 * with their value (approximate when the words hedge it); dates become figures whose unit is "date" and whose
 * value is the resolved date. Figures and dates count the candidate's subject, so that the accepted annotations
 * are compared with each other as any figures of one thing are, and the difference becomes a finding of the
 * analyst's. Descriptions and hedges have no kind of their own: the analyst tags what differs.
 */
public final class CandidateAnnotations {

    /** One annotation to add to the analyst's set of a document. */
    public record Planned(String documentId, Annotation annotation) {
    }

    private static final MarginaliaFactory F = MarginaliaFactory.eINSTANCE;

    private CandidateAnnotations() {
    }

    /** Whether the candidate can become annotations, and if not, why. */
    public static Optional<String> whyNot(Finding candidate) {
        return switch (candidate.type()) {
            case QUOTE_WORDING -> candidate.explanation().startsWith("the same quotation") ? Optional.empty()
                    : Optional.of("only one source quotes these words: tag the quotation yourself where it is one");
            case FIGURE, DATE -> Optional.empty();
            default -> Optional.of("a " + candidate.type().label() + " has no kind of its own: tag what differs yourself");
        };
    }

    /**
     * The annotations the analyst does not have yet: a source already covered by an annotation of theirs of the
     * same kind ({@code existing} gives the analyst's annotations of a document) is left alone, so accepting twice,
     * or accepting what was tagged by hand, adds nothing.
     */
    public static List<Planned> missing(Finding candidate, Function<String, List<Annotation>> existing) {
        List<Planned> missing = new ArrayList<>();
        for (Planned planned : of(candidate)) {
            Annotation wanted = planned.annotation();
            boolean covered = existing.apply(planned.documentId()).stream()
                    .anyMatch(a -> a.eClass() == wanted.eClass() && a.getBegin() < wanted.getEnd() && wanted.getBegin() < a.getEnd());
            if (!covered) {
                missing.add(planned);
            }
        }
        return missing;
    }

    /** The annotations, unattached, with the ids left to the set they are added to. */
    public static List<Planned> of(Finding candidate) {
        if (whyNot(candidate).isPresent()) {
            throw new IllegalArgumentException(whyNot(candidate).get());
        }
        List<Planned> planned = new ArrayList<>();
        for (Finding.Source source : candidate.sources()) {
            Annotation annotation = switch (candidate.type()) {
                case QUOTE_WORDING -> F.createQuote();
                case DATE -> date(source, candidate.subject());
                default -> figure(source, candidate.subject());
            };
            annotation.setBegin(source.begin());
            annotation.setEnd(source.end());
            annotation.setOrigin(Origin.MANUAL);
            planned.add(new Planned(source.documentId(), annotation));
        }
        return planned;
    }

    private static Figure figure(Finding.Source source, String counts) {
        Figure figure = F.createFigure();
        figure.setCounts(counts);
        Optional<Quantity.Range> range = Quantity.rangeOf(source.text());
        // the number without its hedge: "approximately 12,000" is 12000, approximate; "thousands of" has no value
        FigureValues.Result value = FigureValues.normalise(source.text().replaceFirst("^[^0-9]*", ""));
        if (value.isValid() && value.value() != null) {
            figure.setValue(value.value());
        }
        figure.setApproximate(range.map(r -> r.low() != r.high()).orElse(false));
        return figure;
    }

    private static Figure date(Finding.Source source, String counts) {
        Figure figure = F.createFigure();
        figure.setCounts(counts);
        figure.setUnit("date");
        figure.setValue(source.says());
        return figure;
    }
}
