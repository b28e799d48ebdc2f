package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marginalia.core.tests.SetQueries.byText;
import static org.marginalia.core.tests.SetQueries.feature;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.ImportReport;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.formats.brat.BratImport;
import org.marginalia.core.review.KindAgreement;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Entity;
import org.marginalia.model.Relation;

/** brat collections as the brat documentation describes them, imported as corpora with their configuration as schema. */
class BratImportTest {

    /** A configuration in the style of brat's examples: entities, relations, events with roles, attributes. */
    static final String CONF = """
            # the news desk's configuration
            [entities]
            Person
            Organization
            GPE
            Money

            [relations]
            Located            Arg1:Person|Organization, Arg2:GPE
            Employment-of      Arg1:Person, Arg2:Organization
            <OVERLAP>          Arg1:Person, Arg2:Organization, <OVL-TYPE>:contain

            [events]
            Meeting            Participant+:Person, Place?:GPE
            Transfer-money     Giver:Person|Organization, Recipient:Person|Organization, Money?:Money

            [attributes]
            Negation           Arg:<EVENT>
            Confidence         Arg:<EVENT>, Value:L1|L2|L3
            """;

    /** Emoji before the names (two code points, four UTF-16 units), Japanese, and a line break. */
    static final String TEXT = "Japan's foreign minister Takeshi Iwaya \uD83C\uDDEF\uD83C\uDDF5 met Andrii Sybiha in Kyiv.\n"
            + "\u5CA9\u5C4B\u5916\u76F8\u306F\u30AD\u30FC\u30A6\u3092\u8A2A\u554F\u3057\u305F\u3002 JICA gave Ukraine 1.2 billion yen.";

    @TempDir
    Path temp;

    /** brat's offsets: code points from the start of the text. */
    static String at(String words) {
        return at(words, 0);
    }

    static String at(String words, int from) {
        int begin = TEXT.indexOf(words, from);
        int start = TEXT.codePointCount(0, begin);
        return start + " " + (start + words.codePointCount(0, words.length()));
    }

    static String ann() {
        return String.join("\n",
                "T1\tPerson " + at("Takeshi Iwaya") + "\tTakeshi Iwaya",
                "T2\tPerson " + at("Andrii Sybiha") + "\tAndrii Sybiha",
                "T3\tGPE " + at("Kyiv") + "\tKyiv",
                "T4\tMeeting " + at("met") + "\tmet",
                "E1\tMeeting:T4 Participant:T1 Participant2:T2 Place:T3",
                "A1\tConfidence E1 L2",
                "A2\tNegation E1",
                "R1\tLocated Arg1:T2 Arg2:T3",
                "#1\tAnnotatorNotes T1\tforeign minister since October 2024",
                "T5\tMoney " + at("1.2") + ";" + at("yen") + "\t1.2 yen",
                "T6\tOrganization " + at("JICA") + "\tJICA",
                "N1\tReference T3 Wikipedia:12345\tKyiv",
                "*\tEquiv T1 T2",
                "#2\tTitle T1\tForeign Minister of Japan \u65e5\u672c",
                "N2\tReference T1 Wikidata:Q11409337\tTakeshi Iwaya",
                "");
    }

    private Path collection() throws Exception {
        Path brat = Files.createDirectories(temp.resolve("brat"));
        Files.writeString(brat.resolve("annotation.conf"), CONF);
        Files.writeString(brat.resolve("kyiv.txt"), TEXT);
        Files.writeString(brat.resolve("kyiv.ann"), ann());
        return brat;
    }

