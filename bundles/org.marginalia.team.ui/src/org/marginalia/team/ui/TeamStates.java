package org.marginalia.team.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.team.SyncResult;
import org.marginalia.team.TeamRepository;
import org.marginalia.team.TeamStatus;

/**
 * What the workbench knows of each open corpus's standing with its team: the last {@link TeamStatus} (read
 * from the clone alone, or after asking the team's repository when the analyst checked or synced) and the last
 * sync's result. The decorator reads it; syncs, checks and saves replace it. Corpora that are not Git
 * repositories have no state.
 */
public final class TeamStates {

    /**
     * One corpus's state: {@code status} is null when it could not be read ({@code problem} says why) or when it
     * is to be read again (both null).
     */
    public record TeamState(TeamStatus status, String problem, SyncResult lastSync) {
    }

    private static final Map<Path, TeamState> STATES = new ConcurrentHashMap<>();

    private TeamStates() {
    }

    /** Whether the corpus folder is a clone a team shares. */
    public static boolean isShared(LoadedCorpus corpus) {
        return Files.isDirectory(rootOf(corpus).resolve(".git"));
    }

    /** The corpus's state, read from the clone alone when none is known; empty for a corpus no team shares. */
    public static Optional<TeamState> of(LoadedCorpus corpus) {
        if (!isShared(corpus)) {
            return Optional.empty();
        }
        Path root = rootOf(corpus);
        TeamState known = STATES.get(root);
        if (known == null || known.status() == null && known.problem() == null) {
            known = read(root, false, known == null ? null : known.lastSync());
            STATES.put(root, known);
        }
        return Optional.of(known);
    }

    /** Reads the corpus's status again, asking the team's repository first when {@code fetch}; keeps the last sync. */
    public static TeamState refresh(LoadedCorpus corpus, boolean fetch) {
        Path root = rootOf(corpus);
        TeamState old = STATES.get(root);
        TeamState state = read(root, fetch, old == null ? null : old.lastSync());
        STATES.put(root, state);
        return state;
    }

    /** Records a sync's result and the status after it. */
    static TeamState synced(LoadedCorpus corpus, SyncResult result) {
        Path root = rootOf(corpus);
        TeamState state = read(root, false, result);
        STATES.put(root, state);
        return state;
    }

    /** Forgets the statuses (keeping the last syncs), so that they are read again: after a save changed the folder. */
    static void invalidateStatuses() {
        STATES.replaceAll((root, state) -> new TeamState(null, null, state.lastSync()));
    }

    private static TeamState read(Path root, boolean fetch, SyncResult lastSync) {
        try (TeamRepository team = TeamRepository.open(root)) {
            // only asking the remote needs credentials: the decorator's reading of the folder must never prompt
            TeamStatus status = fetch ? WorkbenchCredentials.using(root, () -> TeamStatus.of(team, true)) : TeamStatus.of(team, false);
            return new TeamState(status, null, lastSync);
        } catch (CorpusException e) {
            return new TeamState(null, e.getMessage(), lastSync);
        }
    }

    private static Path rootOf(LoadedCorpus corpus) {
        return corpus.layout().root().toAbsolutePath().normalize();
    }
}
