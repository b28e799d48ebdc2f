package org.marginalia.ui.corpus;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** Asks for a corpus folder and opens it in the Corpus view. */
public final class OpenCorpusHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        DirectoryDialog dialog = new DirectoryDialog(HandlerUtil.getActiveShell(event));
        dialog.setText("Open Corpus");
        dialog.setMessage("Choose a folder holding corpus.marginalia");
        String folder = dialog.open();
        if (folder != null) {
            new OpenCorpusJob(Path.of(folder)).schedule();
        }
        return null;
    }
}
