package org.marginalia.team.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Corpus;
import org.marginalia.model.Entity;
import org.marginalia.model.MarginaliaFactory;
import org.marginalia.team.CorpusDescriptionMerge;
import org.marginalia.team.MergeConflict;

/** The corpus description merged by meaning, on versions written by the store the editor saves with. */
class CorpusDescriptionMergeTest {

    @TempDir
    Path temp;

    private Path corpus;
    private byte[] base;

    @BeforeEach
    void demoCorpus() throws Exception {
        corpus = temp.resolve("corpus");
        CorpusImporter.importCorpus(TeamFixture.seeds(), corpus);
        base = Files.readAllBytes(corpus.resolve("corpus.marginalia"));
    }

    /** The description as the editor would save it after {@code change}. */
    private byte[] edited(Consumer<Corpus> change) throws Exception {
        Files.write(corpus.resolve("corpus.marginalia"), base);
        LoadedCorpus loaded = CorpusStore.load(corpus);
        change.accept(loaded.corpus());
        CorpusStore.writeDescription(loaded.corpus(), loaded.layout().description());
        return Files.readAllBytes(corpus.resolve("corpus.marginalia"));
    }

    private Corpus read(byte[] bytes) throws Exception {
        Files.write(corpus.resolve("corpus.marginalia"), bytes);
        return CorpusStore.load(corpus).corpus();
    }

    private static Entity entity(Corpus corpus, String id) {
        return corpus.getEntities().stream().filter(e -> e.getId().equals(id)).findFirst().orElse(null);
    }

    private static Entity newEntity(String id, String name, String... aliases) {
        Entity entity = MarginaliaFactory.eINSTANCE.createEntity();
        entity.setId(id);
        entity.setName(name);
        entity.getAliases().addAll(List.of(aliases));
        return entity;
    }

    @Test
    void entitiesAddedOnBothSidesAreUnitedAndAliasesByValue() throws Exception {
        byte[] ours = edited(c -> {
            c.getEntities().add(newEntity("person.a", "A"));
            c.getEntities().add(newEntity("person.same", "Same", "S1"));
            entity(c, "person.takeshi-iwaya").getAliases().add("Minister Iwaya");
        });
        byte[] theirs = edited(c -> {
            c.getEntities().add(newEntity("person.b", "B"));
            c.getEntities().add(newEntity("person.same", "Same", "S1", "S2"));
            entity(c, "person.takeshi-iwaya").getAliases().remove("Iwaya");
        });

        CorpusDescriptionMerge.Result merged = CorpusDescriptionMerge.merge(base, ours, theirs);

        assertEquals(List.of(), merged.conflicts());
        Corpus result = read(merged.bytes());
        assertNotNull(entity(result, "person.a"));
        assertNotNull(entity(result, "person.b"));
        assertEquals(List.of("S1", "S2"), List.copyOf(entity(result, "person.same").getAliases()));
        assertEquals(List.of("Minister Iwaya"), List.copyOf(entity(result, "person.takeshi-iwaya").getAliases()),
                "their removal and our addition both count");
        assertFalse(new String(merged.bytes(), StandardCharsets.UTF_8).contains("<<<<<<<"));
    }

    @Test
    void aRenameOnOneSideIsTakenAndTwoRenamesKeepBoth() throws Exception {
        byte[] ours = edited(c -> entity(c, "person.andrii-sybiha").setName("Andriy Sybiha"));
        byte[] theirs = edited(c -> entity(c, "person.denys-shmyhal").setName("Denys A. Shmyhal"));
        Corpus oneEach = read(CorpusDescriptionMerge.merge(base, ours, theirs).bytes());
        assertEquals("Andriy Sybiha", entity(oneEach, "person.andrii-sybiha").getName());
        assertEquals("Denys A. Shmyhal", entity(oneEach, "person.denys-shmyhal").getName());

        byte[] otherName = edited(c -> entity(c, "person.andrii-sybiha").setName("Andrij Sybiha"));
        CorpusDescriptionMerge.Result twoWays = CorpusDescriptionMerge.merge(base, ours, otherName);
        assertEquals(1, twoWays.conflicts().size());
        MergeConflict conflict = twoWays.conflicts().get(0);
        assertEquals("corpus.marginalia", conflict.path());
        Entity kept = entity(read(twoWays.bytes()), "person.andrii-sybiha");
        assertEquals("Andriy Sybiha", kept.getName());
        assertTrue(kept.getAliases().contains("Andrij Sybiha"));
    }

    @Test
    void aDeletionIsTakenUnlessTheOtherSideChangedIt() throws Exception {
        byte[] deleted = edited(c -> c.getEntities().remove(entity(c, "person.olaf-scholz")));
        byte[] untouched = edited(c -> c.setName(c.getName()));
        assertNull(entity(read(CorpusDescriptionMerge.merge(base, untouched, deleted).bytes()), "person.olaf-scholz"));

        byte[] changed = edited(c -> entity(c, "person.olaf-scholz").getAliases().add("Chancellor Scholz"));
        CorpusDescriptionMerge.Result merged = CorpusDescriptionMerge.merge(base, changed, deleted);
        assertNotNull(entity(read(merged.bytes()), "person.olaf-scholz"), "a changed entity is never lost");
        assertEquals(1, merged.conflicts().size());
    }

    @Test
    void whenOnlyOneSideChangedItsBytesAreKeptAsTheyAre() throws Exception {
        byte[] theirs = edited(c -> c.getEntities().add(newEntity("person.b", "B")));
        assertArrayEquals(theirs, CorpusDescriptionMerge.merge(base, base, theirs).bytes());
        assertArrayEquals(theirs, CorpusDescriptionMerge.merge(base, theirs, base).bytes());
    }

    @Test
    void aMergedDescriptionIsWrittenAsTheEditorWritesIt() throws Exception {
        byte[] ours = edited(c -> c.getEntities().add(newEntity("person.a", "A")));
        byte[] theirs = edited(c -> c.getEntities().add(newEntity("person.b", "B")));
        byte[] merged = CorpusDescriptionMerge.merge(base, ours, theirs).bytes();
        assertArrayEquals(merged, edited(c -> {
            c.getEntities().add(newEntity("person.a", "A"));
            c.getEntities().add(newEntity("person.b", "B"));
        }), "saving the merged corpus again changes nothing");
    }
}
