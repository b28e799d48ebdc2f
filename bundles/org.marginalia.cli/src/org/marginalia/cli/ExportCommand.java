package org.marginalia.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.export.ExportFormat;
import org.marginalia.core.export.Exports;
import org.marginalia.core.export.SetSelection;

/** {@code export --corpus DIR --format emf|uima --set all|curated|analyst:ID --out PATH [--force]}. */
final class ExportCommand implements Commands.Command {

    @Override
    public String summary() {
        return "export a corpus as EMF XMI or UIMA CAS XMI";
    }

    @Override
    public String usage() {
        return """
                usage: marginalia export --corpus DIR --format emf|uima --set all|curated|analyst:ID --out PATH [--force]
                  --format emf    one self-contained .xmi file (texts, entities, sets) and marginalia.ecore beside it
                  --format uima   a folder with one CAS .xmi per document and TypeSystem.xml
                  --set           all sets, the curated sets, or one analyst's sets
                  --out PATH      the .xmi file (emf) or the folder (uima)
                  --force         overwrite existing output (never done otherwise)""";
    }

    @Override
    public void run(Options options, PrintStream out) throws CorpusException, UsageException {
        Path corpus = options.requiredPath("corpus");
        String formatName = options.required("format");
        String setName = options.required("set");
        Path target = options.requiredPath("out");
        boolean force = options.flag("force");
        options.rejectUnknown();
        ExportFormat format;
        SetSelection selection;
        try {
            format = ExportFormat.parse(formatName);
            selection = SetSelection.parse(setName);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Exports.Result result = Exports.run(CorpusStore.load(corpus), format, selection, target, force, new ProgressLine(System.err));
        out.printf("exported %d annotations of %d sets over %d documents to %s%n", result.annotations(), result.sets(), result.documents(), target);
    }
}
