package org.marginalia.core.formats.brat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a collection's {@code .ann} files use beyond {@code annotation.conf}, found before they are read: the
 * comment types other than {@value #NOTES} written on each span type (each becomes a text attribute of that kind,
 * as Marginalia's brat export writes values brat attributes cannot hold), and the normalization databases
 * ({@code N1 Reference T1 Wikipedia:534366}) used on each span type (each becomes a link to an entity).
 */
final class BratExtensions {

    static final String NOTES = "AnnotatorNotes";

    private final Map<String, Set<String>> textAttributes = new LinkedHashMap<>();
    private final Map<String, Set<String>> entityLinks = new LinkedHashMap<>();

    /** Notes what one {@code .ann} uses; lines it cannot make sense of are left to {@link BratAnnotations} to report. */
    void scan(String ann) {
        Map<String, String> types = new HashMap<>();
        for (String line : ann.lines().toList()) {
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                continue;
            }
            if (line.startsWith("T")) {
                types.put(fields[0], fields[1].split(" ", 2)[0]);
            } else if (line.startsWith("E")) {
                types.put(fields[0], fields[1].strip().split("[: ]", 2)[0]);
            }
        }
        for (String line : ann.lines().toList()) {
            String[] fields = line.split("\t");
            String[] parts = fields.length < 2 ? new String[0] : fields[1].strip().split(" ");
            String type = parts.length < 2 ? null : types.get(parts[1]);
            if (type == null) {
                continue;
            }
            if (line.startsWith("#") && !NOTES.equals(parts[0])) {
                textAttributes.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(parts[0]);
            } else if (line.startsWith("N") && parts.length >= 3 && parts[2].indexOf(':') > 0) {
                entityLinks.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(parts[2].substring(0, parts[2].indexOf(':')));
            }
        }
    }

    /** Comment types used on each brat span type. */
    Map<String, Set<String>> textAttributes() {
        return textAttributes;
    }

    /** Normalization databases used on each brat span type. */
    Map<String, Set<String>> entityLinks() {
        return entityLinks;
    }
}
