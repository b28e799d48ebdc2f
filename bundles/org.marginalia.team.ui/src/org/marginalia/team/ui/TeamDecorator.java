package org.marginalia.team.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.team.SyncResult;
import org.marginalia.team.TeamPaths;
import org.marginalia.team.TeamStatus;
import org.marginalia.ui.navigator.DocumentNode;

/**
 * The Corpus view's team marks: a document with the analyst's own work not yet sent gets an "↑" before its title
 * and "unsent" after it, one with colleagues' work the last check or sync saw in the team's repository "↓" and
 * "new from colleagues" (the arrows come first so that a narrow view, which cuts titles off, still shows them);
 * a shared corpus gets its analyst, its counts and how its last sync ended. The marks are those of {@code team status}, read from
 * {@link TeamStates}; a save through the workbench's Save commands has them read again.
 */
public final class TeamDecorator extends LabelProvider implements ILightweightLabelDecorator {

    public static final String ID = "org.marginalia.team.ui.decorator";
    public static final String UNSENT_ARROW = "\u2191";
    public static final String COLLEAGUES_NEW_ARROW = "\u2193";
    public static final String UNSENT = "unsent";
    public static final String COLLEAGUES_NEW = "new from colleagues";

    private final IExecutionListener saves = new SaveListener();

    public TeamDecorator() {
        commands().addExecutionListener(saves);
    }

    @Override
    public void decorate(Object element, IDecoration decoration) {
        if (element instanceof DocumentNode node) {
            TeamStatus status = TeamStates.of(node.corpus()).map(TeamStates.TeamState::status).orElse(null);
            String id = node.document().getId();
            String arrows = status == null ? "" : arrows(status, id);
            if (!arrows.isEmpty()) {
                decoration.addPrefix(arrows + " ");
                decoration.addSuffix("  " + words(status, id));
            }
        } else if (element instanceof LoadedCorpus corpus) {
            TeamStates.of(corpus).ifPresent(state -> decoration.addSuffix("  [" + corpusMarks(state) + "]"));
        }
    }

    /** The arrows before a document's title: ↑ for the analyst's unsent work, ↓ for colleagues' new work; empty for none. */
    public static String arrows(TeamStatus status, String documentId) {
        return (isUnsent(status, documentId) ? UNSENT_ARROW : "") + (isColleaguesNew(status, documentId) ? COLLEAGUES_NEW_ARROW : "");
    }

    /** What the arrows mean, after the title: "unsent", "new from colleagues" or both. */
    public static String words(TeamStatus status, String documentId) {
        List<String> words = new ArrayList<>();
        if (isUnsent(status, documentId)) {
            words.add(UNSENT);
        }
        if (isColleaguesNew(status, documentId)) {
            words.add(COLLEAGUES_NEW);
        }
        return String.join(", ", words);
    }

    private static boolean isUnsent(TeamStatus status, String documentId) {
        return mentions(status.ownChanges(), documentId) || mentions(status.unsent(), documentId);
    }

    private static boolean isColleaguesNew(TeamStatus status, String documentId) {
        return mentions(status.colleaguesNew(), documentId);
    }

    private static boolean mentions(Collection<String> paths, String documentId) {
        return paths.stream().anyMatch(path -> documentId.equals(TeamPaths.documentOf(path)));
    }

    private static String corpusMarks(TeamStates.TeamState state) {
        if (state.status() == null) {
            return "team status unknown: " + state.problem();
        }
        TeamStatus status = state.status();
        List<String> parts = new ArrayList<>();
        parts.add(status.member().analystId() + (status.member().reviewer() ? " (reviewer)" : ""));
        long unsent = status.ownChanges().size() + status.unsent().stream().filter(path -> !status.ownChanges().contains(path)).count();
        if (unsent > 0) {
            parts.add(unsent + " unsent");
        }
        if (!status.colleaguesNew().isEmpty()) {
            parts.add(status.colleaguesNew().size() + " new from colleagues");
        }
        if (!status.openConflicts().isEmpty()) {
            parts.add(status.openConflicts().size() + (status.openConflicts().size() == 1 ? " conflict" : " conflicts") + " to resolve");
        }
        if (status.remote() == null) {
            parts.add("no team repository");
        }
        SyncResult last = state.lastSync();
        if (last != null) {
            parts.add(last.pushed() ? "last sync sent" : "last sync not sent");
        }
        return String.join(" \u00b7 ", parts);
    }

    @Override
    public void dispose() {
        commands().removeExecutionListener(saves);
        super.dispose();
    }

    private static ICommandService commands() {
        return Objects.requireNonNull(PlatformUI.getWorkbench().getService(ICommandService.class));
    }

    /** After a save or Save All, the files changed: the statuses are read again and the marks redrawn. */
    private final class SaveListener implements IExecutionListener {

        @Override
        public void postExecuteSuccess(String commandId, Object returnValue) {
            if (IWorkbenchCommandConstants.FILE_SAVE.equals(commandId) || IWorkbenchCommandConstants.FILE_SAVE_ALL.equals(commandId)) {
                TeamStates.invalidateStatuses();
                PlatformUI.getWorkbench().getDecoratorManager().update(ID);
            }
        }

        @Override
        public void preExecute(String commandId, ExecutionEvent event) {
            // marks change only once a save is done
        }

        @Override
        public void postExecuteFailure(String commandId, ExecutionException exception) {
            // nothing was saved
        }

        @Override
        public void notHandled(String commandId, NotHandledException exception) {
            // nothing was saved
        }
    }
}
