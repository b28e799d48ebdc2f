package org.marginalia.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.review.Curation;
import org.marginalia.core.review.DocumentDiff;
import org.marginalia.core.review.MergePlan;
import org.marginalia.core.review.MergeStrategy;
import org.marginalia.core.review.PositionDiff;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;

/** {@code merge --corpus DIR --strategy S [--tolerance N]}: writes the curated sets and reports what it left. */
final class MergeCommand implements Commands.Command {

    @Override
    public String summary() {
        return "merge the analysts' annotations into the curated sets";
    }

    @Override
    public String usage() {
        return """
                usage: marginalia merge --corpus DIR --strategy all-agree|present-agree|majority[:T] [--tolerance N]
                  all-agree      take positions every analyst annotated the same way
                  present-agree  take positions all who annotated them annotated the same way
                  majority[:T]   take the configuration of at least T of the analysts (default 0.5)
                  --tolerance N  spans whose boundaries differ by at most N characters are one position
                Writes curated/<document>.xmi (adding to what is curated already); the rest is left for review.""";
    }

    @Override
    public void run(Options options, PrintStream out) throws CorpusException, UsageException {
        LoadedCorpus corpus = CorpusStore.load(options.requiredPath("corpus"));
        MergeStrategy strategy;
        int tolerance;
        try {
            strategy = MergeStrategy.parse(options.required("strategy"));
            tolerance = Integer.parseInt(options.optional("tolerance", "0"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        options.rejectUnknown();
        LoadedAnnotations annotations = AnnotationStore.loadAll(corpus);
        if (!annotations.problems().isEmpty()) {
            throw new CorpusException(annotations.problems());
        }
        int taken = 0;
        int left = 0;
        for (Document document : corpus.corpus().getDocuments()) {
            List<AnnotationSet> sets = annotations.sets().stream().filter(s -> s.getDocument() == document && !s.isCurated()).toList();
            if (sets.isEmpty()) {
                continue;
            }
            MergePlan plan = MergePlan.of(DocumentDiff.of(sets, tolerance), strategy);
            AnnotationSet curated = annotations.curatedSet(document.getId()).orElseGet(() -> AnnotationStore.createCurated(corpus, document));
            EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack());
            domain.getCommandStack().execute(Curation.apply(domain, plan, curated));
            try {
                AnnotationStore.save(corpus, curated);
            } catch (IOException e) {
                throw new CorpusException(new CorpusProblem(AnnotationStore.curatedFile(corpus.layout(), document.getId()), "cannot be written: " + e.getMessage()), e);
            }
            out.printf("%s: merged %d positions, left %d for review%n", document.getId(), plan.taken().size(), plan.left().size());
            for (PositionDiff position : plan.left()) {
                String text = document.getText().substring(position.begin(), position.end()).replace('\n', ' ');
                out.printf("   left  %-13s \u201c%s\u201d  %s%n", position.kind(), text.length() > 60 ? text.substring(0, 59) + "\u2026" : text, describe(position));
            }
            taken += plan.taken().size();
            left += plan.left().size();
        }
        out.printf("%s: merged %d positions into curated/, left %d for review%n", strategy.name(), taken, left);
    }

    private static String describe(PositionDiff position) {
        if (!position.isAgreed()) {
            return position.configurations().size() + " versions by " + position.analysts() + (position.isStacked() ? ", stacked" : "");
        }
        return "only " + position.analysts();
    }
}
