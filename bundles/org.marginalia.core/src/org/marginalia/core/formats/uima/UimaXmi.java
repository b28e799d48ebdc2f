package org.marginalia.core.formats.uima;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusProblem;

/**
 * One UIMA CAS in XMI, as UIMA's {@code XmiCasSerializer} writes it (DKPro Core's {@code XmiWriter} and
 * INCEpTION's export use it): each feature structure an element whose namespace names the type's package
 * ({@code http:///de/tudarmstadt/ukp/dkpro/core/api/ner/type.ecore} for {@code de.tudarmstadt...ner.type}) and whose
 * local name is the type's short name, with an {@code xmi:id}, single values and references to other
 * structures' ids as attributes, and the values of string arrays as child elements. The text is the
 * {@code sofaString} of the initial view's {@code cas:Sofa}. Read with StAX, which tells the line of each element.
 */
public final class UimaXmi {

    public static final String SOFA = "uima.cas.Sofa";
    private static final String XMI_NAMESPACE = "http://www.omg.org/XMI";
    private static final String INITIAL_VIEW = "_InitialView";

    /** A feature structure: its xmi:id, type name, the values given as attributes and those given as child elements, and its line. */
    public record FeatureStructure(int id, String type, Map<String, String> features, Map<String, List<String>> elements, int line) {

        public String feature(String name) {
            return features.get(name);
        }

        /** Begin and end as UIMA writes them on annotations; -1 when absent or not a number. */
        public int offset(String name) {
            try {
                String value = features.get(name);
                return value == null ? -1 : Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    private final String text;
    private final String sofaId;
    private final Map<Integer, FeatureStructure> structures;

    private UimaXmi(String text, String sofaId, Map<Integer, FeatureStructure> structures) {
        this.text = text;
        this.sofaId = sofaId;
        this.structures = structures;
    }

    /** Reads {@code content}; XML that is not well formed, or a CAS without text, is a problem naming the file and line. */
    public static UimaXmi parse(Path file, byte[] content) throws CorpusException {
        Map<Integer, FeatureStructure> structures = new LinkedHashMap<>();
        String text = null;
        String sofaId = null;
        XMLStreamReader reader = null;
        try {
            reader = safeFactory().createXMLStreamReader(new ByteArrayInputStream(content));
            int depth = 0;
            FeatureStructure current = null;
            String childFeature = null;
            StringBuilder childText = new StringBuilder();
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new CorpusException(new CorpusProblem(file, "line " + reader.getLocation().getLineNumber(),
                            "has a DOCTYPE, which a CAS never needs; it is not read"));
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        if (depth == 2) {
                            current = structure(file, reader);
                            if (current != null) {
                                if (structures.putIfAbsent(current.id(), current) != null) {
                                    throw new CorpusException(new CorpusProblem(file, "line " + current.line(), "has the xmi:id " + current.id() + " twice"));
                                }
                                if (SOFA.equals(current.type()) && INITIAL_VIEW.equals(current.feature("sofaID"))) {
                                    text = current.feature("sofaString");
                                    sofaId = String.valueOf(current.id());
                                }
                            }
                        } else if (depth == 3 && current != null) {
                            childFeature = reader.getLocalName();
                            childText.setLength(0);
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (childFeature != null) {
                            childText.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (depth == 3 && childFeature != null) {
                            current.elements().computeIfAbsent(childFeature, f -> new ArrayList<>()).add(childText.toString());
                            childFeature = null;
                        } else if (depth == 2) {
                            current = null;
                        }
                        depth--;
                    }
                    default -> {
                        // comments, processing instructions and whitespace between elements carry no feature values
                    }
                }
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
            throw new CorpusException(new CorpusProblem(file, "is not well-formed XML" + where + " (truncated or damaged?): " + message(e)), e);
        } finally {
            close(reader);
        }
        if (text == null) {
            throw new CorpusException(new CorpusProblem(file, "holds no text: no cas:Sofa of the initial view with a sofaString"));
        }
        return new UimaXmi(text, sofaId, structures);
    }

    /** The text of the initial view, which the annotations' offsets index in UTF-16 units. */
    public String text() {
        return text;
    }

    /** Whether {@code structure} is annotated on the initial view's text (an annotation of another view is not). */
    public boolean onText(FeatureStructure structure) {
        return sofaId.equals(structure.feature("sofa"));
    }

    public Collection<FeatureStructure> structures() {
        return structures.values();
    }

    /** The structure a reference feature's value (an xmi:id) points at, or null. */
    public FeatureStructure referenced(String id) {
        if (id == null) {
            return null;
        }
        try {
            return structures.get(Integer.parseInt(id.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A top-level element as a feature structure, or null for elements that are none (XMI's own, or without an xmi:id). */
    private static FeatureStructure structure(Path file, XMLStreamReader reader) throws CorpusException {
        String namespace = reader.getNamespaceURI();
        if (namespace == null || XMI_NAMESPACE.equals(namespace)) {
            return null;
        }
        int line = reader.getLocation().getLineNumber();
        String id = reader.getAttributeValue(XMI_NAMESPACE, "id");
        if (id == null) {
            return null; // cas:View lists members but is no feature structure
        }
        Map<String, String> features = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String attributeNamespace = reader.getAttributeNamespace(i);
            if (attributeNamespace == null || attributeNamespace.isEmpty()) {
                features.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
        }
        try {
            return new FeatureStructure(Integer.parseInt(id.strip()), typeName(namespace, reader.getLocalName()), features, new LinkedHashMap<>(), line);
        } catch (NumberFormatException e) {
            throw new CorpusException(new CorpusProblem(file, "line " + line, "has the xmi:id \"" + id + "\", which is not a number"));
        }
    }

    /** {@code http:///de/tudarmstadt/ukp/dkpro/core/api/ner/type.ecore} and {@code NamedEntity} make the UIMA type name. */
    static String typeName(String namespace, String localName) {
        String path = namespace.startsWith("http:///") ? namespace.substring("http:///".length()) : namespace;
        if (path.endsWith(".ecore")) {
            path = path.substring(0, path.length() - ".ecore".length());
        }
        return path.replace('/', '.') + "." + localName;
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        return factory;
    }

    /** The parser's message without its "ParseError at [row,col]" preamble, which the line already tells. */
    private static String message(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int cut = message.indexOf("Message: ");
        return cut >= 0 ? message.substring(cut + "Message: ".length()).strip() : message.strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing was written; the parse result or its error has been taken already
            }
        }
    }
}