    @Test
    void aCollectionBecomesACorpusWithItsConfigurationAsSchemaAndEveryAnnotation() throws Exception {
        ImportReport report = BratImport.importCorpus(collection(), temp.resolve("corpus"), "Kyiv visit", "kim");
        assertEquals(List.of(), report.problems());
        assertEquals(1, report.notImported().size(), "the equivalence is listed, not dropped silently: " + report.notImported());

        LoadedCorpus corpus = CorpusStore.load(temp.resolve("corpus"));
        assertEquals(List.of(), corpus.problems());
        CorpusSchema schema = CorpusSchema.of(corpus);
        assertEquals(List.of("Quote", "Figure", "Role", "EntityMention", "Person", "Organization", "GPE", "Money", "Meeting", "Transfer_money"),
                schema.spanKinds().stream().map(EClass::getName).toList());
        assertEquals(List.of("Located", "Employment_of", "NextFragment"), schema.relationKinds().stream().map(EClass::getName).toList());
        assertEquals(List.of("Person", "Organization"), schema.allowedEnds(schema.relationKinds().get(0), true).stream().map(EClass::getName).toList());

        LoadedAnnotations sets = AnnotationStore.loadAll(corpus);
        assertEquals(List.of(), sets.problems());
        AnnotationSet kim = sets.sets().get(0);
        assertEquals("kim", kim.getAnalystId());
        String text = kim.getDocument().getText();
        assertEquals(TEXT, text);
        Annotation sybiha = byText(kim, "Andrii Sybiha");
        assertEquals("Person", sybiha.eClass().getName());
        assertEquals(TEXT.indexOf("Andrii Sybiha"), sybiha.getBegin(), "code points became UTF-16 offsets past the emoji");
        Annotation iwaya = byText(kim, "Takeshi Iwaya");
        assertEquals("foreign minister since October 2024", iwaya.getNote());
        assertEquals("Foreign Minister of Japan \u65e5\u672c", iwaya.eGet(feature(iwaya.eClass(), "title")),
                "a comment of another type than AnnotatorNotes is a text attribute of that name");
        Entity wikidata = (Entity) iwaya.eGet(feature(iwaya.eClass(), "wikidata"));
        assertEquals("other.wikidata-q11409337", wikidata.getId(), "a normalization links to one entity per database entry");
        assertEquals("Takeshi Iwaya", wikidata.getName());
        assertEquals("Kyiv", ((Entity) byText(kim, "Kyiv").eGet(feature(byText(kim, "Kyiv").eClass(), "wikipedia"))).getName());
        assertTrue(kim.getEntities().contains(wikidata), "the entities are the analyst's own, kept in the set");

        Annotation meeting = byText(kim, "met");
        EClass meetingKind = meeting.eClass();
        assertEquals(List.of(byText(kim, "Takeshi Iwaya"), sybiha), meeting.eGet(feature(meetingKind, "participant")));
        assertEquals(byText(kim, "Kyiv"), meeting.eGet(feature(meetingKind, "place")));
        assertEquals("L2", String.valueOf(meeting.eGet(feature(meetingKind, "confidence"))));
        assertEquals(Boolean.TRUE, meeting.eGet(feature(meetingKind, "negation")));

        Relation located = kim.getRelations().stream().filter(r -> r.eClass().getName().equals("Located")).findFirst().orElseThrow();
        assertEquals(sybiha, located.getGovernor());
        assertEquals(byText(kim, "Kyiv"), located.getDependent());

        Annotation first = byText(kim, "1.2");
        Annotation second = byText(kim, "yen");
        assertEquals("Money", second.eClass().getName(), "a discontinuous span is kept as its fragments, not joined");
        Relation fragment = kim.getRelations().stream().filter(r -> r.eClass().getName().equals("NextFragment")).findFirst().orElseThrow();
        assertEquals(first, fragment.getGovernor());
        assertEquals(second, fragment.getDependent());
    }

