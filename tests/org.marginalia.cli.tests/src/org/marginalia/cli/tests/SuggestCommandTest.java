package org.marginalia.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.cli.Commands;
import org.marginalia.core.assist.RejectedSuggestions;
import org.marginalia.core.assist.Suggestion;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.model.Figure;
import org.marginalia.model.MarginaliaFactory;

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

    @Test
    void aKindOrAnalystTheCorpusDoesNotHaveIsNamedAndAnOptionWithoutItsValueIsAUsageError() {
        Path corpus = temp.resolve("demo");
        cli.ok("import", "--from", CommandLineRun.seeds().toString(), "--corpus", corpus.toString());

        assertEquals(Commands.FAILED, cli.run("suggest", "--corpus", corpus.toString(), "--kind", "quote"));
        assertTrue(cli.err().contains("has no span kind 'quote'") && cli.err().contains("Quote, Figure"), cli.err());
        assertEquals(Commands.FAILED, cli.run("suggest", "--corpus", corpus.toString(), "--analyst", "zed"));
        assertTrue(cli.err().contains("has no annotations of analyst 'zed'") && cli.err().contains("ana"), cli.err());
        assertEquals(Commands.USAGE, cli.run("suggest", "--corpus", corpus.toString(), "--kind"));
        assertTrue(cli.err().contains("--kind needs a value"), cli.err());
        assertEquals(Commands.USAGE, cli.run("suggest", "--corpus", corpus.toString(), "--document", "--json"));
        assertEquals(Commands.USAGE, cli.run("suggest", "--corpus", corpus.toString(), "--kind", "Quote", "--kind", "Figure"));
        assertTrue(cli.err().contains("--kind is given twice"), cli.err());
    }

    @Test
    void whatAnAnalystTaggedAlreadyIsNoProposalAndTheirRejectionsAreLeftOut() throws Exception {
        Path corpus = temp.resolve("demo");
        cli.ok("import", "--from", CommandLineRun.seeds().toString(), "--corpus", corpus.toString());
        LoadedCorpus loaded = CorpusStore.load(corpus);
        List<AnnotationSet> sets = AnnotationStore.loadAll(loaded).sets();

        cli.ok("suggest", "--corpus", corpus.toString(), "--kind", "Figure", "--json");
        List<String[]> proposals = spans(cli.out());
        assertTrue(proposals.size() > 5, cli.out());
        for (String[] proposal : proposals) {
            boolean tagged = sets.stream().filter(set -> set.getDocument().getId().equals(proposal[0]))
                    .flatMap(set -> set.getAnnotations().stream()).anyMatch(a -> a instanceof Figure
                            && a.getBegin() == Integer.parseInt(proposal[1]) && a.getEnd() == Integer.parseInt(proposal[2]));
            assertFalse(tagged, "an analyst tagged " + String.join(" ", proposal) + " already");
        }

        String[] first = proposals.get(0);
        cli.ok("suggest", "--corpus", corpus.toString(), "--document", first[0], "--kind", "Figure", "--analyst", "ana", "--json");
        assertTrue(cli.out().contains("\"begin\":" + first[1] + ",\"end\":" + first[2]), cli.out());
        Document document = loaded.document(first[0]);
        Figure figure = MarginaliaFactory.eINSTANCE.createFigure();
        figure.setBegin(Integer.parseInt(first[1]));
        figure.setEnd(Integer.parseInt(first[2]));
        RejectedSuggestions.of(loaded.layout(), "ana").reject(document, new Suggestion(figure, "figures", 0.5));
        cli.ok("suggest", "--corpus", corpus.toString(), "--document", first[0], "--kind", "Figure", "--analyst", "ana", "--json");
        assertFalse(cli.out().contains("\"begin\":" + first[1] + ",\"end\":" + first[2]), "ana rejected it: " + cli.out());
    }

    /** Document id, begin and end of each proposal of {@code suggest --json}. */
    private static List<String[]> spans(String json) {
        List<String[]> spans = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\"document\":\"([^\"]+)\",\"kind\":\"[^\"]+\",\"begin\":(\\d+),\"end\":(\\d+)").matcher(json);
        while (m.find()) {
            spans.add(new String[] { m.group(1), m.group(2), m.group(3) });
        }
        return spans;
    }
}
