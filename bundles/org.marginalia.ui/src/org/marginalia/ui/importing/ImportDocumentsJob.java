package org.marginalia.ui.importing;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;
import org.marginalia.core.corpus.AnnotatedAddition;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.ui.corpus.AfterJob;
import org.marginalia.core.corpus.TextAddition;

/**
 * Adds a folder's texts, or its brat or UIMA documents and annotations, to a corpus (planned again, in case the
 * folder changed since the preview), then opens the corpus again, with its new documents or, if nothing could be
 * added, as it was.
 */
public final class ImportDocumentsJob extends Job {

    public static final Object FAMILY = ImportDocumentsJob.class;

    private final Path folder;
    private final Path corpusFolder;
    private volatile List<CorpusProblem> problems = List.of();
    private volatile boolean addedSome;

    public ImportDocumentsJob(Path folder, Path corpusFolder) {
        super(String.format(ImportTexts.importJob, corpusFolder.getFileName()));
        this.folder = folder;
        this.corpusFolder = corpusFolder;
        setUser(true);
        setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
        addJobChangeListener(new AfterJob(() -> AfterJob.reopen(corpusFolder, problems, String.format(addedSome ? ImportTexts.importPartly : ImportTexts.importFailed,
                corpusFolder), addedSome ? ImportTexts.importPartlyTitle : ImportTexts.importFailedTitle)));
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), 2);
        try {
            if (AnnotatedFolders.isAnnotated(folder)) {
                AnnotatedAddition plan = AnnotatedAddition.plan(corpusFolder, AnnotatedFolders.read(folder));
                monitor.worked(1);
                AnnotatedAddition.Added added = plan.apply();
                monitor.worked(1);
                addedSome = true;
                problems = added.problems(); // refused documents and unreadable files; the rest was added
                return Status.info("Added " + added.documents().size() + " documents and " + added.sets().size() + " annotation sets to " + corpusFolder);
            }
            TextAddition plan = TextAddition.plan(folder, corpusFolder);
            monitor.worked(1);
            TextAddition.Added added = plan.apply();
            monitor.worked(1);
            return Status.info("Added " + added.added().size() + " documents to " + corpusFolder);
        } catch (CorpusException e) {
            problems = e.problems();
            return Status.error(String.format(ImportTexts.importFailed, corpusFolder) + " " + e.getMessage());
        } finally {
            monitor.done();
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
