package org.marginalia.ui.corpus;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.LoadedCorpus;

/**
 * Puts a corpus's problems in the Problems view. A problem file inside a workspace project (a corpus that
 * is an Eclipse project, as in the IDE) gets the marker itself; otherwise the marker sits on the workspace
 * root with the file's path as its location, so the standalone product lists it too.
 */
public final class ProblemMarkers {

    public static final String TYPE = "org.marginalia.ui.problem";
    private static final String CORPUS = "org.marginalia.corpus";

    private ProblemMarkers() {
    }

    public static void publish(LoadedCorpus corpus, List<CorpusProblem> problems) throws CoreException {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IWorkspaceRunnable update = monitor -> {
            clear(root, corpus);
            for (CorpusProblem problem : problems) {
                IResource target = fileIn(root, problem);
                IMarker marker = target.createMarker(TYPE);
                marker.setAttribute(IMarker.MESSAGE, (problem.element() == null ? "" : problem.element() + ": ") + problem.message());
                marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_WARNING);
                marker.setAttribute(IMarker.LOCATION, problem.file().toString());
                marker.setAttribute(CORPUS, corpus.layout().root().toString());
            }
        };
        ResourcesPlugin.getWorkspace().run(update, root, IResource.NONE, null);
    }

    public static void clear(LoadedCorpus corpus) throws CoreException {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        ResourcesPlugin.getWorkspace().run(monitor -> clear(root, corpus), root, IResource.NONE, null);
    }

    private static void clear(IWorkspaceRoot root, LoadedCorpus corpus) throws CoreException {
        String key = corpus.layout().root().toString();
        for (IMarker marker : root.findMarkers(TYPE, false, IResource.DEPTH_INFINITE)) {
            if (key.equals(marker.getAttribute(CORPUS, null))) {
                marker.delete();
            }
        }
    }

    private static IResource fileIn(IWorkspaceRoot root, CorpusProblem problem) {
        IFile[] files = root.findFilesForLocationURI(problem.file().toAbsolutePath().toUri());
        return files.length > 0 && files[0].exists() ? files[0] : root;
    }
}
