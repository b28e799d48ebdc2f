package org.marginalia.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.cli.Commands;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.io.FolderLock;
import org.marginalia.model.AnnotationSet;

/** Two real processes writing one corpus: neither's work is lost without a word. */
class TwoProcessesTest {

    private static final String DOC_000 = "000_3ffbc56c78e89f21";

    @TempDir
    Path temp;

    private Path demo() throws Exception {
        return CorpusImporter.importCorpus(Paths.get(System.getProperty("marginalia.seeds", "../../seeds")), temp.resolve("demo")).layout().root();
    }

    private static void awaitLine(Path log, String line) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!read(log).contains(line)) {
            assertTrue(System.nanoTime() < deadline, "the child process did not say '" + line + "': " + read(log));
            Thread.sleep(20);
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Test
    void ofTwoProcessesSavingOneSetOneSavesAndTheOtherIsRefused() throws Exception {
        Path corpus = demo();
        Path go = temp.resolve("go");
        Path logA = temp.resolve("a.log");
        Path logB = temp.resolve("b.log");
        Process a = ChildJvm.start(SaveProcess.class, logA, "save", corpus.toString(), "ana", DOC_000, "from A", go.toString());
        Process b = ChildJvm.start(SaveProcess.class, logB, "save", corpus.toString(), "ana", DOC_000, "from B", go.toString());
        awaitLine(logA, "loaded");
        awaitLine(logB, "loaded");
        Files.createFile(go);
        assertTrue(a.waitFor(60, TimeUnit.SECONDS) && b.waitFor(60, TimeUnit.SECONDS));

        List<Integer> codes = List.of(a.exitValue(), b.exitValue());
        assertTrue(codes.contains(0) && codes.contains(3), "one saved, one was refused: " + codes + "\n" + read(logA) + read(logB));
        String winner = a.exitValue() == 0 ? "from A" : "from B";
        Path loser = a.exitValue() == 0 ? logB : logA;
        assertTrue(read(loser).contains("changed since it was read"), read(loser));
        AnnotationSet saved = AnnotationStore.loadAll(CorpusStore.load(corpus)).analystSet("ana", DOC_000).orElseThrow();
        assertEquals(winner, saved.getAnnotations().get(0).getNote(), "the file holds the save that won, whole");
    }

    @Test
    void twoMergesAtOnceNeverLoseCuratedAnnotationsSilently() throws Exception {
        long majority = mergedAlone(List.of("majority"), "alone-majority");
        long allAgree = mergedAlone(List.of("all-agree"), "alone-all-agree");
        long both = mergedAlone(List.of("all-agree", "majority"), "alone-both");
        assertTrue(allAgree < majority, "the two strategies give different results, so a lost save would show");
        for (int round = 0; round < 3; round++) {
            Path corpus = CorpusImporter.importCorpus(Paths.get(System.getProperty("marginalia.seeds", "../../seeds")),
                    temp.resolve("round" + round)).layout().root();
            Path logA = temp.resolve("merge-a" + round + ".log");
            Path logB = temp.resolve("merge-b" + round + ".log");
            Process a = ChildJvm.start(CommandProcess.class, logA, "merge", "--corpus", corpus.toString(), "--strategy", "majority");
            Process b = ChildJvm.start(CommandProcess.class, logB, "merge", "--corpus", corpus.toString(), "--strategy", "all-agree");
            assertTrue(a.waitFor(60, TimeUnit.SECONDS) && b.waitFor(60, TimeUnit.SECONDS));
            for (Process process : List.of(a, b)) {
                Path log = process == a ? logA : logB;
                assertTrue(process.exitValue() == 0 || process.exitValue() == 1 && read(log).contains("since it was read"),
                        "a merge either worked or said why it did not: " + read(log));
            }
            long expected = a.exitValue() == 0 && b.exitValue() == 0 ? both : a.exitValue() == 0 ? majority : allAgree;
            assertEquals(expected, curatedCount(corpus), "round " + round + ": what the curated sets hold is what the merges that"
                    + " succeeded made\n" + read(logA) + read(logB));
        }
    }

    /** The curated annotations after running the merges one after the other in this process. */
    private long mergedAlone(List<String> strategies, String folder) throws Exception {
        Path corpus = CorpusImporter.importCorpus(Paths.get(System.getProperty("marginalia.seeds", "../../seeds")), temp.resolve(folder))
                .layout().root();
        for (String strategy : strategies) {
            assertEquals(Commands.OK, Commands.run(new String[] { "merge", "--corpus", corpus.toString(), "--strategy", strategy },
                    new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), System.err));
        }
        return curatedCount(corpus);
    }

    private static long curatedCount(Path corpus) throws Exception {
        LoadedAnnotations annotations = AnnotationStore.loadAllOrFail(CorpusStore.load(corpus));
        return annotations.sets().stream().filter(AnnotationSet::isCurated).mapToLong(s -> s.getAnnotations().size()).sum();
    }

    @Test
    void aLockLeftByAKilledProcessIsTakenOver() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("folder"));
        Path log = temp.resolve("lock.log");
        Process holder = ChildJvm.start(SaveProcess.class, log, "lock", folder.toString());
        awaitLine(log, "locked");
        holder.destroyForcibly().waitFor();
        try (FolderLock lock = FolderLock.acquire(folder)) {
            assertTrue(lock.tookOverStaleLock(), "the dead holder's lock was recognised as stale");
        }
        try (FolderLock lock = FolderLock.acquire(folder)) {
            assertTrue(!lock.tookOverStaleLock(), "a lock released properly is not stale");
        }
    }
}
