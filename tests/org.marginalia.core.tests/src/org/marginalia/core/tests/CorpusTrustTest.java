package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marginalia.core.tests.DemoCorpus.ANA;
import static org.marginalia.core.tests.DemoCorpus.DOC_000;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.export.ExportFormat;
import org.marginalia.core.export.Exports;
import org.marginalia.core.export.SetSelection;
import org.marginalia.core.io.TextHash;

/**
 * A corpus folder may be a stranger's: its ids, paths, links and references must never make Marginalia read
 * or write outside it, and every such attempt is a reported problem naming the file.
 */
class CorpusTrustTest {

    @TempDir
    Path temp;

    private Path demo() throws CorpusException {
        return DemoCorpus.copyInto(temp.resolve("corpus")).layout().root();
    }

    private static void replaceIn(Path file, String from, String to) throws IOException {
        String content = Files.readString(file);
        assertTrue(content.contains(from), file + " holds " + from);
        Files.writeString(file, content.replace(from, to));
    }

    private static boolean mentions(List<CorpusProblem> problems, String text) {
        return problems.stream().anyMatch(p -> p.toString().contains(text));
    }

    @Test
    void aDocumentIdThatClimbsOutIsAProblemAndNoFileIsEverNamedAfterIt() throws Exception {
        Path corpus = demo();
        replaceIn(corpus.resolve("corpus.marginalia"), "id=\"" + DOC_000 + "\"", "id=\"../../../../tmp/pwned\"");
        LoadedCorpus loaded = CorpusStore.load(corpus);
        assertTrue(mentions(loaded.problems(), "cannot be a document id"), loaded.problems().toString());
        assertThrows(IllegalArgumentException.class, () -> AnnotationStore.curatedFile(loaded.layout(), "../../../../tmp/pwned"));
        assertThrows(CorpusException.class, () -> AnnotationStore.loadAllOrFail(loaded), "work on the corpus is refused");
    }

    @Test
    void idsOfTheSameFileOnCaseInsensitiveSystemsAreAProblem() throws Exception {
        Path corpus = demo();
        String description = Files.readString(corpus.resolve("corpus.marginalia"));
        Files.writeString(corpus.resolve("corpus.marginalia"), description.replace("id=\"001_78016d3573fe0450\"", "id=\"" + DOC_000.toUpperCase() + "\""));
        assertTrue(mentions(CorpusStore.load(corpus).problems(), "has the same id as document"));
    }

    @Test
    void aTextPathOutsideTheCorpusIsNotRead() throws Exception {
        Path corpus = demo();
        Path secret = Files.writeString(temp.resolve("secret.txt"), "top secret");
        replaceIn(corpus.resolve("corpus.marginalia"), "path=\"documents/" + DOC_000 + ".txt\"", "path=\"../secret.txt\"");
        LoadedCorpus loaded = CorpusStore.load(corpus);
        assertNull(loaded.document(DOC_000).getText());
        assertTrue(mentions(loaded.problems(), "lies outside the folder"), loaded.problems().toString());
        replaceIn(corpus.resolve("corpus.marginalia"), "path=\"../secret.txt\"", "path=\"" + secret + "\"");
        assertNull(CorpusStore.load(corpus).document(DOC_000).getText(), "an absolute path is refused too");
    }

    @Test
    void aTextThatLinksOutOfTheCorpusIsNotRead() throws Exception {
        Path corpus = demo();
        Path text = corpus.resolve("documents/" + DOC_000 + ".txt");
        Path outside = temp.resolve("outside.txt");
        Files.move(text, outside);
        Files.createSymbolicLink(text, outside);
        LoadedCorpus loaded = CorpusStore.load(corpus);
        assertNull(loaded.document(DOC_000).getText());
        assertTrue(mentions(loaded.problems(), "is a link to " + outside.toRealPath()), loaded.problems().toString());
    }

    @Test
    void aLinkThatStaysInsideTheCorpusIsFollowed() throws Exception {
        Path corpus = demo();
        Path text = corpus.resolve("documents/" + DOC_000 + ".txt");
        Path moved = Files.createDirectories(corpus.resolve("texts")).resolve("000.txt");
        Files.move(text, moved);
        Files.createSymbolicLink(text, moved);
        LoadedCorpus loaded = CorpusStore.load(corpus);
        assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
        assertTrue(loaded.document(DOC_000).getText().startsWith("Recent moves by Japan"));
    }

