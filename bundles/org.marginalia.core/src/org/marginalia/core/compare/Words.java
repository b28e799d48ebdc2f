package org.marginalia.core.compare;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of normalised words that also knows a hyphenated word by its parts ("then-Japanese" has "then") and a
 * name by its spelling variants one letter apart ("Zelensky" and "Zelenskyy"), so that neither passes for a
 * difference between sources.
 */
final class Words {

    private static final int NAME_LENGTH = 5;

    private final Set<String> norms = new HashSet<>();
    /** The names among them, the only words a spelling variant is looked for in. */
    private final Set<String> names = new HashSet<>();
    /** Names already looked up for a variant: a document's words are asked about again and again. */
    private final Map<String, Boolean> variants = new HashMap<>();

    Words(List<Token> tokens) {
        tokens.forEach(this::add);
    }

    void addAll(List<Token> tokens) {
        tokens.forEach(this::add);
    }

    void add(Token token) {
        norms.add(token.norm());
        if (token.isCapitalised() && token.norm().length() >= NAME_LENGTH && names.add(token.norm())) {
            variants.clear();
        }
        if (token.norm().contains("-")) {
            norms.addAll(List.of(token.norm().split("-")));
        }
    }

    boolean has(Token token) {
        if (norms.contains(token.norm())) {
            return true;
        }
        if (token.norm().indexOf('-') >= 0 && hasParts(token.norm())) {
            return true;
        }
        return token.isCapitalised() && token.norm().length() >= NAME_LENGTH
                && variants.computeIfAbsent(token.norm(), norm -> names.stream().anyMatch(other -> oneApart(other, norm)));
    }

    /** Whether all the parts of a hyphenated word are here (split only when there is a hyphen: most words are asked about). */
    private boolean hasParts(String norm) {
        String[] parts = norm.split("-");
        return parts.length > 1 && List.of(parts).stream().allMatch(norms::contains);
    }

    /** One letter added, removed or changed. */
    private static boolean oneApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.length() < NAME_LENGTH) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
