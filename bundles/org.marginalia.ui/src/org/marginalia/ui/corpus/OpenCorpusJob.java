package org.marginalia.ui.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.LoadedCorpus;

/**
 * Opens a corpus folder in the background; what is wrong with it is reported, not hidden. Once the job is
 * done, {@link #problems()} says what was found, so that {@link OpenCorpusReport} can tell the analyst.
 */
public final class OpenCorpusJob extends Job {

    private static final String PLUGIN_ID = "org.marginalia.ui";

    private final Path folder;
    private volatile List<CorpusProblem> problems = List.of();
    private volatile LoadedCorpus opened;
    private volatile CorpusOwner owner;

    public OpenCorpusJob(Path folder) {
        super("Opening corpus " + folder.getFileName());
        this.folder = folder;
        setUser(true);
    }

    public Path folder() {
        return folder;
    }

    /** The corpus once it is open, with or without problems; null if it could not be opened. */
    public LoadedCorpus opened() {
        return opened;
    }

    /** The analyst the opened folder records as its own (a team clone's), or null. */
    public CorpusOwner owner() {
        return owner;
    }

    /** What was wrong: the problems it opened with, or why it could not be opened. */
    public List<CorpusProblem> problems() {
        return problems;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            CorpusSession session = CorpusSession.getDefault();
            LoadedCorpus loaded = session.open(folder);
            List<CorpusProblem> found = new ArrayList<>(loaded.problems());
            found.addAll(session.annotations(loaded).problems());
            problems = List.copyOf(found);
            opened = loaded;
            owner = Adapters.adapt(loaded, CorpusOwner.class);
            RecentCorpora.remember(folder);
            try {
                ProblemMarkers.publish(loaded, found);
            } catch (CoreException e) {
                return Status.error("Could not list the problems of " + folder + " in the Problems view", e);
            }
            return found.isEmpty() ? Status.OK_STATUS
                    : toStatus("The corpus " + folder + " opened with problems; they are shown in its editors and left as they are", found, IStatus.WARNING);
        } catch (CorpusException e) {
            problems = e.problems();
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
