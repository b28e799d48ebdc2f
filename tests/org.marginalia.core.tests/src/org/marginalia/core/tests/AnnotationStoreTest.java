package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marginalia.core.tests.DemoCorpus.ANA;
import static org.marginalia.core.tests.DemoCorpus.BEN;
import static org.marginalia.core.tests.DemoCorpus.CHLOE;
import static org.marginalia.core.tests.DemoCorpus.DOC_000;
import static org.marginalia.core.tests.DemoCorpus.DOC_001;
import static org.marginalia.core.tests.DemoCorpus.DOC_003;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusLayout;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.io.FolderLock;
import org.marginalia.core.io.SafeXml;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Figure;
import org.marginalia.model.MarginaliaFactory;
import org.marginalia.model.Quote;
import org.marginalia.model.Role;

class AnnotationStoreTest {

    @TempDir
    Path temp;

    @Test
    void theDemoCorpusHasFiveDocumentsAnnotatedByThreeAnalystsWithoutProblems() throws Exception {
        LoadedCorpus seeds = CorpusStore.load(Seeds.folder());
        LoadedAnnotations annotations = AnnotationStore.loadAll(seeds);
        assertEquals(List.of(), seeds.problems());
        assertEquals(List.of(), annotations.problems());
        assertEquals(List.of(ANA, BEN, CHLOE), annotations.analystIds());
        assertEquals(15, annotations.sets().size());

        Figure troops = figureCovering(seeds, annotations.analystSet(ANA, DOC_001).orElseThrow(), "approximately 12,000 North Korean soldiers");
        assertEquals("12000", troops.getValue());
        assertTrue(troops.isApproximate());
        Role sybiha = (Role) annotations.analystSet(ANA, DOC_003).orElseThrow().getAnnotations().stream()
                .filter(a -> a instanceof Role r && "person.andrii-sybiha".equals(r.getPerson().getId())).findFirst().orElseThrow();
        assertEquals("Deputy Foreign Minister", sybiha.getTitle());
        assertEquals("Ukrainian Deputy Foreign Minister Andrii Sybiha", covered(seeds, DOC_003, sybiha));
    }

    @Test
    void analystsDisagreeTheWayRealTeamsDo() throws Exception {
        LoadedCorpus seeds = CorpusStore.load(Seeds.folder());
        LoadedAnnotations annotations = AnnotationStore.loadAll(seeds);
        Quote anaQuote = quoteStarting(annotations.analystSet(ANA, DOC_000).orElseThrow(), seeds, "Japan will continue");
        Quote benQuote = quoteStarting(annotations.analystSet(BEN, DOC_000).orElseThrow(), seeds, "Japan will continue");
        assertEquals("person.takeshi-iwaya", anaQuote.getSpeaker().getId());
        assertEquals("person.denys-shmyhal", benQuote.getSpeaker().getId(), "another speaker");
        assertTrue(annotations.analystSet(CHLOE, DOC_000).orElseThrow().getAnnotations().stream()
                .noneMatch(a -> covered(seeds, DOC_000, a).equals("February 2022")), "a missed figure");
    }

    @Test
    void aCopiedCorpusHasTheStandardLayoutAndTheSameAnnotations() throws Exception {
        LoadedCorpus copy = DemoCorpus.copyInto(temp.resolve("demo"));
        CorpusLayout layout = copy.layout();
        assertTrue(Files.isRegularFile(layout.documents().resolve(DOC_000 + ".txt")));
        assertTrue(Files.isRegularFile(AnnotationStore.analystFile(layout, CHLOE, DOC_003)));
        LoadedAnnotations annotations = AnnotationStore.loadAll(copy);
        assertEquals(List.of(), annotations.problems());
        LoadedAnnotations original = AnnotationStore.loadAll(CorpusStore.load(Seeds.folder()));
        assertEquals(count(original), count(annotations));
        assertEquals("Takeshi Iwaya", ((Quote) annotations.analystSet(ANA, DOC_000).orElseThrow().getAnnotations().stream()
                .filter(Quote.class::isInstance).findFirst().orElseThrow()).getSpeaker().getName());
    }

