package org.marginalia.team.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.team.SyncResult;
import org.marginalia.team.TeamCredentials;
import org.marginalia.team.TeamMember;
import org.marginalia.team.TeamRepository;
import org.marginalia.team.TeamStatus;
import org.marginalia.team.TeamSync;
import org.marginalia.team.tests.BasicAuthGitServer;
import org.marginalia.team.ui.SecureStorageCredentials;
import org.marginalia.team.ui.WorkbenchCredentials;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.DialogPage;

/**
 * The workbench's credentials for the team's repository behind HTTP basic authentication (a real server on
 * 127.0.0.1, real Git), kept in a secure storage file of the test's own (with its own password, so the user's
 * keyring is never touched): the analyst is asked once, in the sign-in dialog, and the answer is remembered and
 * used without asking; when the repository refuses what was stored, it is removed and the analyst is told so.
 */
class SecureStorageCredentialsTest {

    private static final String SIGN_IN = "Sign In to the Team's Repository";
    private static final String USER = "ana";
    private static final String PASSWORD = "s3cret-token";
    private static final long SECONDS = 30;

    @TempDir
    Path temp;

    private BasicAuthGitServer server;
    private ISecurePreferences storage;
    private Path clone;

    @BeforeEach
    void aTeamRepositoryBehindBasicAuthentication() throws Exception {
        Path first = temp.resolve("first");
        CorpusImporter.importCorpus(DemoCorpus.seeds(), first);
        Path remote = temp.resolve("team.git");
        TeamRepository.init(first, remote.toString(), null).repository().close();
        server = new BasicAuthGitServer(remote, USER, PASSWORD);
        storage = SecurePreferencesFactory.open(temp.resolve("secure_storage").toUri().toURL(),
                Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test storage only".toCharArray()), IProviderHints.PROMPT_USER, false));
        clone = temp.resolve("ana");
    }

    @AfterEach
    void stopTheServer() {
        DialogPage.closeAll();
        server.close();
    }

    @Test
    void theAnalystIsAskedOnceAndTheAnswerIsRememberedInSecureStorage() throws Exception {
        CompletableFuture<Void> cloning = inBackground(() -> {
            TeamRepository.cloneFrom(server.url(), clone, new TeamMember(USER, false)).close();
            return null;
        });
        signIn(USER, PASSWORD);
        cloning.get(SECONDS, TimeUnit.SECONDS);
        assertTrue(Files.exists(clone.resolve("corpus.marginalia")));

        assertEquals(1, storage.node(SecureStorageCredentials.REMOTES_NODE).childrenNames().length, "one remote remembered");
        CredentialItem.Username user = new CredentialItem.Username();
        CredentialItem.Password password = new CredentialItem.Password();
        assertTrue(new SecureStorageCredentials(storage).get(new URIish(server.url()), user, password), "a new provider finds them stored");
        assertEquals(USER, user.getValue());
        assertEquals(PASSWORD, new String(password.getValue()));

        TeamStatus status = inBackground(() -> {
            try (TeamRepository team = TeamRepository.open(clone)) {
                return TeamStatus.of(team, true);
            }
        }).get(SECONDS, TimeUnit.SECONDS); // no dialog answered: the stored credentials were used without asking
        assertNull(status.remoteProblem(), "the fetch got through with the stored credentials");
    }

    @Test
    void storedCredentialsTheRepositoryRefusesAreRemovedAndTheAnalystIsToldSo() throws Exception {
        CompletableFuture<Void> cloning = inBackground(() -> {
            TeamRepository.cloneFrom(server.url(), clone, new TeamMember(USER, false)).close();
            return null;
        });
        signIn(USER, PASSWORD);
        cloning.get(SECONDS, TimeUnit.SECONDS);
        server.changePassword("rotated"); // the token was revoked

        CompletableFuture<SyncResult> syncing = inBackground(() -> {
            try (TeamRepository team = TeamRepository.open(clone)) {
                return TeamSync.sync(team);
            }
        });
        DialogPage dialog = DialogPage.waitFor(SIGN_IN);
        assertTrue(dialog.text().contains(server.url()) && dialog.text().contains("refused") && dialog.text().contains("removed"), dialog.text());
        assertEquals(0, storage.node(SecureStorageCredentials.REMOTES_NODE).childrenNames().length, "the refused credentials are gone from secure storage");
        dialog.click("Cancel");

        ExecutionException cancelled = assertThrows(ExecutionException.class, () -> syncing.get(SECONDS, TimeUnit.SECONDS));
        assertTrue(cancelled.getCause() instanceof OperationCanceledException, "Cancel cancels the sync: " + cancelled.getCause());
    }

    /** Answers the sign-in dialog as the analyst would, asking to remember the answer (the box is ticked already). */
    private static void signIn(String user, String password) {
        DialogPage dialog = DialogPage.waitFor(SIGN_IN);
        dialog.fill("user name", user);
        dialog.fill("password or access token", password);
        dialog.click("OK");
        dialog.waitUntilClosed();
    }

    /** Team work with the workbench's credentials off the UI thread, as the sync's job runs it, so that the UI can ask. */
    private <T> CompletableFuture<T> inBackground(TeamCredentials.Work<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return WorkbenchCredentials.using(storage, clone, work);
            } catch (CorpusException e) {
                throw new CompletionException(e);
            }
        });
    }
}
