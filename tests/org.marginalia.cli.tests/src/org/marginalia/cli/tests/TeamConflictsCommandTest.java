package org.marginalia.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.cli.Commands;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Entity;

/** {@code team conflicts} and {@code team resolve}, end to end through the command line, with real Git repositories. */
class TeamConflictsCommandTest {

    private static final String SYBIHA = "person.andrii-sybiha";

    @TempDir
    Path temp;

    private final CommandLineRun cli = new CommandLineRun();

    /** ana and ben rename one entity two ways and sync: ben's clone has the conflict open. */
    private Path benWithAnOpenConflict() throws Exception {
        Path first = temp.resolve("first");
        cli.ok("import", "--from", CommandLineRun.seeds().toString(), "--corpus", first.toString());
        Path remote = temp.resolve("team.git");
        cli.ok("team", "init", "--corpus", first.toString(), "--remote", remote.toString());
        Path ana = temp.resolve("ana");
        Path ben = temp.resolve("ben");
        cli.ok("team", "clone", "--from", remote.toString(), "--corpus", ana.toString(), "--analyst", "ana");
        cli.ok("team", "clone", "--from", remote.toString(), "--corpus", ben.toString(), "--analyst", "ben");
        rename(ana, "Andriy Sybiha");
        rename(ben, "Andrij Sybiha");
        cli.ok("team", "sync", "--corpus", ana.toString());
        assertEquals(Commands.CONFLICTS_OPEN, cli.run("team", "sync", "--corpus", ben.toString()), cli.err());
        assertTrue(cli.out().contains("conflict, both sides kept") && cli.out().contains("pushed"), "the sync did its work: " + cli.out());
        assertTrue(cli.err().contains("1 conflict waits for your choice") && cli.err().contains("team conflicts --corpus " + ben), cli.err());
        return ben;
    }

    @Test
    void conflictsAreListedWithBothSidesAndResolvedByNumber() throws Exception {
        Path ben = benWithAnOpenConflict();

        cli.ok("team", "status", "--corpus", ben.toString(), "--offline");
        assertTrue(cli.out().contains("conflicts waiting for your choice") && cli.out().contains("1. corpus.marginalia"), cli.out());
        cli.ok("team", "status", "--corpus", ben.toString(), "--offline", "--json");
        assertTrue(cli.out().contains("\"openConflicts\":[{\"number\":1,"), cli.out());
        assertEquals(Commands.CONFLICTS_OPEN, cli.run("team", "sync", "--corpus", ben.toString()), "still open after a sync that brought nothing");

        cli.ok("team", "conflicts", "--corpus", ben.toString());
        String listed = cli.out();
        assertTrue(listed.startsWith("1. corpus.marginalia (entity " + SYBIHA + ")"), listed);
        assertTrue(listed.contains("yours:   name 'Andrij Sybiha'") && listed.contains("theirs:  name 'Andriy Sybiha'"), listed);
        cli.ok("team", "conflicts", "--corpus", ben.toString(), "--json");
        assertTrue(cli.out().startsWith("[{\"number\":1,\"conflict\":{\"path\":\"corpus.marginalia\",\"element\":\"entity " + SYBIHA + "\""), cli.out());

        assertEquals(Commands.OK, cli.run("team", "resolve", "--corpus", ben.toString(), "--conflict", "1", "--keep", "theirs"), cli.err());
        assertTrue(cli.out().contains("Andriy Sybiha") && cli.out().contains("the next sync sends it"), cli.out());
        Entity entity = entity(ben);
        assertEquals("Andriy Sybiha", entity.getName());
        assertFalse(entity.getAliases().contains("Andriy Sybiha"));
        cli.ok("team", "conflicts", "--corpus", ben.toString());
        assertTrue(cli.out().contains("no open conflicts"), cli.out());
        cli.ok("team", "status", "--corpus", ben.toString(), "--offline", "--json");
        assertTrue(cli.out().contains("\"openConflicts\":[]"), cli.out());
        cli.ok("team", "sync", "--corpus", ben.toString());
        assertTrue(cli.out().contains("corpus description"), "the choice is committed: " + cli.out());
    }

    @Test
    void badInputToResolveIsAMessageWithExitCodeOneOrTwo() throws Exception {
        Path ben = benWithAnOpenConflict();

        assertEquals(Commands.FAILED, cli.run("team", "resolve", "--corpus", ben.toString(), "--conflict", "7", "--keep", "theirs"));
        assertTrue(cli.err().contains("no open conflict 7") && cli.err().contains("team conflicts"), cli.err());
        assertEquals(Commands.USAGE, cli.run("team", "resolve", "--corpus", ben.toString(), "--conflict", "1", "--keep", "mine"));
        assertTrue(cli.err().contains("--keep is 'yours' or 'theirs', not 'mine'"), cli.err());
        assertEquals(Commands.USAGE, cli.run("team", "resolve", "--corpus", ben.toString(), "--conflict", "first", "--keep", "yours"));
        assertTrue(cli.err().contains("not 'first'"), cli.err());
        assertEquals(Commands.FAILED, cli.run("team", "conflicts", "--corpus", temp.resolve("first").resolve("nowhere").toString()));
        assertEquals(Commands.FAILED, cli.run("team", "log", "--corpus", ben.toString(), "--document", "nosuchdoc"));
        assertTrue(cli.err().contains("has no document nosuchdoc"), cli.err());
        assertEquals("Andrij Sybiha", entity(ben).getName(), "nothing was chosen");
        cli.ok("team", "conflicts", "--corpus", ben.toString());
        assertTrue(cli.out().startsWith("1. "), "the conflict is still open: " + cli.out());
    }

    private static void rename(Path clone, String name) throws Exception {
        LoadedCorpus corpus = CorpusStore.load(clone);
        corpus.corpus().getEntities().stream().filter(e -> e.getId().equals(SYBIHA)).findFirst().orElseThrow().setName(name);
        CorpusStore.writeDescription(corpus.corpus(), corpus.layout().description());
    }

    private static Entity entity(Path clone) throws Exception {
        return CorpusStore.load(clone).corpus().getEntities().stream().filter(e -> e.getId().equals(SYBIHA)).findFirst().orElseThrow();
    }
}
