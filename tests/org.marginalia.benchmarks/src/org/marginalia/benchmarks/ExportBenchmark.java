package org.marginalia.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.StringArrayFS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.export.ExportFormat;
import org.marginalia.core.export.SetSelection;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityMention;
import org.marginalia.model.Figure;
import org.marginalia.model.Quote;
import org.marginalia.model.Role;

/**
 * Export throughput on a synthetic corpus (default: 1,000 documents of 5 KB, 3 analysts, 100,000
 * annotations): our EMF and UIMA exporters, and Apache UIMA's XmiCasSerializer writing the same
 * annotations from CASes, in one run. Prints figures; asserts nothing about time.
 * Sizes: -Dbench.documents, -Dbench.textLength, -Dbench.analysts, -Dbench.annotations.
 */
class ExportBenchmark {

    private static final int REPETITIONS = 5;

    /** Every run writes into a new folder, as a user's export usually does: no run pays for replacing files. */
    private int run;

    @TempDir
    Path temp;

    @Test
    void exportThroughput() throws Exception {
        int documents = Integer.getInteger("bench.documents", 1000);
        int textLength = Integer.getInteger("bench.textLength", 5000);
        int analysts = Integer.getInteger("bench.analysts", 3);
        int annotations = Integer.getInteger("bench.annotations", 100_000);
        long start = System.nanoTime();
        SyntheticCorpus.generate(temp.resolve("corpus"), documents, textLength, analysts, annotations);
        System.out.printf("%nExport benchmark: %d documents of %d characters, %d analysts, %d annotations (generated in %.1f s)%n",
                documents, textLength, analysts, annotations, (System.nanoTime() - start) / 1e9);

        LoadedCorpus[] corpus = new LoadedCorpus[1];
        List<AnnotationSet>[] sets = newSetHolder();
        Measure.Result load = Measure.run("load corpus and annotation sets", 1, () -> {
            corpus[0] = CorpusStore.load(temp.resolve("corpus"));
            LoadedAnnotations loaded = AnnotationStore.loadAll(corpus[0]);
            sets[0] = SetSelection.ALL.select(loaded);
            return 0;
        });
        long count = sets[0].stream().mapToLong(s -> s.getAnnotations().size()).sum();

        Measure.Result emf = Measure.run("Marginalia EMF XMI export", REPETITIONS,
                () -> export(ExportFormat.EMF, corpus[0], sets[0], temp.resolve("emf" + run++ + "/corpus.xmi")));
        Measure.Result uima = Measure.run("Marginalia UIMA CAS XMI export", REPETITIONS,
                () -> export(ExportFormat.UIMA, corpus[0], sets[0], temp.resolve("uima" + run++)));
        UimaReference reference = new UimaReference(temp.resolve("uima" + (run - 1) + "/TypeSystem.xml"), corpus[0], sets[0]);
        Measure.Result serializer = Measure.run("UIMA XmiCasSerializer (CASes built beforehand)", REPETITIONS,
                () -> reference.serialize(temp.resolve("uima-reference" + run++)));

        System.out.printf("  %-52s %8.2f s  peak heap %5d MB%n", load.name(), load.medianSeconds(), load.peakMegabytes());
        System.out.printf("  %-52s %8.2f s  peak heap %5d MB%n", "building the UIMA CASes (reference only)", reference.buildSeconds, reference.buildPeakMegabytes);
        for (Measure.Result result : List.of(emf, uima, serializer)) {
            System.out.printf("  %-52s %8.2f s  %7.1f MB/s  %10.0f annotations/s  %6.1f MB written  peak heap %5d MB%n",
                    result.name(), result.medianSeconds(), result.megabytesPerSecond(), count / result.medianSeconds(),
                    result.bytes() / 1e6, result.peakMegabytes());
        }
        System.out.printf("  (%d annotations; median of %d runs; max heap %d MB)%n%n", count, REPETITIONS, Runtime.getRuntime().maxMemory() >> 20);
    }

    @SuppressWarnings("unchecked")
    private static List<AnnotationSet>[] newSetHolder() {
        return new List[1];
    }

