package org.marginalia.core.edit;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Corpus;

/**
 * The one editing domain of an open corpus: every editor and view edits its objects through this command
 * stack, so undo works from any part and no part keeps its own copy of the truth. Whether a file needs
 * saving is whether its resource was really modified ({@link Resource#isModified()}), and a save writes
 * exactly those files.
 */
public final class CorpusEditing {

    private final LoadedCorpus corpus;
    private final BasicCommandStack stack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain;
    /**
     * For each resource, the command on top of the stack when it was last unchanged: undoing back to that
     * point makes it unchanged again, which {@link Resource#isModified()} alone would not notice.
     */
    private final Map<Resource, Command> cleanAt = new HashMap<>();

    public CorpusEditing(LoadedCorpus corpus) {
        this.corpus = corpus;
        ResourceSet resources = corpus.resources();
        domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack, resources);
        resources.getResources().forEach(this::track);
        resources.eAdapters().add(new AdapterImpl() {
            @Override
            public void notifyChanged(Notification change) {
                if (change.getFeatureID(ResourceSet.class) != ResourceSet.RESOURCE_SET__RESOURCES) {
                    return;
                }
                if (change.getEventType() == Notification.ADD) {
                    track((Resource) change.getNewValue());
                } else if (change.getEventType() == Notification.REMOVE) {
                    cleanAt.remove(change.getOldValue());
                }
            }
        });
        stack.addCommandStackListener(event -> stackChanged());
    }

    /** Resources added later (a file read again, a set started) are tracked from the start; loading does not count as a change. */
    private void track(Resource resource) {
        resource.setTrackingModification(true);
        cleanAt.put(resource, stack.getUndoCommand());
    }

    private void stackChanged() {
        Command top = stack.getUndoCommand();
        for (Resource resource : corpus.resources().getResources()) {
            if (!resource.isModified()) {
                cleanAt.put(resource, top);
            } else if (cleanAt.containsKey(resource) && cleanAt.get(resource) == top) {
                resource.setModified(false); // undone back to where it was saved
            }
        }
    }

    public LoadedCorpus corpus() {
        return corpus;
    }

    public EditingDomain domain() {
        return domain;
    }

    public BasicCommandStack stack() {
        return stack;
    }

    /** Runs {@code command} on the corpus's stack, where any part can undo it. */
    public void execute(Command command) {
        if (command.canExecute()) {
            stack.execute(command);
        }
    }

    /** The resources changed since they were read or saved. */
    public List<Resource> modified() {
        return corpus.resources().getResources().stream().filter(Resource::isModified).toList();
    }

    /** Whether the file holding {@code object} has changes not yet saved. */
    public boolean isModified(EObject object) {
        Resource resource = object.eResource();
        return resource != null && resource.isModified();
    }

    /** Marks a set just started as holding nothing to save: an empty set needs no file until it has content. */
    public void unchanged(AnnotationSet set) {
        if (set.eResource() != null) {
            set.eResource().setModified(false);
            cleanAt.put(set.eResource(), stack.getUndoCommand());
        }
    }

    /**
     * Writes the file holding {@code resource} (an annotation set or the corpus description) if it changed;
     * {@code overwriteChanges} is the user's choice to replace what someone else saved meanwhile.
     *
     * @throws org.marginalia.core.io.FileChangedException if someone else saved the file since it was read
     */
    public void save(Resource resource, boolean overwriteChanges) throws IOException {
        if (!resource.isModified() && !overwriteChanges) {
            return;
        }
        EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        try {
            if (root instanceof AnnotationSet set) {
                AnnotationStore.save(corpus, set, overwriteChanges);
            } else if (root instanceof Corpus description) {
                CorpusStore.writeDescription(description, corpus.layout().description());
            } else {
                throw new IllegalStateException(resource.getURI() + " holds no annotations and no corpus description");
            }
        } catch (IOException | RuntimeException e) {
            resource.setModified(true); // EMF marks a resource saved once serialized, before the file is written
            throw e;
        }
        resource.setModified(false);
        cleanAt.put(resource, stack.getUndoCommand());
    }
}
