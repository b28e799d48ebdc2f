package org.marginalia.core.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.schema.AttributeValues;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityMention;
import org.marginalia.model.Figure;
import org.marginalia.model.Quote;
import org.marginalia.model.Relation;
import org.marginalia.model.Role;

/**
 * UIMA CAS XMI, written directly: one {@code <document>.xmi} per document holding the text as the sofa
 * and the chosen sets' annotations (each with its annotator), plus {@code TypeSystem.xml}. Offsets are
 * Java String indices, which are UTF-16 code units as in UIMA. Writing the XML by hand streams each
 * document without building a CAS, which is what makes it fast; the tests read every file back with UIMA.
 */
final class UimaCasXmiExporter implements CorpusExporter {

    private static final int SOFA_ID = 1;

    @Override
    public List<Path> outputs(LoadedCorpus corpus, Path out) {
        List<Path> files = new ArrayList<>();
        files.add(out.resolve(UimaTypeSystem.FILE_NAME));
        corpus.corpus().getDocuments().forEach(d -> files.add(out.resolve(d.getId() + ".xmi")));
        return files;
    }

    @Override
    public List<String> export(LoadedCorpus corpus, List<AnnotationSet> sets, Path out, Monitor monitor) throws IOException {
        List<Document> documents = corpus.corpus().getDocuments();
        monitor.beginTask("Exporting UIMA CAS XMI", documents.size() + 1);
        AtomicFiles.writeRegenerable(out.resolve(UimaTypeSystem.FILE_NAME), stream -> {
            Writer writer = writer(stream);
            UimaTypeSystem.write(writer, CorpusSchema.of(corpus));
            writer.flush();
        });
        monitor.worked(1);
        Map<String, List<AnnotationSet>> setsByDocument = new LinkedHashMap<>();
        for (AnnotationSet set : sets) {
            setsByDocument.computeIfAbsent(set.getDocument().getId(), id -> new ArrayList<>()).add(set);
        }
        for (Document document : documents) {
            if (monitor.isCanceled()) {
                throw new CancellationException("export cancelled");
            }
            monitor.subTask(document.getId());
            List<AnnotationSet> documentSets = setsByDocument.getOrDefault(document.getId(), List.of());
            AtomicFiles.writeRegenerable(out.resolve(document.getId() + ".xmi"), stream -> {
                Writer writer = writer(stream);
                new CasWriter(writer, document).write(documentSets);
                writer.flush();
            });
            monitor.worked(1);
        }
        monitor.done();
        return List.of();
    }

