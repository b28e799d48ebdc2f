package org.marginalia.core.export;

import java.io.IOException;
import java.io.Writer;

/**
 * The UIMA type system of an export: {@code org.marginalia.uima.Entity} (a feature structure, not an
 * annotation) and the annotation types Quote, Figure, Role and EntityMention under a common supertype
 * that carries the annotation's id, annotator, note and origin.
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

    static void write(Writer out) throws IOException {
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
        out.write("  </types>\n</typeSystemDescription>\n");
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
