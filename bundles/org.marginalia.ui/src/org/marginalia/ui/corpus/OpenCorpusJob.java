package org.marginalia.ui.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.LoadedCorpus;

/** Opens a corpus folder in the background; what is wrong with it is reported, not hidden. */
public final class OpenCorpusJob extends Job {

    private static final String PLUGIN_ID = "org.marginalia.ui";

    private final Path folder;

    public OpenCorpusJob(Path folder) {
        super("Opening corpus " + folder.getFileName());
        this.folder = folder;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            CorpusSession session = CorpusSession.getDefault();
            LoadedCorpus loaded = session.open(folder);
            List<CorpusProblem> problems = new ArrayList<>(loaded.problems());
            problems.addAll(session.annotations(loaded).problems());
            try {
                ProblemMarkers.publish(loaded, problems);
            } catch (CoreException e) {
                return Status.error("Could not list the problems of " + folder + " in the Problems view", e);
            }
            return problems.isEmpty() ? Status.OK_STATUS
                    : toStatus("The corpus " + folder + " opened with problems; they are shown in its editors and left as they are", problems, IStatus.WARNING);
        } catch (CorpusException e) {
            return toStatus("The corpus " + folder + " could not be opened", e.problems(), IStatus.ERROR);
        } finally {
            monitor.done();
        }
    }

    private static IStatus toStatus(String message, Iterable<CorpusProblem> problems, int severity) {
        MultiStatus status = new MultiStatus(PLUGIN_ID, 0, message);
        for (CorpusProblem problem : problems) {
            status.add(new Status(severity, PLUGIN_ID, problem.toString()));
        }
        return status;
    }
}
