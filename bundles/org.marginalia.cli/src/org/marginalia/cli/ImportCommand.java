package org.marginalia.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusIds;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.formats.brat.BratImport;

/**
 * {@code import --from DIR --corpus DIR [--format text|brat] [--name NAME] [--analyst ID] [--schema FILE]}: a
 * folder of UTF-8 texts, a brat collection, or a corpus folder with its annotations (such as {@code seeds/})
 * becomes a new corpus folder.
 */
final class ImportCommand implements Commands.Command {

    @Override
    public String summary() {
        return "make a new corpus from texts and web pages or a brat collection, or copy a corpus folder";
    }

    @Override
    public String usage() {
        return """
                usage: marginalia import --from DIR --corpus DIR [--format text|brat] [--name NAME] [--analyst ID] [--schema FILE]
                  --from DIR     folder of UTF-8 .txt files and web pages (.html, .htm: the article's text, title,
                                 outlet and date), one document each; a brat collection (annotation.conf,
                                 <doc>.txt and <doc>.ann, or one subfolder per annotator); or a corpus folder
                                 (with corpus.marginalia), copied with its annotations
                  --format F     text (texts and web pages) or brat (detected when not given: a folder with
                                 annotation.conf is brat)
                  --analyst ID   whose annotations a brat folder of .ann files holds (default: the folder's name);
                                 with one subfolder per annotator, the subfolders name the analysts
                  --corpus DIR   new corpus folder (must not exist or be empty); or an existing corpus, to which texts and
                                 web pages are added (a document already there with the same text is skipped, with
                                 another text refused: nothing is ever overwritten)
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
        String format = options.optional("format", null);
        String analyst = options.optional("analyst", null);
        options.rejectUnknown();
        if (format != null && !format.equals("text") && !format.equals("brat")) {
            throw new UsageException("unknown format '" + format + "': use text or brat");
        }
        LoadedCorpus loaded;
        if ("brat".equals(format) || format == null && !CorpusImporter.isCorpus(from) && BratImport.isBrat(from)) {
            if (schema != null) {
                throw new UsageException("--schema does not apply to brat: its annotation.conf becomes the corpus's schema");
            }
            String corpusName = name != null ? name : corpus.toAbsolutePath().getFileName().toString();
            String folderName = from.toAbsolutePath().normalize().getFileName().toString();
            BratImport.Report report = BratImport.importCorpus(from, corpus, corpusName,
                    analyst != null ? analyst : CorpusIds.isValid(folderName) ? folderName : "brat");
            report.notImported().forEach(line -> out.println("not imported (Marginalia does not keep these): " + line));
            out.println("imported " + report.corpus().corpus().getDocuments().size() + " documents into " + corpus + " with the schema of annotation.conf");
            if (!report.problems().isEmpty()) {
                throw new CorpusException(report.problems()); // the rest is imported; these files are named with their lines
            }
            return;
        }
        if (analyst != null) {
            throw new UsageException("--analyst applies to brat annotations; texts and corpora bring none or their own");
        }
        if (CorpusImporter.isCorpus(corpus) && !CorpusImporter.isCorpus(from)) {
            if (name != null || schema != null) {
                throw new UsageException("--name and --schema make a new corpus; " + corpus + " has its own");
            }
            CorpusImporter.Added added = CorpusImporter.addTexts(from, corpus);
            out.println("added " + added.added().size() + " documents to " + corpus + (added.alreadyThere().isEmpty() ? ""
                    : "; " + added.alreadyThere().size() + " were there already with the same text: " + String.join(", ", added.alreadyThere())));
            return;
        }
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
