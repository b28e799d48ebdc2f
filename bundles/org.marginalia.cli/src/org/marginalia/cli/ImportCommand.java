package org.marginalia.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.LoadedCorpus;

/**
 * {@code import --from DIR --corpus DIR [--name NAME]}: a folder of UTF-8 texts, or a corpus folder with its
 * annotations (such as {@code seeds/}), becomes a new corpus folder.
 */
final class ImportCommand implements Commands.Command {

    @Override
    public String summary() {
        return "make a new corpus from a folder of UTF-8 .txt files, or copy a corpus folder";
    }

    @Override
    public String usage() {
        return """
                usage: marginalia import --from DIR --corpus DIR [--name NAME]
                  --from DIR     folder of UTF-8 .txt files, one document each; or a corpus folder
                                 (with corpus.marginalia), copied with its annotations
                  --corpus DIR   new corpus folder (must not exist or be empty; never overwritten)
                  --name NAME    corpus name for imported texts (default: the corpus folder's name)""";
    }

    @Override
    public void run(Options options, PrintStream out) throws CorpusException, UsageException {
        Path from = options.requiredPath("from");
        Path corpus = options.requiredPath("corpus");
        String name = options.optional("name", null);
        options.rejectUnknown();
        LoadedCorpus loaded;
        if (CorpusImporter.isCorpus(from)) {
            if (name != null) {
                throw new UsageException("--name applies to imported texts; " + from + " is a corpus with a name of its own");
            }
            loaded = CorpusImporter.importCorpus(from, corpus);
        } else {
            loaded = CorpusImporter.importTexts(from, corpus, name != null ? name : corpus.toAbsolutePath().getFileName().toString());
        }
        out.println("imported " + loaded.corpus().getDocuments().size() + " documents into " + corpus);
    }
}
