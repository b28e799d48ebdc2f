package org.marginalia.ui.corpus;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** Asks for a corpus folder and opens it in the Corpus view. */
public final class OpenCorpusHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
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