    private static Writer writer(OutputStream stream) {
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Writes one document's CAS; xmi:ids are numbered as they are written, entities once each. */
    private static final class CasWriter {
        private final Writer out;
        private final Document document;
        private final Map<Entity, Integer> entityIds = new LinkedHashMap<>();
        private final Map<Annotation, Integer> annotationIds = new HashMap<>();
        private final StringBuilder members = new StringBuilder();
        private int nextId = 2;

        CasWriter(Writer out, Document document) {
            this.out = out;
            this.document = document;
        }

        void write(List<AnnotationSet> sets) throws IOException {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\""
                    + " xmlns:cas=\"http:///uima/cas.ecore\" xmlns:tcas=\"http:///uima/tcas.ecore\" xmlns:"
                    + UimaTypeSystem.PREFIX + "=\"" + UimaTypeSystem.NAMESPACE + "\" xmi:version=\"2.0\">\n");
            out.write("<cas:NULL xmi:id=\"0\"/>\n");
            String text = document.getText();
            int documentAnnotation = nextId++;
            out.write("<tcas:DocumentAnnotation xmi:id=\"" + documentAnnotation + "\" sofa=\"" + SOFA_ID + "\" begin=\"0\" end=\""
                    + text.length() + "\" language=\"x-unspecified\"/>\n");
            members.append(documentAnnotation);
            for (AnnotationSet set : sets) {
                List<Annotation> annotations = new ArrayList<>(set.getAnnotations());
                annotations.sort(Comparator.comparingInt(Annotation::getBegin).thenComparingInt(Annotation::getEnd));
                for (Annotation annotation : annotations) {
                    writeAnnotation(set, annotation);
                }
            }
            for (AnnotationSet set : sets) {
                for (Relation relation : set.getRelations()) {
                    writeRelation(set, relation);
                }
            }
            out.write("<cas:Sofa xmi:id=\"" + SOFA_ID + "\" sofaNum=\"1\" sofaID=\"_InitialView\" mimeType=\"text\" sofaString=\"");
            XmlText.write(out, text, document.getId(), "text");
            out.write("\"/>\n<cas:View sofa=\"" + SOFA_ID + "\" members=\"");
            out.write(members.toString());
            out.write("\"/>\n</xmi:XMI>\n");
        }

        private void writeAnnotation(AnnotationSet set, Annotation annotation) throws IOException {
            // Entities are written before the first annotation that refers to them.
            Map<String, Integer> references = new LinkedHashMap<>();
            if (annotation instanceof Quote quote) {
                reference(references, "speaker", quote.getSpeaker());
            } else if (annotation instanceof Role role) {
                reference(references, "person", role.getPerson());
                reference(references, "affiliation", role.getAffiliation());
            } else if (annotation instanceof EntityMention mention) {
                reference(references, "entity", mention.getEntity());
            }
            for (EStructuralFeature attribute : CorpusSchema.attributesOf(annotation.eClass())) {
                if (!attribute.isMany() && annotation.eGet(attribute) instanceof Entity entity) {
                    reference(references, attribute.getName(), entity);
                }
            }
            int id = nextId++;
            annotationIds.put(annotation, id);
            members.append(' ').append(id);
            out.write("<" + UimaTypeSystem.PREFIX + ":" + annotation.eClass().getName() + " xmi:id=\"" + id + "\" sofa=\"" + SOFA_ID
                    + "\" begin=\"" + annotation.getBegin() + "\" end=\"" + annotation.getEnd() + "\"");
            attribute("annotationId", annotation.getId());
            attribute("annotator", set.isCurated() ? "curated" : set.getAnalystId());
            if (set.isCurated()) {
                out.write(" curated=\"true\"");
            }
            attribute("note", annotation.getNote());
            attribute("origin", annotation.getOrigin().getLiteral());
            if (annotation instanceof Quote quote) {
                attribute("mode", quote.getMode().getLiteral());
                attribute("cue", quote.getCue());
            } else if (annotation instanceof Figure figure) {
                attribute("value", figure.getValue());
                attribute("unit", figure.getUnit());
                attribute("counts", figure.getCounts());
                out.write(" approximate=\"" + figure.isApproximate() + "\"");
            } else if (annotation instanceof Role role) {
                attribute("title", role.getTitle());
            }
            for (Map.Entry<String, Integer> reference : references.entrySet()) {
                out.write(" " + reference.getKey() + "=\"" + reference.getValue() + "\"");
            }
            endWithSchemaAttributes(annotation);
        }

        /**
         * A relation in the CAS of its governor's document, spanning its dependent as DKPro Core writes them; a
         * dependent in another document has no feature structure here, so its document and id say where it is.
         */
        private void writeRelation(AnnotationSet set, Relation relation) throws IOException {
            Annotation governor = relation.getGovernor();
            Annotation dependent = relation.getDependent();
            Integer governorId = annotationIds.get(governor);
            if (governorId == null || dependent == null) {
                throw new IOException("the relation " + relation.getId() + " of " + set.getAnalystId() + " in document " + document.getId()
                        + " has no " + (dependent == null ? "dependent" : "governor in this document"));
            }
            Integer dependentId = annotationIds.get(dependent);
            boolean here = dependentId != null;
            int id = nextId++;
            members.append(' ').append(id);
            out.write("<" + UimaTypeSystem.PREFIX + ":" + relation.eClass().getName() + " xmi:id=\"" + id + "\" sofa=\"" + SOFA_ID
                    + "\" begin=\"" + (here ? dependent.getBegin() : governor.getBegin()) + "\" end=\"" + (here ? dependent.getEnd() : governor.getEnd()) + "\"");
            attribute("annotationId", relation.getId());
            attribute("annotator", set.isCurated() ? "curated" : set.getAnalystId());
            attribute("note", relation.getNote());
            attribute("origin", relation.getOrigin().getLiteral());
            out.write(" Governor=\"" + governorId + "\"");
            if (here) {
                out.write(" Dependent=\"" + dependentId + "\"");
            }
            AnnotationSet dependentSet = (AnnotationSet) dependent.eContainer();
            attribute("dependentDocument", dependentSet == null ? null : dependentSet.getDocument().getId());
            attribute("dependentAnnotationId", dependent.getId());
            endWithSchemaAttributes(relation);
        }

        /** The schema's attributes of {@code owner} (entities were referred to already), and the element's end. */
        private void endWithSchemaAttributes(EObject owner) throws IOException {
            List<EStructuralFeature> several = new ArrayList<>();
            for (EStructuralFeature attribute : CorpusSchema.attributesOf(owner.eClass())) {
                if (attribute.isMany()) {
                    several.add(attribute);
                } else if (!(owner.eGet(attribute) instanceof Entity) && owner.eIsSet(attribute)) {
                    Object value = owner.eGet(attribute);
                    // UIMA reads true/false and plain numbers; the rest as the analyst reads it (dates as 2024-11-16).
                    attribute(attribute.getName(), value instanceof Boolean || value instanceof Number ? value.toString() : AttributeValues.text(owner, attribute));
                }
            }
            if (several.isEmpty()) {
                out.write("/>\n");
                return;
            }
            out.write(">");
            for (EStructuralFeature attribute : several) {
                for (Object value : (List<?>) owner.eGet(attribute)) {
                    out.write("<" + attribute.getName() + ">");
                    XmlText.write(out, AttributeValues.text(value), document.getId(), attribute.getName());
                    out.write("</" + attribute.getName() + ">");
                }
            }
            out.write("</" + UimaTypeSystem.PREFIX + ":" + owner.eClass().getName() + ">\n");
        }

        private void reference(Map<String, Integer> references, String feature, Entity entity) throws IOException {
            if (entity == null) {
                return;
            }
            Integer id = entityIds.get(entity);
            if (id == null) {
                id = nextId++;
                entityIds.put(entity, id);
                members.append(' ').append(id);
                writeEntity(entity, id);
            }
            references.put(feature, id);
        }

        private void writeEntity(Entity entity, int id) throws IOException {
            out.write("<" + UimaTypeSystem.PREFIX + ":Entity xmi:id=\"" + id + "\"");
            attribute("entityId", entity.getId());
            attribute("kind", entity.getKind().getLiteral());
            attribute("name", entity.getName());
            if (entity.getAliases().isEmpty()) {
                out.write("/>\n");
                return;
            }
            out.write(">");
            for (String alias : entity.getAliases()) {
                out.write("<aliases>");
                XmlText.write(out, alias, document.getId(), "an alias of " + entity.getId());
                out.write("</aliases>");
            }
            out.write("</" + UimaTypeSystem.PREFIX + ":Entity>\n");
        }

        private void attribute(String name, String value) throws IOException {
            if (value == null) {
                return;
            }
            out.write(" " + name + "=\"");
            XmlText.write(out, value, document.getId(), name);
            out.write('"');
        }
    }
}
