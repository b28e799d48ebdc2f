package org.marginalia.team;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.marginalia.core.corpus.CorpusException;

/**
 * Who the team's {@code https:} repository is told we are, for one piece of work (a sync, a status, a clone) on
 * this thread. The workbench passes a provider backed by its secure storage here rather than replacing JGit's
 * global default, which EGit owns inside the IDE; without one, the command line's environment variables
 * ({@link TeamRemote#USERNAME_VARIABLE}, {@link TeamRemote#PASSWORD_VARIABLE}) are used.
 */
public final class TeamCredentials {

    /** The work runs on the thread that asked for it, and so does every JGit command it makes. */
    private static final ThreadLocal<CredentialsProvider> GIVEN = new ThreadLocal<>();

    /** Work against the team's repository, as a sync or a clone is. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws CorpusException;
    }

    private TeamCredentials() {
    }

    /** Runs {@code work} with {@code provider} answering every remote that asks who we are. */
    public static <T> T using(CredentialsProvider provider, Work<T> work) throws CorpusException {
        CredentialsProvider before = GIVEN.get();
        GIVEN.set(provider);
        try {
            return work.run();
        } finally {
            if (before == null) {
                GIVEN.remove();
            } else {
                GIVEN.set(before);
            }
        }
    }

    /** The provider of the work running on this thread, or null. */
    static CredentialsProvider given() {
        return GIVEN.get();
    }
}
