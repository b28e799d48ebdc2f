package org.marginalia.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.cli.Commands;

/**
 * What the command line does with a corpus that someone damaged or crafted: exit 1 with the file and the
 * problem named, nothing written outside the corpus or the export folder, nothing half done in silence.
 */
class CommandsTrustTest {

    private static final String DOC_000 = "000_3ffbc56c78e89f21";

    @TempDir
    Path temp;

    private Path corpus;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void importTheDemo() {
        corpus = temp.resolve("work/corpus");
        assertEquals(Commands.OK, run("import", "--from", Paths.get(System.getProperty("marginalia.seeds", "../../seeds")).toString(),
                "--corpus", corpus.toString()));
        out.reset();
    }

    private int run(String... args) {
        err.reset();
        return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private void replaceIn(String file, String from, String to) throws IOException {
        Path path = corpus.resolve(file);
        String content = Files.readString(path);
        assertTrue(content.contains(from));
        Files.writeString(path, content.replace(from, to));
    }

    private void assertFailedNaming(int code, String text) {
        assertEquals(Commands.FAILED, code, err.toString());
        assertTrue(err.toString().contains(text), err.toString());
    }

    @Test
    void aDocumentIdThatClimbsOutMakesEveryCommandFailAndNothingIsWrittenOutside() throws Exception {
        replaceIn("corpus.marginalia", "id=\"" + DOC_000 + "\"", "id=\"../../pwned\"");
        assertFailedNaming(run("merge", "--corpus", corpus.toString(), "--strategy", "majority"), "cannot be a document id");
        assertFailedNaming(run("export", "--corpus", corpus.toString(), "--format", "uima", "--set", "all", "--out", temp.resolve("x").toString()),
                "cannot be a document id");
        assertFailedNaming(run("import", "--from", corpus.toString(), "--corpus", temp.resolve("copy").toString()), "cannot be a document id");
        try (Stream<Path> files = Files.walk(temp)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("pwned")), "no file is named after the id");
        }
        assertFalse(Files.exists(temp.resolve("copy")));
    }

    @Test
    void anExportIntoTheCorpusIsRefusedEvenWithForce() throws Exception {
        Path ana = corpus.resolve("annotations/ana");
        byte[] before = Files.readAllBytes(ana.resolve(DOC_000 + ".xmi"));
        assertFailedNaming(run("export", "--corpus", corpus.toString(), "--format", "uima", "--set", "all", "--out", ana.toString(), "--force"),
                "lies inside the corpus folder");
        assertFailedNaming(run("export", "--corpus", corpus.toString(), "--format", "emf", "--set", "all", "--out",
                corpus.resolve("curated/x.xmi").toString(), "--force"), "lies inside the corpus folder");
        assertArrayEquals(before, Files.readAllBytes(ana.resolve(DOC_000 + ".xmi")));
        assertEquals(Commands.OK, run("info", "--corpus", corpus.toString()), err.toString());
    }

    @Test
    void aNegativeToleranceIsAUsageError() {
        assertEquals(Commands.USAGE, run("merge", "--corpus", corpus.toString(), "--strategy", "majority", "--tolerance", "-5"));
        assertTrue(err.toString().contains("--tolerance must be 0 or more"), err.toString());
    }

    @Test
    void aDeletedTextFailsMergeCheckAndAgreementByNameAndMergeWritesNothing() throws Exception {
        Path text = corpus.resolve("documents/002_e11c02aa0c6797d3.txt");
        Files.delete(text);
        assertFailedNaming(run("merge", "--corpus", corpus.toString(), "--strategy", "majority"), text + " (document 002_e11c02aa0c6797d3): not found");
        try (Stream<Path> curated = Files.list(corpus.resolve("curated"))) {
            assertTrue(curated.noneMatch(f -> f.toString().endsWith(".xmi")), "no curated file was written");
        }
        assertFailedNaming(run("check", "--corpus", corpus.toString()), text.toString());
        assertFailedNaming(run("agreement", "--corpus", corpus.toString()), text.toString());
        assertFailedNaming(run("info", "--corpus", corpus.toString()), text.toString());
    }

    @Test
    void infoReadsTheAnnotationSetsAndReportsATruncatedOne() throws Exception {
        Path set = corpus.resolve("annotations/ben/" + DOC_000 + ".xmi");
        byte[] bytes = Files.readAllBytes(set);
        Files.write(set, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertFailedNaming(run("info", "--corpus", corpus.toString()), set + ": cannot be read as a Marginalia file");
        assertTrue(out.toString().contains("5 documents"), "the documents are still listed");
    }

    @Test
    void agreementCountsUnitsPerKind() {
        assertEquals(Commands.OK, run("agreement", "--corpus", corpus.toString(), "--json"));
        String overall = out.toString().substring(0, out.toString().indexOf("\"documents\""));
        Matcher units = Pattern.compile("\"units\":(\\d+)").matcher(overall);
        int total = 0;
        int sum = 0;
        for (int i = 0; units.find(); i++) {
            int value = Integer.parseInt(units.group(1));
            if (i == 0) {
                total = value;
            } else {
                sum += value;
                assertNotEquals(total, value, "a kind's units are its own, not all kinds'");
            }
        }
        assertEquals(total, sum, "the kinds' units add up to all units: " + overall);
    }

    @Test
    void textsWhoseNamesMapToOneIdAreAllImported() throws Exception {
        Path texts = Files.createDirectories(temp.resolve("texts"));
        Files.writeString(texts.resolve("a b.txt"), "First text.");
        Files.writeString(texts.resolve("a_b.txt"), "Second text.");
        Files.writeString(texts.resolve("caf\u00e9.txt"), "Third text.");
        Files.writeString(texts.resolve("caf\u00e8.txt"), "Fourth text.");
        Files.writeString(texts.resolve("\u6771\u4eac.txt"), "\u6771\u4eac\u306e\u8a18\u4e8b\u3002");
        Path target = temp.resolve("texts-corpus");
        assertEquals(Commands.OK, run("import", "--from", texts.toString(), "--corpus", target.toString()), err.toString());
        assertTrue(out.toString().contains("imported 5 documents"), out.toString());
        try (Stream<Path> documents = Files.list(target.resolve("documents"))) {
            assertEquals(5, documents.map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).distinct().count(), "five different texts");
        }
    }
}
