package org.marginalia.core.export;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Monitor;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.ConfinedFolder;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.AnnotationSet;

/**
 * Runs an export the way both the command line and the wizard need it: loads the annotations, refuses a
 * corpus whose files have problems, refuses output inside the corpus folder and, unless told to, existing
 * output. The export is written whole into a hidden staging folder beside the target and only then renamed
 * into place, so a full disk or a crash leaves no partial export (and so nothing that blocks a retry).
 */
public final class Exports {

    /** What was exported, for the report a user sees. */
    public record Result(List<Path> files, int documents, int sets, long annotations, List<String> notRepresented) {
    }

    private static final String STAGING_PREFIX = ".marginalia-export-";

    private Exports() {
    }

    public static Result run(LoadedCorpus corpus, ExportFormat format, SetSelection selection, Path out, boolean overwrite,
            Monitor monitor) throws CorpusException {
        return run(corpus, format, ExportFormat.Options.NONE, selection, out, overwrite, monitor);
    }

    /** An export in a format that takes options (CoNLL: the span kind to write). */
    public static Result run(LoadedCorpus corpus, ExportFormat format, ExportFormat.Options options, SetSelection selection, Path out,
            boolean overwrite, Monitor monitor) throws CorpusException {
        LoadedAnnotations annotations = AnnotationStore.loadAllOrFail(corpus);
        List<AnnotationSet> sets = selection.select(annotations);
        if (sets.isEmpty()) {
            throw new CorpusException(new CorpusProblem(corpus.layout().root(), "has no annotation sets for " + selection));
        }
        Path target = out.toAbsolutePath().normalize();
        Path base = target.getParent();
        CorpusExporter exporter;
        try {
            exporter = format.exporter(options);
        } catch (IllegalArgumentException e) {
            throw new CorpusException(new CorpusProblem(corpus.layout().root(), e.getMessage()), e);
        }
        List<Path> outputs = exporter.outputs(corpus, target);
        for (Path output : outputs) {
            checkOutput(corpus, base, output, overwrite);
        }
        Path staging = stagingFolder(base);
        List<String> notRepresented;
        List<Path> written;
        try {
            notRepresented = exporter.export(corpus, sets, staging.resolve(target.getFileName()), monitor);
            written = outputs.stream().filter(output -> Files.exists(staging.resolve(base.relativize(output)))).toList();
            moveIntoPlace(staging, base, written, overwrite);
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(target, "cannot be written: " + e.getMessage() + "; nothing was exported"), e);
        } catch (IllegalArgumentException e) {
            throw new CorpusException(new CorpusProblem(corpus.layout().root(), e.getMessage() + "; nothing was exported"), e);
        } finally {
            deleteTree(staging);
        }
        long count = sets.stream().mapToLong(s -> s.getAnnotations().size()).sum();
        int documents = (int) sets.stream().map(s -> s.getDocument().getId()).distinct().count();
        return new Result(written, documents, sets.size(), count, notRepresented);
    }

    private static void checkOutput(LoadedCorpus corpus, Path base, Path output, boolean overwrite) throws CorpusException {
        if (corpus.folder().contains(output) || output.startsWith(corpus.layout().root())) {
            throw new CorpusException(new CorpusProblem(output, "lies inside the corpus folder " + corpus.layout().root()
                    + "; an export is written outside it, so that it can never replace an analyst's work"));
        }
        try {
            if (!output.normalize().startsWith(base) || !ConfinedFolder.realPath(output).startsWith(ConfinedFolder.realPath(base))) {
                throw new CorpusException(new CorpusProblem(output, "lies outside the export folder " + base + "; it is not written"));
            }
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(output, "cannot be written: " + e.getMessage()), e);
        }
        if (!overwrite && Files.exists(output)) {
            throw new CorpusException(new CorpusProblem(output, "exists already; an export never overwrites unless asked to (--force)"));
        }
    }

    /** A staging folder of this process; those of processes that died (killed exports) are deleted first. */
    private static Path stagingFolder(Path base) throws CorpusException {
        try {
            Files.createDirectories(base);
            deleteAbandonedStaging(base);
            return Files.createTempDirectory(base, STAGING_PREFIX + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(base, "cannot be written: " + e.getMessage() + "; nothing was exported"), e);
        }
    }

    private static void deleteAbandonedStaging(Path base) throws IOException {
        try (Stream<Path> entries = Files.list(base)) {
            for (Path entry : entries.filter(Exports::isAbandonedStaging).toList()) {
                deleteTree(entry);
            }
        }
    }

    private static boolean isAbandonedStaging(Path entry) {
        String name = entry.getFileName().toString();
        if (!name.startsWith(STAGING_PREFIX) || !Files.isDirectory(entry)) {
            return false;
        }
        String pid = name.substring(STAGING_PREFIX.length()).replaceAll("-.*", "");
        try {
            return ProcessHandle.of(Long.parseLong(pid)).isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Renames each staged file over its target. Renames need no space, so this rarely fails; if it does, the
     * message says which files are in place and which are not.
     */
    private static void moveIntoPlace(Path staging, Path base, List<Path> outputs, boolean overwrite) throws CorpusException {
        List<Path> moved = new ArrayList<>();
        for (Path output : outputs) {
            Path staged = staging.resolve(base.relativize(output));
            try {
                Files.createDirectories(output.getParent());
                if (overwrite) {
                    Files.move(staged, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.move(staged, output, StandardCopyOption.ATOMIC_MOVE);
                }
                moved.add(output);
            } catch (IOException e) {
                String why = e instanceof FileAlreadyExistsException ? "was created by someone else meanwhile" : "cannot be written: " + e.getMessage();
                throw new CorpusException(new CorpusProblem(output, why + "; " + (moved.isEmpty() ? "nothing was exported"
                        : "already in place: " + moved + "; not written: " + outputs.subList(moved.size(), outputs.size()))), e);
            }
        }
    }

    private static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: a hidden staging folder holds no user data and is deleted by the next export.
        }
    }
}
