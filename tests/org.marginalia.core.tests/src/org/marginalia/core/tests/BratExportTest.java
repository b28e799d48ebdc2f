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
import org.marginalia.model.Entity;
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
    void theDemoCorpusGoesToBratAndBackWithEverySpanAttributeEntityLinkAndRelation() throws Exception {
        LoadedCorpus demo = DemoCorpus.copyInto(temp.resolve("demo"));

        Exports.Result result = Exports.run(demo, ExportFormat.BRAT, SetSelection.ALL, temp.resolve("out"), false, new BasicMonitor());

        assertTrue(Files.isRegularFile(temp.resolve("out/annotation.conf")));
        assertTrue(Files.isRegularFile(temp.resolve("out/ana/" + DemoCorpus.DOC_000 + ".ann")), "one folder per analyst");
        assertFalse(result.notRepresented().stream().anyMatch(what -> what.contains("values with spaces")), result.notRepresented().toString());
        String ann = Files.readString(temp.resolve("out/ana/" + DemoCorpus.DOC_000 + ".ann"));
        assertTrue(ann.matches("(?s).*\nN\\d+\tReference T\\d+ entity:[^\t]+\t[^\n]+\n.*"), "entity links are normalizations: " + ann);
        assertTrue(ann.matches("(?s).*\n#\\d+\tCounts T\\d+\t[^\n]* [^\n]*\n.*"), "a value with spaces is a comment typed with its attribute: " + ann);
        String conf = Files.readString(temp.resolve("out/annotation.conf"));
        assertTrue(conf.contains("[entities]") && conf.contains("\nQuote\n") && conf.contains("\nEntityMention\n"), conf);
        assertTrue(conf.contains("Mode\tArg:Quote, Value:direct|reported"), "a tag set declares all its values: " + conf);
        assertFalse(conf.contains("Counts"), "free text is no brat attribute: " + conf);

        ImportReport back = BratImport.importCorpus(temp.resolve("out"), temp.resolve("back"), "Demo", null);
        assertEquals(List.of(), back.problems());
        assertEquals(List.of(), back.notImported(), "entity links and typed comments come back");
        LoadedCorpus reimported = CorpusStore.load(temp.resolve("back"));
        for (String analyst : List.of(DemoCorpus.ANA, DemoCorpus.BEN, DemoCorpus.CHLOE)) {
            assertEquals(describe(demo, analyst), describe(reimported, analyst), analyst + "'s annotations: kinds, offsets, notes, attributes, entities, relations");
        }
    }

    /** Each analyst's annotations as text: kind, offsets, note, attribute values (annotations by offsets), relations. */
    private static List<String> describe(LoadedCorpus corpus, String analyst) {
        List<String> lines = new ArrayList<>();
        for (AnnotationSet set : sets(corpus, analyst)) {
            for (Annotation annotation : set.getAnnotations()) {
                Map<String, String> values = new TreeMap<>();
                for (EStructuralFeature feature : annotation.eClass().getEAllStructuralFeatures()) {
                    if (MarginaliaPackage.Literals.ANNOTATION.getEAllStructuralFeatures().contains(feature)) {
                        continue;
                    }
                    Object value = annotation.eGet(feature);
                    values.put(feature.getName(), value instanceof List<?> list ? list.stream().map(v -> where((Annotation) v)).toList().toString()
                            : value instanceof Annotation target ? where(target)
                            : value instanceof Entity entity ? entity.getId() + " " + entity.getKind() + " " + entity.getName()
                            : AttributeValues.text(annotation, feature));
                }
                lines.add(set.getDocument().getId() + " " + bratType(annotation) + " " + where(annotation) + " note=" + annotation.getNote() + " " + values);
            }
            for (Relation relation : set.getRelations()) {
                lines.add(set.getDocument().getId() + " " + relation.eClass().getName() + " " + where(relation.getGovernor()) + " -> " + where(relation.getDependent()));
            }
        }
        lines.sort(null);
        return lines;
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
