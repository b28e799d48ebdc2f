package org.marginalia.model.util;

import java.text.Normalizer;
import java.util.Locale;

import org.marginalia.model.EntityKind;

/**
 * Derives entity ids from kind and name, so that two analysts who create "Takeshi Iwaya" independently
 * get the same entity: {@code person.takeshi-iwaya}. No colon: ids are used as XML ID references, where a
 * colon would read as a URI scheme.
 */
public final class EntityIds {

    private EntityIds() {
    }

    public static String idFor(EntityKind kind, String name) {
        if (kind == null || name == null || name.isBlank()) {
            throw new IllegalArgumentException("an entity needs a kind and a name");
        }
        return kind.getLiteral() + "." + normalise(name);
    }

    /** Lower case, accents removed, every run of other characters folded into one hyphen. */
    static String normalise(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
