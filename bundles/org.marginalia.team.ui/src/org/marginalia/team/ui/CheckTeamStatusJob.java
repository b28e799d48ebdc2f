package org.marginalia.team.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.marginalia.core.corpus.LoadedCorpus;

/**
 * Team > Check Team Status in the background: asks the team's repository what it has (a fetch, nothing merged
 * or written in the folder) and redraws the Corpus view's marks, as {@code marginalia team status} reports.
 */
public final class CheckTeamStatusJob extends Job {

    private final LoadedCorpus corpus;

    public CheckTeamStatusJob(LoadedCorpus corpus) {
        super("Asking the team's repository about " + corpus.corpus().getName());
        this.corpus = corpus;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            TeamStates.TeamState state = TeamStates.refresh(corpus, true);
            if (PlatformUI.isWorkbenchRunning()) {
                PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().getDecoratorManager().update(TeamDecorator.ID));
            }
            if (state.status() == null) {
                return Status.error(corpus.layout().root() + ": " + state.problem());
            }
            if (state.status().remoteProblem() != null) {
                return Status.warning("The team's repository of " + corpus.layout().root() + " could not be asked ("
                        + state.status().remoteProblem() + "); the marks show colleagues' work as of the last sync or check");
            }
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }
}
