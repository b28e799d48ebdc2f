package org.marginalia.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.core.schema.SchemaEdits;
import org.marginalia.team.ConflictSubject;
import org.marginalia.team.MergeConflict;
import org.marginalia.team.OpenConflicts;
import org.marginalia.team.SyncResult;
import org.marginalia.team.TeamRepository;

/**
 * A schema changed in one clone against sets made in another, across two clones of one bare repository: what one
 * side removed while the other side's sets use it stays in the merged schema (nothing becomes unreadable) and is a
 * conflict naming the sets; a part both sides changed differently is a conflict with this clone's version kept,
 * never merged as text. The demo sets used: ben's sets of 000 and 004 tag Claims (certainty 'claimed' and 'stated'),
 * his set of 001 only Events.
 */
class SchemaConflictTest {

    private static final String[] D = TeamFixture.DOCUMENTS;

    @TempDir
    Path temp;

    private static EPackage schema(Path clone) throws Exception {
        return CorpusSchema.of(CorpusStore.load(clone)).customPackage().orElseThrow();
    }

    private static List<MergeConflict> open(Path clone) throws Exception {
        try (TeamRepository team = TeamRepository.open(clone)) {
            return OpenConflicts.of(team).stream().map(OpenConflicts.Open::conflict).toList();
        }
    }

    @Test
    void aKindRemovedWhileTheOtherSidesSetsUseItIsKeptWhoeverSyncsFirst() throws Exception {
        for (boolean removerFirst : List.of(true, false)) {
            TeamFixture team = new TeamFixture(Files.createDirectories(temp.resolve("remover-first-" + removerFirst)));
            Path ana = team.clone("ana");
            Path ben = team.clone("ben");
            TeamFixture.changeSchema(ana, schema -> schema.getEClassifiers().remove(schema.getEClassifier("Claim")));
            team.tag(ben, "ben", D[0], D[1], D[4]);
            Path first = removerFirst ? ana : ben;
            Path second = removerFirst ? ben : ana;
            TeamFixture.sync(first);

            SyncResult merged = TeamFixture.sync(second);

            assertTrue(merged.pushed(), merged.notPushedBecause());
            assertEquals(1, merged.conflicts().size(), merged.conflicts().toString());
            MergeConflict conflict = merged.conflicts().get(0);
            assertEquals("schema.ecore", conflict.path());
            assertEquals("kind Claim", conflict.element());
            assertEquals(ConflictSubject.Kind.SCHEMA_REMOVAL, conflict.subject().kind());
            String uses = removerFirst ? conflict.yours() : conflict.theirs();
            assertTrue(uses.contains("annotations/ben/" + D[0] + ".xmi") && uses.contains("annotations/ben/" + D[4] + ".xmi")
                    && !uses.contains(D[1]), "the conflict names the sets that use the kind: " + uses);
            assertEquals("removed it", removerFirst ? conflict.theirs() : conflict.yours());
            assertEquals(List.of(conflict), open(second), "the conflict stays open in the clone that merged");

            TeamFixture.sync(first);
            for (Path clone : List.of(ana, ben)) {
                assertNotNull(schema(clone).getEClassifier("Claim"), "the schema that still has the kind wins in " + clone);
                TeamFixture.assertEverythingReadable(clone);
            }
            TeamFixture.assertSameFiles(ana, ben);
            TeamFixture.assertNoConflictMarkers(team.remote);
        }
    }

    @Test
    void anAttributeAndATagValueRemovedAreKeptForTheSetsThatUseThem() throws Exception {
        TeamFixture team = new TeamFixture(temp);
        Path ana = team.clone("ana");
        Path ben = team.clone("ben");
        TeamFixture.changeSchema(ana, schema -> {
            EClass event = (EClass) schema.getEClassifier("Event");
            event.getEStructuralFeatures().remove(event.getEStructuralFeature("date"));
            EEnum certainty = (EEnum) schema.getEClassifier("Certainty");
            certainty.getELiterals().remove(certainty.getEEnumLiteral("claimed"));
            certainty.getELiterals().remove(certainty.getEEnumLiteral("hedged"));
        });
        TeamFixture.sync(ana);
        team.tag(ben, "ben", D[0], D[1]);

        SyncResult merged = TeamFixture.sync(ben);

        assertEquals(List.of("attribute date of Event", "value claimed of Certainty"),
                merged.conflicts().stream().map(MergeConflict::element).sorted().toList(), merged.conflicts().toString());
        EPackage result = schema(ben);
        assertNotNull(((EClass) result.getEClassifier("Event")).getEStructuralFeature("date"));
        EEnum certainty = (EEnum) result.getEClassifier("Certainty");
        assertNotNull(certainty.getEEnumLiteral("claimed"), "a value ben's set uses is kept");
        assertNull(certainty.getEEnumLiteral("hedged"), "a value no set uses goes as ana removed it");
        TeamFixture.assertEverythingReadable(ben);
    }

