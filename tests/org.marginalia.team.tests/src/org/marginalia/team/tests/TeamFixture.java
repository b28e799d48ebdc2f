package org.marginalia.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.io.FolderLock;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.core.schema.SchemaChange;
import org.marginalia.core.schema.SchemaEdits;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityKind;
import org.marginalia.model.MarginaliaFactory;
import org.marginalia.team.SyncResult;
import org.marginalia.team.TeamMember;
import org.marginalia.team.TeamRepository;
import org.marginalia.team.TeamSync;

/**
 * A team on one machine: a bare repository as the team's shared store, made from the demo corpus without its
 * annotations, and clones of it for each member. Analysts "tag" documents by taking their sets from the demo
 * corpus (real files, as their editor wrote them) and edit through the same stores the editor uses.
 */
final class TeamFixture {

    static final String[] DOCUMENTS = { "000_3ffbc56c78e89f21", "001_78016d3573fe0450", "002_e11c02aa0c6797d3", "003_8fdbe4dfb0182242",
            "004_06a76a727e4f1559" };

    final Path root;
    final Path remote;
    /** The demo corpus's sets by analyst, kept outside any clone. */
    final Path demoSets;

    TeamFixture(Path root) throws Exception {
        this.root = root;
        Path corpus = root.resolve("first");
        CorpusImporter.importCorpus(seeds(), corpus);
        demoSets = root.resolve("demo-sets");
        Files.move(corpus.resolve("annotations"), demoSets);
        remote = root.resolve("team.git");
        TeamRepository.InitResult init = TeamRepository.init(corpus, remote.toString(), null);
        init.repository().close();
        assertTrue(init.pushed(), "the first commit reaches the new bare repository: " + init.pushProblem());
    }

    static Path seeds() {
        return Paths.get(System.getProperty("marginalia.seeds", "../../seeds"));
    }

    Path clone(String analyst) throws CorpusException {
        return clone(analyst, false);
    }

    Path clone(String analyst, boolean reviewer) throws CorpusException {
        Path folder = root.resolve("clone-" + analyst);
        TeamRepository.cloneFrom(remote.toString(), folder, new TeamMember(analyst, reviewer)).close();
        return folder;
    }

    static SyncResult sync(Path clone) throws CorpusException {
        try (TeamRepository team = TeamRepository.open(clone)) {
            return TeamSync.sync(team);
        }
    }

