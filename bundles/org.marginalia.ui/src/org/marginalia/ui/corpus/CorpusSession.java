package org.marginalia.ui.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;

/**
 * The corpora open in this workbench. Views listen to it; there is one per application, because a
 * corpus folder is shared by every window and view that shows it.
 */
public final class CorpusSession {

    /** Told when the set of open corpora changes; called on the thread that changed it. */
    @FunctionalInterface
    public interface Listener {
        void corporaChanged();
    }

    private static final CorpusSession INSTANCE = new CorpusSession();

    private final List<LoadedCorpus> corpora = new CopyOnWriteArrayList<>();
    private final Map<LoadedCorpus, CorpusAnnotations> annotations = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    private CorpusSession() {
    }

    public static CorpusSession getDefault() {
        return INSTANCE;
    }

    /** Loads the corpus in {@code folder} with all its annotation sets, or returns it if it is open already. */
    public LoadedCorpus open(Path folder) throws CorpusException {
        Path root = folder.toAbsolutePath().normalize();
        for (LoadedCorpus open : corpora) {
            if (open.layout().root().toAbsolutePath().normalize().equals(root)) {
                return open;
            }
        }
        LoadedCorpus loaded = CorpusStore.load(root);
        annotations.put(loaded, new CorpusAnnotations(loaded, AnnotationStore.loadAll(loaded)));
        corpora.add(loaded);
        fire();
        return loaded;
    }

    /** Forgets the corpus and takes its problems out of the Problems view. */
    public void close(LoadedCorpus corpus) {
        annotations.remove(corpus);
        try {
            ProblemMarkers.clear(corpus);
        } catch (CoreException e) {
            Platform.getLog(CorpusSession.class).log(e.getStatus());
        }
        if (corpora.remove(corpus)) {
            fire();
        }
    }

    public CorpusAnnotations annotations(LoadedCorpus corpus) {
        CorpusAnnotations found = annotations.get(corpus);
        if (found == null) {
            throw new IllegalStateException(corpus.layout().root() + " is not open");
        }
        return found;
    }

    public List<LoadedCorpus> corpora() {
        return new ArrayList<>(corpora);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fire() {
        listeners.forEach(Listener::corporaChanged);
    }
}
