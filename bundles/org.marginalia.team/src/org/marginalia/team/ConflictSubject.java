package org.marginalia.team;

/**
 * What a {@link MergeConflict} is about, in terms a choice can be applied to ({@link ConflictResolution}): the
 * facts the merge knew, kept with the conflict in the clone ({@link OpenConflicts}) until the analyst chooses.
 *
 * @param kind what sort of thing was done two ways
 * @param target where: an element of the corpus description ("entity person.x", "document 003", "corpus"), or a
 *        repository path (the schema file, a set)
 * @param detail what in the target: the attribute changed two ways (for {@link Kind#VALUE}), the side that deleted
 *        ("yours" or "theirs", for {@link Kind#DELETED_OR_CHANGED}), the part of the schema ("kind Claim", "attribute
 *        certainty of Claim", for the schema kinds); null when the target says it all
 * @param yours this clone's side: a value, a document id, a blob id (for {@link Kind#FILE} and
 *        {@link Kind#SCHEMA_TWO_WAYS}), or "removed" on the side that removed the part (for
 *        {@link Kind#SCHEMA_REMOVAL}); null when this side had none
 * @param theirs the team's side, as {@code yours}
 */
public record ConflictSubject(Kind kind, String target, String detail, String yours, String theirs) {

    public enum Kind {
        /** An attribute of an element of the corpus description changed two ways (an entity renamed two ways). */
        VALUE,
        /** An element of the corpus description one side deleted and the other changed: it was kept. */
        DELETED_OR_CHANGED,
        /** One text added under two ids: both documents were kept. */
        TEXT_UNDER_TWO_IDS,
        /** A part of the schema one side removed while sets use it (or the other side changed it): it was kept. */
        SCHEMA_REMOVAL,
        /** A part of the schema both sides changed differently: this clone's was kept, theirs is in the blob named. */
        SCHEMA_TWO_WAYS,
        /** A whole file both sides changed differently: this clone's (or the surviving) version was kept. */
        FILE
    }

    public static final String YOURS = "yours";
    public static final String THEIRS = "theirs";
}
