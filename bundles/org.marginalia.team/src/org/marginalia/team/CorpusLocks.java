package org.marginalia.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.marginalia.core.corpus.CorpusLayout;
import org.marginalia.core.io.FolderLock;

/**
 * The locks a sync holds while it reads or replaces corpus files: the {@link FolderLock} of every folder a save
 * writes in (the corpus root for the description, each analyst's folder, {@code curated/}) and of the folders
 * it is about to write in, so that a sync never runs under an editor's save, nor a save under a sync. Taken in
 * one order (sorted paths, as {@code AnnotationStore.saveAll} does), so that two takers cannot wait on each other.
 */
final class CorpusLocks implements AutoCloseable {

    private final List<FolderLock> locks;

    private CorpusLocks(List<FolderLock> locks) {
        this.locks = locks;
    }

    static CorpusLocks acquire(CorpusLayout layout, Collection<Path> moreFolders) throws IOException {
        TreeSet<Path> folders = new TreeSet<>(moreFolders);
        folders.add(layout.root());
        folders.add(layout.documents());
        if (Files.isDirectory(layout.curated())) {
            folders.add(layout.curated());
        }
        if (Files.isDirectory(layout.annotations())) {
            try (Stream<Path> analysts = Files.list(layout.annotations())) {
                analysts.filter(Files::isDirectory).filter(f -> !f.getFileName().toString().startsWith(".")).forEach(folders::add);
            }
        }
        List<FolderLock> locks = new ArrayList<>();
        try {
            for (Path folder : folders) {
                locks.add(FolderLock.acquire(folder));
            }
        } catch (IOException | RuntimeException e) {
            new CorpusLocks(locks).close();
            throw e;
        }
        return new CorpusLocks(locks);
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (int i = locks.size() - 1; i >= 0; i--) {
            try {
                locks.get(i).close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
