package org.marginalia.core.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Monitor;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.AnnotationSet;

/**
 * Runs an export the way both the command line and the wizard need it: loads the annotations, refuses a
 * corpus whose files have problems, refuses to overwrite existing output unless told to, then exports.
 */
public final class Exports {

    /** What was exported, for the report a user sees. */
    public record Result(List<Path> files, int documents, int sets, long annotations) {
    }

    private Exports() {
    }

    public static Result run(LoadedCorpus corpus, ExportFormat format, SetSelection selection, Path out, boolean overwrite,
            Monitor monitor) throws CorpusException {
        LoadedAnnotations annotations = AnnotationStore.loadAll(corpus);
        if (!corpus.problems().isEmpty() || !annotations.problems().isEmpty()) {
            List<CorpusProblem> problems = new ArrayList<>(corpus.problems());
            problems.addAll(annotations.problems());
            throw new CorpusException(problems);
        }
        List<AnnotationSet> sets = selection.select(annotations);
        if (sets.isEmpty()) {
            throw new CorpusException(new CorpusProblem(corpus.layout().root(), "has no annotation sets for " + selection));
        }
        CorpusExporter exporter = format.exporter();
        List<Path> outputs = exporter.outputs(corpus, out);
        if (!overwrite) {
            for (Path output : outputs) {
                if (Files.exists(output)) {
                    throw new CorpusException(new CorpusProblem(output, "exists already; an export never overwrites unless asked to (--force)"));
                }
            }
        }
        try {
            exporter.export(corpus, sets, out, monitor);
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(out, "cannot be written: " + e.getMessage()), e);
        }
        long count = sets.stream().mapToLong(s -> s.getAnnotations().size()).sum();
        int documents = (int) sets.stream().map(s -> s.getDocument().getId()).distinct().count();
        return new Result(outputs, documents, sets.size(), count);
    }
}
