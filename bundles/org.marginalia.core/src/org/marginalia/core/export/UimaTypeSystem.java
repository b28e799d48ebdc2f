package org.marginalia.core.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.MarginaliaPackage;

/**
 * The UIMA type system of an export: {@code org.marginalia.uima.Entity} (a feature structure, not an
 * annotation) and the annotation types Quote, Figure, Role and EntityMention under a common supertype
 * that carries the annotation's id, annotator, note and origin; then the corpus schema's span kinds with a
 * feature per attribute, and its relation kinds with Governor and Dependent.
 */
final class UimaTypeSystem {

    static final String PACKAGE = "org.marginalia.uima";
    static final String NAMESPACE = "http:///org/marginalia/uima.ecore";
    static final String PREFIX = "marginalia";
    static final String FILE_NAME = "TypeSystem.xml";

    private static final String STRING = "uima.cas.String";
    private static final String BOOLEAN = "uima.cas.Boolean";
    private static final String ENTITY = PACKAGE + ".Entity";
    private static final String BASE = PACKAGE + ".MarginaliaAnnotation";

    private UimaTypeSystem() {
    }

    /** The UIMA range of a schema attribute: numbers and yes/no as such, several values as a string array, everything else as text. */
    static String rangeOf(EStructuralFeature attribute) {
        if (attribute.isMany()) {
            return "uima.cas.StringArray";
        }
        if (attribute.getEType() == MarginaliaPackage.eINSTANCE.getEntity()) {
            return ENTITY;
        }
        if (attribute.getEType() instanceof EEnum tagSet) {
            return tagType(tagSet);
        }
        Class<?> values = attribute.getEType().getInstanceClass();
        if (values == int.class || values == Integer.class) {
            return "uima.cas.Integer";
        }
        if (values == long.class || values == Long.class) {
            return "uima.cas.Long";
        }
        if (values == double.class || values == Double.class || values == BigDecimal.class) {
            return "uima.cas.Double";
        }
        return values == boolean.class || values == Boolean.class ? BOOLEAN : STRING;
    }

    static void write(Writer out, CorpusSchema schema) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<typeSystemDescription xmlns=\"http://uima.apache.org/resourceSpecifier\">\n");
        out.write("  <name>Marginalia</name>\n");
        out.write("  <description>Quotes, figures, roles and entity mentions tagged in Marginalia, with the entities they refer to.</description>\n");
        out.write("  <version>1.0</version>\n  <types>\n");
        type(out, ENTITY, "uima.cas.TOP", "A person, organisation, place or other thing shared across documents.",
                feature("entityId", STRING), feature("kind", STRING), feature("name", STRING),
                "      <featureDescription><name>aliases</name><rangeTypeName>uima.cas.StringArray</rangeTypeName>"
                        + "<elementType>uima.cas.String</elementType><multipleReferencesAllowed>false</multipleReferencesAllowed></featureDescription>\n");
        type(out, BASE, "uima.tcas.Annotation", "A span tagged by an analyst, or merged into the curated result.",
                feature("annotationId", STRING), feature("annotator", STRING), feature("curated", BOOLEAN),
                feature("note", STRING), feature("origin", STRING));
        type(out, PACKAGE + ".Quote", BASE, "Words reported as said by someone.",
                feature("speaker", ENTITY), feature("mode", STRING), feature("cue", STRING));
        type(out, PACKAGE + ".Figure", BASE, "A number or date, normalised, with what it counts.",
                feature("value", STRING), feature("unit", STRING), feature("counts", STRING), feature("approximate", BOOLEAN));
        type(out, PACKAGE + ".Role", BASE, "A person named with a title and an affiliation.",
                feature("person", ENTITY), feature("title", STRING), feature("affiliation", ENTITY));
        type(out, PACKAGE + ".EntityMention", BASE, "A mention of an entity.", feature("entity", ENTITY));
        for (EEnum tagSet : tagSets(schema)) {
            tagSet(out, tagSet);
        }
        for (EClass kind : schema.spanKinds()) {
            if (!CorpusSchema.isBuiltIn(kind)) {
                type(out, PACKAGE + "." + kind.getName(), BASE, XmlText.escape(CorpusSchema.description(kind).orElse("A kind of the corpus's schema.")),
                        features(kind));
            }
        }
        for (EClass kind : schema.relationKinds()) {
            // As DKPro Core and INCEpTION write relations: Governor and Dependent, the relation spanning its dependent.
            // The dependent's document and id are kept too, because a relation may lead into another document's CAS.
            List<String> features = new ArrayList<>(List.of(feature("Governor", BASE), feature("Dependent", BASE),
                    feature("dependentDocument", STRING), feature("dependentAnnotationId", STRING)));
            features.addAll(List.of(features(kind)));
            type(out, PACKAGE + "." + kind.getName(), BASE, XmlText.escape(CorpusSchema.description(kind).orElse("A relation kind of the corpus's schema.")),
                    features.toArray(new String[0]));
        }
        out.write("  </types>\n</typeSystemDescription>\n");
    }

    /** A tag set as UIMA has one: a subtype of String whose allowed values are the tags (INCEpTION reads such a type as a tag set). */
    private static String tagType(EEnum tagSet) {
        return PACKAGE + ".tags." + tagSet.getName();
    }

    private static List<EEnum> tagSets(CorpusSchema schema) {
        return schema.customPackage().map(p -> p.getEClassifiers().stream().filter(EEnum.class::isInstance).map(EEnum.class::cast).toList())
                .orElse(List.of());
    }

    private static void tagSet(Writer out, EEnum tagSet) throws IOException {
        out.write("    <typeDescription>\n      <name>" + tagType(tagSet) + "</name>\n      <description>A tag set of the corpus's schema.</description>\n");
        out.write("      <supertypeName>uima.cas.String</supertypeName>\n      <allowedValues>\n");
        for (EEnumLiteral tag : tagSet.getELiterals()) {
            out.write("        <value><string>" + XmlText.escape(tag.getLiteral()) + "</string><description/></value>\n");
        }
        out.write("      </allowedValues>\n    </typeDescription>\n");
    }

    private static String[] features(EClass kind) {
        return CorpusSchema.attributesOf(kind).stream().map(attribute -> {
            String range = rangeOf(attribute);
            return range.endsWith("Array")
                    ? "      <featureDescription><name>" + attribute.getName() + "</name><rangeTypeName>" + range
                            + "</rangeTypeName><elementType>uima.cas.String</elementType><multipleReferencesAllowed>false</multipleReferencesAllowed></featureDescription>\n"
                    : feature(attribute.getName(), range);
        }).toArray(String[]::new);
    }

    private static String feature(String name, String range) {
        return "      <featureDescription><name>" + name + "</name><rangeTypeName>" + range + "</rangeTypeName></featureDescription>\n";
    }

    private static void type(Writer out, String name, String supertype, String description, String... features) throws IOException {
        out.write("    <typeDescription>\n      <name>" + name + "</name>\n      <description>" + description + "</description>\n");
        out.write("      <supertypeName>" + supertype + "</supertypeName>\n      <features>\n");
        for (String feature : features) {
            out.write(feature.replace("      <featureDescription>", "        <featureDescription>"));
        }
        out.write("      </features>\n    </typeDescription>\n");
    }
}
