package org.marginalia.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.PushCommand;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Talking to the team's shared repository: every command gets a timeout (so a remote that does not answer is a
 * message, never a hang) and, for {@code https:}, the credentials of the work at hand ({@link TeamCredentials}: the
 * workbench's secure storage) or else those the environment gives ({@value #USERNAME_VARIABLE},
 * {@value #PASSWORD_VARIABLE}; a token goes in the password), as the command line uses.
 */
final class TeamRemote {

    static final int TIMEOUT_SECONDS = 30;
    static final String USERNAME_VARIABLE = "MARGINALIA_GIT_USERNAME";
    static final String PASSWORD_VARIABLE = "MARGINALIA_GIT_PASSWORD";

    /** How a push ended. */
    enum Pushed {
        DONE, REMOTE_MOVED, REFUSED
    }

    private TeamRemote() {
    }

    static <C extends TransportCommand<C, ?>> C configure(C command) {
        command.setTimeout(TIMEOUT_SECONDS);
        CredentialsProvider credentials = credentials();
        if (credentials != null) {
            command.setCredentialsProvider(credentials);
        }
        TeamSsh.configure(command);
        return command;
    }

    /** The work's own provider, else the environment's credentials, else none (JGit's default then applies). */
    private static CredentialsProvider credentials() {
        CredentialsProvider given = TeamCredentials.given();
        if (given != null) {
            return given;
        }
        String user = System.getenv(USERNAME_VARIABLE);
        String password = System.getenv(PASSWORD_VARIABLE);
        return user != null && password != null ? new UsernamePasswordCredentialsProvider(user, password) : null;
    }

    /**
     * A remote given as a local path (or {@code file:} URL) that does not exist yet is made a bare repository, as
     * a team sharing a drive would want; anything else is used as given. Returns the URL to record.
     */
    static String prepareLocal(String remote) throws IOException, GitAPIException {
        Path path = localPath(remote);
        if (path != null && !Files.exists(path)) {
            try (Git shared = Git.init().setBare(true).setDirectory(path.toFile()).setInitialBranch(TeamRepository.INITIAL_BRANCH).call()) {
                RepositoryHousekeeping.configure(shared.getRepository());
            }
        }
        return path != null ? path.toAbsolutePath().normalize().toString() : remote;
    }

    private static Path localPath(String remote) {
        if (remote.startsWith("file:")) {
            try {
                return Path.of(new URIish(remote).getPath());
            } catch (java.net.URISyntaxException e) {
                return null;
            }
        }
        return remote.contains("://") || remote.matches("[^/]+@[^/]+:.*") ? null : Path.of(remote);
    }

    /** Pushes the first commit of {@link TeamRepository#init}; returns why it did not get there, or null. */
    static String pushFirst(TeamRepository repository) throws IOException {
        try {
            Pushed pushed = push(repository);
            return pushed == Pushed.DONE ? null
                    : "the remote holds another history already; clone it ('marginalia team clone') instead of sharing this folder";
        } catch (TransportException | InvalidRemoteException e) {
            return "the remote cannot be reached now (" + explain(e) + "); the first 'marginalia team sync' pushes";
        } catch (GitAPIException e) {
            return explain(e);
        }
    }

    static Pushed push(TeamRepository repository) throws IOException, GitAPIException {
        String branch = repository.branch();
        PushCommand push = configure(repository.git().push().setRemote(TeamRepository.REMOTE)
                .setRefSpecs(new RefSpec(Constants.R_HEADS + branch + ":" + Constants.R_HEADS + branch)));
        Pushed outcome = Pushed.DONE;
        for (PushResult result : push.call()) {
            for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                outcome = switch (update.getStatus()) {
                    case OK, UP_TO_DATE -> outcome;
                    // The remote's branch moved since the fetch, or another push held its lock that moment.
                    case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED, REJECTED_OTHER_REASON -> Pushed.REMOTE_MOVED;
                    default -> Pushed.REFUSED;
                };
            }
        }
        return outcome;
    }

    /** Whether a failure says the remote refused who we are, as opposed to not being there at all. */
    static boolean isAuthenticationFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("auth") || message.contains("not authorized") || message.contains("permission denied")
                    || message.contains("publickey") || message.contains("credentials")) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message of a failure, which names what went wrong rather than which command failed. */
    static String explain(Throwable e) {
        String message = e.getMessage();
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message != null && message.contains("no CredentialsProvider has been registered")) {
            // JGit's words for "nobody gave a user and password": say where they come from
            return "authentication required: the team's repository asks for a user and password or token, and none was given (the command line takes"
                    + " them from MARGINALIA_GIT_USERNAME and MARGINALIA_GIT_PASSWORD; the workbench asks)";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
