package org.marginalia.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.team.TeamCredentials;
import org.marginalia.team.TeamMember;
import org.marginalia.team.TeamRepository;
import org.marginalia.team.TeamStatus;
import org.marginalia.team.TeamSync;

/**
 * A team's repository behind HTTP basic authentication (a real HTTP server on 127.0.0.1, real Git): the
 * credentials given for one piece of work ({@link TeamCredentials}, as the workbench gives them from secure
 * storage) clone and fetch; a wrong password or none fails within seconds with a message that says so.
 */
class HttpsCredentialsTest {

    private static final String USER = "ana";
    private static final String PASSWORD = "s3cret-token";
    /** Far below the remote's 30 s timeout: a refusal is answered at once, never waited out. */
    private static final Duration REFUSED_WITHIN = Duration.ofSeconds(10);

    @TempDir
    Path temp;

    private TeamFixture team;
    private BasicAuthGitServer server;

    @BeforeEach
    void aTeamRepositoryBehindBasicAuthentication() throws Exception {
        team = new TeamFixture(temp);
        server = new BasicAuthGitServer(team.remote, USER, PASSWORD);
    }

    @AfterEach
    void stopTheServer() {
        server.close();
    }

    @Test
    void theRightCredentialsCloneAndFetchTheTeamsWork() throws Exception {
        Path ana = temp.resolve("ana-over-http");
        TeamCredentials.using(new UsernamePasswordCredentialsProvider(USER, PASSWORD),
                () -> TeamRepository.cloneFrom(server.url(), ana, new TeamMember(USER, false))).close();
        TeamFixture.assertSameFiles(temp.resolve("first"), ana);

        Path ben = team.clone("ben");
        team.tag(ben, "ben", TeamFixture.DOCUMENTS[2]);
        assertTrue(TeamFixture.sync(ben).pushed());
        server.refresh();
        try (TeamRepository repository = TeamRepository.open(ana)) {
            TeamStatus status = TeamCredentials.using(new UsernamePasswordCredentialsProvider(USER, PASSWORD), () -> TeamStatus.of(repository, true));
            assertNull(status.remoteProblem(), "the fetch got through");
            assertEquals(List.of("annotations/ben/" + TeamFixture.DOCUMENTS[2] + ".xmi"), status.colleaguesNew(), "Ben's set was fetched");
        }
    }

    @Test
    void aWrongPasswordFailsCloningWithinSecondsSayingSo() {
        Path ana = temp.resolve("ana-over-http");
        long start = System.nanoTime();
        CorpusException refused = assertThrows(CorpusException.class, () -> TeamCredentials.using(
                new UsernamePasswordCredentialsProvider(USER, "wrong"), () -> TeamRepository.cloneFrom(server.url(), ana, new TeamMember(USER, false))));
        assertFaster(start);
        assertTrue(refused.getMessage().contains(server.url()) && refused.getMessage().contains("not authorized"), refused.getMessage());
        assertFalse(Files.exists(ana), "a refused clone leaves no folder behind");
    }

    @Test
    void aSyncWhoseCredentialsAreRefusedSaysSoWithinSecondsAndKeepsTheWork() throws Exception {
        Path ana = temp.resolve("ana-over-http");
        TeamCredentials.using(new UsernamePasswordCredentialsProvider(USER, PASSWORD),
                () -> TeamRepository.cloneFrom(server.url(), ana, new TeamMember(USER, false))).close();
        team.tag(ana, USER, TeamFixture.DOCUMENTS[0]);
        server.changePassword("rotated");
        try (TeamRepository repository = TeamRepository.open(ana)) {
            long start = System.nanoTime();
            CorpusException refused = assertThrows(CorpusException.class,
                    () -> TeamCredentials.using(new UsernamePasswordCredentialsProvider(USER, PASSWORD), () -> TeamSync.sync(repository)));
            assertFaster(start);
            assertTrue(refused.getMessage().contains("refused this clone's credentials"), refused.getMessage());
            assertTrue(refused.getMessage().contains("your work is committed here"), refused.getMessage());
            assertEquals(List.of(), TeamStatus.of(repository, false).ownChanges(), "Ana's set was committed before the fetch was refused");
        }
    }

    @Test
    void withoutCredentialsTheRemoteSaysAuthenticationIsRequired() {
        // No credentials for this work and (as the tests run) none in the environment: JGit has no one to ask.
        Path ana = temp.resolve("ana-over-http");
        long start = System.nanoTime();
        CorpusException refused = assertThrows(CorpusException.class, () -> TeamRepository.cloneFrom(server.url(), ana, new TeamMember(USER, false)));
        assertFaster(start);
        assertTrue(refused.getMessage().contains("authentication required") && refused.getMessage().contains("MARGINALIA_GIT_USERNAME"),
                "says where credentials come from, not JGit's words: " + refused.getMessage());
    }

    private static void assertFaster(long start) {
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(REFUSED_WITHIN) < 0, "refused after " + took.toMillis() + " ms");
    }
}
