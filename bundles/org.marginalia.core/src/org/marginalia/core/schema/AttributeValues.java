package org.marginalia.core.schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.marginalia.model.Annotation;
import org.marginalia.model.Entity;

/**
 * A schema attribute's value as the analyst reads and types it: numbers as written, dates as 2024-11-16, yes/no,
 * a tag set's value by name, several values separated by commas. Parsing says what is wrong in words.
 */
public final class AttributeValues {

    /** A typed value, or the reason the text is not one. */
    public record Parsed(Object value, String error) {
        public boolean isValid() {
            return error == null;
        }
    }

    private AttributeValues() {
    }

    /** The value of {@code attribute} on {@code owner} as text ("" when it has none). */
    public static String text(EObject owner, EStructuralFeature attribute) {
        if (!owner.eIsSet(attribute)) {
            return "";
        }
        Object value = owner.eGet(attribute);
        if (attribute.isMany()) {
            List<String> parts = new ArrayList<>();
            for (Object one : (Collection<?>) value) {
                parts.add(one(one));
            }
            return String.join(", ", parts);
        }
        return one(value);
    }

    /** One value as text: a date as 2024-11-16, an entity by name, a tag by its value, yes/no. */
    public static String text(Object value) {
        return one(value);
    }

    private static String one(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        if (value instanceof Entity entity) {
            return entity.getName();
        }
        if (value instanceof EEnumLiteral literal) {
            return literal.getLiteral();
        }
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        if (value instanceof Annotation annotation) {
            return annotation.eClass().getName() + " " + annotation.getId();
        }
        return value == null ? "" : value.toString();
    }

    /** Parses typed text for an attribute of a data type or a tag set (entities and annotations are chosen, not typed). */
    public static Parsed parse(EAttribute attribute, String text) {
        String trimmed = text == null ? "" : text.strip();
        if (attribute.isMany()) {
            List<Object> values = new ArrayList<>();
            for (String part : trimmed.isEmpty() ? new String[0] : trimmed.split("\\s*,\\s*")) {
                Parsed one = parseOne(attribute.getEAttributeType(), part);
                if (!one.isValid()) {
                    return one;
                }
                values.add(one.value());
            }
            return new Parsed(values, null);
        }
        return trimmed.isEmpty() ? new Parsed(null, null) : parseOne(attribute.getEAttributeType(), trimmed);
    }

    private static Parsed parseOne(EDataType type, String text) {
        if (type instanceof EEnum tagSet) {
            EEnumLiteral literal = tagSet.getEEnumLiteralByLiteral(text);
            if (literal == null) {
                List<String> values = tagSet.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
                return new Parsed(null, "\"" + text + "\" is not in the tag set " + tagSet.getName() + ": " + String.join(", ", values));
            }
            return new Parsed(literal.getInstance(), null);
        }
        Class<?> kind = type.getInstanceClass();
        try {
            if (kind == Date.class) {
                return new Parsed(Date.from(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()), null);
            }
            if (kind == boolean.class || kind == Boolean.class) {
                return switch (text.toLowerCase(Locale.ROOT)) {
                    case "yes", "true" -> new Parsed(Boolean.TRUE, null);
                    case "no", "false" -> new Parsed(Boolean.FALSE, null);
                    default -> new Parsed(null, "answer yes or no");
                };
            }
            if (kind == int.class || kind == Integer.class) {
                return new Parsed(Integer.valueOf(text.replace(",", "")), null);
            }
            if (kind == long.class || kind == Long.class) {
                return new Parsed(Long.valueOf(text.replace(",", "")), null);
            }
            if (kind == double.class || kind == Double.class) {
                return new Parsed(Double.valueOf(text.replace(",", "")), null);
            }
            if (kind == BigDecimal.class) {
                return new Parsed(new BigDecimal(text.replace(",", "")), null);
            }
        } catch (NumberFormatException e) {
            return new Parsed(null, "\"" + text + "\" is not a " + (kind == int.class || kind == Integer.class || kind == long.class ? "whole number" : "number"));
        } catch (DateTimeParseException e) {
            return new Parsed(null, "\"" + text + "\" is not a date: write it as 2024-11-16");
        }
        return new Parsed(text, null);
    }
}
