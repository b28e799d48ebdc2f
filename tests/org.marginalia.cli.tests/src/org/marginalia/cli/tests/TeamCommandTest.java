package org.marginalia.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private final CommandLineRun cli = new CommandLineRun();

    /**
     * Three analysts and a reviewer share the demo corpus through a bare repository; after everyone synced, the
     * reviewer's agreement and merge are those of one folder holding the same files, and the curated sets the
     * reviewer syncs reach the analysts.
     */
    @Test
    void aTeamSharesTheDemoCorpusAndTheReviewSeesWhatOneFolderWould() throws Exception {
        Path single = temp.resolve("single");
        cli.ok("import", "--from", CommandLineRun.seeds().toString(), "--corpus", single.toString());
        Path first = temp.resolve("first");
        cli.ok("import", "--from", CommandLineRun.seeds().toString(), "--corpus", first.toString());
        Path demoSets = temp.resolve("demo-sets");
        Files.move(first.resolve("annotations"), demoSets);
        Path remote = temp.resolve("team.git");
        cli.ok("team", "init", "--corpus", first.toString(), "--remote", remote.toString());
        assertTrue(cli.out().contains("pushed to"), cli.out());

        for (String analyst : ANALYSTS) {
            Path clone = temp.resolve(analyst);
            cli.ok("team", "clone", "--from", remote.toString(), "--corpus", clone.toString(), "--analyst", analyst);
            copyFolder(demoSets.resolve(analyst), clone.resolve("annotations").resolve(analyst));
            cli.ok("team", "sync", "--corpus", clone.toString());
            assertTrue(cli.out().contains("pushed: the team has your work"), cli.out());
        }
        Path review = temp.resolve("review");
        cli.ok("team", "clone", "--from", remote.toString(), "--corpus", review.toString(), "--analyst", "rev", "--reviewer");

        cli.ok("agreement", "--corpus", review.toString(), "--json");
        String teamAgreement = cli.out();
        cli.ok("agreement", "--corpus", single.toString(), "--json");
        assertEquals(cli.out(), teamAgreement, "the review of the team's corpus agrees with that of one folder");

        cli.ok("merge", "--corpus", review.toString(), "--strategy", "majority");
        cli.ok("merge", "--corpus", single.toString(), "--strategy", "majority");
        assertEquals(withoutIds(files(single.resolve("curated"))), withoutIds(files(review.resolve("curated"))),
                "the same curated sets (each merge gives its new annotations new ids)");

        cli.ok("team", "sync", "--corpus", review.toString(), "--json");
        assertTrue(cli.out().contains("\"owner\":\"curated\"") && cli.out().contains("\"pushed\":true"), cli.out());
        cli.ok("team", "sync", "--corpus", temp.resolve("ana").toString());
        assertEquals(files(review.resolve("curated")), files(temp.resolve("ana").resolve("curated")), "the curated sets reach the analysts");
        for (String analyst : ANALYSTS) {
            cli.ok("team", "sync", "--corpus", temp.resolve(analyst).toString());
        }
        Map<String, String> reviewed = files(review);
        for (String analyst : ANALYSTS) {
            assertEquals(reviewed, files(temp.resolve(analyst)), analyst + "'s clone holds every set byte for byte");
        }
    }

    @Test
    void statusAndLogSayWhoChangedWhat() throws Exception {
        Path first = temp.resolve("first");
        cli.ok("import", "--from", CommandLineRun.seeds().toString(), "--corpus", first.toString());
        Path remote = temp.resolve("team.git");
        cli.ok("team", "init", "--corpus", first.toString(), "--remote", remote.toString(), "--analyst", "ana");
        Path ben = temp.resolve("ben");
        cli.ok("team", "clone", "--from", remote.toString(), "--corpus", ben.toString(), "--analyst", "ben");
        String set = "annotations/ben/003_8fdbe4dfb0182242.xmi";
        Files.writeString(ben.resolve(set), Files.readString(ben.resolve(set)).replace("analystId=\"ben\"", "analystId=\"ben\" "));

        cli.ok("team", "status", "--corpus", ben.toString(), "--json");
        assertTrue(cli.out().contains("\"ownChanges\":[{\"path\":\"" + set + "\",\"document\":\"003_8fdbe4dfb0182242\",\"owner\":\"ben\"}]"),
                cli.out());
        cli.ok("team", "sync", "--corpus", ben.toString());
        assertTrue(cli.out().contains("committed 1 file of ben's: ben's set of 003_8fdbe4dfb0182242"), cli.out());

        cli.ok("team", "status", "--corpus", first.toString());
        assertTrue(cli.out().contains("colleagues' new work, the next sync brings it: 1"), cli.out());
        cli.ok("team", "log", "--corpus", ben.toString(), "--document", "003_8fdbe4dfb0182242");
        String log = cli.out();
        assertTrue(log.lines().findFirst().orElseThrow().contains("  ben  "), log);
        assertTrue(log.contains("ben's set of 003_8fdbe4dfb0182242") && log.contains("text of 003_8fdbe4dfb0182242"), log);
    }

    @Test
    void badInputIsAMessageNamingTheProblem() throws Exception {
        Path corpus = temp.resolve("corpus");
        cli.ok("import", "--from", CommandLineRun.seeds().toString(), "--corpus", corpus.toString());

        assertEquals(Commands.FAILED, cli.run("team", "sync", "--corpus", corpus.toString()));
        assertTrue(cli.err().contains(corpus.toString()) && cli.err().contains("team init"), cli.err());

        assertEquals(Commands.FAILED, cli.run("team", "clone", "--from", temp.resolve("nowhere.git").toString(), "--corpus",
                temp.resolve("clone").toString(), "--analyst", "ana"));
        assertTrue(cli.err().contains("could not be cloned"), cli.err());
        assertTrue(Files.notExists(temp.resolve("clone")), "a failed clone leaves nothing behind");

        assertEquals(Commands.FAILED, cli.run("team", "init", "--corpus", temp.resolve("texts").toString()));
        assertTrue(cli.err().contains("not a Marginalia corpus folder"), cli.err());

        assertEquals(Commands.USAGE, cli.run("team", "frob", "--corpus", corpus.toString()));
        assertTrue(cli.err().contains("unknown action 'frob'"), cli.err());
        assertEquals(Commands.USAGE, cli.run("team", "--corpus", corpus.toString()));
        assertEquals(Commands.USAGE, cli.run("team", "clone", "--from", "x", "--corpus", temp.resolve("c").toString(), "--analyst", "../x"));
        assertTrue(cli.err().contains("analyst id"), cli.err());

        cli.ok("team", "init", "--corpus", corpus.toString());
        assertEquals(Commands.FAILED, cli.run("team", "sync", "--corpus", corpus.toString()));
        assertTrue(cli.err().contains("names no analyst"), cli.err());
        assertEquals(Commands.FAILED, cli.run("team", "init", "--corpus", corpus.toString()));
        assertTrue(cli.err().contains("is a Git repository already"), cli.err());
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
