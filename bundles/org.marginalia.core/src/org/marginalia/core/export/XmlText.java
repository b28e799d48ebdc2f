package org.marginalia.core.export;

import java.io.IOException;
import java.io.Writer;

/**
 * Escapes text for XML attribute values and element content. Line breaks and tabs in attributes are
 * written as character references, since a parser would otherwise normalise them to spaces and shift
 * every offset after them.
 */
final class XmlText {

    private XmlText() {
    }

    /** Writes {@code text}; {@code document} and {@code what} only serve to say where a bad character is. */
    static void write(Writer out, String text, String document, String what) throws IOException {
        int length = text.length();
        int plainFrom = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            String escape = escapeOf(c);
            if (escape == null && !isXmlChar(text, i, c)) {
                throw new IOException("the " + what + " of document " + document + " holds a character XML 1.0 cannot carry (U+"
                        + String.format("%04X", (int) c) + ") at offset " + i);
            }
            if (escape != null) {
                out.write(text, plainFrom, i - plainFrom);
                out.write(escape);
                plainFrom = i + 1;
            }
        }
        out.write(text, plainFrom, length - plainFrom);
    }

    /** {@code text} escaped for an XML element or attribute (a schema's description, say); control characters dropped. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escapeOf(c);
            if (escape != null) {
                escaped.append(escape);
            } else if (isXmlChar(text, i, c)) {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String escapeOf(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\n' -> "&#10;";
            case '\r' -> "&#13;";
            case '\t' -> "&#9;";
            default -> null;
        };
    }

    private static boolean isXmlChar(String text, int i, char c) {
        if (c >= 0x20 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
