package org.marginalia.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.BasicMonitor;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.export.ExportFormat;
import org.marginalia.core.export.Exports;
import org.marginalia.core.export.SetSelection;

/** Runs an export in the background with progress; its result says what was written or why not. */
public final class ExportJob extends Job {

    /** The family of export jobs, for whoever needs to wait for them. */
    public static final Object FAMILY = ExportJob.class;

    private static final String PLUGIN_ID = "org.marginalia.ui";

    private final LoadedCorpus corpus;
    private final ExportFormat format;
    private final ExportFormat.Options options;
    private final SetSelection selection;
    private final Path out;
    private final boolean overwrite;

    public ExportJob(LoadedCorpus corpus, ExportFormat format, ExportFormat.Options options, SetSelection selection, Path out, boolean overwrite) {
        super("Exporting " + corpus.corpus().getName() + " as " + format.name().toLowerCase(Locale.ROOT));
        this.corpus = corpus;
        this.format = format;
        this.options = options;
        this.selection = selection;
        this.out = out;
        this.overwrite = overwrite;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            Exports.Result result = Exports.run(corpus, format, options, selection, out, overwrite, BasicMonitor.toMonitor(monitor));
            String done = String.format("Exported %d annotations of %d sets over %d documents to %s", result.annotations(), result.sets(),
                    result.documents(), out);
            if (result.notRepresented().isEmpty()) {
                return Status.info(done);
            }
            MultiStatus status = new MultiStatus(PLUGIN_ID, 0, done + "; " + format.name().toLowerCase(Locale.ROOT) + " could not represent some of it");
            result.notRepresented().forEach(what -> status.add(Status.warning(what)));
            return status;
        } catch (CancellationException e) {
            return Status.CANCEL_STATUS;
        } catch (CorpusException e) {
            MultiStatus status = new MultiStatus(PLUGIN_ID, 0, "The export to " + out + " failed");
            for (CorpusProblem problem : e.problems()) {
                status.add(Status.error(problem.toString()));
            }
            return status;
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
