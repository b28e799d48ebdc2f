package org.marginalia.team;

import java.io.IOException;

import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;

/**
 * How the team's shared repository keeps itself small. Each push adds one pack, and JGit runs {@code gc --auto}
 * in the pushing member's process after every push to a repository on a local path or shared drive: once the
 * repository holds more than {@code gc.autoPackLimit} (50) packs, that gc writes one new pack of the whole
 * history. By default it then keeps every pack it replaced that is younger than {@code gc.prunePackExpire} (one
 * hour), so a team that pushes more than 50 times an hour never gets below the limit again: every further push
 * repacks the whole corpus and leaves one more full copy of it (in the team sync benchmark, 29 copies of 8.4 MB
 * for 1.4 MB of edited sets). Deleting the replaced packs at once is what C Git's gc does (its repack deletes
 * them as soon as the new pack is written); a fetch or push that was reading a deleted pack finds the same
 * objects in the new one, as JGit and C Git both look at the pack folder again when a pack disappears.
 * <p>
 * That gc also runs in the pushing thread, not in the background ({@code gc.autoDetach=false}): a command-line
 * sync exits when its push returns, and a background gc cut short by that exit left an empty {@code gc.pid} that
 * JGit reads as a gc still running for 12 hours, during which no gc ran and every push added a pack. The cost is a
 * slower push once the limit is reached: one push in 50 (the team sync benchmark measures it).
 * <p>
 * A clone gcs itself after a fetch in the same way, so its gc runs inside the sync too: in the background it was cut
 * short by the command line's exit, leaving temporary packs behind, and two syncs one after the other could each
 * have a gc running in the clone at once.
 */
final class RepositoryHousekeeping {

    private RepositoryHousekeeping() {
    }

    /**
     * Sets up the shared repository {@code shared} (bare, just made) so that its gc deletes the packs it replaced and
     * finishes before the push that started it returns.
     */
    static void configure(Repository shared) throws IOException {
        StoredConfig config = shared.getConfig();
        config.setString(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_PRUNEPACKEXPIRE, "now");
        config.setBoolean(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_AUTODETACH, false);
        config.save();
    }

    /** Makes the clone's own gc (after a fetch) run inside the sync; done on every sync, for clones made before. */
    static void configureClone(Repository clone) throws IOException {
        StoredConfig config = clone.getConfig();
        if (config.getBoolean(ConfigConstants.CONFIG_GC_SECTION, ConfigConstants.CONFIG_KEY_AUTODETACH, true)) {
            config.setBoolean(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_AUTODETACH, false);
            config.save();
        }
    }
}