    @Test
    void oneSubfolderPerAnnotatorImportsEachAsAnAnalystAndABadFileIsReportedWithItsLine() throws Exception {
        Path brat = Files.createDirectories(temp.resolve("team"));
        Files.writeString(brat.resolve("annotation.conf"), CONF);
        Path kim = Files.createDirectories(brat.resolve("kim"));
        Path lee = Files.createDirectories(brat.resolve("lee"));
        String other = "Ukraine thanked Japan.";
        Files.writeString(kim.resolve("kyiv.txt"), TEXT);
        Files.writeString(kim.resolve("kyiv.ann"), ann());
        Files.writeString(kim.resolve("thanks.txt"), other);
        Files.writeString(kim.resolve("thanks.ann"), "T1\tGPE 0 7\tUkraine\nT2\tGPE 16 21\tJapan\nT3\tPerson 30 40\tnobody\n");
        Files.writeString(lee.resolve("kyiv.txt"), TEXT);
        Files.writeString(lee.resolve("kyiv.ann"), "T1\tPerson " + at("Andrii Sybiha") + "\tAndrii Sybiha\nT2\tPlanet 0 5\tJapan\n");

        ImportReport report = BratImport.importCorpus(brat, temp.resolve("corpus"), "team", "ignored");

        List<String> problems = report.problems().stream().map(Object::toString).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("thanks.ann") && p.contains("line 3") && p.contains("outside the text")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("lee") && p.contains("line 2") && p.contains("Planet")), problems.toString());
        LoadedAnnotations sets = AnnotationStore.loadAll(CorpusStore.load(temp.resolve("corpus")));
        assertEquals(List.of("kim"), sets.sets().stream().map(AnnotationSet::getAnalystId).distinct().toList(),
                "lee's only file had a bad line, so nothing of it came in; kim's good file did");
        assertEquals(2, report.corpus().corpus().getDocuments().size(), "both texts are documents, even the one whose annotations were refused");
        assertFalse(sets.sets().stream().anyMatch(s -> s.getDocument().getText().equals(other)), "nothing of the bad file");
    }

    @Test
    void annotatorsWhoReadDifferentDocumentsAreAnalystsOnlyWhereTheyHaveFiles() throws Exception {
        Path brat = Files.createDirectories(temp.resolve("split"));
        Files.writeString(brat.resolve("annotation.conf"), CONF);
        Path kim = Files.createDirectories(brat.resolve("kim"));
        Path lee = Files.createDirectories(brat.resolve("lee"));
        String thanks = "Ukraine thanked Japan \uD83C\uDDEF\uD83C\uDDF5 and Poland.";
        Files.writeString(kim.resolve("kyiv.txt"), TEXT);
        Files.writeString(kim.resolve("kyiv.ann"), ann());
        Files.writeString(lee.resolve("thanks.txt"), thanks);
        Files.writeString(lee.resolve("thanks.ann"), "T1\tGPE 0 7\tUkraine\nT2\tGPE 29 35\tPoland\n");

        ImportReport report = BratImport.importCorpus(brat, temp.resolve("corpus"), "split", null);

        assertEquals(List.of(), report.problems());
        LoadedCorpus corpus = CorpusStore.load(temp.resolve("corpus"));
        LoadedAnnotations sets = AnnotationStore.loadAll(corpus);
        assertEquals(List.of("kim:" + TEXT.length(), "lee:" + thanks.length()),
                sets.sets().stream().map(s -> s.getAnalystId() + ":" + s.getDocument().getText().length()).sorted().toList(),
                "each annotator has a set only on the document they annotated");
        AnnotationSet leeSet = sets.sets().stream().filter(s -> s.getAnalystId().equals("lee")).findFirst().orElseThrow();
        assertEquals(thanks.indexOf("Poland"), byText(leeSet, "Poland").getBegin(), "code points past the flag emoji became UTF-16 offsets");
        KindAgreement agreement = KindAgreement.of(sets.sets(), null);
        assertEquals(0, agreement.sharedDocuments(), "no document was read by both, so no figure pairs them");
        assertEquals(0, agreement.pairDocuments()[0][1]);
    }

    @Test
    void aFolderWithoutConfigurationIsNotBratAndMismatchedTextIsRefused() throws Exception {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        Files.writeString(plain.resolve("a.txt"), "text");
        assertFalse(BratImport.isBrat(plain));
        assertThrows(CorpusException.class, () -> BratImport.importCorpus(plain, temp.resolve("c1"), "c", "kim"));

        Path brat = collection();
        Files.writeString(brat.resolve("kyiv.ann"), "T1\tPerson " + at("Takeshi Iwaya") + "\tSomeone Else\n");
        ImportReport report = BratImport.importCorpus(brat, temp.resolve("c2"), "c", "kim");
        String problems = report.problems().toString();
        assertTrue(problems.contains("kyiv.ann") && problems.contains("line 1") && problems.contains("does not match"), problems);
        assertTrue(AnnotationStore.loadAll(report.corpus()).sets().isEmpty(), "nothing of the file whose text does not match");
    }

    @Test
    void aTruncatedAnnFileIsNamedWithItsLineAndNothingOfItComesInButTheOtherFilesDo() throws Exception {
        Path brat = collection();
        String other = "Ukraine thanked Japan.";
        Files.writeString(brat.resolve("thanks.txt"), other);
        Files.writeString(brat.resolve("thanks.ann"), "T1\tGPE 0 7\tUkraine\nT2\tGPE 16");

        ImportReport report = BratImport.importCorpus(brat, temp.resolve("corpus"), "c", "kim");

        String problems = report.problems().toString();
        assertEquals(1, report.problems().size(), problems);
        assertTrue(problems.contains("thanks.ann") && problems.contains("line 2"), problems);
        List<AnnotationSet> sets = AnnotationStore.loadAll(CorpusStore.load(temp.resolve("corpus"))).sets();
        assertEquals(1, sets.size(), "kyiv.ann came in");
        assertFalse(sets.get(0).getDocument().getText().equals(other), "nothing of the truncated file, not even its good first line");
    }
}
