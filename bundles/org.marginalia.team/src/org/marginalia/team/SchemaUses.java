package org.marginalia.team;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.marginalia.model.MarginaliaPackage;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which annotation sets use which of a schema's kinds, attributes and tag-set values, read from the sets' XML as
 * stored in a commit (no corpus is loaded: a merge has only blobs). A schema annotation is an {@code annotations}
 * or {@code relations} element whose {@code xsi:type} names a kind of the schema's namespace; its attributes are
 * its XML attributes and child elements other than the model's own features (id, span, note, ends).
 */
final class SchemaUses {

    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final Set<String> MODEL_FEATURES = modelFeatures();

    private final Set<String> namespaces;
    private final Map<String, Set<String>> kinds = new HashMap<>();
    private final Map<String, Set<String>> attributes = new HashMap<>();
    private final Map<String, Set<String>> values = new HashMap<>();

    /** One factory for every set of a merge (a corpus may have tens of thousands): finding one costs a service lookup. */
    private SAXParserFactory factory;

    /** @param namespaces the schema's namespace URIs (of every version being merged) */
    SchemaUses(Set<String> namespaces) {
        this.namespaces = namespaces;
    }

    /** Adds the uses of one set file; a file that is not well-formed XML uses nothing that can be told. */
    void add(String path, byte[] xml) throws IOException {
        try {
            factory().newSAXParser().parse(new ByteArrayInputStream(xml), new SetReader(path));
        } catch (SAXException e) {
            // Not a set this merge can read: it was no more readable before, so nothing of it is at stake.
        } catch (ParserConfigurationException e) {
            throw new IOException("no safe XML parser to read " + path + " with: " + e.getMessage(), e);
        }
    }

    private SAXParserFactory factory() throws ParserConfigurationException, SAXException {
        if (factory == null) {
            factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        }
        return factory;
    }

    /** The sets that hold an annotation of one of {@code kindNames}. */
    Set<String> ofKinds(Collection<String> kindNames) {
        return union(kinds, kindNames);
    }

    /** The sets that give {@code attribute} a value on an annotation of one of {@code kindNames}. */
    Set<String> ofAttribute(Collection<String> kindNames, String attribute) {
        return union(attributes, kindNames.stream().map(kind -> key(kind, attribute)).toList());
    }

    /** The sets that give {@code attribute} the value {@code value} on an annotation of one of {@code kindNames}. */
    Set<String> ofValue(Collection<String> kindNames, String attribute, String value) {
        return union(values, kindNames.stream().map(kind -> key(kind, attribute, value)).toList());
    }

    private static Set<String> union(Map<String, Set<String>> uses, Collection<String> keys) {
        Set<String> paths = new TreeSet<>();
        keys.forEach(key -> paths.addAll(uses.getOrDefault(key, Set.of())));
        return paths;
    }

    private static String key(String... parts) {
        return String.join("\u0000", parts);
    }

    private void use(Map<String, Set<String>> uses, String key, String path) {
        uses.computeIfAbsent(key, k -> new HashSet<>()).add(path);
    }

    private static Set<String> modelFeatures() {
        Set<String> names = new HashSet<>();
        MarginaliaPackage model = MarginaliaPackage.eINSTANCE;
        for (EStructuralFeature feature : model.getCustomSpan().getEAllStructuralFeatures()) {
            names.add(feature.getName());
        }
        for (EStructuralFeature feature : model.getRelation().getEAllStructuralFeatures()) {
            names.add(feature.getName());
        }
        return names;
    }

    /** Reads one set: depth 1 is the set, 2 its annotations and relations, 3 their many-valued or cross-file values. */
    private final class SetReader extends DefaultHandler {

        private final String path;
        private final Map<String, String> prefixes = new HashMap<>();
        private int depth;
        private String kind;
        private String child;
        private final StringBuilder text = new StringBuilder();

        SetReader(String path) {
            this.path = path;
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) {
            prefixes.put(prefix, uri);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            depth++;
            if (depth == 2) {
                kind = schemaKind(attributes.getValue(XSI, "type"));
                if (kind != null) {
                    use(kinds, kind, path);
                    for (int i = 0; i < attributes.getLength(); i++) {
                        if (attributes.getURI(i).isEmpty()) {
                            value(attributes.getLocalName(i), attributes.getValue(i));
                        }
                    }
                }
            } else if (depth == 3 && kind != null) {
                child = localName;
                text.setLength(0);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (child != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (depth == 3 && child != null) {
                value(child, text.toString());
                child = null;
            } else if (depth == 2) {
                kind = null;
            }
            depth--;
        }

        private void value(String attribute, String value) {
            if (!MODEL_FEATURES.contains(attribute)) {
                use(SchemaUses.this.attributes, key(kind, attribute), path);
                use(values, key(kind, attribute, value), path);
            }
        }

        /** The kind an {@code xsi:type} names when it is of the schema's namespace, else null. */
        private String schemaKind(String type) {
            if (type == null) {
                return null;
            }
            int colon = type.indexOf(':');
            String namespace = prefixes.get(colon < 0 ? "" : type.substring(0, colon));
            return namespaces.contains(namespace) ? type.substring(colon + 1) : null;
        }
    }
}
