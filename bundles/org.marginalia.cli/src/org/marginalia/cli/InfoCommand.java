package org.marginalia.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Document;

/** {@code info --corpus DIR}: the documents of a corpus and any problem found while loading it. */
final class InfoCommand implements Commands.Command {

    @Override
    public String summary() {
        return "list a corpus's documents and report problems in its files";
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
        out.println(loaded.corpus().getName() + ": " + loaded.corpus().getDocuments().size() + " documents");
        for (Document document : loaded.corpus().getDocuments()) {
            int length = document.getText() == null ? 0 : document.getText().length();
            out.printf("  %-24s %7d chars  %s%n", document.getId(), length, document.getTitle());
        }
        for (CorpusProblem problem : loaded.problems()) {
            out.println("problem: " + problem);
        }
    }
}
