package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.ImportReport;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.export.ExportFormat;
import org.marginalia.core.export.Exports;
import org.marginalia.core.export.SetSelection;
import org.marginalia.core.formats.brat.BratImport;
import org.marginalia.core.schema.AttributeValues;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.model.Relation;

/** brat standoff written from a corpus, and read back: what brat can hold survives, what it cannot is reported. */
class BratExportTest {

    @TempDir
    Path temp;

    @Test
    void bratToMarginaliaToBratToMarginaliaKeepsEverySpanAttributeRoleNoteAndRelation() throws Exception {
        Path brat = Files.createDirectories(temp.resolve("brat"));
        Files.writeString(brat.resolve("annotation.conf"), BratImportTest.CONF);
        Files.writeString(brat.resolve("kyiv.txt"), BratImportTest.TEXT);
        Files.writeString(brat.resolve("kyiv.ann"), BratImportTest.ann());
        BratImport.importCorpus(brat, temp.resolve("first"), "Kyiv", "kim");
        LoadedCorpus first = CorpusStore.load(temp.resolve("first"));

        Exports.Result result = Exports.run(first, ExportFormat.BRAT, SetSelection.ALL, temp.resolve("out"), false, new BasicMonitor());

        assertEquals(List.of(), result.notRepresented(), "everything brat gave is brat's to hold");
        String ann = Files.readString(temp.resolve("out/kim/kyiv.ann"));
        assertTrue(ann.contains("\tMoney " + BratImportTest.at("1.2") + ";" + BratImportTest.at("yen") + "\t1.2 yen"),
                "the fragments are one discontinuous span again, in code points: " + ann);
        assertTrue(ann.contains("Participant:T") && ann.contains("Participant2:T"), "a repeated role is numbered as brat does: " + ann);
        ImportReport again = BratImport.importCorpus(temp.resolve("out"), temp.resolve("second"), "Kyiv", null);
        assertEquals(List.of(), again.problems());
        LoadedCorpus second = CorpusStore.load(temp.resolve("second"));

        assertEquals(describe(first, "kim"), describe(second, "kim"));
        assertEquals(BratImportTest.TEXT, second.corpus().getDocuments().get(0).getText());
    }

    @Test
    void theDemoCorpusGoesToBratAndBackWithEverySpanAndSaysWhatBratCannotHold() throws Exception {
        LoadedCorpus demo = DemoCorpus.copyInto(temp.resolve("demo"));

        Exports.Result result = Exports.run(demo, ExportFormat.BRAT, SetSelection.ALL, temp.resolve("out"), false, new BasicMonitor());

        assertTrue(Files.isRegularFile(temp.resolve("out/annotation.conf")));
        assertTrue(Files.isRegularFile(temp.resolve("out/ana/" + DemoCorpus.DOC_000 + ".ann")), "one folder per analyst");
        assertTrue(result.notRepresented().stream().anyMatch(what -> what.contains("values with spaces")), result.notRepresented().toString());
        String ann = Files.readString(temp.resolve("out/ana/" + DemoCorpus.DOC_000 + ".ann"));
        assertTrue(ann.matches("(?s).*\nN\\d+\tReference T\\d+ entity:[^\t]+\t[^\n]+\n.*"), "entity links are normalizations: " + ann);
        String conf = Files.readString(temp.resolve("out/annotation.conf"));
        assertTrue(conf.contains("[entities]") && conf.contains("\nQuote\n") && conf.contains("\nEntityMention\n"), conf);
        assertTrue(conf.contains("Mode\tArg:Quote, Value:direct|reported"), "a tag set declares all its values: " + conf);

        ImportReport back = BratImport.importCorpus(temp.resolve("out"), temp.resolve("back"), "Demo", null);
        assertEquals(List.of(), back.problems());
        assertFalse(back.notImported().isEmpty(), "the entity links are listed as not imported, not dropped silently");
        LoadedCorpus reimported = CorpusStore.load(temp.resolve("back"));
        for (String analyst : List.of(DemoCorpus.ANA, DemoCorpus.BEN, DemoCorpus.CHLOE)) {
            assertEquals(spans(demo, analyst), spans(reimported, analyst), analyst + "'s spans, by kind and offsets");
        }
        AnnotationSet anaBack = sets(reimported, DemoCorpus.ANA).get(0);
        Annotation quote = anaBack.getAnnotations().stream().filter(a -> bratType(a).equals("Quote")).findFirst().orElseThrow();
        AnnotationSet anaBefore = sets(demo, DemoCorpus.ANA).get(0);
        Annotation original = anaBefore.getAnnotations().stream().filter(a -> a.getBegin() == quote.getBegin() && a.getEnd() == quote.getEnd()).findFirst().orElseThrow();
        assertEquals(AttributeValues.text(original, MarginaliaPackage.Literals.QUOTE__MODE), AttributeValues.text(quote, quote.eClass().getEStructuralFeature("mode")));
    }

    /** Each analyst's annotations as text: kind, offsets, note, attribute values (annotations by offsets), relations. */
    private static List<String> describe(LoadedCorpus corpus, String analyst) {
        List<String> lines = new ArrayList<>();
        for (AnnotationSet set : sets(corpus, analyst)) {
            for (Annotation annotation : set.getAnnotations()) {
                Map<String, String> values = new TreeMap<>();
                for (EStructuralFeature feature : CorpusSchema.attributesOf(annotation.eClass())) {
                    Object value = annotation.eGet(feature);
                    values.put(feature.getName(), value instanceof List<?> list ? list.stream().map(v -> where((Annotation) v)).toList().toString()
                            : value instanceof Annotation target ? where(target) : AttributeValues.text(annotation, feature));
                }
                lines.add(bratType(annotation) + " " + where(annotation) + " note=" + annotation.getNote() + " " + values);
            }
            for (Relation relation : set.getRelations()) {
                lines.add(relation.eClass().getName() + " " + where(relation.getGovernor()) + " -> " + where(relation.getDependent()));
            }
        }
        lines.sort(null);
        return lines;
    }

    private static List<String> spans(LoadedCorpus corpus, String analyst) {
        List<String> spans = new ArrayList<>();
        for (AnnotationSet set : sets(corpus, analyst)) {
            set.getAnnotations().forEach(a -> spans.add(set.getDocument().getId() + " " + bratType(a) + " " + where(a)));
        }
        spans.sort(null);
        return spans;
    }

    private static String where(Annotation annotation) {
        return annotation.getBegin() + "-" + annotation.getEnd();
    }

    private static String bratType(Annotation annotation) {
        EClass kind = annotation.eClass();
        String bratName = kind.getEAnnotation(CorpusSchema.SOURCE) == null ? null : kind.getEAnnotation(CorpusSchema.SOURCE).getDetails().get("bratName");
        return bratName != null ? bratName : kind.getName();
    }

    private static List<AnnotationSet> sets(LoadedCorpus corpus, String analyst) {
        LoadedAnnotations loaded = AnnotationStore.loadAll(corpus);
        assertEquals(List.of(), loaded.problems());
        return loaded.sets().stream().filter(s -> !s.isCurated() && analyst.equals(s.getAnalystId())).toList();
    }
}
