package org.marginalia.ui.corpus;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the corpus folder given as the command's parameter (File > Recent Corpora), or one the analyst chooses. */
public final class OpenCorpusHandler extends AbstractHandler {

    static final String COMMAND = "org.marginalia.ui.commands.openCorpus";
    static final String FOLDER = "org.marginalia.ui.commands.openCorpus.folder";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String given = event.getParameter(FOLDER);
        if (given != null) {
            CorpusOpener.open(Path.of(given));
            return null;
        }
        DirectoryDialog dialog = new DirectoryDialog(HandlerUtil.getActiveShellChecked(event));
        dialog.setText("Open Corpus");
        dialog.setMessage("Choose a folder holding corpus.marginalia");
        String folder = dialog.open();
        if (folder != null) {
            CorpusOpener.open(Path.of(folder));
        }
        return null;
    }
}
