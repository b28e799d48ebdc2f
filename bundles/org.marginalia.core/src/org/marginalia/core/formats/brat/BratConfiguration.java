package org.marginalia.core.formats.brat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A brat {@code annotation.conf}, as the brat documentation describes it: sections {@code [entities]},
 * {@code [relations]}, {@code [events]} and {@code [attributes]}; entity types one per line (indented to
 * form a hierarchy, {@code !} for a type only used to group others); relations and events as
 * {@code Name Arg:Type|Type, Role?:Type}; attributes as {@code Name Arg:Type|Type[, Value:V1|V2]}.
 */
public record BratConfiguration(List<String> entities, Map<String, Arguments> relations, Map<String, Arguments> events,
        Map<String, Attribute> attributes) {

    /** A relation's or event's arguments: role name to the types it allows, and whether it may repeat. */
    public record Arguments(Map<String, List<String>> types, Map<String, Boolean> several) {
    }

    /** An attribute: the types it applies to, and its values (none: yes/no). */
    public record Attribute(List<String> appliesTo, List<String> values) {
    }

    public static BratConfiguration parse(String text) {
        List<String> entities = new ArrayList<>();
        Map<String, Arguments> relations = new LinkedHashMap<>();
        Map<String, Arguments> events = new LinkedHashMap<>();
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        String section = "";
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip().toLowerCase(java.util.Locale.ROOT);
                continue;
            }
            switch (section) {
                case "entities" -> {
                    if (!line.startsWith("!")) {
                        entities.add(line.split("\\s+")[0]);
                    }
                }
                case "relations" -> {
                    String[] parts = line.split("\\s+", 2);
                    if (!parts[0].startsWith("<") && parts.length == 2) { // <OVERLAP> and <ENTITY> are brat's own settings
                        relations.put(parts[0], arguments(parts[1]));
                    }
                }
                case "events" -> {
                    String[] parts = line.split("\\s+", 2);
                    if (!parts[0].startsWith("!")) {
                        events.put(parts[0], parts.length == 2 ? arguments(parts[1]) : new Arguments(Map.of(), Map.of()));
                    }
                }
                case "attributes" -> {
                    String[] parts = line.split("\\s+", 2);
                    Arguments arguments = parts.length == 2 ? arguments(parts[1]) : new Arguments(Map.of(), Map.of());
                    attributes.put(parts[0], new Attribute(arguments.types().getOrDefault("Arg", List.of()),
                            arguments.types().getOrDefault("Value", List.of())));
                }
                default -> {
                    // visual and tool settings live in other files; unknown sections are not ours to read
                }
            }
        }
        return new BratConfiguration(entities, relations, events, attributes);
    }

    /** "Arg1:Person|Org, Arg2:Place" or "Theme+:Protein, Cause?:Protein"; role suffixes ? * + and digits are brat's counts. */
    private static Arguments arguments(String text) {
        Map<String, List<String>> types = new LinkedHashMap<>();
        Map<String, Boolean> several = new LinkedHashMap<>();
        for (String argument : text.split(",")) {
            String[] roleAndTypes = argument.strip().split(":", 2);
            if (roleAndTypes.length != 2) {
                continue;
            }
            String role = roleAndTypes[0].strip();
            boolean many = role.endsWith("*") || role.endsWith("+");
            role = role.replaceAll("[?*+]$", "").replaceAll("\\d+$", role.matches("Arg\\d+") ? "$0" : "");
            List<String> allowed = new ArrayList<>();
            for (String type : roleAndTypes[1].split("\\|")) {
                if (!type.isBlank()) {
                    allowed.add(type.strip());
                }
            }
            types.merge(role, allowed, (a, b) -> {
                List<String> both = new ArrayList<>(a);
                both.addAll(b);
                return both;
            });
            several.merge(role, many, Boolean::logicalOr);
        }
        return new Arguments(types, several);
    }
}