    @Test
    void aSaveWritesOnlyThatAnalystsFileAndItReadsBack() throws Exception {
        LoadedCorpus corpus = DemoCorpus.copyInto(temp.resolve("demo"));
        ageAllFiles(corpus.layout().root()); // any write from now on shows as a newer time
        Map<Path, FileTime> before = modificationTimes(corpus.layout().root());
        LoadedAnnotations annotations = AnnotationStore.loadAll(corpus);
        AnnotationSet set = annotations.analystSet(BEN, DOC_000).orElseThrow();
        Figure figure = MarginaliaFactory.eINSTANCE.createFigure();
        figure.setId("ben-new-1");
        figure.setBegin(0);
        figure.setEnd(6);
        figure.setValue("1");
        set.getAnnotations().add(figure);
        AnnotationStore.save(corpus, set);

        Path benFile = AnnotationStore.analystFile(corpus.layout(), BEN, DOC_000);
        Map<Path, FileTime> after = modificationTimes(corpus.layout().root());
        for (Map.Entry<Path, FileTime> entry : before.entrySet()) {
            if (!entry.getKey().equals(benFile)) {
                assertEquals(entry.getValue(), after.get(entry.getKey()), entry.getKey() + " was not to be written");
            }
        }
        assertEquals(before.keySet(), after.keySet(), "no file added or left behind");
        assertTrue(after.get(benFile).compareTo(before.get(benFile)) > 0, "ben's file was written");
        LoadedAnnotations reread = AnnotationStore.loadAll(CorpusStore.load(corpus.layout().root()));
        assertTrue(reread.analystSet(BEN, DOC_000).orElseThrow().getAnnotations().stream().anyMatch(a -> "ben-new-1".equals(a.getId())));
    }

    @Test
    void aSaveKilledHalfWayLeavesThePreviousVersionIntact() throws Exception {
        LoadedCorpus corpus = DemoCorpus.copyInto(temp.resolve("demo"));
        AnnotationSet set = AnnotationStore.loadAll(corpus).analystSet(ANA, DOC_001).orElseThrow();
        Path file = AnnotationStore.fileOf(corpus.layout(), set);
        byte[] previous = Files.readAllBytes(file);
        set.getAnnotations().forEach(a -> a.setNote("checked again"));

        IOException fault = assertThrows(IOException.class, () -> AtomicFiles.write(file,
                out -> set.eResource().save(new FailAfter(out, previous.length / 2), SafeXml.saveOptions())));
        assertTrue(fault.getMessage().contains("injected"), fault.getMessage());
        assertArrayEquals(previous, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(5, files.filter(f -> !f.getFileName().toString().equals(FolderLock.FILE_NAME)).count(),
                    "no temporary file left beside the analyst's files");
        }
    }

    @Test
    void aChangedTextIsReportedForEverySetAndTheirAnnotationsAreKeptUntouched() throws Exception {
        Path root = DemoCorpus.copyInto(temp.resolve("demo")).layout().root();
        Path text = root.resolve(CorpusLayout.documentPath(DOC_003));
        Files.writeString(text, "Breaking: " + Files.readString(text));
        Map<Path, FileTime> before = modificationTimes(root);

        LoadedCorpus corpus = CorpusStore.load(root);
        LoadedAnnotations annotations = AnnotationStore.loadAll(corpus);
        List<CorpusProblem> hashProblems = annotations.problems().stream().filter(p -> p.message().contains("another version of the text")).toList();
        assertEquals(3, hashProblems.size(), annotations.problems().toString());
        assertTrue(hashProblems.stream().allMatch(p -> p.file().getFileName().toString().equals(DOC_003 + ".xmi")));
        LoadedAnnotations original = AnnotationStore.loadAll(CorpusStore.load(Seeds.folder()));
        AnnotationSet kept = annotations.analystSet(ANA, DOC_003).orElseThrow();
        AnnotationSet seed = original.analystSet(ANA, DOC_003).orElseThrow();
        assertEquals(seed.getAnnotations().size(), kept.getAnnotations().size());
        for (int i = 0; i < seed.getAnnotations().size(); i++) {
            assertEquals(seed.getAnnotations().get(i).getBegin(), kept.getAnnotations().get(i).getBegin(), "never shifted");
        }
        assertEquals(before, modificationTimes(root), "loading never rewrites a file");
    }

