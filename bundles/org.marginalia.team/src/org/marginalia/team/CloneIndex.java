package org.marginalia.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * Git's index of a clone, brought in line with what a sync committed or wrote, path by path. Only a cache to
 * Marginalia (changes are always checked against the commit, see {@link LocalChanges}); kept right so that
 * status stays fast and a {@code git status} by hand shows the same as {@code team status}.
 */
final class CloneIndex {

    private CloneIndex() {
    }

    /** {@code entries}: path to the blob it now has in the commit, null for a path the commit no longer has. */
    static void update(Repository repository, Path root, Map<String, ObjectId> entries) throws IOException {
        if (entries.isEmpty()) {
            return;
        }
        DirCache index = repository.lockDirCache();
        try {
            DirCacheEditor editor = index.editor();
            for (Map.Entry<String, ObjectId> entry : entries.entrySet()) {
                String path = entry.getKey();
                ObjectId blob = entry.getValue();
                if (blob == null) {
                    editor.add(new DirCacheEditor.DeletePath(path));
                } else {
                    editor.add(edit(root, path, blob));
                }
            }
            editor.commit();
        } finally {
            index.unlock();
        }
    }

    /** The file's size and time are recorded only when it holds the committed bytes, so that Git checks it otherwise. */
    private static DirCacheEditor.PathEdit edit(Path root, String path, ObjectId blob) throws IOException {
        Path file = root.resolve(path);
        boolean same = blob.equals(LocalChanges.inFolder(root, path));
        long length = same ? Files.size(file) : 0;
        var modified = same ? Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant() : null;
        return new DirCacheEditor.PathEdit(path) {
            @Override
            public void apply(DirCacheEntry entry) {
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(blob);
                if (modified != null) {
                    entry.setLength(length);
                    entry.setLastModified(modified);
                }
            }
        };
    }
}