    @Test
    void aRemovalNoSetUsesIsTakenAndAdditionsOnBothSidesAreUnited() throws Exception {
        TeamFixture team = new TeamFixture(temp);
        Path ana = team.clone("ana");
        Path ben = team.clone("ben");
        TeamFixture.changeSchema(ana, schema -> {
            schema.getEClassifiers().remove(schema.getEClassifier("Claim"));
            SchemaEdits.addSpanKind(schema, "Stance");
        });
        TeamFixture.sync(ana);
        team.tag(ben, "ben", D[1]);
        TeamFixture.changeSchema(ben, schema -> SchemaEdits.addAttribute((EClass) schema.getEClassifier("Event"), "place"));

        SyncResult merged = TeamFixture.sync(ben);

        assertEquals(List.of(), merged.conflicts());
        EPackage result = schema(ben);
        assertNull(result.getEClassifier("Claim"), "no set of the merged corpus uses Claim: ana's removal is taken");
        assertNotNull(result.getEClassifier("Stance"));
        assertNotNull(((EClass) result.getEClassifier("Event")).getEStructuralFeature("place"));
        TeamFixture.assertEverythingReadable(ben);
        TeamFixture.sync(ana);
        TeamFixture.assertSameFiles(ana, ben);
    }

    @Test
    void aKindChangedTwoWaysKeepsThisClonesVersionAndTheirsInTheCommit() throws Exception {
        TeamFixture team = new TeamFixture(temp);
        Path ana = team.clone("ana");
        Path ben = team.clone("ben");
        TeamFixture.changeSchema(ana, schema -> {
            SchemaEdits.setDetail(schema.getEClassifier("Claim"), CorpusSchema.COLOR, "#ff0000");
            ((EClass) schema.getEClassifier("Event")).getEStructuralFeature("what").setEType(EcorePackage.Literals.EINT);
        });
        TeamFixture.changeSchema(ben, schema -> {
            SchemaEdits.setDetail(schema.getEClassifier("Claim"), CorpusSchema.COLOR, "#0000ff");
            ((EClass) schema.getEClassifier("Event")).getEStructuralFeature("what").setUpperBound(-1);
        });
        TeamFixture.sync(ana);

        SyncResult merged = TeamFixture.sync(ben);

        assertEquals(List.of("attribute what of Event", "definition of kind Claim"),
                merged.conflicts().stream().map(MergeConflict::element).sorted().toList(), merged.conflicts().toString());
        for (MergeConflict conflict : merged.conflicts()) {
            assertEquals(ConflictSubject.Kind.SCHEMA_TWO_WAYS, conflict.subject().kind());
            assertTrue(!conflict.yours().equals(conflict.theirs()), "both sides are shown: " + conflict);
        }
        MergeConflict color = merged.conflicts().stream().filter(c -> c.element().contains("Claim")).findFirst().orElseThrow();
        assertTrue(color.yours().contains("#0000ff") && color.theirs().contains("#ff0000"), color.toString());
        EPackage result = schema(ben);
        assertEquals("#0000ff", CorpusSchema.color((EClass) result.getEClassifier("Claim")).orElseThrow(), "ben's version is kept");
        assertTrue(((EClass) result.getEClassifier("Event")).getEStructuralFeature("what").isMany());
        try (Git git = Git.open(ben.toFile())) {
            String theirs = new String(git.getRepository().open(ObjectId.fromString(color.subject().theirs())).getBytes(), StandardCharsets.UTF_8);
            assertTrue(theirs.contains("#ff0000"), "ana's version is kept in her commit, named by the conflict");
        }
        TeamFixture.assertEverythingReadable(ben);
        TeamFixture.assertNoConflictMarkers(team.remote);
    }
}
