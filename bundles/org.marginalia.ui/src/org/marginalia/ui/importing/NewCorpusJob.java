package org.marginalia.ui.importing;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;
import org.marginalia.core.corpus.AnnotatorFolders;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.ui.corpus.AfterJob;
import org.marginalia.core.formats.brat.BratImport;
import org.marginalia.core.formats.uima.UimaImport;

/**
 * Makes a new, empty corpus with its schema and, if a folder of texts is given, adds them; a brat collection or a
 * UIMA CAS XMI folder makes the corpus with its own schema and annotators instead. Then it opens the corpus. A
 * corpus that could not be made leaves nothing behind; texts that could not be added leave the empty corpus, and
 * the analyst is told which files and why.
 */
public final class NewCorpusJob extends Job {

    public static final Object FAMILY = NewCorpusJob.class;

    private final String name;
    private final Path folder;
    private final Path schema;
    private final Path texts;
    private volatile List<CorpusProblem> problems = List.of();
    private volatile String failed;

    public NewCorpusJob(String name, Path folder, Path schema, Path texts) {
        super(String.format(ImportTexts.newJob, name));
        this.name = name;
        this.folder = folder;
        this.schema = schema;
        this.texts = texts;
        setUser(true);
        setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
        addJobChangeListener(new AfterJob(() -> AfterJob.reopen(folder, problems, failed, ImportTexts.newFailedTitle)));
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        if (texts != null && (BratImport.isBrat(texts) || UimaImport.isUima(texts))) {
            return annotated(monitor);
        }
        monitor.beginTask(getName(), texts == null ? 1 : 2);
        try {
            CorpusImporter.createEmpty(folder, name, schema);
            monitor.worked(1);
        } catch (CorpusException e) {
            failed = String.format(ImportTexts.newFailed, folder);
            problems = e.problems();
            return Status.error(failed + " " + e.getMessage());
        }
        if (texts != null) {
            try {
                CorpusImporter.addTexts(texts, folder);
            } catch (CorpusException e) {
                failed = String.format(ImportTexts.newMadeWithoutTexts, folder);
                problems = e.problems();
                return Status.warning(failed + " " + e.getMessage());
            } finally {
                monitor.done();
            }
        }
        return Status.OK_STATUS;
    }

    /**
     * A brat collection or UIMA CAS XMI folder makes the corpus with its own schema and its annotators as
     * analysts (as {@code import} does); files that could not be read are named, the rest is imported.
     */
    private IStatus annotated(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        String analyst = AnnotatorFolders.analystOf(texts, AnnotatedFolders.ANNOTATOR);
        try {
            List<CorpusProblem> skipped = BratImport.isBrat(texts) ? BratImport.importCorpus(texts, folder, name, analyst).problems()
                    : UimaImport.importCorpus(texts, folder, name, analyst).problems();
            if (!skipped.isEmpty()) {
                failed = String.format(ImportTexts.newMadeWithoutSome, folder);
                problems = skipped;
                return Status.warning(failed);
            }
            return Status.OK_STATUS;
        } catch (CorpusException e) {
            failed = String.format(ImportTexts.newFailed, folder);
            problems = e.problems();
            return Status.error(failed + " " + e.getMessage());
        } finally {
            monitor.done();
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
