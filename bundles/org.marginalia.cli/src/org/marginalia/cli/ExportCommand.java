package org.marginalia.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.export.ExportFormat;
import org.marginalia.core.export.Exports;
import org.marginalia.core.export.SetSelection;

/** {@code export --corpus DIR --format emf|uima|brat|conll [--kind KIND [--label ATTRIBUTE]] --set all|curated|analyst:ID --out PATH [--force]}. */
final class ExportCommand implements Commands.Command {

    @Override
    public String summary() {
        return "export a corpus as EMF XMI, UIMA CAS XMI, brat standoff or CoNLL columns";
    }

    @Override
    public String usage() {
        return """
                usage: marginalia export --corpus DIR --format emf|uima|brat|conll --set all|curated|analyst:ID --out PATH [--force]
                                         [--kind KIND [--label ATTRIBUTE]]
                  --format emf    one self-contained .xmi file (texts, entities, sets) and marginalia.ecore beside it
                  --format uima   a folder with one CAS .xmi per document and TypeSystem.xml
                  --format brat   a folder with annotation.conf and, per analyst (and curated), each document's .txt and .ann
                  --format conll  a folder with one <analyst>.conll per analyst (and curated.conll): token and BIO tag
                                  columns for the span kind --kind, tagged with the value of --label (default: the
                                  entity's class PER/ORG/LOC/MISC for entity mentions, else the kind's name)
                  --set           all sets, the curated sets, or one analyst's sets
                  --out PATH      the .xmi file (emf) or the folder (uima, brat, conll)
                  --force         overwrite existing output (never done otherwise)""";
    }

    @Override
    public void run(Options options, PrintStream out) throws CorpusException, UsageException {
        Path corpus = options.requiredPath("corpus");
        String formatName = options.required("format");
        String setName = options.required("set");
        Path target = options.requiredPath("out");
        boolean force = options.flag("force");
        ExportFormat.Options formatOptions = new ExportFormat.Options(options.optional("kind", null), options.optional("label", null));
        options.rejectUnknown();
        ExportFormat format;
        SetSelection selection;
        try {
            format = ExportFormat.parse(formatName);
            selection = SetSelection.parse(setName);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (format != ExportFormat.CONLL && (formatOptions.kind() != null || formatOptions.labelAttribute() != null)) {
            throw new UsageException("--kind and --label choose the span kind of CoNLL columns; --format " + formatName + " writes every kind");
        }
        if (format == ExportFormat.CONLL && formatOptions.kind() == null) {
            throw new UsageException("--format conll writes one span kind: name it with --kind");
        }
        Exports.Result result = Exports.run(CorpusStore.load(corpus), format, formatOptions, selection, target, force, new ProgressLine(System.err));
        out.printf("exported %d annotations of %d sets over %d documents to %s%n", result.annotations(), result.sets(), result.documents(), target);
        if (!result.notRepresented().isEmpty()) {
            out.println(format.name().toLowerCase(Locale.ROOT) + " could not represent:");
            result.notRepresented().forEach(what -> out.println("  " + what));
        }
    }
}
