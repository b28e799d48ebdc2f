package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.export.ExportFormat;
import org.marginalia.core.export.Exports;
import org.marginalia.core.export.SetSelection;
import org.marginalia.core.formats.brat.BratImport;

/** CoNLL-2002 style BIO columns of one span kind, on a text with an emoji, Japanese and a discontinuous span. */
class ConllExportTest {

    @TempDir
    Path temp;

    private LoadedCorpus corpus;

    @BeforeEach
    void importTheKyivCollection() throws Exception {
        Path brat = Files.createDirectories(temp.resolve("brat"));
        Files.writeString(brat.resolve("annotation.conf"), BratImportTest.CONF);
        Files.writeString(brat.resolve("kyiv.txt"), BratImportTest.TEXT);
        Files.writeString(brat.resolve("kyiv.ann"), BratImportTest.ann());
        BratImport.importCorpus(brat, temp.resolve("corpus"), "Kyiv", "kim");
        corpus = CorpusStore.load(temp.resolve("corpus"));
    }

    private List<String> export(String kind, String label) throws CorpusException {
        Exports.run(corpus, ExportFormat.CONLL, new ExportFormat.Options(kind, label), SetSelection.ALL, temp.resolve("out"), true, new BasicMonitor());
        try {
            return Files.readAllLines(temp.resolve("out/kim.conll"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void eachTokenHasItsBioTagAndEachSentenceEndsWithABlankLine() throws Exception {
        List<String> lines = export("Person", null);

        assertEquals("-DOCSTART- O", lines.get(0));
        assertEquals("", lines.get(1));
        assertEquals(List.of("Japan's O", "foreign O", "minister O", "Takeshi B-Person", "Iwaya I-Person"), lines.subList(2, 7));
        int met = lines.indexOf("met O");
        assertEquals(List.of("met O", "Andrii B-Person", "Sybiha I-Person", "in O", "Kyiv O", ". O", ""), lines.subList(met, met + 7),
                "the emoji before 'met' is a token of its own: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("\u5CA9") && l.endsWith(" O")), "Japanese is tokenised too: " + lines);
        assertTrue(lines.stream().noneMatch(l -> !l.isEmpty() && l.split(" ").length != 2), "two columns on every token line: " + lines);
    }

    @Test
    void fragmentsAreSpansOfTheirOwnAndALabelAttributeGivesTheTag() throws Exception {
        List<String> money = export("Money", null);
        assertTrue(money.contains("1.2 B-Money") && money.contains("yen B-Money") && money.contains("billion O"), money.toString());

        List<String> meetings = export("Meeting", "confidence");
        assertTrue(meetings.contains("met B-L2"), meetings.toString());
    }

    @Test
    void anUnknownKindOrAttributeIsAClearErrorAndWritesNothing() {
        CorpusException unknownKind = assertThrows(CorpusException.class, () -> export("Claim", null));
        assertTrue(unknownKind.getMessage().contains("no span kind Claim") && unknownKind.getMessage().contains("Person"), unknownKind.getMessage());
        CorpusException unknownAttribute = assertThrows(CorpusException.class, () -> export("Meeting", "stance"));
        assertTrue(unknownAttribute.getMessage().contains("no attribute stance"), unknownAttribute.getMessage());
        assertTrue(!Files.exists(temp.resolve("out/kim.conll")));
    }

    @Test
    void whatBioColumnsCannotHoldIsReportedAndTheRestIsWritten() throws Exception {
        Path brat = Files.createDirectories(temp.resolve("overlaps"));
        Files.writeString(brat.resolve("annotation.conf"), BratImportTest.CONF);
        Files.writeString(brat.resolve("kyiv.txt"), BratImportTest.TEXT);
        Files.writeString(brat.resolve("kyiv.ann"), String.join("\n",
                "T1\tPerson " + BratImportTest.at("Takeshi Iwaya") + "\tTakeshi Iwaya",
                "T2\tPerson " + BratImportTest.at("Iwaya") + "\tIwaya",
                "T3\tGPE " + BratImportTest.at("Japan") + "\tJapan",
                "T4\tGPE " + BratImportTest.at("Kyiv") + "\tKyiv", ""));
        BratImport.importCorpus(brat, temp.resolve("overlapping"), "Kyiv", "kim");
        LoadedCorpus overlapping = CorpusStore.load(temp.resolve("overlapping"));

        Exports.Result persons = Exports.run(overlapping, ExportFormat.CONLL, new ExportFormat.Options("Person", null), SetSelection.ALL,
                temp.resolve("persons"), true, new BasicMonitor());
        assertTrue(persons.notRepresented().stream().anyMatch(line -> line.contains("1 Person spans overlapping")), persons.notRepresented().toString());
        List<String> personLines = Files.readAllLines(temp.resolve("persons/kim.conll"));
        assertTrue(personLines.contains("Takeshi B-Person") && personLines.contains("Iwaya I-Person"), "the longer span is written: " + personLines);

        Exports.Result places = Exports.run(overlapping, ExportFormat.CONLL, new ExportFormat.Options("GPE", null), SetSelection.ALL,
                temp.resolve("places"), true, new BasicMonitor());
        assertTrue(places.notRepresented().stream().anyMatch(line -> line.contains("GPE spans begin or end inside a word")),
                "'Japan' in 'Japan's' cannot be a token of its own: " + places.notRepresented());
        assertTrue(Files.readAllLines(temp.resolve("places/kim.conll")).contains("Kyiv B-GPE"));
    }
}
