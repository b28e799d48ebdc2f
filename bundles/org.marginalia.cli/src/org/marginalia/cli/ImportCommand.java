package org.marginalia.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.LoadedCorpus;

/** {@code import --from DIR --corpus DIR [--name NAME]}: a folder of UTF-8 texts becomes a new corpus. */
final class ImportCommand implements Commands.Command {

    @Override
    public String summary() {
        return "make a new corpus from a folder of UTF-8 .txt files";
    }

    @Override
    public String usage() {
        return """
                usage: marginalia import --from DIR --corpus DIR [--name NAME]
                  --from DIR     folder of UTF-8 .txt files, one document each
                  --corpus DIR   new corpus folder (must not exist or be empty; never overwritten)
                  --name NAME    corpus name (default: the corpus folder's name)""";
    }

    @Override
    public void run(Options options, PrintStream out) throws CorpusException, UsageException {
        Path from = options.requiredPath("from");
        Path corpus = options.requiredPath("corpus");
        String name = options.optional("name", corpus.toAbsolutePath().getFileName().toString());
        options.rejectUnknown();
        LoadedCorpus loaded = CorpusImporter.importTexts(from, corpus, name);
        out.println("imported " + loaded.corpus().getDocuments().size() + " documents into " + corpus);
    }
}
