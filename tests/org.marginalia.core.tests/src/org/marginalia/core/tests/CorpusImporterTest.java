package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusLayout;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.io.TextHash;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Document;

class CorpusImporterTest {

    @TempDir
    Path temp;

    @Test
    void theFiveSeedsBecomeFiveDocumentsWithExactText() throws Exception {
        Path corpusFolder = temp.resolve("demo");
        LoadedCorpus loaded = CorpusImporter.importTexts(Seeds.folder(), corpusFolder, "Kyiv visit");

        List<Path> seeds;
        try (Stream<Path> files = Files.list(Seeds.folder())) {
            seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, seeds.size());
        assertEquals(5, loaded.corpus().getDocuments().size());
        assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
        for (int i = 0; i < seeds.size(); i++) {
            Document document = loaded.corpus().getDocuments().get(i);
            String expected = Files.readString(seeds.get(i), StandardCharsets.UTF_8);
            String name = seeds.get(i).getFileName().toString();
            assertEquals(name.substring(0, name.length() - 4), document.getId());
            assertEquals(expected, document.getText());
            assertEquals(TextHash.of(expected), document.getTextHash());
            assertEquals(expected, Files.readString(corpusFolder.resolve(document.getPath()), StandardCharsets.UTF_8));
        }
        assertEquals("Japan\u2019s FM visits Kyiv amid rising North Korea-Russia military ties Talks covered further sanctions on Moscow",
                loaded.corpus().getDocuments().get(3).getTitle());
        CorpusLayout layout = new CorpusLayout(corpusFolder);
        assertTrue(Files.isDirectory(layout.annotations()));
        assertTrue(Files.isDirectory(layout.curated()));
    }

    @Test
    void theImportedCorpusLoadsBackEqual() throws Exception {
        Path corpusFolder = temp.resolve("demo");
        LoadedCorpus imported = CorpusImporter.importTexts(Seeds.folder(), corpusFolder, "Kyiv visit");
        LoadedCorpus loaded = CorpusStore.load(corpusFolder);
        assertEquals("Kyiv visit", loaded.corpus().getName());
        assertEquals(imported.corpus().getDocuments().size(), loaded.corpus().getDocuments().size());
        for (int i = 0; i < 5; i++) {
            assertEquals(imported.corpus().getDocuments().get(i).getText(), loaded.corpus().getDocuments().get(i).getText());
        }
    }

