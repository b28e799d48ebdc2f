package org.marginalia.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes files so that a crash never leaves a half-written one: the bytes go to a temporary file in the
 * same folder and only then replace the target with an atomic rename. Until that rename the previous
 * version is untouched.
 */
public final class AtomicFiles {

    /** Produces a file's content; lets callers stream large content without holding it in memory. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String TEMP_SUFFIX = ".tmp";
    private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.[0-9a-f]{1,16}" + Pattern.quote(TEMP_SUFFIX));

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** For the user's work: the new bytes are forced to disk before the rename, so even a power cut keeps one whole version. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    /**
     * For output that can be made again (exports): atomic if the program dies, but not forced to disk, which
     * for a thousand small files is most of the time spent.
     */
    public static void writeRegenerable(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    /**
     * Whether {@code file} is a temporary file of this class's naming, which only a save that died before
     * its rename leaves behind.
     */
    public static boolean isLeftover(Path file) {
        return LEFTOVER.matcher(file.getFileName().toString()).matches();
    }

    /**
     * Deletes the temporary files that killed saves left in {@code folder}. The caller holds the folder's
     * {@link FolderLock}, which every save holds while its temporary file exists, so none of them is in use.
     */
    public static void deleteLeftovers(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(AtomicFiles::isLeftover).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void write(Path target, Content content, boolean force) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = folder.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                if (force) {
                    channel.force(true);
                }
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + target + " cannot replace files atomically", e);
        }
    }
}