    private static long export(ExportFormat format, LoadedCorpus corpus, List<AnnotationSet> sets, Path out) throws IOException {
        Files.createDirectories(format == ExportFormat.EMF ? out.getParent() : out);
        format.exporter().export(corpus, sets, out, new BasicMonitor());
        return size(format == ExportFormat.EMF ? out.getParent() : out);
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** The same annotations in UIMA CASes, one per document, serialized by UIMA's own XmiCasSerializer. */
    private static final class UimaReference {
        private final Map<String, CAS> cases = new HashMap<>();
        private double buildSeconds;
        private long buildPeakMegabytes;

        UimaReference(Path typeSystemFile, LoadedCorpus corpus, List<AnnotationSet> sets) throws Exception {
            PeakMemory.reset();
            long start = System.nanoTime();
            TypeSystemDescription typeSystem = UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(typeSystemFile.toFile()));
            Map<String, List<AnnotationSet>> byDocument = new HashMap<>();
            sets.forEach(s -> byDocument.computeIfAbsent(s.getDocument().getId(), k -> new ArrayList<>()).add(s));
            for (Document document : corpus.corpus().getDocuments()) {
                CAS cas = CasCreationUtils.createCas(typeSystem, null, null);
                cas.setDocumentText(document.getText());
                fill(cas, byDocument.getOrDefault(document.getId(), List.of()));
                cases.put(document.getId(), cas);
            }
            buildSeconds = (System.nanoTime() - start) / 1e9;
            buildPeakMegabytes = PeakMemory.peakMegabytes();
        }

        long serialize(Path folder) throws Exception {
            Files.createDirectories(folder);
            for (Map.Entry<String, CAS> entry : cases.entrySet()) {
                try (OutputStream out = Files.newOutputStream(folder.resolve(entry.getKey() + ".xmi"))) {
                    XmiCasSerializer.serialize(entry.getValue(), out);
                }
            }
            return size(folder);
        }

        private static void fill(CAS cas, List<AnnotationSet> sets) {
            TypeSystem types = cas.getTypeSystem();
            Map<Entity, FeatureStructure> entities = new HashMap<>();
            for (AnnotationSet set : sets) {
                for (Annotation annotation : set.getAnnotations()) {
                    Type type = types.getType("org.marginalia.uima." + annotation.eClass().getName());
                    AnnotationFS fs = cas.createAnnotation(type, annotation.getBegin(), annotation.getEnd());
                    fs.setStringValue(type.getFeatureByBaseName("annotationId"), annotation.getId());
                    fs.setStringValue(type.getFeatureByBaseName("annotator"), set.getAnalystId());
                    fs.setStringValue(type.getFeatureByBaseName("origin"), annotation.getOrigin().getLiteral());
                    if (annotation instanceof Quote quote) {
                        fs.setFeatureValue(type.getFeatureByBaseName("speaker"), entity(cas, entities, quote.getSpeaker()));
                        fs.setStringValue(type.getFeatureByBaseName("mode"), quote.getMode().getLiteral());
                        fs.setStringValue(type.getFeatureByBaseName("cue"), quote.getCue());
                    } else if (annotation instanceof Figure figure) {
                        fs.setStringValue(type.getFeatureByBaseName("value"), figure.getValue());
                        fs.setStringValue(type.getFeatureByBaseName("counts"), figure.getCounts());
                        fs.setBooleanValue(type.getFeatureByBaseName("approximate"), figure.isApproximate());
                    } else if (annotation instanceof Role role) {
                        fs.setFeatureValue(type.getFeatureByBaseName("person"), entity(cas, entities, role.getPerson()));
                        fs.setStringValue(type.getFeatureByBaseName("title"), role.getTitle());
                        fs.setFeatureValue(type.getFeatureByBaseName("affiliation"), entity(cas, entities, role.getAffiliation()));
                    } else {
                        fs.setFeatureValue(type.getFeatureByBaseName("entity"), entity(cas, entities, ((EntityMention) annotation).getEntity()));
                    }
                    cas.addFsToIndexes(fs);
                }
            }
        }

        private static FeatureStructure entity(CAS cas, Map<Entity, FeatureStructure> entities, Entity entity) {
            return entities.computeIfAbsent(entity, e -> {
                Type type = cas.getTypeSystem().getType("org.marginalia.uima.Entity");
                FeatureStructure fs = cas.createFS(type);
                fs.setStringValue(type.getFeatureByBaseName("entityId"), e.getId());
                fs.setStringValue(type.getFeatureByBaseName("kind"), e.getKind().getLiteral());
                fs.setStringValue(type.getFeatureByBaseName("name"), e.getName());
                StringArrayFS aliases = cas.createStringArrayFS(e.getAliases().size());
                aliases.copyFromArray(e.getAliases().toArray(new String[0]), 0, 0, e.getAliases().size());
                fs.setFeatureValue(type.getFeatureByBaseName("aliases"), aliases);
                cas.addFsToIndexes(fs);
                return fs;
            });
        }
    }
}
