package org.marginalia.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusIds;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.TextAddition;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.formats.brat.BratImport;
import org.marginalia.core.formats.uima.UimaImport;

/**
 * {@code import --from DIR --corpus DIR [--format text|html|brat|uima] [--name NAME] [--analyst ID] [--schema FILE]}: a
 * folder of UTF-8 texts, a brat collection, UIMA CAS XMI, or a corpus folder with its annotations (such as
 * {@code seeds/}) becomes a new corpus folder.
 */
final class ImportCommand implements Commands.Command {

    @Override
    public String summary() {
        return "make a new corpus from texts and web pages, a brat collection or UIMA CAS XMI, or copy a corpus folder";
    }

    @Override
    public String usage() {
        return """
                usage: marginalia import --from DIR --corpus DIR [--format text|html|brat|uima] [--name NAME] [--analyst ID] [--schema FILE]
                  --from DIR     folder of UTF-8 .txt files and web pages (.html, .htm: the article's text, title,
                                 outlet and date), one document each; a brat collection (annotation.conf,
                                 <doc>.txt and <doc>.ann, or one subfolder per annotator); UIMA CAS XMI as
                                 INCEpTION and DKPro Core write it (TypeSystem.xml and <doc>.xmi, or one
                                 subfolder per annotator); or a corpus folder (with corpus.marginalia), copied
                                 with its annotations
                  --format F     text or html (both take a folder's texts and web pages), brat or uima (detected
                                 when not given: a folder with annotation.conf is brat, one with TypeSystem.xml or
                                 .xmi files uima)
                  --analyst ID   whose annotations a brat or UIMA folder holds (default: the folder's name);
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
        if (format != null && !List.of("text", "html", "brat", "uima").contains(format)) {
            throw new UsageException("unknown format '" + format + "': use text, html, brat or uima");
        }
        LoadedCorpus loaded;
        if ("brat".equals(format) || format == null && !CorpusImporter.isCorpus(from) && BratImport.isBrat(from)) {
            if (schema != null) {
                throw new UsageException("--schema does not apply to brat: its annotation.conf becomes the corpus's schema");
            }
            String corpusName = name != null ? name : corpus.toAbsolutePath().getFileName().toString();
            BratImport.Report report = BratImport.importCorpus(from, corpus, corpusName, analyst != null ? analyst : folderAnalyst(from, "brat"));
            report.notImported().forEach(line -> out.println("not imported (Marginalia does not keep these): " + line));
            out.println("imported " + report.corpus().corpus().getDocuments().size() + " documents into " + corpus + " with the schema of annotation.conf");
            if (!report.problems().isEmpty()) {
                throw new CorpusException(report.problems()); // the rest is imported; these files are named with their lines
            }
            return;
        }
        if ("uima".equals(format) || format == null && !CorpusImporter.isCorpus(from) && UimaImport.isUima(from)) {
            if (schema != null) {
                throw new UsageException("--schema does not apply to UIMA CAS XMI: its TypeSystem.xml becomes the corpus's schema");
            }
            String corpusName = name != null ? name : corpus.toAbsolutePath().getFileName().toString();
            UimaImport.Report report = UimaImport.importCorpus(from, corpus, corpusName, analyst != null ? analyst : folderAnalyst(from, "uima"));
            report.notImported().forEach(line -> out.println("not imported (Marginalia does not keep these): " + line));
            out.println("imported " + report.corpus().corpus().getDocuments().size() + " documents into " + corpus + " with the schema of TypeSystem.xml");
            if (!report.problems().isEmpty()) {
                throw new CorpusException(report.problems()); // the rest is imported; these files are named with their lines
            }
            return;
        }
        if (analyst != null) {
            throw new UsageException("--analyst applies to brat and UIMA annotations; texts and corpora bring none or their own");
        }
        if (CorpusImporter.isCorpus(corpus) && !CorpusImporter.isCorpus(from)) {
            if (name != null || schema != null) {
                throw new UsageException("--name and --schema make a new corpus; " + corpus + " has its own");
            }
            TextAddition.Added added = CorpusImporter.addTexts(from, corpus);
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

    /** The analyst a folder of one annotator's files stands for: its name when that is a valid id, else {@code fallback}. */
    private static String folderAnalyst(Path from, String fallback) {
        String folderName = from.toAbsolutePath().normalize().getFileName().toString();
        return CorpusIds.isValid(folderName) ? folderName : fallback;
    }
}
