package org.marginalia.ui.tests.support;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.marginalia.ui.navigator.CorpusNavigatorView;

/** The Corpus view, seen as its tree: corpora at the top, documents beneath. */
public final class CorpusNavigatorPage {

    private final CorpusNavigatorView view;

    CorpusNavigatorPage(CorpusNavigatorView view) {
        this.view = view;
    }

    private Tree tree() {
        return view.getViewer().getTree();
    }

    public List<String> corpora() {
        return UI.call(() -> {
            List<String> labels = new ArrayList<>();
            for (TreeItem item : tree().getItems()) {
                labels.add(item.getText());
            }
            return labels;
        });
    }

    /** The document labels under the corpus whose label starts with {@code corpusName}, as the user sees them. */
    public List<String> documents(String corpusName) {
        return UI.call(() -> {
            List<String> labels = new ArrayList<>();
            TreeItem corpus = corpusItem(corpusName);
            for (TreeItem item : corpus.getItems()) {
                labels.add(item.getText());
            }
            return labels;
        });
    }

    public void waitForDocuments(String corpusName, int count) {
        UI.waitUntil(count + " documents under " + corpusName, () -> {
            TreeItem corpus = findCorpusItem(corpusName);
            return corpus != null && corpus.getExpanded() && corpus.getItemCount() == count
                    && !corpus.getItem(0).getText().isEmpty();
        });
    }

    /** Selects the document and double-clicks it, as a user would, through SWT events. */
    public void doubleClick(String corpusName, String documentLabel) {
        UI.run(() -> {
            TreeItem target = null;
            for (TreeItem item : corpusItem(corpusName).getItems()) {
                if (item.getText().equals(documentLabel)) {
                    target = item;
                }
            }
            if (target == null) {
                throw new AssertionError("no document '" + documentLabel + "' under " + corpusName);
            }
            tree().setFocus();
            tree().setSelection(target);
            Event select = new Event();
            select.item = target;
            tree().notifyListeners(SWT.Selection, select);
            Event open = new Event();
            open.item = target;
            tree().notifyListeners(SWT.DefaultSelection, open);
        });
    }

    private TreeItem corpusItem(String corpusName) {
        TreeItem item = findCorpusItem(corpusName);
        if (item == null) {
            throw new AssertionError("no corpus '" + corpusName + "' in the Corpus view");
        }
        return item;
    }

    private TreeItem findCorpusItem(String corpusName) {
        for (TreeItem item : tree().getItems()) {
            if (item.getText().startsWith(corpusName)) {
                return item;
            }
        }
        return null;
    }
}
