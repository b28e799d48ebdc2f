package org.marginalia.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.cli.Commands;

/** {@code suggest}: every proposal for a document, learned from the other documents' annotations. */
class SuggestCommandTest {

    @TempDir
    Path temp;

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void proposalsForOneDocumentAreJsonWithKindSpanTextAttributesRecommenderAndConfidence() {
        Path corpus = temp.resolve("demo");
        assertEquals(Commands.OK, cli.run("import", "--from", CommandLineRun.seeds().toString(), "--corpus",
                corpus.toString()));

        assertEquals(Commands.OK, cli.run("suggest", "--corpus", corpus.toString(), "--document", "004_06a76a727e4f1559", "--json"));

        String json = cli.out().strip();
        assertTrue(json.startsWith("[{\"document\":\"004_06a76a727e4f1559\",\"kind\":"), json.substring(0, Math.min(300, json.length())));
        assertTrue(json.contains("\"recommender\":\"quotes\"") && json.contains("\"recommender\":\"figures\""), "every suggester's proposals");
        assertTrue(json.contains("\"text\":\"Japan will continue"), "the quotation seed 004 was missing before the marks were paired");
        assertTrue(json.contains("\"attributes\":{\"value\":") && json.contains("\"confidence\":"), "attributes (a figure's normalised value) and confidence");
        assertTrue(json.contains("\"recommender\":\"learned\""), "the recommender learned from the other four documents proposes too");

        assertEquals(Commands.OK, cli.run("suggest", "--corpus", corpus.toString(), "--document", "004_06a76a727e4f1559", "--kind", "Quote"));
        assertTrue(cli.out().lines().filter(l -> l.startsWith("004_")).allMatch(l -> l.contains(" Quote ")), cli.out());

        assertEquals(Commands.FAILED, cli.run("suggest", "--corpus", corpus.toString(), "--document", "nope"));
        assertTrue(cli.err().contains("has no document nope"), cli.err());
    }
}
