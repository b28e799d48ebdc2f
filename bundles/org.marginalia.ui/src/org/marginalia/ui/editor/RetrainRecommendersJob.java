package org.marginalia.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.marginalia.core.assist.LearnedSuggester;
import org.marginalia.core.assist.SpanModels;
import org.marginalia.model.AnnotationSet;

/**
 * Trains the learning recommender of a corpus on the team's annotations in the background, so that suggesting
 * never waits for it. It works on copies taken when it is made (on the UI thread), as the editor goes on changing
 * the sets meanwhile. Trainings run one at a time, so the models of the newest save are kept last; a newer save
 * cancels an older training that is still waiting.
 */
public final class RetrainRecommendersJob extends Job {

    public static final Object FAMILY = RetrainRecommendersJob.class;
    /** One training at a time: an older one finishing after a newer one would put back older models. */
    private static final ISchedulingRule ONE_AT_A_TIME = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    private final List<AnnotationSet> copies;
    private volatile SpanModels trained;

    public RetrainRecommendersJob(String corpusName, List<AnnotationSet> teamSets) {
        super("Training the recommenders of " + corpusName);
        this.copies = new ArrayList<>(EcoreUtil.copyAll(teamSets));
        setPriority(DECORATE); // after everything the analyst is waiting for
        setRule(ONE_AT_A_TIME);
    }

    /** Schedules a training on the sets, in place of one that is still waiting or running. */
    public static void schedule(String corpusName, List<AnnotationSet> teamSets) {
        Job.getJobManager().cancel(FAMILY);
        new RetrainRecommendersJob(corpusName, teamSets).schedule();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            trained = LearnedSuggester.retrain(copies);
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }

    /** The models this job trained, once it has run. */
    public SpanModels trained() {
        return trained;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
