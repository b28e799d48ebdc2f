package org.marginalia.core.corpus;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.marginalia.core.io.TextHash;

/**
 * What each file of a resource set held when this program last read or wrote it (its SHA-256), so that a
 * save can tell whether someone else changed the file meanwhile. A file with no entry was never seen: this
 * program expects it not to exist, and will not overwrite one that does.
 */
public final class FileVersions extends AdapterImpl {

    private final Map<URI, String> hashes = new ConcurrentHashMap<>();

    /** The versions kept for {@code set}, attached on first use. */
    public static FileVersions of(ResourceSet set) {
        synchronized (set) {
            for (Adapter adapter : set.eAdapters()) {
                if (adapter instanceof FileVersions versions) {
                    return versions;
                }
            }
            FileVersions versions = new FileVersions();
            set.eAdapters().add(versions);
            return versions;
        }
    }

    void seen(URI file, byte[] content) {
        hashes.put(file, TextHash.of(content));
    }

    /** Forgets what was seen of a file, before it is read again. */
    void forget(URI file) {
        hashes.remove(file);
    }

    /** The hash the file had when it was last read or written here; empty if it was never seen. */
    Optional<String> expected(URI file) {
        return Optional.ofNullable(hashes.get(file));
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == FileVersions.class;
    }
}
