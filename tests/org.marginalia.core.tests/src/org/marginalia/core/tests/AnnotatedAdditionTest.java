package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marginalia.core.tests.SetQueries.byText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotatedAddition;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.formats.brat.BratImport;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Relation;

/** brat material added to corpora that exist: its configuration joins their schema, and nothing there is ever overwritten. */
class AnnotatedAdditionTest {

    @TempDir
    Path temp;

    private Path collection(String name, String conf, String text, String ann) throws Exception {
        Path brat = Files.createDirectories(temp.resolve(name));
        Files.writeString(brat.resolve("annotation.conf"), conf);
        Files.writeString(brat.resolve("kyiv.txt"), text);
        Files.writeString(brat.resolve("kyiv.ann"), ann);
        return brat;
    }

    private Path kyiv(String name) throws Exception {
        return collection(name, BratImportTest.CONF, BratImportTest.TEXT, BratImportTest.ann());
    }

    @Test
    void aCollectionJoinsTheDemoCorpusWithItsKindsAndEveryAnnotationWhileTheAnalystsSetsStayAsTheyWere() throws Exception {
        Path folder = temp.resolve("demo");
        DemoCorpus.copyInto(folder);
        Map<String, String> before = contents(folder.resolve("annotations"));

        AnnotatedAddition.Added added = BratImport.addTo(kyiv("brat"), folder, "kim");

        assertEquals(List.of(), added.problems());
        assertEquals(List.of("kyiv"), added.documents());
        assertEquals(List.of("kyiv by kim"), added.sets());
        assertTrue(added.schemaChanged());
        assertEquals(1, added.notImported().size(), "what Marginalia does not keep (the equivalence) is listed: " + added.notImported());
        LoadedCorpus corpus = CorpusStore.load(folder);
        assertEquals(List.of(), corpus.problems());
        assertEquals(6, corpus.corpus().getDocuments().size());
        CorpusSchema schema = CorpusSchema.of(corpus);
        assertTrue(schema.spanKinds().stream().map(EClass::getName).toList().containsAll(List.of("Person", "GPE", "Meeting")));
        LoadedAnnotations sets = AnnotationStore.loadAll(corpus);
        assertEquals(List.of(), sets.problems());
        Map<String, String> after = contents(folder.resolve("annotations"));
        before.forEach((file, text) -> assertEquals(text, after.get(file), file + " is not touched"));

        AnnotationSet kim = sets.sets().stream().filter(s -> "kim".equals(s.getAnalystId())).findFirst().orElseThrow();
        Annotation sybiha = byText(kim, "Andrii Sybiha");
        assertEquals(schema.customPackage().orElseThrow(), sybiha.eClass().getEPackage(), "the kinds are the corpus's own now");
        Relation located = kim.getRelations().stream().filter(r -> r.eClass().getName().equals("Located")).findFirst().orElseThrow();
        assertEquals(sybiha, located.getGovernor());
        assertEquals("Kyiv", BratImportTest.TEXT.substring(located.getDependent().getBegin(), located.getDependent().getEnd()));
    }

    @Test
    void aSecondAnnotatorOfTheSameTextJoinsItButNoSetIsEverOverwrittenAndAnotherTextUnderTheIdIsRefused() throws Exception {
        Path folder = temp.resolve("corpus");
        BratImport.importCorpus(kyiv("first"), folder, "Kyiv", "kim");
        Path kimsFile = AnnotationStore.analystFile(CorpusStore.load(folder).layout(), "kim", "kyiv");
        String kims = Files.readString(kimsFile);

        AnnotatedAddition.Added lee = BratImport.addTo(kyiv("lee"), folder, "lee");
        assertEquals(List.of(), lee.documents(), "the corpus has this text already");
        assertEquals(List.of("kyiv by lee"), lee.sets());
        assertFalse(lee.schemaChanged(), "the same configuration adds nothing to the schema");

        CorpusException again = assertThrows(CorpusException.class, () -> BratImport.addTo(kyiv("again"), folder, "kim"));
        assertTrue(again.getMessage().contains("kim has annotations of kyiv in the corpus already"), again.getMessage());
        assertEquals(kims, Files.readString(kimsFile));

        Path other = collection("other", BratImportTest.CONF, "Another text entirely.", "T1\tPerson 0 7\tAnother\n");
        CorpusException refused = assertThrows(CorpusException.class, () -> BratImport.addTo(other, folder, "max"));
        assertTrue(refused.getMessage().contains("kyiv: has another text than the corpus's document kyiv"), refused.getMessage());
        assertFalse(Files.exists(AnnotationStore.analystFile(CorpusStore.load(folder).layout(), "max", "kyiv")));
        assertEquals(1, CorpusStore.load(folder).corpus().getDocuments().size());
    }

    @Test
    void aKindTheImportDefinesOtherwiseStopsItBeforeAnythingIsWritten() throws Exception {
        Path folder = temp.resolve("corpus");
        BratImport.importCorpus(kyiv("first"), folder, "Kyiv", "kim");
        Map<String, String> before = contents(folder);
        String conf = """
                [entities]
                GPE
                [relations]
                Person Arg1:GPE, Arg2:GPE
                [events]
                [attributes]
                """;
        Path clash = Files.createDirectories(temp.resolve("clash"));
        Files.writeString(clash.resolve("annotation.conf"), conf);
        Files.writeString(clash.resolve("odesa.txt"), "Odesa and Kyiv.");
        Files.writeString(clash.resolve("odesa.ann"), "T1\tGPE 0 5\tOdesa\nT2\tGPE 10 14\tKyiv\nR1\tPerson Arg1:T1 Arg2:T2\n");

        CorpusException stopped = assertThrows(CorpusException.class, () -> BratImport.addTo(clash, folder, "lee"));

        assertTrue(stopped.getMessage().contains("kind Person is a span kind in the corpus and a relation kind in the import"), stopped.getMessage());
        assertTrue(stopped.getMessage().contains("annotation.conf"), "the file is named: " + stopped.getMessage());
        assertEquals(before, contents(folder), "nothing was written");
    }

    /** Every file under {@code folder} by its relative path, with its text. */
    private static Map<String, String> contents(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
