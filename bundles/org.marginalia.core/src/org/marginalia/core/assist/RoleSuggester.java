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
 * Titles with names, in the three ways reports write them: "Japanese Foreign Minister Takeshi Iwaya" and
 * "Mayor Helen Ashdown" (title before the name), "Ukraine's foreign minister, Andrii Sybiha" (a possessive), and
 * "the mayor of Riverton, Tom Hale" (the title of a place or body, then the name). A nationality adjective, the
 * possessive or the "of" gives the affiliation; known names give the person. Titles are a head word ("minister",
 * "mayor", "spokeswoman") after any of the words that say which one ("foreign", "deputy", "chief"), in either case.
 */
public final class RoleSuggester implements Suggester {

    private static final Map<String, String> NATIONALITIES = Map.ofEntries(Map.entry("Japanese", "Japan"), Map.entry("Ukrainian", "Ukraine"),
            Map.entry("Russian", "Russia"), Map.entry("German", "Germany"), Map.entry("American", "United States"), Map.entry("U.S.", "United States"),
            Map.entry("North Korean", "North Korea"), Map.entry("South Korean", "South Korea"), Map.entry("Chinese", "China"),
            Map.entry("French", "France"), Map.entry("British", "United Kingdom"), Map.entry("Polish", "Poland"));
    private static final String MODIFIER = "(?:Deputy|Vice|Prime|First|Foreign|Defen[cs]e|Finance|Interior|Home|Trade|Economy|Economic|Health|Environment"
            + "|Education|Justice|Energy|Agriculture|Transport|Culture|Labou?r|Opposition|Acting|Chief|Special|Senior|General|Executive|Managing"
            + "|Regional|State|Police|Fire|Army|Party|Press|Emergency|Climate)";
    private static final String HEAD = "(?:Minister|President|Chancellor|Ambassador|Secretary(?:-General)?|Premier|Mayor|Governor|Senator"
            + "|Director|Chair(?:man|woman|person)?|Spokes(?:man|woman|person)|Envoy|Economist|Leader|Commissioner|Chief|Commander"
            + "|Prosecutor|Judge|Executive|Officer|Representative|Speaker|Councillor|Councilor|Superintendent|Inspector)";
    /** A title, case-insensitive: reports write "Environment Minister" and "environment minister" alike. */
    private static final String TITLE = "(?i:(?:" + MODIFIER + "\\s+){0,3}" + HEAD + ")";
    private static final String NAME = "\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2}";
    private static final String BODY = "(?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+(?:of\\s+|for\\s+|the\\s+)?\\p{Lu}[\\p{L}.-]*){0,4}";
    private static final Pattern TITLED = Pattern.compile("(?:\\b(" + String.join("|", NATIONALITIES.keySet()).replace(".", "\\.")
            + ")\\s+)?(?:(?:former|then|previous)\\s+)?\\b(" + TITLE + ")\\s+(" + NAME + ")");
    private static final Pattern POSSESSIVE = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)[\u2019']s\\s+(" + TITLE + "),?\\s+(" + NAME + ")");
    private static final Pattern OF_BODY = Pattern.compile("\\b(?i:the)\\s+(" + TITLE + ")\\s+(?:of|at|for)\\s+(" + BODY + "),\\s+(" + NAME + ")");

    @Override
    public String name() {
        return "roles";
    }

    /**
     * The three shapes are as sure as each other; where two overlap ("Ukraine's Foreign Minister Andrii Sybiha" holds
     * "Foreign Minister Andrii Sybiha"), {@link Suggesters} keeps the longer, with its affiliation.
     */
    @Override
    public List<Suggestion> suggest(Document document, EntityDirectory entities) {
        String text = document.getText();
        List<Suggestion> suggestions = new ArrayList<>();
        Matcher m = TITLED.matcher(text);
        while (m.find()) {
            String country = m.group(1) == null ? null : NATIONALITIES.get(m.group(1));
            suggestions.add(role(m.start(), m.end(), titleCase(m.group(2)), m.group(3), country, entities, 0.7));
        }
        m = POSSESSIVE.matcher(text);
        while (m.find()) {
            suggestions.add(role(m.start(), m.end(), titleCase(m.group(2)), m.group(3), m.group(1), entities, 0.7));
        }
        m = OF_BODY.matcher(text);
        while (m.find()) {
            suggestions.add(role(m.start(), m.end(), titleCase(m.group(1)), m.group(3), m.group(2).replaceFirst("^(?i:the)\\s+", ""), entities, 0.7));
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

    /** "foreign  minister" and "FOREIGN MINISTER" as "Foreign Minister", "secretary-general" as "Secretary-General". */
    private static String titleCase(String words) {
        StringBuilder result = new StringBuilder();
        boolean wordStart = true;
        for (char c : words.strip().replaceAll("\\s+", " ").toCharArray()) {
            result.append(wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
            wordStart = c == ' ' || c == '-';
        }
        return result.toString();
    }
}
