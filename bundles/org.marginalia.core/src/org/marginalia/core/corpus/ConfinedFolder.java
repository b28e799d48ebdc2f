package org.marginalia.core.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The one place that decides which files a corpus (or an import source, or an export target) may touch.
 * Every path is resolved to its real path before it is read or written and must lie inside the folder:
 * a link is followed only when it leads to somewhere inside. What is read must be a regular file (not a
 * device, a pipe or a folder) under a size limit, and is read with that limit enforced, so a file that
 * grows while it is read cannot exhaust memory either.
 */
public final class ConfinedFolder {

    /** The largest source text read: 64 MiB is tens of thousands of news articles in one document. */
    public static final long TEXT_LIMIT = 64L << 20;
    /** The largest corpus description or annotation set read. */
    public static final long XML_LIMIT = 512L << 20;

    private final Path root;
    private final Path realRoot;

    /** @throws CorpusException if {@code folder} does not exist or cannot be resolved */
    public ConfinedFolder(Path folder) throws CorpusException {
        this.root = folder.toAbsolutePath().normalize();
        try {
            this.realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(root, "cannot be opened: " + describe(e)), e);
        }
        if (!Files.isDirectory(realRoot)) {
            throw new CorpusException(new CorpusProblem(root, "is not a folder"));
        }
    }

    public Path root() {
        return root;
    }

    /** A path written in a corpus file, relative to the folder; refused if it is absolute or climbs out. */
    public Path resolve(String relative) throws CorpusException {
        Path resolved;
        try {
            resolved = root.resolve(relative).normalize();
        } catch (RuntimeException e) {
            throw new CorpusException(new CorpusProblem(root, "holds a path that is not valid here: " + relative));
        }
        if (Path.of(relative).isAbsolute() || !resolved.startsWith(root)) {
            throw new CorpusException(new CorpusProblem(resolved, "lies outside the folder " + root + " (from '" + relative + "')"));
        }
        return resolved;
    }

    /** Whether {@code file} (existing or not) lies inside the folder once every link on its way is followed. */
    public boolean contains(Path file) {
        try {
            return file.toAbsolutePath().normalize().startsWith(root) && realPath(file).startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Checks {@code file} for reading and reads it whole: it must lie inside the folder (links included), be a
     * regular file and hold at most {@code limit} bytes.
     */
    public byte[] read(Path file, long limit) throws CorpusException {
        Path real = readable(file, limit);
        try (InputStream in = Files.newInputStream(real)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new CorpusException(new CorpusProblem(file, tooLarge(limit)));
            }
            return bytes;
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(file, "cannot be read: " + describe(e)), e);
        }
    }

    /** The real path of {@code file} after the checks {@link #read} makes, without reading it. */
    public Path readable(Path file, long limit) throws CorpusException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            throw new CorpusException(new CorpusProblem(file, "lies outside the folder " + root));
        }
        Path real;
        BasicFileAttributes attributes;
        try {
            real = absolute.toRealPath();
            attributes = Files.readAttributes(real, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new CorpusException(new CorpusProblem(file, Files.isSymbolicLink(absolute) ? "is a link to a file that does not exist" : "not found"), e);
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(file, "cannot be read: " + describe(e)), e);
        }
        if (!real.startsWith(realRoot)) {
            throw new CorpusException(new CorpusProblem(file, "is a link to " + real + ", outside the folder " + root + "; it is not read"));
        }
        if (!attributes.isRegularFile()) {
            throw new CorpusException(new CorpusProblem(file, "is not a regular file (" + typeOf(attributes) + "); it is not read"));
        }
        if (attributes.size() > limit) {
            throw new CorpusException(new CorpusProblem(file, tooLarge(limit) + " (it has " + megabytes(attributes.size()) + ")"));
        }
        return real;
    }

    /** Checks that {@code file} may be written: inside the folder, and every existing folder on its way too. */
    public Path writable(Path file) throws CorpusException {
        if (!contains(file)) {
            throw new CorpusException(new CorpusProblem(file, "lies outside the folder " + root + " (or a link on its way leads out); it is not written"));
        }
        return file.toAbsolutePath().normalize();
    }

    /**
     * The real path of a file that may not exist yet: the nearest existing ancestor resolved with its links,
     * the rest appended. A link that leads nowhere is an error rather than a path to create.
     */
    public static Path realPath(Path file) throws IOException {
        Path existing = file.toAbsolutePath().normalize();
        Deque<Path> missing = new ArrayDeque<>();
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new NoSuchFileException(file.toString());
        }
        Path real = existing.toRealPath();
        while (!missing.isEmpty()) {
            real = real.resolve(missing.pop());
        }
        return real;
    }

    private static String typeOf(BasicFileAttributes attributes) {
        return attributes.isDirectory() ? "a folder" : "a device, a pipe or a socket";
    }

    private static String tooLarge(long limit) {
        return "is larger than the limit of " + megabytes(limit);
    }

    private static String megabytes(long bytes) {
        return bytes >= (1 << 20) ? String.format("%.1f MiB", bytes / (double) (1 << 20)) : bytes + " bytes";
    }

    static String describe(IOException e) {
        String message = e.getMessage();
        return e instanceof NoSuchFileException ? "not found" : message == null ? e.getClass().getSimpleName() : message;
    }
}
