package org.marginalia.ui.tests.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
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

    /** Selects the corpus (the first whose label starts with {@code corpusLabel}) as a click would, and focuses the view. */
    public void selectCorpus(String corpusLabel) {
        UI.run(() -> {
            view.getSite().getPage().activate(view);
            TreeItem item = corpusItem(corpusLabel);
            tree().setFocus();
            tree().setSelection(item);
            Event select = new Event();
            select.item = item;
            tree().notifyListeners(SWT.Selection, select);
        });
    }

    /** Selects the document under the corpus as a click would, and focuses the view. */
    public void selectDocument(String corpusLabel, String documentLabel) {
        UI.run(() -> {
            view.getSite().getPage().activate(view);
            TreeItem item = documentItem(corpusLabel, documentLabel);
            tree().setFocus();
            tree().setSelection(item);
            Event select = new Event();
            select.item = item;
            tree().notifyListeners(SWT.Selection, select);
        });
    }

    /** True when the document's label is wider than the view shows: the analyst sees it cut off. */
    public boolean isCutOff(String corpusLabel, String documentLabel) {
        return UI.call(() -> {
            Rectangle item = documentItem(corpusLabel, documentLabel).getBounds();
            return item.x + item.width > tree().getClientArea().width;
        });
    }

    /** Rests the mouse pointer on the document, as a user would, and returns the tool tip that appears. */
    public String hoverDocument(String corpusLabel, String documentLabel) {
        return hover(() -> documentItem(corpusLabel, documentLabel));
    }

    /** Rests the mouse pointer on the corpus and returns the tool tip that appears. */
    public String hoverCorpus(String corpusLabel) {
        return hover(() -> corpusItem(corpusLabel));
    }

    private String hover(Supplier<TreeItem> target) {
        Point at = UI.call(() -> {
            tree().getShell().forceActive();
            TreeItem item = target.get();
            tree().showItem(item);
            Rectangle bounds = item.getBounds();
            return tree().toDisplay(bounds.x + Math.min(bounds.width, tree().getClientArea().width) / 2, bounds.y + bounds.height / 2);
        });
        Point outside = UI.call(() -> tree().toDisplay(tree().getClientArea().width + 40, tree().getClientArea().height / 2));
        // The pointer comes from outside the tree, so that the tree sees it enter, move and rest. GTK sometimes
        // misses the rest (a hover timer still running from an earlier tool tip): a user would move again.
        for (int attempt = 1;; attempt++) {
            postMouseMove(outside.x, outside.y);
            UI.sleep(150);
            postMouseMove(at.x, at.y);
            postMouseMove(at.x + 1, at.y);
            try {
                UI.waitUntil("a tool tip over the Corpus view", Duration.ofSeconds(5), () -> toolTipText() != null);
                break;
            } catch (AssertionError e) {
                if (attempt == 3) {
                    throw new AssertionError(e.getMessage() + " (3 times) at " + at + "; under the pointer: "
                            + UI.call(() -> UI.display().getCursorControl() + " at " + UI.display().getCursorLocation()
                                    + ", tree at " + tree().toDisplay(0, 0) + " " + tree().getClientArea()), e);
                }
            }
        }
        String text = UI.call(CorpusNavigatorPage::toolTipText);
        postMouseMove(outside.x, outside.y);
        return text;
    }

    private static void postMouseMove(int x, int y) {
        UI.run(() -> {
            Event move = new Event();
            move.type = SWT.MouseMove;
            move.x = x;
            move.y = y;
            if (!UI.display().post(move)) {
                throw new AssertionError("the display refused a posted mouse move");
            }
        });
    }

    private static String toolTipText() {
        for (Shell shell : UI.display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && (shell.getStyle() & SWT.TOOL) != 0) {
                String text = textIn(shell);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String textIn(Control control) {
        if (control instanceof CLabel label && label.getText() != null && !label.getText().isEmpty()) {
            return label.getText();
        }
        if (control instanceof Label label && !label.getText().isEmpty()) {
            return label.getText();
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                String text = textIn(child);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private TreeItem documentItem(String corpusLabel, String documentLabel) {
        for (TreeItem item : corpusItem(corpusLabel).getItems()) {
            if (item.getText().equals(documentLabel)) {
                return item;
            }
        }
        throw new AssertionError("no document '" + documentLabel + "' under " + corpusLabel);
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
