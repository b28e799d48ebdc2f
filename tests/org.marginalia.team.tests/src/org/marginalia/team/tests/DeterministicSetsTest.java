package org.marginalia.team.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.AnnotationSet;

/**
 * Annotation sets are written deterministically, so that a commit's diff shows what changed: saving a set read
 * from disk writes the same bytes, and a change to one annotation changes its own line and nothing else.
 */
class DeterministicSetsTest {

    private static final String SET = "annotations/ana/" + TeamFixture.DOCUMENTS[3] + ".xmi";

    @TempDir
    Path temp;

    @Test
    void aSetSavedUnchangedIsTheSameBytes() throws Exception {
        Path corpus = temp.resolve("corpus");
        CorpusImporter.importCorpus(TeamFixture.seeds(), corpus);
        byte[] before = Files.readAllBytes(corpus.resolve(SET));
        LoadedCorpus loaded = CorpusStore.load(corpus);
        AnnotationSet set = AnnotationStore.loadAll(loaded).analystSet("ana", TeamFixture.DOCUMENTS[3]).orElseThrow();
        AnnotationStore.save(loaded, set, true);
        assertArrayEquals(before, Files.readAllBytes(corpus.resolve(SET)));
    }

    @Test
    void aOneAnnotationEditChangesOneLineOfTheCommit() throws Exception {
        Path corpus = temp.resolve("corpus");
        CorpusImporter.importCorpus(TeamFixture.seeds(), corpus);
        try (Git git = Git.init().setDirectory(corpus.toFile()).call()) {
            git.add().addFilepattern(".").call();
            RevCommit first = git.commit().setMessage("first").setAuthor("ana", "").setCommitter("ana", "").setSign(false).call();
            LoadedCorpus loaded = CorpusStore.load(corpus);
            AnnotationSet set = AnnotationStore.loadAll(loaded).analystSet("ana", TeamFixture.DOCUMENTS[3]).orElseThrow();
            int annotations = set.getAnnotations().size();
            set.getAnnotations().get(annotations / 2).setEnd(set.getAnnotations().get(annotations / 2).getEnd() + 1);
            AnnotationStore.save(loaded, set);
            git.add().addFilepattern(".").call();
            RevCommit second = git.commit().setMessage("one edit").setAuthor("ana", "").setCommitter("ana", "").setSign(false).call();

            String diff = diff(git.getRepository(), first, second);
            List<String> removed = diff.lines().filter(l -> l.startsWith("-") && !l.startsWith("---")).toList();
            List<String> added = diff.lines().filter(l -> l.startsWith("+") && !l.startsWith("+++")).toList();
            assertEquals(1, removed.size(), diff);
            assertEquals(1, added.size(), diff);
            assertTrue(added.get(0).contains("end=") && annotations > 10, diff);
        }
    }

    private static String diff(Repository repository, RevCommit from, RevCommit to) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DiffFormatter formatter = new DiffFormatter(out)) {
            formatter.setRepository(repository);
            formatter.setContext(0);
            List<DiffEntry> entries = formatter.scan(from.getTree(), to.getTree());
            assertEquals(1, entries.size(), "only the set's file changed");
            formatter.format(entries);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
