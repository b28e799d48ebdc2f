package org.marginalia.team;

import org.eclipse.jgit.lib.StoredConfig;
import org.marginalia.core.corpus.AnnotationStore;

/**
 * Who works in a clone: the analyst whose folder its syncs commit, and whether they review (only a reviewer's
 * sync commits {@code curated/}). Kept in the clone's own Git configuration ({@code .git/config}), never in a
 * committed file, so that every clone of one corpus can belong to someone else.
 */
public record TeamMember(String analystId, boolean reviewer) {

    static final String SECTION = "marginalia";
    static final String ANALYST = "analyst";
    static final String REVIEWER = "reviewer";

    public TeamMember {
        AnnotationStore.checkAnalystId(analystId);
    }

    /** The member this clone's configuration names, or null when none is set. */
    static TeamMember readFrom(StoredConfig config) {
        String analyst = config.getString(SECTION, null, ANALYST);
        return analyst == null ? null : new TeamMember(analyst, config.getBoolean(SECTION, REVIEWER, false));
    }

    void writeTo(StoredConfig config) {
        config.setString(SECTION, null, ANALYST, analystId);
        config.setBoolean(SECTION, null, REVIEWER, reviewer);
    }
}
