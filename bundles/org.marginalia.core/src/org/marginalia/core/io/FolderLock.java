package org.marginalia.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock every writer of a folder holds while it checks and replaces a file there, so that two programs
 * (or two editors) cannot both decide a file is theirs to overwrite. It is an operating-system lock on
 * {@value #FILE_NAME} in the folder: the system drops it when its process dies, so a lock left by a killed
 * program is stale by construction and is taken over (and reported by {@link #tookOverStaleLock()}). The
 * file holds who has the lock, for the message of a writer that waited in vain. It is never deleted, because
 * deleting a lock file lets two writers lock two different files of the same name.
 */
public final class FolderLock implements AutoCloseable {

    public static final String FILE_NAME = ".marginalia.lock";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Map<Path, ReentrantLock> IN_THIS_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean staleTakenOver;

    private FolderLock(ReentrantLock local, FileChannel channel, FileLock lock, boolean staleTakenOver) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
        this.staleTakenOver = staleTakenOver;
    }

    /** Waits up to ten seconds for the folder's lock; the folder is created if it does not exist. */
    public static FolderLock acquire(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path real = folder.toRealPath();
        // Operating-system locks belong to the process; threads of one program take turns on this one first.
        ReentrantLock local = IN_THIS_PROCESS.computeIfAbsent(real, key -> new ReentrantLock());
        try {
            if (!local.tryLock(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException(folder + " is being written by another part of this program; try again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to write in " + folder, e);
        }
        if (local.getHoldCount() > 1) {
            return new FolderLock(local, null, null, false); // nested in a lock this thread holds already
        }
        try {
            return lockFile(folder, real, local);
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    private static FolderLock lockFile(Path folder, Path real, ReentrantLock local) throws IOException {
        FileChannel channel = FileChannel.open(real.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            Instant deadline = Instant.now().plus(WAIT);
            FileLock lock;
            while ((lock = channel.tryLock()) == null) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IOException(folder + " is locked by " + holder(channel) + " which is saving there; nothing was written, try again");
                }
                Thread.sleep(50);
            }
            boolean stale = channel.size() > 0;
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(describeThisProcess().getBytes(StandardCharsets.UTF_8)), 0);
            return new FolderLock(local, channel, lock, stale);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            throw new IOException("interrupted while waiting to write in " + folder, e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** True when the lock file named a holder that had died without releasing it (a killed save). */
    public boolean tookOverStaleLock() {
        return staleTakenOver;
    }

    @Override
    public void close() throws IOException {
        try {
            if (channel != null) {
                channel.truncate(0);
                lock.release();
                channel.close();
            }
        } finally {
            local.unlock();
        }
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(200);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "another program" : text;
        } catch (IOException e) {
            return "another program";
        }
    }

    private static String describeThisProcess() {
        String host = System.getenv().getOrDefault("HOSTNAME", "this machine");
        return "process " + ProcessHandle.current().pid() + " on " + host + " since " + Instant.now();
    }
}
