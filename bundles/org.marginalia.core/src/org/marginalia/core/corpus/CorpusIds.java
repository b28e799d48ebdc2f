package org.marginalia.core.corpus;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The grammar of the ids that name files: document ids ({@code documents/<id>.txt}, {@code <id>.xmi}) and
 * analyst ids ({@code annotations/<id>/}). An id that passes can be joined to a folder and stays a single
 * plain file name on every system: no separators, no {@code ..}, no leading dot, no names Windows reserves.
 * Ids come from corpus files, which may be a stranger's, so every path built from one is built after this check.
 */
public final class CorpusIds {

    public static final int MAX_LENGTH = 100;

    private static final Pattern GRAMMAR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0," + (MAX_LENGTH - 1) + "}");
    private static final Pattern WINDOWS_RESERVED = Pattern.compile("(con|prn|aux|nul|com[1-9]|lpt[1-9])(\\..*)?");

    private CorpusIds() {
    }

    public static boolean isValid(String id) {
        return id != null && GRAMMAR.matcher(id).matches() && !id.endsWith(".") && !id.contains("..")
                && !WINDOWS_RESERVED.matcher(id.toLowerCase(Locale.ROOT)).matches();
    }

    /** @throws IllegalArgumentException naming {@code what} ("document id", "analyst id") and the rule */
    public static String check(String what, String id) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(describe(what, id));
        }
        return id;
    }

    /** Why {@code id} is refused, for problem reports. */
    public static String describe(String what, String id) {
        return "'" + id + "' cannot be a " + what + ": use at most " + MAX_LENGTH
                + " letters, digits, '.', '_' or '-', starting with a letter or digit, without '..'";
    }
}
