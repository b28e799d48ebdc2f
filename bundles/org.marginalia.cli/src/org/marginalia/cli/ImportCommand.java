package org.marginalia.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.marginalia.core.corpus.AnnotatedAddition;
import org.marginalia.core.corpus.AnnotatorFolders;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.ImportReport;
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
                  --corpus DIR   new corpus folder (must not exist or be empty); or an existing corpus, to which texts,
                                 web pages, brat or UIMA material are added (a document already there with the same
                                 text is skipped, with another text refused; an analyst's set it has already is
                                 refused: nothing is ever overwritten; brat's and UIMA's kinds join the corpus's
                                 schema, and a kind or attribute they define otherwise stops the import)
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
        String annotated = annotatedFormat(format, from);
        if (annotated != null) {
            importAnnotated(annotated, from, corpus, name, schema, analyst, out);
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

    /** "brat" or "uima" when the material brings annotations (given, or detected in a folder that is no corpus), else null. */
    private static String annotatedFormat(String format, Path from) {
        if (format != null) {
            return format.equals("brat") || format.equals("uima") ? format : null;
        }
        if (CorpusImporter.isCorpus(from)) {
            return null;
        }
        return BratImport.isBrat(from) ? "brat" : UimaImport.isUima(from) ? "uima" : null;
    }

    /** A brat collection or UIMA CAS XMI as a new corpus, or added to the corpus {@code corpus} is already, its schema joining the corpus's. */
    private static void importAnnotated(String format, Path from, Path corpus, String name, String schema, String analyst, PrintStream out)
            throws CorpusException, UsageException {
        boolean brat = format.equals("brat");
        String schemaSource = brat ? BratImport.CONFIGURATION : UimaImport.TYPE_SYSTEM;
        if (schema != null) {
            throw new UsageException("--schema does not apply to " + format + ": its " + schemaSource + " becomes the corpus's schema");
        }
        String analystId = analyst != null ? analyst : AnnotatorFolders.analystOf(from, format);
        List<CorpusProblem> problems;
        List<String> notImported;
        if (CorpusImporter.isCorpus(corpus)) {
            if (name != null) {
                throw new UsageException("--name makes a new corpus; " + corpus + " has its own");
            }
            AnnotatedAddition.Added added = brat ? BratImport.addTo(from, corpus, analystId) : UimaImport.addTo(from, corpus, analystId);
            problems = added.problems();
            notImported = added.notImported();
            out.println("added " + added.documents().size() + " documents and " + added.sets().size() + " annotation sets to " + corpus
                    + (added.schemaChanged() ? "; its schema gained what " + schemaSource + " has and it had not" : ""));
        } else {
            String corpusName = name != null ? name : corpus.toAbsolutePath().getFileName().toString();
            ImportReport report = brat ? BratImport.importCorpus(from, corpus, corpusName, analystId) : UimaImport.importCorpus(from, corpus, corpusName, analystId);
            problems = report.problems();
            notImported = report.notImported();
            out.println("imported " + report.corpus().corpus().getDocuments().size() + " documents into " + corpus + " with the schema of " + schemaSource);
        }
        notImported.forEach(line -> out.println("not imported (Marginalia does not keep these): " + line));
        if (!problems.isEmpty()) {
            throw new CorpusException(problems); // the rest is imported; these files are named with their lines
        }
    }
}