    @Test
    void aTextChangedAfterImportIsReportedAndItsDocumentKept() throws Exception {
        Path corpusFolder = temp.resolve("demo");
        CorpusImporter.importTexts(Seeds.folder(), corpusFolder, "Kyiv visit");
        Path text = corpusFolder.resolve(CorpusLayout.documentPath("002_e11c02aa0c6797d3"));
        Files.writeString(text, Files.readString(text) + " Edited.");

        LoadedCorpus loaded = CorpusStore.load(corpusFolder);
        assertEquals(5, loaded.corpus().getDocuments().size());
        assertEquals(1, loaded.problems().size());
        assertEquals(text, loaded.problems().get(0).file());
        assertTrue(loaded.problems().get(0).message().contains("changed since it was imported"));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedByNameAndNothingIsWritten() throws Exception {
        Path source = sourceWithGoodText();
        Files.write(source.resolve("latin1.txt"), "Caf\u00e9 in Kyiv".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(source, "latin1.txt", "is not UTF-8");
    }

    @Test
    void anEmptyFileIsRefusedByNameAndNothingIsWritten() throws Exception {
        Path source = sourceWithGoodText();
        Files.write(source.resolve("empty.txt"), new byte[0]);
        assertRefused(source, "empty.txt", "is empty");
    }

    @Test
    void aBinaryFileIsRefusedByNameAndNothingIsWritten() throws Exception {
        Path source = sourceWithGoodText();
        Files.write(source.resolve("image.txt"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
        assertRefused(source, "image.txt", "binary");
    }

    @Test
    void everyBadFileIsNamedInOneError() throws Exception {
        Path source = sourceWithGoodText();
        Files.write(source.resolve("a.txt"), new byte[0]);
        Files.write(source.resolve("b.txt"), new byte[] { 'x', 0 });
        CorpusException error = assertThrows(CorpusException.class,
                () -> CorpusImporter.importTexts(source, temp.resolve("corpus"), "c"));
        assertEquals(2, error.problems().size());
        assertTrue(error.getMessage().contains("a.txt") && error.getMessage().contains("b.txt"), error.getMessage());
    }

    @Test
    void aMissingFolderIsRefusedByName() {
        Path missing = temp.resolve("no-such-folder");
        CorpusException error = assertThrows(CorpusException.class,
                () -> CorpusImporter.importTexts(missing, temp.resolve("corpus"), "c"));
        assertTrue(error.getMessage().contains(missing.toString()) && error.getMessage().contains("folder not found"), error.getMessage());
        assertFalse(Files.exists(temp.resolve("corpus")));
    }

    @Test
    void anImportNeverOverwritesAnExistingFolder() throws Exception {
        Path corpusFolder = Files.createDirectories(temp.resolve("corpus"));
        Path precious = Files.writeString(corpusFolder.resolve("notes.txt"), "my notes");
        CorpusException error = assertThrows(CorpusException.class,
                () -> CorpusImporter.importTexts(Seeds.folder(), corpusFolder, "c"));
        assertTrue(error.getMessage().contains("never overwrites"), error.getMessage());
        assertEquals("my notes", Files.readString(precious));
        assertEquals(1, countEntries(corpusFolder));
    }

    @Test
    void loadingAFolderThatIsNoCorpusNamesTheMissingFile() {
        CorpusException error = assertThrows(CorpusException.class, () -> CorpusStore.load(temp));
        assertTrue(error.getMessage().contains("corpus.marginalia"), error.getMessage());
    }

    private Path sourceWithGoodText() throws IOException {
        Path source = Files.createDirectories(temp.resolve("source"));
        Files.writeString(source.resolve("good.txt"), "Iwaya arrived in Kyiv.");
        return source;
    }

    private void assertRefused(Path source, String fileName, String reason) throws IOException {
        Path corpusFolder = temp.resolve("corpus");
        CorpusException error = assertThrows(CorpusException.class,
                () -> CorpusImporter.importTexts(source, corpusFolder, "c"));
        assertEquals(1, error.problems().size(), error.getMessage());
        assertEquals(source.resolve(fileName), error.problems().get(0).file());
        assertTrue(error.getMessage().contains(fileName) && error.getMessage().contains(reason), error.getMessage());
        assertFalse(Files.exists(corpusFolder), "nothing is written");
        assertEquals(0, countEntries(temp) - 1, "no staging folder is left behind");
    }

    private static long countEntries(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.count();
        }
    }

    @Test
    void anEmptyCorpusIsMadeWithItsSchemaAndTakesTextsAfterwards() throws Exception {
        Path corpusFolder = temp.resolve("claims");
        LoadedCorpus empty = CorpusImporter.createEmpty(corpusFolder, "Claims desk", ClaimsSchema.write(temp.resolve("claims.ecore")));
        assertEquals("Claims desk", empty.corpus().getName());
        assertEquals(0, empty.corpus().getDocuments().size());
        assertEquals(List.of(), CorpusStore.load(corpusFolder).problems());
        assertTrue(CorpusSchema.of(CorpusStore.load(corpusFolder)).spanKinds().stream().anyMatch(k -> k.getName().equals("Claim")));

        Path texts = Files.createDirectories(temp.resolve("texts"));
        Files.writeString(texts.resolve("a.txt"), "Iwaya arrived in Kyiv by train.");
        CorpusImporter.addTexts(texts, corpusFolder);
        assertEquals(1, CorpusStore.load(corpusFolder).corpus().getDocuments().size());

        assertThrows(CorpusException.class, () -> CorpusImporter.createEmpty(corpusFolder, "again", null), "never over an existing corpus");
    }
}