    @Test
    void badOffsetsAndUnknownReferencesAreReportedByElementAndTheRestLoads() throws Exception {
        LoadedCorpus corpus = DemoCorpus.copyInto(temp.resolve("demo"));
        Path file = AnnotationStore.analystFile(corpus.layout(), CHLOE, DOC_000);
        String xml = Files.readString(file);
        xml = xml.replaceFirst("id=\"chloe-000-1\" begin=\"\\d+\" end=\"\\d+\"", "id=\"chloe-000-1\" begin=\"40\" end=\"10\"");
        xml = xml.replaceFirst("id=\"chloe-000-2\" begin=\"\\d+\" end=\"\\d+\"", "id=\"chloe-000-2\" begin=\"4000\" end=\"99999\"");
        xml = xml.replaceFirst("#person.takeshi-iwaya", "#person.nobody-at-all");
        Files.writeString(file, xml);
        byte[] bytes = Files.readAllBytes(file);

        LoadedAnnotations annotations = AnnotationStore.loadAll(CorpusStore.load(corpus.layout().root()));
        List<String> problems = annotations.problems().stream().map(CorpusProblem::toString).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(file.toString()) && problems.get(0).contains("chloe-000-1") && problems.get(0).contains("begins after it ends"), problems.get(0));
        assertTrue(problems.get(1).contains("chloe-000-2") && problems.get(1).contains("outside the text"), problems.get(1));
        assertTrue(problems.get(2).contains("unknown entity: person.nobody-at-all"), problems.get(2));
        assertEquals(37, annotations.analystSet(CHLOE, DOC_000).orElseThrow().getAnnotations().size(), "every annotation is still there");
        assertEquals(15, annotations.sets().size());
        assertArrayEquals(bytes, Files.readAllBytes(file), "nothing is rewritten until the user saves");
    }

    @Test
    void anExternalEntityThatTriesToReadALocalFileIsRefused() throws Exception {
        LoadedCorpus corpus = DemoCorpus.copyInto(temp.resolve("demo"));
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET-TOKEN");
        Path file = AnnotationStore.analystFile(corpus.layout(), BEN, DOC_001);
        String xml = Files.readString(file).replaceFirst("<\\?xml[^>]*\\?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE x [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>")
                .replaceFirst("analystId=\"ben\"", "analystId=\"&xxe;\"");
        Files.writeString(file, xml);

        LoadedAnnotations annotations = AnnotationStore.loadAll(CorpusStore.load(corpus.layout().root()));
        assertEquals(1, annotations.problems().size(), annotations.problems().toString());
        CorpusProblem problem = annotations.problems().get(0);
        assertEquals(file, problem.file());
        assertTrue(problem.message().contains("DOCTYPE"), problem.message());
        assertTrue(annotations.sets().stream().noneMatch(s -> "TOP-SECRET-TOKEN".equals(s.getAnalystId())));
        assertFalse(annotations.problems().toString().contains("TOP-SECRET-TOKEN"));
        assertEquals(14, annotations.sets().size(), "the other sets load");
    }

    @Test
    void aBillionLaughsFileIsRefusedWithoutExpandingAnything() throws Exception {
        LoadedCorpus corpus = DemoCorpus.copyInto(temp.resolve("demo"));
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n<marginalia:Corpus xmlns:marginalia=\"http://marginalia.org/model/1.0\" name=\"&lol9;\"/>\n");
        Files.writeString(corpus.layout().description(), dtd);

        long start = System.nanoTime();
        CorpusException error = assertThrows(CorpusException.class, () -> CorpusStore.load(corpus.layout().root()));
        assertTrue(error.getMessage().contains("corpus.marginalia") && error.getMessage().contains("DOCTYPE"), error.getMessage());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused at once, not after expanding");
    }

    private static long count(LoadedAnnotations annotations) {
        return annotations.sets().stream().mapToLong(s -> s.getAnnotations().size()).sum();
    }

    private static Figure figureCovering(LoadedCorpus corpus, AnnotationSet set, String text) {
        return (Figure) set.getAnnotations().stream().filter(a -> a instanceof Figure && covered(corpus, set.getDocument().getId(), a).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no figure on '" + text + "'"));
    }

    private static Quote quoteStarting(AnnotationSet set, LoadedCorpus corpus, String start) {
        return (Quote) set.getAnnotations().stream().filter(a -> a instanceof Quote && covered(corpus, set.getDocument().getId(), a).replace("\"", "").startsWith(start))
                .findFirst().orElseThrow(() -> new AssertionError("no quote starting '" + start + "'"));
    }

    private static String covered(LoadedCorpus corpus, String documentId, Annotation annotation) {
        return corpus.document(documentId).getText().substring(annotation.getBegin(), annotation.getEnd());
    }

    private static void ageAllFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            // The folder lock is written by every save in its folder; it holds no work.
            for (Path file : files.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().equals(FolderLock.FILE_NAME)).toList()) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(0));
            }
        }
    }

    private static Map<Path, FileTime> modificationTimes(Path root) throws IOException {
        Map<Path, FileTime> times = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            // The folder lock is written by every save in its folder; it holds no work.
            for (Path file : files.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().equals(FolderLock.FILE_NAME)).toList()) {
                times.put(file, Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    /** Passes bytes through until {@code limit}, then fails as a crash or a full disk would. */
    private static final class FailAfter extends OutputStream {
        private final OutputStream out;
        private long left;

        FailAfter(OutputStream out, long limit) {
            this.out = out;
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) {
                throw new IOException("injected fault after half of the bytes");
            }
            out.write(b);
        }
    }
}
