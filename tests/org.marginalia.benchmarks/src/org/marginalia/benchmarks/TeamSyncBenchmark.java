package org.marginalia.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.AnnotationSet;
import org.marginalia.team.SyncResult;
import org.marginalia.team.TeamMember;
import org.marginalia.team.TeamRepository;
import org.marginalia.team.TeamSync;

/**
 * A team's corpus in Git (default: 20 analysts x 1,000 documents, 5 annotations a set, texts of 2,000 characters):
 * how long a sync with 10 changed sets takes, for the member who sends them and for one who receives them, and
 * how much the shared repository grows with 1,000 small edits (a note changed) spread over the analysts, against
 * the size of the sets those edits rewrote. One clone stands for every analyst who edits (its analyst is switched
 * between syncs, as 20 laptops would each send their own), a second clone receives. Prints figures; asserts
 * nothing about time. Sizes: -Dbench.analysts, -Dbench.documents, -Dbench.edits, -Dbench.textLength.
 */
class TeamSyncBenchmark {

    private static final int EDITS_PER_SYNC = 10;

    @TempDir
    Path temp;

    @Test
    void syncTimeAndRepositoryGrowth() throws Exception {
        int analysts = Integer.getInteger("bench.analysts", 20);
        int documents = Integer.getInteger("bench.documents", 1000);
        int edits = Integer.getInteger("bench.edits", 1000);
        int textLength = Integer.getInteger("bench.textLength", 2000);
        long start = System.nanoTime();
        Path corpusFolder = temp.resolve("corpus");
        LoadedCorpus corpus = SyntheticCorpus.generate(corpusFolder, documents, textLength, analysts, documents * analysts * 5);
        System.out.printf("%nTeam sync benchmark: %d analysts x %d documents (%d sets), %d edits (generated in %.1f s)%n", analysts,
                documents, documents * analysts, edits, seconds(start));

        Path remote = temp.resolve("team.git");
        start = System.nanoTime();
        TeamRepository sender = TeamRepository.init(corpusFolder, remote.toString(), new TeamMember("analyst0", false)).repository();
        System.out.printf("  team init (first commit and push of the whole corpus): %.1f s, shared repository %s%n", seconds(start),
                megabytes(size(remote)));
        start = System.nanoTime();
        TeamRepository receiver = TeamRepository.cloneFrom(remote.toString(), temp.resolve("receiver"), new TeamMember("reviewer", true));
        System.out.printf("  team clone: %.1f s%n", seconds(start));
        gc(remote);
        long packedBefore = size(remote);

        List<AnnotationSet> sets = AnnotationStore.loadAll(corpus).sets();
        Random random = new Random(7);
        List<Double> sendTimes = new ArrayList<>();
        List<Double> receiveTimes = new ArrayList<>();
        long rewritten = 0;
        for (int round = 0; round * EDITS_PER_SYNC < edits; round++) {
            String analyst = "analyst" + round % analysts;
            sender.setMember(new TeamMember(analyst, false));
            List<AnnotationSet> own = sets.stream().filter(set -> analyst.equals(set.getAnalystId())).toList();
            for (int e = 0; e < EDITS_PER_SYNC; e++) {
                AnnotationSet set = own.get(random.nextInt(own.size()));
                set.getAnnotations().get(random.nextInt(set.getAnnotations().size())).setNote("edit " + round + "." + e);
                AnnotationStore.save(corpus, set);
                rewritten += Files.size(AnnotationStore.fileOf(corpus.layout(), set));
            }
            start = System.nanoTime();
            SyncResult sent = TeamSync.sync(sender);
            sendTimes.add(seconds(start));
            if (!sent.pushed()) {
                throw new IllegalStateException("not pushed: " + sent.notPushedBecause());
            }
            if (round % 10 == 9) {
                start = System.nanoTime();
                TeamSync.sync(receiver);
                receiveTimes.add(seconds(start));
            }
        }
        long after = size(remote);
        long packs = packs(remote);
        gc(remote);
        long packed = size(remote);
        sender.close();
        receiver.close();

        System.out.printf("  sync sending %d changed sets: median %.2f s, slowest %.2f s (%d syncs)%n", EDITS_PER_SYNC, median(sendTimes),
                sendTimes.stream().mapToDouble(Double::doubleValue).max().orElse(0), sendTimes.size());
        System.out.printf("  sync receiving %d changed sets: median %.2f s (%d syncs)%n", EDITS_PER_SYNC * 10, median(receiveTimes),
                receiveTimes.size());
        System.out.printf("  the edits rewrote %s of sets; the shared repository grew by %s (%.2fx) as pushed (%d packs, its own gc --auto"
                + " done), by %s (%.2fx) packed (git gc before and after)%n", megabytes(rewritten), megabytes(after - packedBefore),
                (after - packedBefore) / (double) rewritten, packs, megabytes(packed - packedBefore), (packed - packedBefore) / (double) rewritten);
    }

    private static void gc(Path repository) throws Exception {
        try (Git git = Git.open(repository.toFile())) {
            git.gc().call();
        }
    }

    private static long packs(Path repository) throws IOException {
        try (Stream<Path> files = Files.list(repository.resolve("objects").resolve("pack"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".pack")).count();
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