    /** The analyst saves their sets of these documents, as the demo corpus's analyst of that name made them. */
    void tag(Path clone, String analyst, String... documents) throws IOException {
        Path folder = Files.createDirectories(clone.resolve("annotations").resolve(analyst));
        try (FolderLock lock = FolderLock.acquire(folder)) {
            for (String document : documents) {
                Files.copy(demoSets.resolve(analyst).resolve(document + ".xmi"), folder.resolve(document + ".xmi"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The analyst changes the note of the first annotation of their set, through the store the editor saves with. */
    static void editNote(Path clone, String analyst, String document, String note) throws Exception {
        LoadedCorpus corpus = CorpusStore.load(clone);
        AnnotationSet set = AnnotationStore.loadAll(corpus).analystSet(analyst, document).orElseThrow();
        set.getAnnotations().get(0).setNote(note);
        AnnotationStore.save(corpus, set);
    }

    /** Changes the note of the analyst's set of the document, tagging the document first if they had no set. */
    void editNoteOrTag(Path clone, String analyst, String document, String note) throws Exception {
        if (!Files.exists(clone.resolve("annotations").resolve(analyst).resolve(document + ".xmi"))) {
            tag(clone, analyst, document);
        }
        editNote(clone, analyst, document, note);
    }

    /** Adds an entity to the corpus description, as the Entities view does. */
    static void addEntity(Path clone, String id, String name, String... aliases) throws Exception {
        LoadedCorpus corpus = CorpusStore.load(clone);
        Entity entity = MarginaliaFactory.eINSTANCE.createEntity();
        entity.setId(id);
        entity.setName(name);
        entity.setKind(EntityKind.PERSON);
        entity.getAliases().addAll(List.of(aliases));
        corpus.corpus().getEntities().add(entity);
        CorpusStore.writeDescription(corpus.corpus(), corpus.layout().description());
    }

    /** Ana and Ben rename the same entity two ways, before either has synced. */
    static void renameSybihaTwoWays(Path ana, Path ben) throws Exception {
        renameEntity(ana, "person.andrii-sybiha", "Andriy Sybiha");
        renameEntity(ben, "person.andrii-sybiha", "Andrij Sybiha");
    }

    /** Ana and Ben add the same text, each under a file name of their own (so under two ids). */
    void addOneTextUnderTwoIds(Path ana, Path ben) throws Exception {
        Path texts = Files.createDirectories(root.resolve("texts-ana"));
        Files.writeString(texts.resolve("late report.txt"), "Iwaya left Kyiv on Sunday.");
        Path other = Files.createDirectories(root.resolve("texts-ben"));
        Files.writeString(other.resolve("sunday.txt"), "Iwaya left Kyiv on Sunday.");
        CorpusImporter.addTexts(texts, ana);
        CorpusImporter.addTexts(other, ben);
    }

    static void renameEntity(Path clone, String id, String name) throws Exception {
        LoadedCorpus corpus = CorpusStore.load(clone);
        corpus.corpus().getEntities().stream().filter(e -> e.getId().equals(id)).findFirst().orElseThrow().setName(name);
        CorpusStore.writeDescription(corpus.corpus(), corpus.layout().description());
    }

    static Entity entity(Path clone, String id) throws CorpusException {
        return CorpusStore.load(clone).corpus().getEntities().stream().filter(e -> e.getId().equals(id)).findFirst().orElse(null);
    }

    /** Every file of a clone's corpus, path to bytes as text, without Git's folder and the machine's lock files. */
    static Map<String, String> files(Path clone) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(clone)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = clone.relativize(file).toString().replace('\\', '/');
                if (!path.startsWith(".git/") && !file.getFileName().toString().equals(FolderLock.FILE_NAME) && !AtomicFiles.isLeftover(file)) {
                    files.put(path, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    static void assertSameFiles(Path expected, Path actual) throws IOException {
        Map<String, String> want = files(expected);
        Map<String, String> have = files(actual);
        assertEquals(want.keySet(), have.keySet(), actual + " holds the same files as " + expected);
        want.forEach((path, content) -> assertEquals(content, have.get(path), path + " is the same byte for byte in " + actual));
    }

    /** No version of any file in any commit of the repository holds a Git conflict marker. */
    static void assertNoConflictMarkers(Path repository) throws Exception {
        try (Git git = Git.open(repository.toFile())) {
            int blobs = 0;
            for (RevCommit commit : git.log().all().call()) {
                try (TreeWalk walk = new TreeWalk(git.getRepository())) {
                    walk.addTree(commit.getTree());
                    walk.setRecursive(true);
                    while (walk.next()) {
                        ObjectId blob = walk.getObjectId(0);
                        String text = new String(git.getRepository().open(blob, Constants.OBJ_BLOB).getBytes(), StandardCharsets.UTF_8);
                        assertFalse(text.contains("<<<<<<<") || text.contains(">>>>>>>"), walk.getPathString() + " in " + commit.name()
                                + " holds a conflict marker");
                        blobs++;
                    }
                }
            }
            assertTrue(blobs > 0);
        }
    }

    /** The commit the team's repository's branch is at, or null. */
    String remoteHead() throws Exception {
        try (Git git = Git.open(remote.toFile())) {
            ObjectId head = git.getRepository().resolve("refs/heads/main");
            return head == null ? null : head.name();
        }
    }

    /** The file as the team's repository has it on its branch, or null. */
    String inRemote(String path) throws Exception {
        try (Git git = Git.open(remote.toFile())) {
            ObjectId tree = git.getRepository().resolve("refs/heads/main^{tree}");
            try (TreeWalk walk = TreeWalk.forPath(git.getRepository(), path, tree)) {
                return walk == null ? null : new String(git.getRepository().open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * Changes the clone's schema as the schema editor does (a working copy, checked against the clone's own sets,
     * written with the sets it migrates); fails the test if the clone's sets refuse the change.
     */
    static void changeSchema(Path clone, Consumer<EPackage> edit) throws Exception {
        LoadedCorpus corpus = CorpusStore.load(clone);
        EPackage next = EcoreUtil.copy(CorpusSchema.of(corpus).customPackage().orElseThrow());
        edit.accept(next);
        SchemaChange change = SchemaChange.plan(corpus, AnnotationStore.loadAll(corpus), next);
        assertEquals(List.of(), change.refused(), "the clone's own sets allow the change");
        change.apply(SchemaEdits.serialize(next, SchemaEdits.schemaFile(corpus)));
    }

    /** The clone's corpus and every set in it load without a problem: nothing is unreadable. */
    static void assertEverythingReadable(Path clone) throws Exception {
        LoadedCorpus corpus = CorpusStore.load(clone);
        assertEquals(List.of(), corpus.problems(), clone + " loads without problems");
        AnnotationStore.loadAllOrFail(corpus);
    }
}
