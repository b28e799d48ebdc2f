package org.marginalia.team.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.osgi.util.NLS;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.team.SyncProgress;
import org.marginalia.team.SyncResult;
import org.marginalia.team.TeamCredentials;
import org.marginalia.team.TeamRepository;
import org.marginalia.team.TeamSync;

/**
 * Team work in the workbench, with the analyst's credentials for the team's {@code https:} repository from
 * Eclipse secure storage ({@link SecureStorageCredentials}), for that work only: JGit's global default provider
 * is left to its owner (EGit, in the IDE). A refusal says that the stored credentials were removed; Cancel in the
 * credentials dialog cancels the work.
 */
public final class WorkbenchCredentials {

    private WorkbenchCredentials() {
    }

    /** {@link TeamSync#sync(TeamRepository, SyncProgress)} with the workbench's credentials. */
    public static SyncResult sync(TeamRepository team, SyncProgress progress) throws CorpusException {
        return using(team.layout().root(), () -> TeamSync.sync(team, progress));
    }

    /** Runs {@code work} on the corpus folder {@code corpus} with the credentials of the default secure storage. */
    public static <T> T using(Path corpus, TeamCredentials.Work<T> work) throws CorpusException {
        ISecurePreferences storage = SecurePreferencesFactory.getDefault();
        if (storage == null) {
            // Secure storage could not be opened (its file is unreadable): the work goes on as the command line's would.
            return work.run();
        }
        return using(storage, corpus, work);
    }

    /** {@link #using(Path, TeamCredentials.Work)} with credentials kept in {@code storage}. */
    public static <T> T using(ISecurePreferences storage, Path corpus, TeamCredentials.Work<T> work) throws CorpusException {
        SecureStorageCredentials credentials = new SecureStorageCredentials(storage);
        try {
            return TeamCredentials.using(credentials, work);
        } catch (CorpusException e) {
            if (credentials.cancelled()) {
                throw new OperationCanceledException(e.getMessage());
            }
            if (credentials.forgotten().isEmpty()) {
                throw e;
            }
            List<CorpusProblem> problems = new ArrayList<>(e.problems());
            credentials.forgotten().forEach(url -> problems.add(new CorpusProblem(corpus, NLS.bind(TeamTexts.credentialsForgotten, url))));
            throw new CorpusException(problems);
        }
    }
}
