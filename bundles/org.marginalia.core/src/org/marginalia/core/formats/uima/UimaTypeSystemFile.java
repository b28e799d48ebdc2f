package org.marginalia.core.formats.uima;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusProblem;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A UIMA {@code TypeSystem.xml} (a {@code typeSystemDescription}): its types with their supertypes and the
 * features each declares, with their ranges. Imports of other descriptions are not followed (they would be
 * files outside the folder, or classpath resources Marginalia does not have); DKPro Core's and INCEpTION's
 * writers put the whole type system in one file.
 */
public final class UimaTypeSystemFile {

    /** A feature as declared: its range type and, for arrays and lists, the element type (null when not given). */
    public record Feature(String name, String range, String elementType) {
    }

    /** A type as declared: its supertype, description and own features (not the inherited ones), in order. */
    public record Type(String name, String supertype, String description, Map<String, Feature> features, List<String> allowedValues) {
    }

    private final Map<String, Type> types;

    private UimaTypeSystemFile(Map<String, Type> types) {
        this.types = types;
    }

    /** Reads {@code content}; a file that is not a type system description is a problem naming {@code file}. */
    public static UimaTypeSystemFile parse(Path file, byte[] content) throws CorpusException {
        Element root;
        try {
            root = safeBuilder().parse(new ByteArrayInputStream(content)).getDocumentElement();
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new CorpusException(new CorpusProblem(file, "is not readable XML: " + e.getMessage()), e);
        }
        if (!"typeSystemDescription".equals(root.getLocalName())) {
            throw new CorpusException(new CorpusProblem(file, "is no UIMA type system: its root element is " + root.getLocalName()
                    + ", not typeSystemDescription"));
        }
        Map<String, Type> types = new LinkedHashMap<>();
        for (Element type : children(root, "types", "typeDescription")) {
            String name = text(type, "name");
            if (name == null) {
                throw new CorpusException(new CorpusProblem(file, "has a typeDescription without a name"));
            }
            Map<String, Feature> features = new LinkedHashMap<>();
            for (Element feature : children(type, "features", "featureDescription")) {
                String featureName = text(feature, "name");
                if (featureName != null) {
                    features.put(featureName, new Feature(featureName, text(feature, "rangeTypeName"), text(feature, "elementType")));
                }
            }
            List<String> allowedValues = new ArrayList<>();
            for (Element value : children(type, "allowedValues", "value")) {
                String string = text(value, "string");
                if (string != null) {
                    allowedValues.add(string);
                }
            }
            types.put(name, new Type(name, text(type, "supertypeName"), text(type, "description"), features, List.copyOf(allowedValues)));
        }
        return new UimaTypeSystemFile(types);
    }

    /** This type system with the types of {@code other} it does not declare (annotators' folders may each bring one). */
    public UimaTypeSystemFile with(UimaTypeSystemFile other) {
        Map<String, Type> merged = new LinkedHashMap<>(types);
        other.types.forEach(merged::putIfAbsent);
        return new UimaTypeSystemFile(merged);
    }

    public Optional<Type> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    public Iterable<Type> types() {
        return types.values();
    }

    /** Whether {@code name} is {@code ancestor} or inherits from it, as far as the declared supertypes tell. */
    public boolean isA(String name, String ancestor) {
        String current = name;
        for (int depth = 0; current != null && depth < 64; depth++) { // a cycle in a hostile file must not hang the import
            if (current.equals(ancestor)) {
                return true;
            }
            Type type = types.get(current);
            current = type == null ? null : type.supertype();
        }
        return false;
    }

    /** The features of {@code name} and of its declared supertypes, the type's own last. */
    public Map<String, Feature> allFeatures(String name) {
        return allFeatures(name, 64); // depth-limited: a cycle of supertypes in a hostile file must not recurse forever
    }

    private Map<String, Feature> allFeatures(String name, int depth) {
        Map<String, Feature> features = new LinkedHashMap<>();
        Type type = types.get(name);
        if (type == null || depth == 0) {
            return features;
        }
        if (type.supertype() != null) {
            features.putAll(allFeatures(type.supertype(), depth - 1));
        }
        features.putAll(type.features());
        return features;
    }

    /** A parser that refuses DOCTYPEs, and with them external entities and entity expansion: the files come from anyone. */
    private static DocumentBuilder safeBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder();
    }

    /** The elements {@code <container><item/>...</container>} directly below {@code parent}. */
    private static Iterable<Element> children(Element parent, String container, String item) {
        List<Element> found = new ArrayList<>();
        Element holder = child(parent, container);
        if (holder != null) {
            NodeList nodes = holder.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i) instanceof Element element && item.equals(element.getLocalName())) {
                    found.add(element);
                }
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        String text = element == null ? null : element.getTextContent().strip();
        return text == null || text.isEmpty() ? null : text;
    }
}
