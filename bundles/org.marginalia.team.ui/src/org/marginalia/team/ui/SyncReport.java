package org.marginalia.team.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.team.MergeConflict;
import org.marginalia.team.SyncResult;
import org.marginalia.team.TeamPaths;

/**
 * Tells the analyst what of a sync needs them: conflicts (both sides kept, then the {@link ResolveConflictsDialog}
 * to choose), files here that were not theirs to send, work that is not sent yet and why. A sync that sent and brought everything says nothing: the Corpus
 * view's marks show it.
 */
final class SyncReport {

    private SyncReport() {
    }

    static void tellIfNeeded(IWorkbenchWindow window, LoadedCorpus corpus, SyncResult result) {
        List<String> lines = lines(result);
        if (lines.isEmpty() || window == null) {
            return;
        }
        String message = corpus.corpus().getName() + " (" + corpus.layout().root() + "):\n\n" + String.join("\n\n", lines);
        if (result.conflicts().isEmpty() && result.leftAlone().isEmpty()) {
            MessageDialog.openInformation(window.getShell(), SyncCorpusHandler.TITLE, message);
        } else {
            MessageDialog.openWarning(window.getShell(), SyncCorpusHandler.TITLE, message);
        }
        if (!result.conflicts().isEmpty()) {
            ResolveConflictsDialog.open(window.getShell(), window.getWorkbench(), corpus.layout().root());
        }
    }

    /** What needs the analyst, one paragraph each; empty when the sync sent and brought everything. */
    static List<String> lines(SyncResult result) {
        List<String> lines = new ArrayList<>();
        for (MergeConflict conflict : result.conflicts()) {
            lines.add("Changed two ways, both kept: " + conflict);
        }
        if (!result.conflicts().isEmpty()) {
            lines.add("Choose a side of each in the next window, or later with Team > Resolve Conflicts.");
        }
        for (String path : result.leftAlone()) {
            lines.add("Not yours to send, left as it is here: " + TeamPaths.describe(path) + " (" + path + ")");
        }
        if (!result.pushed()) {
            lines.add("Not sent yet: " + result.notPushedBecause() + ".");
        }
        return lines;
    }
}
