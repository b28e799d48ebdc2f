package org.marginalia.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.cli.Commands;

/** {@code suggest}: every proposal for a document, learned from the other documents' annotations. */
class SuggestCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void proposalsForOneDocumentAreJsonWithKindSpanTextAttributesRecommenderAndConfidence() {
        Path corpus = temp.resolve("demo");
        assertEquals(Commands.OK, run("import", "--from", Paths.get(System.getProperty("marginalia.seeds", "../../seeds")).toString(), "--corpus",
                corpus.toString()));
        out.reset();

        assertEquals(Commands.OK, run("suggest", "--corpus", corpus.toString(), "--document", "004_06a76a727e4f1559", "--json"));

        String json = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(json.startsWith("[{\"document\":\"004_06a76a727e4f1559\",\"kind\":"), json.substring(0, Math.min(300, json.length())));
        assertTrue(json.contains("\"recommender\":\"quotes\"") && json.contains("\"recommender\":\"figures\""), "every suggester's proposals");
        assertTrue(json.contains("\"text\":\"Japan will continue"), "the quotation seed 004 was missing before the marks were paired");
        assertTrue(json.contains("\"attributes\":{\"value\":") && json.contains("\"confidence\":"), "attributes (a figure's normalised value) and confidence");
        assertTrue(json.contains("\"recommender\":\"learned\""), "the recommender learned from the other four documents proposes too");

        out.reset();
        assertEquals(Commands.OK, run("suggest", "--corpus", corpus.toString(), "--document", "004_06a76a727e4f1559", "--kind", "Quote"));
        assertTrue(out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("004_")).allMatch(l -> l.contains(" Quote ")), out.toString());

        assertEquals(Commands.FAILED, run("suggest", "--corpus", corpus.toString(), "--document", "nope"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("has no document nope"), err.toString(StandardCharsets.UTF_8));
    }
}
