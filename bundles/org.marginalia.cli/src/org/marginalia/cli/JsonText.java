package org.marginalia.cli;

/** The few JSON values the commands print: strings, escaped, and numbers, null when undefined. */
final class JsonText {

    private JsonText() {
    }

    static String string(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                default -> s.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return s.append('"').toString();
    }

    static String number(double value) {
        return Double.isNaN(value) ? "null" : Double.toString(value);
    }
}
