package org.marginalia.core.formats.html;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The few string fields of a page's JSON-LD {@code NewsArticle} (or {@code Article}) the import reads: headline,
 * datePublished, articleBody and the publisher's name. Read with patterns over the script's text rather than a
 * JSON library: only top-level strings are wanted, and a page's broken JSON then costs a field, not the page.
 */
final class JsonLd {

    private static final Pattern ARTICLE_TYPE = Pattern.compile("\"@type\"\\s*:\\s*(\\[[^\\]]*)?\"(News|Reportage|Report|Analysis)?Article\"");
    private static final Pattern PUBLISHER = Pattern.compile("\"publisher\"\\s*:\\s*\\{[^{}]*?\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

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
        return name.find() ? Optional.of(unescape(name.group(1)).strip()).filter(v -> !v.isEmpty()) : Optional.empty();
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
