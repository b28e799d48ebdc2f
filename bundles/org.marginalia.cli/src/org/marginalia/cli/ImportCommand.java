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
                usage: marginalia import --from DIR --corpus DIR [--name NAME] [--schema FILE]
                  --from DIR     folder of UTF-8 .txt files, one document each; or a corpus folder
                                 (with corpus.marginalia), copied with its annotations
                  --corpus DIR   new corpus folder (must not exist or be empty; never overwritten)
                  --name NAME    corpus name for imported texts (default: the corpus folder's name)
                  --schema FILE  the team's schema (an Ecore file, see the README) for imported texts;
                                 checked before anything is written, kept in the corpus as schema.ecore""";
    }

    @Override
    public void run(Options options, PrintStream out) throws CorpusException, UsageException {
        Path from = options.requiredPath("from");
        Path corpus = options.requiredPath("corpus");
        String name = options.optional("name", null);
        String schema = options.optional("schema", null);
        options.rejectUnknown();
        LoadedCorpus loaded;
        if (CorpusImporter.isCorpus(from)) {
            if (name != null || schema != null) {
                throw new UsageException("--name and --schema apply to imported texts; " + from + " is a corpus with a name and schema of its own");
            }
            loaded = CorpusImporter.importCorpus(from, corpus);
        } else {
            loaded = CorpusImporter.importTexts(from, corpus, name != null ? name : corpus.toAbsolutePath().getFileName().toString(),
                    schema == null ? null : Path.of(schema));
        }
        out.println("imported " + loaded.corpus().getDocuments().size() + " documents into " + corpus);
    }
}