    @Test
    void devicesAndPipesAreNotReadAsTexts() throws Exception {
        Path corpus = demo();
        Path text = corpus.resolve("documents/" + DOC_000 + ".txt");
        Files.delete(text);
        Files.createSymbolicLink(text, Path.of("/dev/zero"));
        assertTrue(mentions(CorpusStore.load(corpus).problems(), "outside the folder"), "/dev/zero is outside, and never read");

        Files.delete(text);
        assertEquals(0, new ProcessBuilder("mkfifo", text.toString()).start().waitFor());
        LoadedCorpus loaded = CorpusStore.load(corpus); // a pipe nobody writes to would block a reader forever
        assertTrue(mentions(loaded.problems(), "is not a regular file"), loaded.problems().toString());
    }

    @Test
    void aReferenceToAWebAddressIsNeverFollowed() throws Exception {
        Path corpus = demo();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            replaceIn(corpus.resolve("annotations/ana/" + DOC_000 + ".xmi"), "../../corpus.marginalia#person.takeshi-iwaya",
                    "http://127.0.0.1:" + server.getLocalPort() + "/x#e1");
            LoadedCorpus loaded = CorpusStore.load(corpus);
            CorpusException refused = assertThrows(CorpusException.class, () -> Exports.run(loaded, ExportFormat.EMF, SetSelection.ALL,
                    temp.resolve("out/x.xmi"), false, new BasicMonitor()));
            assertTrue(refused.getMessage().contains("outside the corpus folder"), refused.getMessage());
            assertThrows(SocketTimeoutException.class, server::accept, "no request was made");
        }
        assertFalse(Files.exists(temp.resolve("out/x.xmi")));
    }

    @Test
    void aReferencedFileIsReadWithTheSafeOptionsAndOnlyInsideTheCorpus() throws Exception {
        Path corpus = demo();
        Path evil = corpus.resolve("annotations/evil.xmi");
        Files.writeString(evil, """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <marginalia:Corpus xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:marginalia="http://marginalia.org/model/1.0" name="&b;">
                  <entities id="e1" kind="PERSON" name="&b;"/>
                </marginalia:Corpus>
                """);
        replaceIn(corpus.resolve("annotations/ana/" + DOC_000 + ".xmi"), "../../corpus.marginalia#person.takeshi-iwaya", "../evil.xmi#e1");
        LoadedAnnotations annotations = AnnotationStore.loadAll(CorpusStore.load(corpus));
        assertTrue(mentions(annotations.problems(), "unknown entity: e1 (in evil.xmi,"), annotations.problems().toString());

        Path outside = temp.resolve("outside.xmi");
        Files.copy(corpus.resolve("corpus.marginalia"), outside);
        replaceIn(corpus.resolve("annotations/ana/" + DOC_000 + ".xmi"), "../evil.xmi#e1", outside.toUri() + "#person.takeshi-iwaya");
        LoadedAnnotations followed = AnnotationStore.loadAll(CorpusStore.load(corpus));
        assertTrue(mentions(followed.problems(), "unknown entity: person.takeshi-iwaya (in outside.xmi,"), followed.problems().toString());
    }

    @Test
    void aStrayCopyOfASetIsReportedAndNeverCountedTwice() throws Exception {
        Path corpus = demo();
        Path set = corpus.resolve("annotations/ana/" + DOC_000 + ".xmi");
        Files.copy(set, set.resolveSibling(DOC_000 + " (copy).xmi"));
        Files.copy(set, set.resolveSibling("000-copy.xmi"));
        LoadedAnnotations annotations = AnnotationStore.loadAll(CorpusStore.load(corpus));
        assertEquals(1, annotations.sets().stream().filter(s -> ANA.equals(s.getAnalystId()) && s.getDocument().getId().equals(DOC_000)).count());
        assertTrue(mentions(annotations.problems(), "is not named <document id>.xmi"), annotations.problems().toString());
        assertTrue(mentions(annotations.problems(), "is named 000-copy.xmi"), annotations.problems().toString());
    }

    @Test
    void aSetWithoutATextHashIsAProblemSoItsSpansAreNeverMergedBlindly() throws Exception {
        Path corpus = demo();
        Path set = corpus.resolve("annotations/ana/" + DOC_000 + ".xmi");
        Files.writeString(set, Files.readString(set).replaceFirst(" textHash=\"[0-9a-f]+\"", ""));
        LoadedCorpus loaded = CorpusStore.load(corpus);
        assertTrue(mentions(AnnotationStore.loadAll(loaded).problems(), "records no SHA-256"));
        assertThrows(CorpusException.class, () -> AnnotationStore.loadAllOrFail(loaded));
    }

    @Test
    void offsetsThatCutAnEmojiInHalfAreAProblem() throws Exception {
        Path texts = Files.createDirectories(temp.resolve("texts"));
        Files.writeString(texts.resolve("a.txt"), "Smile \uD83D\uDE00 and \uD842\uDFB7 here.", StandardCharsets.UTF_8);
        LoadedCorpus corpus = CorpusImporter.importTexts(texts, temp.resolve("c"), "c");
        var set = AnnotationStore.create(corpus, corpus.document("a"), ANA);
        var mention = org.marginalia.model.MarginaliaFactory.eINSTANCE.createEntityMention();
        mention.setBegin(7); // between the two halves of U+1F600
        mention.setEnd(8);
        set.getAnnotations().add(mention);
        AnnotationStore.save(corpus, set);
        LoadedAnnotations annotations = AnnotationStore.loadAll(CorpusStore.load(corpus.layout().root()));
        assertTrue(mentions(annotations.problems(), "cuts a character in half"), annotations.problems().toString());
    }

    @Test
    void anExportIntoTheCorpusFolderIsRefused() throws Exception {
        LoadedCorpus corpus = CorpusStore.load(demo());
        for (Path out : List.of(corpus.layout().annotations().resolve(ANA), corpus.layout().curated(), corpus.layout().root())) {
            CorpusException refused = assertThrows(CorpusException.class,
                    () -> Exports.run(corpus, ExportFormat.UIMA, SetSelection.ALL, out, true, new BasicMonitor()));
            assertTrue(refused.getMessage().contains("lies inside the corpus folder"), refused.getMessage());
        }
        assertTrue(AnnotationStore.loadAll(CorpusStore.load(corpus.layout().root())).problems().isEmpty(), "the corpus is as it was");
    }

    @Test
    void anExportThatFailsHalfWayLeavesNothingAndARetryIsNotRefused() throws Exception {
        Path corpus = demo();
        String document = "002_e11c02aa0c6797d3";
        Path text = corpus.resolve("documents/" + document + ".txt");
        String original = Files.readString(text);
        // A control character XML 1.0 cannot carry makes the third document fail after two were written;
        // the recorded hashes follow, so the corpus itself has no problem.
        String broken = original.replaceFirst(" ", "\u0001");
        Files.writeString(text, broken);
        for (Path file : List.of(corpus.resolve("corpus.marginalia"), corpus.resolve("annotations/ana/" + document + ".xmi"),
                corpus.resolve("annotations/ben/" + document + ".xmi"), corpus.resolve("annotations/chloe/" + document + ".xmi"))) {
            replaceIn(file, TextHash.of(original), TextHash.of(broken));
        }
        Path out = temp.resolve("export");
        LoadedCorpus loaded = CorpusStore.load(corpus);
        CorpusException failed = assertThrows(CorpusException.class,
                () -> Exports.run(loaded, ExportFormat.UIMA, SetSelection.ALL, out, false, new BasicMonitor()));
        assertTrue(failed.getMessage().contains("nothing was exported"), failed.getMessage());
        assertFalse(Files.exists(out.resolve("TypeSystem.xml")), "nothing of the export is left");
        try (var entries = Files.list(temp)) {
            assertTrue(entries.noneMatch(p -> p.getFileName().toString().startsWith(".marginalia-export")), "no staging folder is left");
        }

        Files.writeString(text, original);
        for (Path file : List.of(corpus.resolve("corpus.marginalia"), corpus.resolve("annotations/ana/" + document + ".xmi"),
                corpus.resolve("annotations/ben/" + document + ".xmi"), corpus.resolve("annotations/chloe/" + document + ".xmi"))) {
            replaceIn(file, TextHash.of(broken), TextHash.of(original));
        }
        Exports.Result result = Exports.run(CorpusStore.load(corpus), ExportFormat.UIMA, SetSelection.ALL, out, false, new BasicMonitor());
        assertEquals(6, result.files().size());
        assertTrue(Files.isRegularFile(out.resolve(document + ".xmi")));
    }
}
