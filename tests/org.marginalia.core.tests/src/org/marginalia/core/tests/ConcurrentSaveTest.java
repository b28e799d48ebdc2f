package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marginalia.core.tests.DemoCorpus.ANA;
import static org.marginalia.core.tests.DemoCorpus.DOC_000;
import static org.marginalia.core.tests.DemoCorpus.DOC_001;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.io.FileChangedException;
import org.marginalia.model.AnnotationSet;

/**
 * Two writers of one file (two windows, two laptops on a shared drive, a Git pull under an open editor):
 * the one that saves second is refused instead of silently replacing the other's work.
 */
class ConcurrentSaveTest {

    @TempDir
    Path temp;

    private record Session(LoadedCorpus corpus, AnnotationSet set) {
    }

    private static Session open(Path root, String analyst, String document) throws Exception {
        LoadedCorpus corpus = CorpusStore.load(root);
        LoadedAnnotations annotations = AnnotationStore.loadAll(corpus);
        AnnotationSet set = annotations.analystSet(analyst, document).orElseGet(() -> AnnotationStore.create(corpus, corpus.document(document), analyst));
        return new Session(corpus, set);
    }

    private static void note(Session session, String note) {
        session.set().getAnnotations().get(0).setNote(note);
    }

    @Test
    void theSecondSaveOfAChangedFileIsRefusedAndOverwritingIsAnExplicitChoice() throws Exception {
        Path root = DemoCorpus.copyInto(temp.resolve("demo")).layout().root();
        Session first = open(root, ANA, DOC_000);
        Session second = open(root, ANA, DOC_000);
        note(first, "first");
        note(second, "second");
        AnnotationStore.save(first.corpus(), first.set());

        FileChangedException refused = assertThrows(FileChangedException.class, () -> AnnotationStore.save(second.corpus(), second.set()));
        assertTrue(refused.getMessage().contains("changed since it was read"), refused.getMessage());
        assertEquals("first", open(root, ANA, DOC_000).set().getAnnotations().get(0).getNote(), "the first save is kept");

        AnnotationStore.save(second.corpus(), second.set(), true);
        assertEquals("second", open(root, ANA, DOC_000).set().getAnnotations().get(0).getNote());
        note(second, "again");
        AnnotationStore.save(second.corpus(), second.set()); // its own last save is what it expects now
    }

    @Test
    void setsSavedTogetherAreAllWrittenOrNoneWhenOneChangedMeanwhile() throws Exception {
        Path root = DemoCorpus.copyInto(temp.resolve("demo")).layout().root();
        Session first000 = open(root, ANA, DOC_000);
        LoadedAnnotations firstAll = AnnotationStore.loadAll(first000.corpus());
        AnnotationSet first001 = firstAll.analystSet(ANA, DOC_001).orElseThrow();
        AnnotationSet first000Again = firstAll.analystSet(ANA, DOC_000).orElseThrow();
        Session other = open(root, ANA, DOC_001);
        note(other, "the colleague's");
        AnnotationStore.save(other.corpus(), other.set());
        byte[] before000 = Files.readAllBytes(AnnotationStore.analystFile(first000.corpus().layout(), ANA, DOC_000));

        first000Again.getAnnotations().get(0).setNote("mine");
        first001.getAnnotations().get(0).setNote("mine");
        FileChangedException refused = assertThrows(FileChangedException.class,
                () -> AnnotationStore.saveAll(first000.corpus(), java.util.List.of(first000Again, first001)));
        assertTrue(refused.getMessage().contains(DOC_001), refused.getMessage());
        assertTrue(java.util.Arrays.equals(before000, Files.readAllBytes(AnnotationStore.analystFile(first000.corpus().layout(), ANA, DOC_000))),
                "the unchanged file was not written either: no mixture of two writers");
        assertEquals("the colleague's", open(root, ANA, DOC_001).set().getAnnotations().get(0).getNote());

        AnnotationSet reloaded = AnnotationStore.reload(first000.corpus(), first001).sets().get(0);
        reloaded.getAnnotations().get(0).setNote("mine, after reading theirs");
        AnnotationStore.saveAll(first000.corpus(), java.util.List.of(first000Again, reloaded));
        assertEquals("mine", open(root, ANA, DOC_000).set().getAnnotations().get(0).getNote());
        assertEquals("mine, after reading theirs", open(root, ANA, DOC_001).set().getAnnotations().get(0).getNote());
    }

    @Test
    void aNewSetIsNotSavedOverOneSomeoneElseCreatedMeanwhile() throws Exception {
        Path root = DemoCorpus.copyInto(temp.resolve("demo")).layout().root();
        Session first = open(root, "dana", DOC_000);
        Session second = open(root, "dana", DOC_000);
        AnnotationStore.save(first.corpus(), first.set());
        FileChangedException refused = assertThrows(FileChangedException.class, () -> AnnotationStore.save(second.corpus(), second.set()));
        assertTrue(refused.getMessage().contains("was created by someone else"), refused.getMessage());
    }

    @Test
    void aSetWhoseFileWasDeletedIsNotSilentlyWrittenBack() throws Exception {
        Path root = DemoCorpus.copyInto(temp.resolve("demo")).layout().root();
        Session session = open(root, ANA, DOC_000);
        Files.delete(AnnotationStore.analystFile(session.corpus().layout(), ANA, DOC_000));
        assertThrows(FileChangedException.class, () -> AnnotationStore.save(session.corpus(), session.set()));
    }

    @Test
    void reloadingTakesTheOtherVersionAndSavingThenWorks() throws Exception {
        Path root = DemoCorpus.copyInto(temp.resolve("demo")).layout().root();
        Session first = open(root, ANA, DOC_000);
        Session second = open(root, ANA, DOC_000);
        note(first, "first");
        AnnotationStore.save(first.corpus(), first.set());

        AnnotationSet reloaded = AnnotationStore.reload(second.corpus(), second.set()).sets().get(0);
        assertEquals("first", reloaded.getAnnotations().get(0).getNote());
        reloaded.getAnnotations().get(0).setNote("second, after reading the first");
        AnnotationStore.save(second.corpus(), reloaded);
    }

    @Test
    void aCopyIsWrittenOutsideTheCorpusOnlyAndStillReachesItsEntities() throws Exception {
        Path root = DemoCorpus.copyInto(temp.resolve("demo")).layout().root();
        Session session = open(root, ANA, DOC_000);
        assertThrows(java.io.IOException.class, () -> AnnotationStore.saveCopy(session.corpus(), session.set(), root.resolve("annotations/ana/mine.xmi")));
        Path copy = temp.resolve("elsewhere/mine.xmi");
        AnnotationStore.saveCopy(session.corpus(), session.set(), copy);
        String xml = Files.readString(copy);
        assertTrue(xml.contains("href=\"../demo/corpus.marginalia#"), "references lead from the copy back into the corpus");
    }

    @Test
    void temporaryFilesOfKilledSavesAreDeletedOnTheNextLoadAndNeverLoaded() throws Exception {
        Path root = DemoCorpus.copyInto(temp.resolve("demo")).layout().root();
        Path set = root.resolve("annotations/ana/" + DOC_000 + ".xmi");
        Path leftover = set.resolveSibling("." + set.getFileName() + ".5f3a9c0e1b2d4f60.tmp");
        Files.copy(set, leftover);
        Path notOurs = set.resolveSibling("notes.tmp");
        Files.writeString(notOurs, "an analyst's own file");
        LoadedCorpus corpus = CorpusStore.load(root);
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(notOurs), "only files of our own naming are deleted");
        assertTrue(AnnotationStore.loadAll(corpus).problems().isEmpty());
    }
}
