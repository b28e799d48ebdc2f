package org.marginalia.core.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.model.Document;
import org.marginalia.model.MarginaliaFactory;
import org.marginalia.model.Role;

/**
 * Titles with names: "Japanese Foreign Minister Takeshi Iwaya", "Ukraine's foreign minister, Andrii Sybiha".
 * A nationality adjective or a possessive country gives the affiliation; known names give the person.
 */
public final class RoleSuggester implements Suggester {

    private static final Map<String, String> NATIONALITIES = Map.ofEntries(Map.entry("Japanese", "Japan"), Map.entry("Ukrainian", "Ukraine"),
            Map.entry("Russian", "Russia"), Map.entry("German", "Germany"), Map.entry("American", "United States"), Map.entry("U.S.", "United States"),
            Map.entry("North Korean", "North Korea"), Map.entry("South Korean", "South Korea"), Map.entry("Chinese", "China"),
            Map.entry("French", "France"), Map.entry("British", "United Kingdom"), Map.entry("Polish", "Poland"));
    private static final String TITLE = "(?:(?:Deputy|Vice|Prime|Foreign|Defen[cs]e|Finance)\\s+)*(?:Minister|President|Chancellor|Ambassador|Secretary|Premier)";
    private static final String NAME = "\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2}";
    private static final Pattern TITLED = Pattern.compile("(?:\\b(" + String.join("|", NATIONALITIES.keySet()).replace(".", "\\.")
            + ")\\s+)?(?:(?:former|then|previous)\\s+)?\\b(" + TITLE + ")\\s+(" + NAME + ")");
    private static final Pattern POSSESSIVE = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)[’']s\\s+((?i:(?:deputy\\s+)?(?:foreign|prime|defen[cs]e)\\s+minister|president)),?\\s+(" + NAME + ")");

    @Override
    public String name() {
        return "roles";
    }

    @Override
    public List<Suggestion> suggest(Document document, EntityDirectory entities) {
        String text = document.getText();
        List<Suggestion> suggestions = new ArrayList<>();
        Matcher m = TITLED.matcher(text);
        while (m.find()) {
            String country = m.group(1) == null ? null : NATIONALITIES.get(m.group(1));
            suggestions.add(role(m.start(), m.end(), m.group(2), m.group(3), country, entities, 0.7));
        }
        m = POSSESSIVE.matcher(text);
        while (m.find()) {
            suggestions.add(role(m.start(), m.end(), titleCase(m.group(2)), m.group(3), m.group(1), entities, 0.6));
        }
        return suggestions;
    }

    private Suggestion role(int begin, int end, String title, String person, String affiliation, EntityDirectory entities, double confidence) {
        Role role = MarginaliaFactory.eINSTANCE.createRole();
        role.setBegin(begin);
        role.setEnd(end);
        role.setTitle(title);
        entities.named(person).ifPresent(role::setPerson);
        if (affiliation != null) {
            entities.named(affiliation).ifPresent(role::setAffiliation);
        }
        return new Suggestion(role, name(), role.getPerson() != null ? confidence : confidence - 0.2);
    }

    private static String titleCase(String words) {
        StringBuilder result = new StringBuilder();
        for (String word : words.split("\\s+")) {
            result.append(result.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase());
        }
        return result.toString();
    }
}
