package org.marginalia.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Commit messages that say in an analyst's words who changed what: "ana: sets of 001, 004; corpus description",
 * then one line per file. A merge lists what colleagues' work brought and every conflict, with both sides.
 */
final class TeamMessages {

    static final String CONFLICTS_HEADING = "Conflicts, both sides kept:";

    private TeamMessages() {
    }

    static String ownWork(String analyst, List<String> paths) {
        return analyst + ": " + summary(paths) + "\n\n" + lines(paths);
    }

    static String merge(String analyst, List<String> received, List<MergeConflict> conflicts) {
        StringBuilder message = new StringBuilder(analyst + ": merged the team's work");
        if (!received.isEmpty()) {
            message.append(" (").append(summary(received)).append(")");
        }
        message.append("\n\n").append(lines(received));
        if (!conflicts.isEmpty()) {
            message.append("\n").append(CONFLICTS_HEADING).append("\n");
            conflicts.forEach(conflict -> message.append("  ").append(conflict).append("\n"));
        }
        return message.toString();
    }

    /** Sets grouped by whose they are, then the shared files: "ana's sets of 001, 004; corpus description". */
    static String summary(List<String> paths) {
        Map<String, TreeSet<String>> setsByOwner = new TreeMap<>();
        List<String> rest = new ArrayList<>();
        for (String path : paths) {
            String owner = TeamPaths.ownerOf(path);
            String document = TeamPaths.documentOf(path);
            if (owner != null && document != null) {
                setsByOwner.computeIfAbsent(owner, key -> new TreeSet<>()).add(document);
            } else {
                rest.add(TeamPaths.describe(path));
            }
        }
        List<String> parts = new ArrayList<>();
        setsByOwner.forEach((owner, documents) -> parts.add((owner.equals("curated") ? "curated sets of " : owner + "'s sets of ")
                + String.join(", ", documents)));
        parts.addAll(new TreeSet<>(rest));
        return parts.isEmpty() ? "no files" : String.join("; ", parts);
    }

    private static String lines(List<String> paths) {
        StringBuilder lines = new StringBuilder();
        paths.forEach(path -> lines.append("  ").append(path).append("\n"));
        return lines.toString();
    }
}
