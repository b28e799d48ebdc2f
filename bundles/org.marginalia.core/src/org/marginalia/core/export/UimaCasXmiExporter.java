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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.common.util.Monitor;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityMention;
import org.marginalia.model.Figure;
import org.marginalia.model.Quote;
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
    public void export(LoadedCorpus corpus, List<AnnotationSet> sets, Path out, Monitor monitor) throws IOException {
        List<Document> documents = corpus.corpus().getDocuments();
        monitor.beginTask("Exporting UIMA CAS XMI", documents.size() + 1);
        AtomicFiles.writeRegenerable(out.resolve(UimaTypeSystem.FILE_NAME), stream -> {
            Writer writer = writer(stream);
            UimaTypeSystem.write(writer);
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
    }

    private static Writer writer(OutputStream stream) {
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Writes one document's CAS; xmi:ids are numbered as they are written, entities once each. */
    private static final class CasWriter {
        private final Writer out;
        private final Document document;
        private final Map<Entity, Integer> entityIds = new LinkedHashMap<>();
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
            int id = nextId++;
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
            out.write("/>\n");
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
