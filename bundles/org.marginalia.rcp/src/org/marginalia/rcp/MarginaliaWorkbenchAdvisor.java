package org.marginalia.rcp;

import java.nio.file.Path;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.marginalia.ui.corpus.CorpusOpener;
import org.marginalia.ui.perspective.MarginaliaPerspective;

/** Opens windows on the Marginalia perspective and the start-up corpus, if one was given. */
final class MarginaliaWorkbenchAdvisor extends WorkbenchAdvisor {

    private final Path startupCorpus;

    MarginaliaWorkbenchAdvisor(Path startupCorpus) {
        this.startupCorpus = startupCorpus;
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return MarginaliaPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new MarginaliaWindowAdvisor(configurer);
    }

    /** The workspace holds the Problems view's markers; saving it keeps the next start clean. */
    @Override
    public boolean preShutdown() {
        try {
            ResourcesPlugin.getWorkspace().save(true, null);
        } catch (CoreException e) {
            Platform.getLog(MarginaliaWorkbenchAdvisor.class).log(e.getStatus());
        }
        return true;
    }

    @Override
    public void postStartup() {
        if (startupCorpus != null) {
            CorpusOpener.open(startupCorpus);
        }
    }
}
