package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.io.AtomicFiles;

class AtomicFilesTest {

    @TempDir
    Path temp;

    @Test
    void aWriteReplacesTheFileWhole() throws IOException {
        Path file = temp.resolve("set.xmi");
        AtomicFiles.write(file, "old".getBytes());
        AtomicFiles.write(file, "new content".getBytes());
        assertEquals("new content", Files.readString(file));
        assertEquals(1, entries(), "no temporary file is left");
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileIntact() throws IOException {
        Path file = temp.resolve("set.xmi");
        AtomicFiles.write(file, "the analyst's previous work".getBytes());
        assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half of the new ver".getBytes());
            throw new IOException("disk unplugged");
        }));
        assertEquals("the analyst's previous work", Files.readString(file));
        assertEquals(1, entries(), "the partial temporary file is removed");
    }

    private long entries() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.count();
        }
    }
}
