package org.marginalia.core.assist;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.marginalia.model.Annotation;
import org.marginalia.model.Origin;

/**
 * An annotation a suggester proposes, not yet in any set: nothing is added without the analyst's action.
 * {@link #accept} makes the ordinary annotation that goes into the analyst's set.
 */
public record Suggestion(Annotation proposal, String suggester, double confidence) {

    public int begin() {
        return proposal.getBegin();
    }

    public int end() {
        return proposal.getEnd();
    }

    /** A copy for the analyst's set, marked as suggested; entities are referred to, not copied. */
    public Annotation accept(String analystId) {
        Annotation accepted = EcoreUtil.copy(proposal);
        proposal.eClass().getEAllReferences().stream().filter(r -> !r.isContainment())
                .forEach(r -> accepted.eSet(r, proposal.eGet(r)));
        accepted.setId(analystId + "-" + EcoreUtil.generateUUID());
        accepted.setOrigin(Origin.SUGGESTED);
        return accepted;
    }
}
