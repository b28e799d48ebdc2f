package org.marginalia.core.formats.html;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The few string fields of a page's JSON-LD {@code NewsArticle} (or another {@code Article} or {@code BlogPosting}
 * type) the import reads: headline, datePublished, articleBody and the publisher's name. Read with patterns over the
 * script's text rather than a JSON library: only a few strings are wanted, and a page's broken JSON then costs a
 * field, not the page. The script may be one object, an array of them or an {@code @graph}; a field is read where
 * it first stands in it, so one the article shares with another node (a WebPage's datePublished) is read from the
 * node written first, the article on the pages outlets publish.
 */
final class JsonLd {

    /** An object's own text, skipping over the flat objects nested in it. */
    private static final String OWN_FIELDS = "(?:[^{}]|\\{[^{}]*})";
    private static final Pattern NESTED_OBJECT = Pattern.compile("\\{[^{}]*}");
    /**
     * Any schema.org article type: "NewsArticle", its kinds "ReportageNewsArticle" (BBC), "AnalysisNewsArticle",
     * "OpinionNewsArticle", "Article", "BlogPosting", "Report"; alone or in a list, {@code ["NewsArticle","Article"]} (Yoast).
     */
    private static final Pattern ARTICLE_TYPE = Pattern.compile("\"@type\"\\s*:\\s*(\\[[^\\]]*)?\"(\\w*Article|\\w*BlogPosting|Report)\"");
    /**
     * The publisher's own name, before or after its nested objects ({@code "logo":{...}} comes first where keys are
     * sorted); a name inside a nested object is not the publisher's.
     */
    private static final Pattern PUBLISHER = Pattern.compile("\"publisher\"\\s*:\\s*\\{" + OWN_FIELDS + "*?\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** A publisher given only by a reference to a node of the graph, {@code "publisher":{"@id":"https://example.com/#organization"}}. */
    private static final Pattern PUBLISHER_REFERENCE = Pattern.compile("\"publisher\"\\s*:\\s*\\{\\s*\"@id\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*}");
    private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final String json;

    private JsonLd(String json) {
        this.json = json;
    }

    static JsonLd newsArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            String json = script.data();
            if (ARTICLE_TYPE.matcher(json).find()) {
                return new JsonLd(json);
            }
        }
        return new JsonLd("");
    }

    Optional<String> value(String field) {
        Matcher value = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return value.find() ? Optional.of(unescape(value.group(1)).strip()).filter(v -> !v.isEmpty()) : Optional.empty();
    }

    Optional<String> publisher() {
        Matcher name = PUBLISHER.matcher(json);
        if (name.find()) {
            return Optional.of(unescape(name.group(1)).strip()).filter(v -> !v.isEmpty());
        }
        Matcher reference = PUBLISHER_REFERENCE.matcher(json);
        return reference.find() ? nameOfNode(reference.group(1)) : Optional.empty();
    }

    /**
     * The name of the graph node with that {@code @id} (as written in the script, so escaped alike), read from the
     * node's own fields, not from the objects nested in it (its logo); the references to the node elsewhere in the
     * graph have no name and are passed over.
     */
    private Optional<String> nameOfNode(String id) {
        Matcher node = Pattern.compile("\\{(" + OWN_FIELDS + "*?\"@id\"\\s*:\\s*\"" + Pattern.quote(id) + "\"" + OWN_FIELDS + "*)}").matcher(json);
        while (node.find()) {
            Matcher name = NAME.matcher(NESTED_OBJECT.matcher(node.group(1)).replaceAll(""));
            if (name.find()) {
                return Optional.of(unescape(name.group(1)).strip()).filter(v -> !v.isEmpty());
            }
        }
        return Optional.empty();
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    String hex = i + 4 < text.length() ? text.substring(i + 1, i + 5) : "";
                    if (hex.matches("[0-9a-fA-F]{4}")) {
                        out.append((char) Integer.parseInt(hex, 16));
                        i += 4;
                    } else {
                        out.append("\\u");
                    }
                }
                default -> out.append(next); // \" \\ \/
            }
        }
        return out.toString();
    }
}
