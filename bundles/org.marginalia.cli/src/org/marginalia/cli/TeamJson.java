package org.marginalia.cli;

import java.util.List;
import java.util.stream.Collectors;

import org.marginalia.team.MergeConflict;
import org.marginalia.team.OpenConflicts;
import org.marginalia.team.TeamPaths;

/** The JSON of {@code team sync --json}, {@code team status --json} and {@code team conflicts --json}: files with what they are, conflicts with both sides. */
final class TeamJson {

    private TeamJson() {
    }

    /** Each file as its path, and the document and owner of a set or text (null for the shared files). */
    static String paths(List<String> paths) {
        return paths.stream().map(path -> "{\"path\":" + JsonText.string(path) + ",\"document\":" + nullable(TeamPaths.documentOf(path))
                + ",\"owner\":" + nullable(TeamPaths.ownerOf(path)) + "}").collect(Collectors.joining(",", "[", "]"));
    }

    static String conflicts(List<MergeConflict> conflicts) {
        return conflicts.stream().map(TeamJson::conflict).collect(Collectors.joining(",", "[", "]"));
    }

    private static String conflict(MergeConflict c) {
        return "{\"path\":" + JsonText.string(c.path()) + ",\"element\":" + nullable(c.element()) + ",\"yours\":" + JsonText.string(c.yours())
                + ",\"theirs\":" + JsonText.string(c.theirs()) + ",\"kept\":" + JsonText.string(c.kept()) + "}";
    }

    /** The open conflicts of {@code team conflicts --json}: each with its number, what it is about and both sides. */
    static String openConflicts(List<OpenConflicts.Open> open) {
        return open.stream().map(o -> "{\"number\":" + o.number() + ",\"conflict\":" + conflict(o.conflict()) + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String nullable(String value) {
        return value == null ? "null" : JsonText.string(value);
    }
}
