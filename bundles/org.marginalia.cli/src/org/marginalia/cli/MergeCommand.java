package org.marginalia.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.marginalia.core.review.RelationMerge;
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
        Path folder = options.requiredPath("corpus");
        MergeStrategy strategy;
        int tolerance;
        try {
            strategy = MergeStrategy.parse(options.required("strategy"));
            tolerance = Integer.parseInt(options.optional("tolerance", "0"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (tolerance < 0) {
            throw new UsageException("--tolerance must be 0 or more characters, not " + tolerance);
        }
        options.rejectUnknown();
        LoadedCorpus corpus = CorpusStore.load(folder);
        LoadedAnnotations annotations = AnnotationStore.loadAllOrFail(corpus);
        List<Merge> merges = plan(corpus, annotations, strategy, tolerance);
        List<RelationMerge.Outcome> relations = mergeRelations(corpus, annotations, merges, strategy, tolerance);
        try {
            AnnotationStore.saveAll(corpus, merges.stream().map(Merge::curated).toList());
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(corpus.layout().curated(), "cannot be written: " + e.getMessage()
                    + "; no curated file was written"), e);
        }
        for (int i = 0; i < merges.size(); i++) {
            report(out, merges.get(i), relations.get(i));
        }
        int taken = merges.stream().mapToInt(m -> m.plan().taken().size()).sum();
        int left = merges.stream().mapToInt(m -> m.plan().left().size()).sum();
        out.printf("%s: merged %d positions into curated/, left %d for review%n", strategy.name(), taken, left);
        int relationsTaken = relations.stream().mapToInt(r -> r.merged().size()).sum();
        int relationsLeft = relations.stream().mapToInt(r -> r.left().size()).sum();
        if (relationsTaken + relationsLeft > 0) {
            out.printf("%s: merged %d relations, left %d for review%n", strategy.name(), relationsTaken, relationsLeft);
        }
    }

    /** One document's merge, applied in memory: every document is planned before any file is written. */
    private record Merge(Document document, MergePlan plan, AnnotationSet curated) {
    }

    private static List<Merge> plan(LoadedCorpus corpus, LoadedAnnotations annotations, MergeStrategy strategy, int tolerance) {
        List<Merge> merges = new ArrayList<>();
        for (Document document : corpus.corpus().getDocuments()) {
            List<AnnotationSet> sets = annotations.sets().stream().filter(s -> s.getDocument() == document && !s.isCurated()).toList();
            if (sets.isEmpty()) {
                continue;
            }
            MergePlan plan = MergePlan.of(DocumentDiff.of(sets, tolerance), strategy);
            AnnotationSet curated = annotations.curatedSet(document.getId()).orElseGet(() -> AnnotationStore.createCurated(corpus, document));
            EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack());
            domain.getCommandStack().execute(Curation.apply(domain, plan, curated));
            merges.add(new Merge(document, plan, curated));
        }
        return merges;
    }

    /**
     * The relations of each merged document, once every document's annotations are merged, so that a relation's
     * dependent in another document can be found curated; the commands are executed here, before anything is saved.
     */
    private static List<RelationMerge.Outcome> mergeRelations(LoadedCorpus corpus, LoadedAnnotations annotations, List<Merge> merges,
            MergeStrategy strategy, int tolerance) {
        Map<String, AnnotationSet> curatedByDocument = new HashMap<>();
        annotations.sets().stream().filter(AnnotationSet::isCurated).forEach(set -> curatedByDocument.put(set.getDocument().getId(), set));
        merges.forEach(merge -> curatedByDocument.put(merge.document().getId(), merge.curated()));
        List<RelationMerge.Outcome> outcomes = new ArrayList<>();
        for (Merge merge : merges) {
            List<AnnotationSet> sets = annotations.sets().stream().filter(s -> s.getDocument() == merge.document() && !s.isCurated()).toList();
            EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack());
            RelationMerge.Outcome outcome = RelationMerge.apply(domain, sets, strategy, tolerance, merge.curated(), curatedByDocument);
            outcome.command().ifPresent(domain.getCommandStack()::execute);
            outcomes.add(outcome);
        }
        return outcomes;
    }

    private static void report(PrintStream out, Merge merge, RelationMerge.Outcome relations) {
        String text = merge.document().getText();
        out.printf("%s: merged %d positions, left %d for review%n", merge.document().getId(), merge.plan().taken().size(), merge.plan().left().size());
        if (!relations.merged().isEmpty() || !relations.left().isEmpty()) {
            out.printf("%s: merged %d relations, left %d for review%n", merge.document().getId(), relations.merged().size(), relations.left().size());
            relations.left().forEach(line -> out.println("   left  relation " + line));
        }
        for (PositionDiff position : merge.plan().left()) {
            String span = text.substring(position.begin(), position.end()).replace('\n', ' ');
            out.printf("   left  %-13s \u201c%s\u201d  %s%n", position.kind(), span.length() > 60 ? span.substring(0, 59) + "\u2026" : span, describe(position));
        }
    }

    private static String describe(PositionDiff position) {
        if (!position.isAgreed()) {
            return position.configurations().size() + " versions by " + position.analysts() + (position.isStacked() ? ", stacked" : "");
        }
        return "only " + position.analysts();
    }
}
