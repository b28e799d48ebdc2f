package org.marginalia.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.cli.Commands;

/** {@code team init|clone|sync|status|log}, end to end through the command line, with real Git repositories. */
class TeamCommandTest {

    private static final String[] ANALYSTS = { "ana", "ben", "chloe" };

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private void ok(String... args) {
        assertEquals(Commands.OK, run(args), String.join(" ", args) + ": " + out + err);
    }

    private static Path seeds() {
        return Paths.get(System.getProperty("marginalia.seeds", "../../seeds"));
    }

    /**
     * Three analysts and a reviewer share the demo corpus through a bare repository; after everyone synced, the
     * reviewer's agreement and merge are those of one folder holding the same files, and the curated sets the
     * reviewer syncs reach the analysts.
     */
    @Test
    void aTeamSharesTheDemoCorpusAndTheReviewSeesWhatOneFolderWould() throws Exception {
        Path single = temp.resolve("single");
        ok("import", "--from", seeds().toString(), "--corpus", single.toString());
        Path first = temp.resolve("first");
        ok("import", "--from", seeds().toString(), "--corpus", first.toString());
        Path demoSets = temp.resolve("demo-sets");
        Files.move(first.resolve("annotations"), demoSets);
        Path remote = temp.resolve("team.git");
        ok("team", "init", "--corpus", first.toString(), "--remote", remote.toString());
        assertTrue(out.toString().contains("pushed to"), out.toString());

        for (String analyst : ANALYSTS) {
            Path clone = temp.resolve(analyst);
            ok("team", "clone", "--from", remote.toString(), "--corpus", clone.toString(), "--analyst", analyst);
            copyFolder(demoSets.resolve(analyst), clone.resolve("annotations").resolve(analyst));
            ok("team", "sync", "--corpus", clone.toString());
            assertTrue(out.toString().contains("pushed: the team has your work"), out.toString());
        }
        Path review = temp.resolve("review");
        ok("team", "clone", "--from", remote.toString(), "--corpus", review.toString(), "--analyst", "rev", "--reviewer");

        ok("agreement", "--corpus", review.toString(), "--json");
        String teamAgreement = out.toString();
        ok("agreement", "--corpus", single.toString(), "--json");
        assertEquals(out.toString(), teamAgreement, "the review of the team's corpus agrees with that of one folder");

        ok("merge", "--corpus", review.toString(), "--strategy", "majority");
        ok("merge", "--corpus", single.toString(), "--strategy", "majority");
        assertEquals(withoutIds(files(single.resolve("curated"))), withoutIds(files(review.resolve("curated"))),
                "the same curated sets (each merge gives its new annotations new ids)");

        ok("team", "sync", "--corpus", review.toString(), "--json");
        assertTrue(out.toString().contains("\"owner\":\"curated\"") && out.toString().contains("\"pushed\":true"), out.toString());
        ok("team", "sync", "--corpus", temp.resolve("ana").toString());
        assertEquals(files(review.resolve("curated")), files(temp.resolve("ana").resolve("curated")), "the curated sets reach the analysts");
        for (String analyst : ANALYSTS) {
            ok("team", "sync", "--corpus", temp.resolve(analyst).toString());
        }
        Map<String, String> reviewed = files(review);
        for (String analyst : ANALYSTS) {
            assertEquals(reviewed, files(temp.resolve(analyst)), analyst + "'s clone holds every set byte for byte");
        }
    }

    @Test
    void statusAndLogSayWhoChangedWhat() throws Exception {
        Path first = temp.resolve("first");
        ok("import", "--from", seeds().toString(), "--corpus", first.toString());
        Path remote = temp.resolve("team.git");
        ok("team", "init", "--corpus", first.toString(), "--remote", remote.toString(), "--analyst", "ana");
        Path ben = temp.resolve("ben");
        ok("team", "clone", "--from", remote.toString(), "--corpus", ben.toString(), "--analyst", "ben");
        String set = "annotations/ben/003_8fdbe4dfb0182242.xmi";
        Files.writeString(ben.resolve(set), Files.readString(ben.resolve(set)).replace("analystId=\"ben\"", "analystId=\"ben\" "));

        ok("team", "status", "--corpus", ben.toString(), "--json");
        assertTrue(out.toString().contains("\"ownChanges\":[{\"path\":\"" + set + "\",\"document\":\"003_8fdbe4dfb0182242\",\"owner\":\"ben\"}]"),
                out.toString());
        ok("team", "sync", "--corpus", ben.toString());
        assertTrue(out.toString().contains("committed 1 files of ben's: ben's set of 003_8fdbe4dfb0182242"), out.toString());

        ok("team", "status", "--corpus", first.toString());
        assertTrue(out.toString().contains("colleagues' new work, the next sync brings it: 1"), out.toString());
        ok("team", "log", "--corpus", ben.toString(), "--document", "003_8fdbe4dfb0182242");
        String log = out.toString();
        assertTrue(log.lines().findFirst().orElseThrow().contains("  ben  "), log);
        assertTrue(log.contains("ben's set of 003_8fdbe4dfb0182242") && log.contains("text of 003_8fdbe4dfb0182242"), log);
    }

    @Test
    void badInputIsAMessageNamingTheProblem() throws Exception {
        Path corpus = temp.resolve("corpus");
        ok("import", "--from", seeds().toString(), "--corpus", corpus.toString());

        assertEquals(Commands.FAILED, run("team", "sync", "--corpus", corpus.toString()));
        assertTrue(err.toString().contains(corpus.toString()) && err.toString().contains("team init"), err.toString());

        assertEquals(Commands.FAILED, run("team", "clone", "--from", temp.resolve("nowhere.git").toString(), "--corpus",
                temp.resolve("clone").toString(), "--analyst", "ana"));
        assertTrue(err.toString().contains("could not be cloned"), err.toString());
        assertTrue(Files.notExists(temp.resolve("clone")), "a failed clone leaves nothing behind");

        assertEquals(Commands.FAILED, run("team", "init", "--corpus", temp.resolve("texts").toString()));
        assertTrue(err.toString().contains("not a Marginalia corpus folder"), err.toString());

        assertEquals(Commands.USAGE, run("team", "frob", "--corpus", corpus.toString()));
        assertTrue(err.toString().contains("unknown action 'frob'"), err.toString());
        assertEquals(Commands.USAGE, run("team", "--corpus", corpus.toString()));
        assertEquals(Commands.USAGE, run("team", "clone", "--from", "x", "--corpus", temp.resolve("c").toString(), "--analyst", "../x"));
        assertTrue(err.toString().contains("analyst id"), err.toString());

        ok("team", "init", "--corpus", corpus.toString());
        assertEquals(Commands.FAILED, run("team", "sync", "--corpus", corpus.toString()));
        assertTrue(err.toString().contains("names no analyst"), err.toString());
        assertEquals(Commands.FAILED, run("team", "init", "--corpus", corpus.toString()));
        assertTrue(err.toString().contains("is a Git repository already"), err.toString());
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Map<String, String> withoutIds(Map<String, String> files) {
        Map<String, String> without = new TreeMap<>();
        files.forEach((path, content) -> without.put(path, content.replaceAll("id=\"curated-[^\"]*\"", "id=\"\"")));
        return without;
    }

    /** Every file under a folder, path to content, without Git's folder and lock files. */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = folder.relativize(file).toString();
                if (!path.startsWith(".git") && !file.getFileName().toString().equals(".marginalia.lock")) {
                    files.put(path, Files.readString(file));
                }
            }
        }
        return files;
    }
}
