package org.marginalia.ui.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.marginalia.core.corpus.CorpusLayout;

/**
 * Says why a folder chosen to open is not a corpus, naming it and what is missing. A folder of .txt texts
 * (what an analyst most often picks by mistake) gets an offer to make a new corpus of them beside it.
 */
final class NotACorpusDialog {

    static final String TITLE = "Not a Corpus";
    static final String MAKE_CORPUS = "Make Corpus";

    private NotACorpusDialog() {
    }

    static void open(Path folder) {
        Shell shell = PlatformUI.getWorkbench().getModalDialogShellProvider().getShell();
        String missing = folder + " is not a Marginalia corpus: it has no " + CorpusLayout.DESCRIPTION + " file.";
        long texts = countTexts(folder);
        if (texts < 0) {
            MessageDialog.openError(shell, TITLE, folder + " cannot be read: it does not exist or is not a folder.");
            return;
        }
        if (texts == 0) {
            MessageDialog.openError(shell, TITLE, missing + "\n\nA corpus folder holds " + CorpusLayout.DESCRIPTION + ", "
                    + CorpusLayout.DOCUMENTS + "/ and " + CorpusLayout.ANNOTATIONS + "/. This folder holds no .txt texts or .html web pages "
                    + "either, so there is nothing to make a corpus of. Choose the folder that holds " + CorpusLayout.DESCRIPTION + ".");
            return;
        }
        Path target = newFolderBeside(folder);
        String question = missing + "\n\nIt holds " + (texts == 1 ? "1 text or web page" : texts + " texts and web pages")
                + ". Marginalia can make a new corpus of them in\n" + target
                + "\n\nThe texts are copied, never moved or changed.";
        MessageDialog dialog = new MessageDialog(shell, TITLE, null, question, MessageDialog.QUESTION, 0, MAKE_CORPUS, "Cancel");
        if (dialog.open() == 0) {
            new MakeCorpusJob(folder, target).schedule();
        }
    }

    /** Top-level texts and web pages, as the importer reads them; -1 when the folder cannot be listed. */
    private static long countTexts(Path folder) {
        if (!Files.isDirectory(folder)) {
            return -1;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                return (lower.endsWith(".txt") || lower.endsWith(".html") || lower.endsWith(".htm")) && !name.startsWith(".") && Files.isRegularFile(f);
            }).count();
        } catch (IOException e) {
            return -1;
        }
    }

    /** "texts-corpus" beside "texts", or "texts-corpus-2" and so on: a name nothing has yet, so nothing is overwritten. */
    private static Path newFolderBeside(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path parent = absolute.getParent() == null ? absolute : absolute.getParent();
        String base = (absolute.getFileName() == null ? "texts" : absolute.getFileName().toString()) + "-corpus";
        Path target = parent.resolve(base);
        for (int n = 2; Files.exists(target); n++) {
            target = parent.resolve(base + "-" + n);
        }
        return target;
    }
}
