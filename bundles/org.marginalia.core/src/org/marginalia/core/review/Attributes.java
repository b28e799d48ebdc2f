package org.marginalia.core.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.marginalia.core.schema.AttributeValues;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Annotation;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityMention;
import org.marginalia.model.Figure;
import org.marginalia.model.Quote;
import org.marginalia.model.Role;

/**
 * What makes two annotations at one position the same "configuration": their kind-specific attributes,
 * with entities compared by id. Ids, notes and origins are bookkeeping and do not count.
 */
final class Attributes {

    private Attributes() {
    }

    static String signature(Annotation annotation) {
        if (annotation instanceof Quote quote) {
            return String.join("|", id(quote.getSpeaker()), quote.getMode().getLiteral(), text(quote.getCue()));
        }
        if (annotation instanceof Figure figure) {
            return String.join("|", text(figure.getValue()), text(figure.getUnit()), text(figure.getCounts()), Boolean.toString(figure.isApproximate()));
        }
        if (annotation instanceof Role role) {
            return String.join("|", id(role.getPerson()), text(role.getTitle()), id(role.getAffiliation()));
        }
        if (annotation instanceof EntityMention mention) {
            return id(mention.getEntity());
        }
        // A kind of the corpus's schema: every attribute counts, entities and annotations by id.
        List<String> values = new ArrayList<>();
        for (EStructuralFeature attribute : CorpusSchema.attributesOf(annotation.eClass())) {
            Object value = annotation.eGet(attribute);
            if (value instanceof Entity entity) {
                values.add(id(entity));
            } else if (value instanceof Annotation other) {
                values.add(text(other.getId()));
            } else {
                values.add(AttributeValues.text(annotation, attribute));
            }
        }
        return String.join("|", values);
    }

    private static String id(Entity entity) {
        return entity == null ? "" : Objects.toString(entity.getId(), "");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
