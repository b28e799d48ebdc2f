package org.marginalia.team.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.team.SyncResult;
import org.marginalia.team.SyncStep;
import org.marginalia.team.TeamRepository;

/**
 * Team > Sync Corpus in the background: commit, fetch, merge, update the folder, push, each step shown in the
 * progress dialog. Cancel stops the sync before its next step; every step leaves a repository the next sync
 * completes, so nothing is lost. A failure (the team's repository refused the credentials, the clone names no
 * analyst) is the job's error, naming the folder.
 */
public final class SyncCorpusJob extends Job {

    private final LoadedCorpus corpus;
    private volatile SyncResult result;

    public SyncCorpusJob(LoadedCorpus corpus) {
        super("Syncing " + corpus.corpus().getName() + " with the team");
        this.corpus = corpus;
        setUser(true);
    }

    public LoadedCorpus corpus() {
        return corpus;
    }

    /** What the sync did, once it is done; null if it failed or was cancelled. */
    public SyncResult result() {
        return result;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), SyncStep.values().length);
        try (TeamRepository team = TeamRepository.open(corpus.layout().root())) {
            SyncResult synced = WorkbenchCredentials.sync(team, step -> {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                progress.subTask(describe(step));
                progress.setWorkRemaining(SyncStep.values().length - step.ordinal()).worked(1);
            });
            TeamStates.synced(corpus, synced);
            result = synced;
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            TeamStates.refresh(corpus, false);
            return Status.CANCEL_STATUS;
        } catch (CorpusException e) {
            TeamStates.refresh(corpus, false);
            return Status.error(e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }

    private static String describe(SyncStep step) {
        return switch (step) {
            case COMMIT -> "Committing your changed sets";
            case FETCH -> "Fetching the team's work";
            case MERGE -> "Merging the team's work with yours";
            case UPDATE_FILES -> "Writing the merged files into the corpus folder";
            case PUSH -> "Sending your work to the team";
        };
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == SyncCorpusJob.class;
    }
}
