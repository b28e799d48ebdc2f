package org.marginalia.team.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.AnnotationSet;
import org.marginalia.team.SetHistory;
import org.marginalia.team.TeamRepository;

/**
 * A set as an earlier commit holds it: Ana commits her set of a document twice (the second time with a changed
 * note); the history lists both versions, newest first, and each reads back as it was, beside the corpus's
 * own working set, which stays as it is.
 */
class SetHistoryTest {

    private static final String DOCUMENT = TeamFixture.DOCUMENTS[1];
    private static final String PATH = "annotations/ana/" + DOCUMENT + ".xmi";

    @TempDir
    Path temp;

    @Test
    void eachCommitOfASetReadsBackAsItWasAndTheWorkingSetIsUntouched() throws Exception {
        TeamFixture team = new TeamFixture(temp);
        Path ana = team.clone("ana");
        team.tag(ana, "ana", DOCUMENT);
        TeamFixture.sync(ana);
        String firstNote = AnnotationStore.loadAll(CorpusStore.load(ana)).analystSet("ana", DOCUMENT).orElseThrow().getAnnotations().get(0).getNote();
        TeamFixture.editNote(ana, "ana", DOCUMENT, "checked against the ministry's own release");
        TeamFixture.sync(ana);
        byte[] working = Files.readAllBytes(ana.resolve(PATH));

        LoadedCorpus corpus = CorpusStore.load(ana);
        LoadedAnnotations loaded = AnnotationStore.loadAll(corpus);
        AnnotationSet workingSet = loaded.analystSet("ana", DOCUMENT).orElseThrow();
        List<Resource> corpusResources = List.copyOf(corpus.resources().getResources());
        try (TeamRepository repository = TeamRepository.open(ana)) {
            List<SetHistory.Version> versions = SetHistory.of(repository, DOCUMENT);
            assertEquals(List.of(PATH, PATH), versions.stream().map(SetHistory.Version::path).toList(), "the two commits of Ana's set, nothing else");
            assertEquals(List.of("ana", "ana"), versions.stream().map(v -> v.entry().author()).toList());
            assertTrue(versions.get(0).entry().message().startsWith("ana: "), versions.get(0).entry().message());
            assertTrue(versions.get(0).entry().when().compareTo(versions.get(1).entry().when()) >= 0, "newest first");

            AnnotationSet newer = SetHistory.read(repository, corpus, versions.get(0)).sets().get(0);
            AnnotationSet older = SetHistory.read(repository, corpus, versions.get(1)).sets().get(0);
            assertEquals("checked against the ministry's own release", newer.getAnnotations().get(0).getNote());
            assertEquals(firstNote, older.getAnnotations().get(0).getNote(), "the older commit shows the note as it was");
            assertNotEquals(firstNote, newer.getAnnotations().get(0).getNote());
            assertEquals(spans(workingSet), spans(older), "the edit changed a note, not the spans");
            assertSame(corpus.document(DOCUMENT), older.getDocument(), "the old set refers to the document the workbench shows");

            assertEquals(corpusResources, corpus.resources().getResources(), "nothing was added to the corpus's own resources");
            assertEquals("checked against the ministry's own release", workingSet.getAnnotations().get(0).getNote());
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> AnnotationStore.save(corpus, older));
            assertTrue(refused.getMessage().contains("belongs in"), "an old version is never saved over the working set: " + refused.getMessage());
            assertArrayEquals(working, Files.readAllBytes(ana.resolve(PATH)), "the working set's file is untouched");
        }
    }

    private static List<String> spans(AnnotationSet set) {
        return set.getAnnotations().stream().map(a -> a.eClass().getName() + " " + a.getBegin() + "-" + a.getEnd()).toList();
    }
}
