package org.marginalia.core.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * How annotated material from other tools is laid out: a folder of one annotator's files, or a folder holding one
 * subfolder per annotator (hidden folders left out), as brat and INCEpTION exports come.
 */
public final class AnnotatorFolders {

    private AnnotatorFolders() {
    }

    /** One annotator ({@code analyst}) when the folder holds such files itself, else one per subfolder that does. */
    public static Map<String, Path> annotators(Path folder, String analyst, Predicate<Path> isFile) throws CorpusException {
        Map<String, Path> annotators = new LinkedHashMap<>();
        if (!files(folder, isFile).isEmpty()) {
            annotators.put(analyst, folder);
            return annotators;
        }
        for (Path sub : subfolders(folder)) {
            if (!files(sub, isFile).isEmpty()) {
                annotators.put(sub.getFileName().toString(), sub);
            }
        }
        return annotators;
    }

    /** The analyst a folder of one annotator's files stands for: its name when that is a valid id, else {@code fallback}. */
    public static String analystOf(Path folder, String fallback) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name != null && CorpusIds.isValid(name.toString()) ? name.toString() : fallback;
    }

    /** The visible subfolders, in name order; none when the folder cannot be listed. */
    public static List<Path> subfolders(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(f -> Files.isDirectory(f) && !f.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The folder's files that {@code isFile} takes, in name order. */
    public static List<Path> files(Path folder, Predicate<Path> isFile) throws CorpusException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(isFile).sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(folder, "cannot be listed: " + e.getMessage()), e);
        }
    }
}
