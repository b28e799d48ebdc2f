package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marginalia.core.tests.DemoCorpus.ANA;
import static org.marginalia.core.tests.DemoCorpus.BEN;
import static org.marginalia.core.tests.DemoCorpus.DOC_001;
import static org.marginalia.core.tests.DemoCorpus.DOC_003;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.edit.CorpusEditing;
import org.marginalia.core.edit.EntityEdits;
import org.marginalia.core.edit.Span;
import org.marginalia.core.io.FileChangedException;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Entity;
import org.marginalia.model.MarginaliaPackage;

/** One editing domain per corpus: what is modified is what was really changed, and a save writes only that. */
class CorpusEditingTest {

    @TempDir
    Path temp;

    @Test
    void nothingIsModifiedAfterLoadingAndATagModifiesOnlyItsOwnFile() throws Exception {
        LoadedCorpus corpus = DemoCorpus.copyInto(temp.resolve("c"));
        LoadedAnnotations sets = AnnotationStore.loadAll(corpus);
        CorpusEditing editing = new CorpusEditing(corpus);
        assertEquals(List.of(), editing.modified(), "loading is no change");

        AnnotationSet ana = sets.analystSet(ANA, DOC_001).orElseThrow();
        editing.execute(AnnotationEdits.tag(editing.domain(), ana, MarginaliaPackage.eINSTANCE.getFigure(), new Span(0, 5)));

        assertEquals(List.of(ana.eResource()), editing.modified());
        assertTrue(editing.isModified(ana));
        assertFalse(editing.isModified(sets.analystSet(BEN, DOC_001).orElseThrow()));
    }

    @Test
    void aSaveWritesExactlyTheFilesThatChanged() throws Exception {
        LoadedCorpus corpus = DemoCorpus.copyInto(temp.resolve("c"));
        LoadedAnnotations sets = AnnotationStore.loadAll(corpus);
        CorpusEditing editing = new CorpusEditing(corpus);
        Map<Path, byte[]> before = contents(corpus.layout().root());
        AnnotationSet ana = sets.analystSet(ANA, DOC_003).orElseThrow();
        editing.execute(AnnotationEdits.tag(editing.domain(), ana, MarginaliaPackage.eINSTANCE.getQuote(), new Span(0, 5)));

        for (Resource resource : editing.modified()) {
            editing.save(resource, false);
        }

        Path written = AnnotationStore.fileOf(corpus.layout(), ana);
        Map<Path, byte[]> after = contents(corpus.layout().root());
        for (Map.Entry<Path, byte[]> file : before.entrySet()) {
            boolean same = java.util.Arrays.equals(file.getValue(), after.get(file.getKey()));
            assertEquals(!file.getKey().equals(written), same, file.getKey() + (same ? " unchanged" : " rewritten"));
        }
        assertEquals(List.of(), editing.modified());
    }

    @Test
    void anAliasAddedByAMergeMarksTheFileHoldingTheEntity() throws Exception {
        LoadedCorpus corpus = DemoCorpus.copyInto(temp.resolve("c"));
        LoadedAnnotations sets = AnnotationStore.loadAll(corpus);
        CorpusEditing editing = new CorpusEditing(corpus);
        List<Entity> entities = corpus.corpus().getEntities();
        Entity kept = entities.get(0);
        Entity merged = entities.get(1);

        editing.execute(EntityEdits.merge(editing.domain(), kept, merged, sets.sets().stream().filter(s -> ANA.equals(s.getAnalystId())).toList()));

        assertTrue(editing.isModified(kept), "the corpus description holds the new alias");
        for (Resource resource : editing.modified()) {
            editing.save(resource, false);
        }
        Entity reread = CorpusStore.load(corpus.layout().root()).corpus().getEntities().stream()
                .filter(e -> e.getId().equals(kept.getId())).findFirst().orElseThrow();
        assertTrue(reread.getAliases().contains(merged.getName()), reread.getAliases().toString());
    }

    @Test
    void aSaveOverAFileSomeoneElseChangedIsRefusedAndTheChangeStaysModified() throws Exception {
        LoadedCorpus corpus = DemoCorpus.copyInto(temp.resolve("c"));
        LoadedAnnotations sets = AnnotationStore.loadAll(corpus);
        CorpusEditing editing = new CorpusEditing(corpus);
        AnnotationSet ana = sets.analystSet(ANA, DOC_001).orElseThrow();
        editing.execute(AnnotationEdits.tag(editing.domain(), ana, MarginaliaPackage.eINSTANCE.getFigure(), new Span(0, 5)));
        Path file = AnnotationStore.fileOf(corpus.layout(), ana);
        Files.writeString(file, Files.readString(file) + "\n");

        assertThrows(FileChangedException.class, () -> editing.save(ana.eResource(), false));
        assertTrue(editing.isModified(ana));

        editing.save(ana.eResource(), true);
        assertFalse(editing.isModified(ana));
    }

    @Test
    void aSetReadAgainIsNotModified() throws Exception {
        LoadedCorpus corpus = DemoCorpus.copyInto(temp.resolve("c"));
        LoadedAnnotations sets = AnnotationStore.loadAll(corpus);
        CorpusEditing editing = new CorpusEditing(corpus);
        AnnotationSet ana = sets.analystSet(ANA, DOC_001).orElseThrow();

        AnnotationSet reread = AnnotationStore.reload(corpus, ana).sets().get(0);

        assertFalse(editing.isModified(reread));
        editing.execute(AnnotationEdits.delete(editing.domain(), reread.getAnnotations().get(0)));
        assertTrue(editing.isModified(reread), "a set read again is tracked like the others");
    }

    private static Map<Path, byte[]> contents(Path root) throws Exception {
        Map<Path, byte[]> files = new HashMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                files.put(file, Files.readAllBytes(file));
            }
        }
        return files;
    }
}
