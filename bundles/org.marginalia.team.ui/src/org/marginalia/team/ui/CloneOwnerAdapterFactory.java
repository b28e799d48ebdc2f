package org.marginalia.team.ui;

import java.nio.file.Path;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.team.TeamRepository;
import org.marginalia.ui.corpus.CorpusOwner;

/**
 * The analyst a team's clone belongs to, as its own Git configuration records it ({@code team clone --analyst}):
 * the workbench works as that analyst when it opens the clone. A corpus that is no clone, or a clone that names no
 * analyst, has no owner.
 */
public final class CloneOwnerAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (!(adaptable instanceof LoadedCorpus corpus) || adapterType != CorpusOwner.class || !TeamStates.isShared(corpus)) {
            return null;
        }
        Path root = corpus.layout().root();
        try (TeamRepository team = TeamRepository.open(root)) {
            return adapterType.cast(new CorpusOwner(team.member().analystId()));
        } catch (CorpusException | IllegalArgumentException e) {
            // No analyst named (a repository made without one), or a configuration from a stranger naming one that
            // is no folder name: the workbench keeps its analyst, and the team commands say what is wrong.
            ILog.of(getClass()).log(Status.info("No analyst of " + root + " to work as: " + e.getMessage()));
            return null;
        }
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { CorpusOwner.class };
    }
}
