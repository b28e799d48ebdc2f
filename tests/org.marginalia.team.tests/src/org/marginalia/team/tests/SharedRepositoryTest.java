package org.marginalia.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.team.TeamRepository;

/**
 * The shared repository a team makes on a local path or shared drive deletes the packs its gc replaced at once:
 * JGit's default keeps them an hour, and a team pushing more than 50 times an hour then gained a full copy of the
 * corpus with every push (the team sync benchmark grew 177x the edited sets' size; 2x since).
 */
class SharedRepositoryTest {

    @Test
    void aSharedRepositoryMadeByTeamInitDeletesThePacksItsGcReplacedAndGcsInThePushNotAfterIt(@TempDir Path root) throws Exception {
        Path corpus = root.resolve("corpus");
        CorpusImporter.importCorpus(TeamFixture.seeds(), corpus);
        Path remote = root.resolve("shared").resolve("team.git");
        TeamRepository.init(corpus, remote.toString(), null).repository().close();

        FileBasedConfig config = sharedConfig(remote);
        assertEquals("now", config.getString(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_PRUNEPACKEXPIRE));
        assertFalse(config.getBoolean(ConfigConstants.CONFIG_GC_SECTION, ConfigConstants.CONFIG_KEY_AUTODETACH, true));
    }

    @Test
    void aRepositoryTheTeamAlreadyHasIsLeftAsItsOwnersSetItUp(@TempDir Path root) throws Exception {
        Path remote = root.resolve("team.git");
        org.eclipse.jgit.api.Git.init().setBare(true).setDirectory(remote.toFile()).call().close();
        Path corpus = root.resolve("corpus");
        CorpusImporter.importCorpus(TeamFixture.seeds(), corpus);
        TeamRepository.init(corpus, remote.toString(), null).repository().close();

        assertNull(sharedConfig(remote).getString(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_PRUNEPACKEXPIRE));
    }

    private static FileBasedConfig sharedConfig(Path remote) throws Exception {
        Path file = remote.resolve("config");
        FileBasedConfig config = new FileBasedConfig(file.toFile(), FS.DETECTED);
        config.load();
        assertTrue(Files.exists(file), file + " is the shared repository's configuration");
        return config;
    }
}
