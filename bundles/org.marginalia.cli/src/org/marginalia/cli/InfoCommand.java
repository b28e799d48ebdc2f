package org.marginalia.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Document;

/** {@code info --corpus DIR}: the documents of a corpus and any problem found while loading it. */
final class InfoCommand implements Commands.Command {

    @Override
    public String summary() {
        return "list a corpus's documents and sets; report problems in its files (exit 1 if any)";
    }

    @Override
    public String usage() {
        return "usage: marginalia info --corpus DIR";
    }

    @Override
    public void run(Options options, PrintStream out) throws CorpusException, UsageException {
        Path folder = options.requiredPath("corpus");
        options.rejectUnknown();
        LoadedCorpus loaded = CorpusStore.load(folder);
        LoadedAnnotations annotations = AnnotationStore.loadAll(loaded);
        out.println(loaded.corpus().getName() + ": " + loaded.corpus().getDocuments().size() + " documents, "
                + annotations.sets().size() + " annotation sets by " + annotations.analystIds().size() + " analysts");
        for (Document document : loaded.corpus().getDocuments()) {
            int length = document.getText() == null ? 0 : document.getText().length();
            out.printf("  %-24s %7d chars  %s%n", document.getId(), length, document.getTitle());
        }
        List<CorpusProblem> problems = new ArrayList<>(loaded.problems());
        problems.addAll(annotations.problems());
        if (!problems.isEmpty()) {
            throw new CorpusException(problems);
        }
    }
}
