package org.marginalia.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.cli.Commands;
import org.marginalia.core.assist.Finding;
import org.marginalia.core.compare.DismissedCandidates;
import org.marginalia.core.compare.SourceComparison;
import org.marginalia.core.corpus.CorpusStore;

class CommandsTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path seeds() {
        return Paths.get(System.getProperty("marginalia.seeds", "../../seeds"));
    }

    @Test
    void helpListsTheCommandsAndSucceeds() {
        assertEquals(Commands.OK, run("--help"));
        assertTrue(out.toString().contains("import") && out.toString().contains("info"), out.toString());
    }

    @Test
    void importThenInfoShowsTheFiveSeedDocuments() {
        Path corpus = temp.resolve("demo");
        assertEquals(Commands.OK, run("import", "--from", seeds().toString(), "--corpus", corpus.toString()));
        assertTrue(out.toString().contains("imported 5 documents"), out.toString());
        assertTrue(Files.isRegularFile(corpus.resolve("annotations/ben/003_8fdbe4dfb0182242.xmi")), "the analysts' annotations come along");
        out.reset();
        assertEquals(Commands.OK, run("info", "--corpus", corpus.toString()));
        assertTrue(out.toString().startsWith("Japan's foreign minister in Kyiv: 5 documents"), out.toString());
        assertTrue(out.toString().contains("003_8fdbe4dfb0182242"), out.toString());
    }

    @Test
    void importingTextsTakesTheGivenName() throws Exception {
        Path source = Files.createDirectories(temp.resolve("texts"));
        Files.writeString(source.resolve("a.txt"), "Iwaya arrived in Kyiv by train.");
        Path corpus = temp.resolve("corpus");
        assertEquals(Commands.OK, run("import", "--from", source.toString(), "--corpus", corpus.toString(), "--name", "Kyiv"));
        out.reset();
        assertEquals(Commands.OK, run("info", "--corpus", corpus.toString()));
        assertTrue(out.toString().startsWith("Kyiv: 1 documents"), out.toString());
    }

    @Test
    void textsAreAddedToAnExistingCorpusWithItsAnnotationsUntouched() throws Exception {
        Path corpus = temp.resolve("demo");
        assertEquals(Commands.OK, run("import", "--from", seeds().toString(), "--corpus", corpus.toString()));
        byte[] bensSet = Files.readAllBytes(corpus.resolve("annotations/ben/003_8fdbe4dfb0182242.xmi"));
        Path more = Files.createDirectories(temp.resolve("more"));
        Files.writeString(more.resolve("late report.txt"), "Iwaya left Kyiv on Sunday.");
        out.reset();

        assertEquals(Commands.OK, run("import", "--from", more.toString(), "--corpus", corpus.toString()));

        assertTrue(out.toString().contains("added 1 documents"), out.toString());
        out.reset();
        assertEquals(Commands.OK, run("info", "--corpus", corpus.toString()));
        assertTrue(out.toString().startsWith("Japan's foreign minister in Kyiv: 6 documents") && out.toString().contains("late_report"), out.toString());
        assertArrayEquals(bensSet, Files.readAllBytes(corpus.resolve("annotations/ben/003_8fdbe4dfb0182242.xmi")));
        out.reset();
        assertEquals(Commands.OK, run("import", "--from", more.toString(), "--corpus", corpus.toString(), "--format", "html"));
        assertTrue(out.toString().contains("added 0 documents") && out.toString().contains("1 were there already with the same text: late_report"),
                out.toString());
        assertEquals(Commands.USAGE, run("import", "--from", more.toString(), "--corpus", corpus.toString(), "--name", "Other"));
        assertTrue(err.toString().contains("--name"), err.toString());
    }

    @Test
    void aBratCollectionIsAddedToAnExistingCorpusAndAConflictingSchemaStopsItWithExitCodeOne() throws Exception {
        Path corpus = temp.resolve("demo");
        assertEquals(Commands.OK, run("import", "--from", seeds().toString(), "--corpus", corpus.toString()));
        byte[] bensSet = Files.readAllBytes(corpus.resolve("annotations/ben/003_8fdbe4dfb0182242.xmi"));
        Path kim = Files.createDirectories(temp.resolve("kim"));
        Files.writeString(kim.resolve("annotation.conf"), "[entities]\nPerson\n[relations]\n[events]\n[attributes]\n");
        Files.writeString(kim.resolve("meeting.txt"), "Takeshi Iwaya met Andrii Sybiha in Kyiv.");
        Files.writeString(kim.resolve("meeting.ann"), "T1\tPerson 0 13\tTakeshi Iwaya\n");
        out.reset();

        assertEquals(Commands.OK, run("import", "--from", kim.toString(), "--corpus", corpus.toString()));

        assertTrue(out.toString().contains("added 1 documents and 1 annotation sets") && out.toString().contains("its schema gained"), out.toString());
        assertTrue(Files.isRegularFile(corpus.resolve("annotations/kim/meeting.xmi")));
        assertArrayEquals(bensSet, Files.readAllBytes(corpus.resolve("annotations/ben/003_8fdbe4dfb0182242.xmi")));

        Path clash = Files.createDirectories(temp.resolve("lee"));
        Files.writeString(clash.resolve("annotation.conf"), "[entities]\nCity\n[relations]\nPerson Arg1:City, Arg2:City\n[events]\n[attributes]\n");
        Files.writeString(clash.resolve("odesa.txt"), "Odesa and Kyiv.");
        Files.writeString(clash.resolve("odesa.ann"), "T1\tCity 0 5\tOdesa\n");
        byte[] schema = Files.readAllBytes(corpus.resolve("schema.ecore"));
        assertEquals(Commands.FAILED, run("import", "--from", clash.toString(), "--corpus", corpus.toString()));
        assertTrue(err.toString().contains("annotation.conf") && err.toString().contains("kind Person is a span kind in the corpus"), err.toString());
        assertArrayEquals(schema, Files.readAllBytes(corpus.resolve("schema.ecore")), "nothing was written");
        assertFalse(Files.exists(corpus.resolve("documents/odesa.txt")));
    }

    @Test
    void aBadFileFailsWithItsNameAndExitCodeOne() throws Exception {
        Path source = Files.createDirectories(temp.resolve("source"));
        Files.write(source.resolve("broken.txt"), new byte[] { (byte) 0xC3, (byte) 0x28 });
        Path corpus = temp.resolve("corpus");
        assertEquals(Commands.FAILED, run("import", "--from", source.toString(), "--corpus", corpus.toString()));
        assertTrue(err.toString().contains("broken.txt") && err.toString().contains("not UTF-8"), err.toString());
        assertFalse(Files.exists(corpus));
    }

    @Test
    void exportWritesTheChosenFormatAndNeverOverwritesWithoutForce() throws Exception {
        Path corpus = temp.resolve("demo");
        assertEquals(Commands.OK, run("import", "--from", seeds().toString(), "--corpus", corpus.toString()));
        Path uima = temp.resolve("uima");
        out.reset();
        assertEquals(Commands.OK, run("export", "--corpus", corpus.toString(), "--format", "uima", "--set", "analyst:chloe", "--out", uima.toString()));
        assertTrue(out.toString().contains("of 5 sets over 5 documents"), out.toString());
        assertTrue(Files.isRegularFile(uima.resolve("TypeSystem.xml")));
        assertTrue(Files.readString(uima.resolve("003_8fdbe4dfb0182242.xmi")).contains("annotator=\"chloe\""));

        byte[] before = Files.readAllBytes(uima.resolve("TypeSystem.xml"));
        assertEquals(Commands.FAILED, run("export", "--corpus", corpus.toString(), "--format", "uima", "--set", "all", "--out", uima.toString()));
        assertTrue(err.toString().contains("TypeSystem.xml") && err.toString().contains("--force"), err.toString());
        assertArrayEquals(before, Files.readAllBytes(uima.resolve("TypeSystem.xml")));
        assertEquals(Commands.OK, run("export", "--corpus", corpus.toString(), "--format", "uima", "--set", "all", "--out", uima.toString(), "--force"));
        assertTrue(Files.readString(uima.resolve("003_8fdbe4dfb0182242.xmi")).contains("annotator=\"ben\""));
    }

    @Test
    void exportToBratAndConllSaysWhatTheFormatCouldNotHold() throws Exception {
        Path corpus = temp.resolve("demo");
        assertEquals(Commands.OK, run("import", "--from", seeds().toString(), "--corpus", corpus.toString()));
        out.reset();
        assertEquals(Commands.OK, run("export", "--corpus", corpus.toString(), "--format", "brat", "--set", "all", "--out", temp.resolve("brat").toString()));
        assertFalse(out.toString().contains("values with spaces"), "a title is written as a comment typed Title: " + out);
        assertTrue(Files.isRegularFile(temp.resolve("brat/annotation.conf")) && Files.isRegularFile(temp.resolve("brat/ben/003_8fdbe4dfb0182242.ann")));
        assertTrue(Files.readString(temp.resolve("brat/ben/003_8fdbe4dfb0182242.ann")).contains("\tTitle T"));
        out.reset();
        assertEquals(Commands.OK, run("import", "--from", temp.resolve("brat").toString(), "--corpus", temp.resolve("back").toString()));
        assertFalse(out.toString().contains("not imported"), "normalizations and typed comments are read back: " + out);

        out.reset();
        assertEquals(Commands.OK, run("export", "--corpus", corpus.toString(), "--format", "conll", "--kind", "EntityMention", "--set", "analyst:ana",
                "--out", temp.resolve("conll").toString()));
        String ana = Files.readString(temp.resolve("conll/ana.conll"));
        assertTrue(ana.startsWith("-DOCSTART- O\n\n") && ana.contains(" B-PER\n") && ana.contains(" B-LOC\n"), ana.substring(0, 600));
        assertTrue(out.toString().contains("conll could not represent:") && out.toString().contains("inside a word"), "ana tagged Russia in Russia's: " + out);
        assertFalse(Files.exists(temp.resolve("conll/ben.conll")), "only the chosen analyst's file");

        assertEquals(Commands.USAGE, run("export", "--corpus", corpus.toString(), "--format", "conll", "--set", "all", "--out", temp.resolve("c2").toString()));
        assertTrue(err.toString().contains("--kind"), err.toString());
        assertEquals(Commands.FAILED, run("export", "--corpus", corpus.toString(), "--format", "conll", "--kind", "Verdict", "--set", "all",
                "--out", temp.resolve("c3").toString()));
        assertTrue(err.toString().contains("no span kind Verdict"), err.toString());
        assertFalse(Files.exists(temp.resolve("c3/ana.conll")));
    }

    @Test
    void agreementWithAnAnalystWhoSkippedADocumentSaysWhatEachFigureStandsOn() throws Exception {
        Path corpus = temp.resolve("demo");
        assertEquals(Commands.OK, run("import", "--from", seeds().toString(), "--corpus", corpus.toString()));
        Files.delete(corpus.resolve("annotations/ben/003_8fdbe4dfb0182242.xmi"));
        out.reset();

        assertEquals(Commands.OK, run("agreement", "--corpus", corpus.toString()));

        String report = out.toString();
        assertTrue(report.contains("(3 raters, on the 4 of 5 documents all of them annotated)"), report);
        assertTrue(report.matches("(?s).*\n   003_8fdbe4dfb0182242\s+2 raters .*"), report);
        assertTrue(report.matches("(?s).*\n   ana      ben      Cohen's kappa [^\n]* on 4 documents\n.*"), report);
        assertTrue(report.matches("(?s).*\n   ana      chloe    Cohen's kappa [^\n]* on 5 documents\n.*"), report);
    }

    @Test
    void agreementPrintsTheFiguresAndMergeWritesTheCuratedSets() throws Exception {
        Path corpus = temp.resolve("demo");
        assertEquals(Commands.OK, run("import", "--from", seeds().toString(), "--corpus", corpus.toString()));
        out.reset();
        assertEquals(Commands.OK, run("agreement", "--corpus", corpus.toString()));
        String report = out.toString();
        assertTrue(report.contains("== all kinds: Fleiss' kappa") && report.contains("== EntityMention") && report.contains("ana      ben      Cohen's kappa"), report);
        out.reset();
        assertEquals(Commands.OK, run("agreement", "--corpus", corpus.toString(), "--kind", "Figure", "--json"));
        String json = out.toString().strip();
        assertTrue(json.startsWith("{\"corpus\":") && json.contains("\"Figure\":{\"analysts\":[\"ana\",\"ben\",\"chloe\"]"), json);
        assertTrue(json.contains("\"attributes\":{\"Figure\":[{\"attribute\":\"value\""), "agreement per attribute, as per feature in INCEpTION: " + json);
        assertTrue(report.contains("   attribute speaker        Fleiss' kappa"), report);
        assertEquals(Commands.USAGE, run("agreement", "--corpus", corpus.toString(), "--kind", "Adjective"));

        out.reset();
        assertEquals(Commands.OK, run("merge", "--corpus", corpus.toString(), "--strategy", "all-agree", "--tolerance", "1"));
        assertTrue(out.toString().contains("all-agree: merged "), out.toString());
        assertTrue(Files.isRegularFile(corpus.resolve("curated/000_3ffbc56c78e89f21.xmi")));
        out.reset();
        assertEquals(Commands.OK, run("export", "--corpus", corpus.toString(), "--format", "emf", "--set", "curated", "--out", temp.resolve("c.xmi").toString()));
        assertEquals(Commands.USAGE, run("merge", "--corpus", corpus.toString(), "--strategy", "majority:lots"));
    }

    @Test
    void checkReportsWhereTheSourcesDisagree() throws Exception {
        Path corpus = temp.resolve("demo");
        assertEquals(Commands.OK, run("import", "--from", seeds().toString(), "--corpus", corpus.toString()));
        out.reset();
        assertEquals(Commands.OK, run("check", "--corpus", corpus.toString()));
        assertTrue(out.toString().contains("role title: Andrii Sybiha") && out.toString().contains("Deputy Foreign Minister"), out.toString());
        out.reset();
        assertEquals(Commands.OK, run("check", "--corpus", corpus.toString(), "--json"));
        assertTrue(out.toString().strip().startsWith("[{\"type\":\"role title\",\"subject\":\"Andrii Sybiha\""), out.toString());

        out.reset();
        assertEquals(Commands.OK, run("check", "--corpus", corpus.toString(), "--raw"));
        String raw = out.toString();
        assertTrue(raw.contains("candidates from the raw texts") && raw.contains("quote wording:") && raw.contains("says \u201cposes\u201d")
                && raw.contains("says \u201crepresents\u201d where"), raw);
        out.reset();
        assertEquals(Commands.OK, run("check", "--corpus", corpus.toString(), "--json", "--raw"));
        String json = out.toString().strip();
        assertTrue(json.startsWith("{\"findings\":[{") && json.contains("\"candidates\":[{\"type\":\"quote wording\"") && json.contains("\"confidence\":0.80")
                && json.contains("\"document\":\"003_8fdbe4dfb0182242\""), json);

        Finding first = SourceComparison.of(CorpusStore.load(corpus).corpus().getDocuments()).candidates().get(0);
        DismissedCandidates.of(CorpusStore.load(corpus).layout(), "ben").dismiss(first);
        out.reset();
        assertEquals(Commands.OK, run("check", "--corpus", corpus.toString(), "--raw", "--analyst", "ben"));
        int all = Integer.parseInt(raw.replaceAll("(?s).*\\n(\\d+) candidates from the raw texts.*", "$1"));
        assertTrue(out.toString().contains((all - 1) + " candidates from the raw texts"), "ben's dismissal is left out: " + out);
        assertEquals(Commands.USAGE, run("check", "--corpus", corpus.toString(), "--analyst", "ben"));
    }

    @Test
    void exportExplainsABadFormatOrSet() {
        assertEquals(Commands.USAGE, run("export", "--corpus", "c", "--format", "json", "--set", "all", "--out", "o"));
        assertTrue(err.toString().contains("unknown format 'json'"), err.toString());
        err.reset();
        assertEquals(Commands.USAGE, run("export", "--corpus", "c", "--format", "emf", "--set", "everyone", "--out", "o"));
        assertTrue(err.toString().contains("unknown set 'everyone'"), err.toString());
        out.reset();
        assertEquals(Commands.OK, run("export", "--help"));
        assertTrue(out.toString().contains("--force"), out.toString());
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatIsWrong() {
        assertEquals(Commands.USAGE, run("import", "--from", "x"));
        assertTrue(err.toString().contains("--corpus is required"), err.toString());
        err.reset();
        assertEquals(Commands.USAGE, run("info", "--corpus", "x", "--colour"));
        assertTrue(err.toString().contains("unknown option --colour"), err.toString());
        err.reset();
        assertEquals(Commands.USAGE, run("frobnicate"));
        assertTrue(err.toString().contains("unknown command 'frobnicate'"), err.toString());
    }
}
