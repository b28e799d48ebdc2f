package org.marginalia.ui.editor;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.marginalia.core.edit.Span;
import org.marginalia.core.text.TextSearch;

/**
 * The editor's find bar (Ctrl+F): a phrase, match case, whole word. Enter selects the next match in the text
 * and hands the keyboard to the text, so that the next key tags it; Shift+Enter goes back; Escape closes.
 * "Tag All" tags every match like the selected annotation.
 */
final class FindBar {

    private final Composite bar;
    private final Text phrase;
    private final Button matchCase;
    private final Button wholeWord;
    private final Label status;
    private final Button tagAll;
    private final Target target;

    /** What the bar needs from its editor. */
    interface Target {
        String documentText();

        /** The selection in the text, in document offsets (empty at the caret). */
        Span selection();

        /** Selects a match in the text and gives it the keyboard. */
        void reveal(Span match);

        /** Tags every match like the selected annotation; returns how many were added, or -1 without a selected annotation. */
        int tagAll(List<Span> matches);

        void hidden();

        /** The find field got ({@code true}) or lost the keyboard. */
        void typing(boolean inField);
    }

    FindBar(Composite parent, Target target) {
        this.target = target;
        bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).margins(16, 4).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(bar);
        bar.setVisible(false);
        new Label(bar, SWT.NONE).setText("Find:");
        phrase = new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        phrase.setMessage("phrase (Enter: next, Shift+Enter: previous, Esc: close)");
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(phrase);
        matchCase = new Button(bar, SWT.CHECK);
        matchCase.setText("Match &case");
        wholeWord = new Button(bar, SWT.CHECK);
        wholeWord.setText("&Whole word");
        tagAll = new Button(bar, SWT.PUSH);
        tagAll.setText("Tag &All Like Selected");
        tagAll.setToolTipText("Tags every match like the selected annotation (same kind and attributes), as one undoable step");
        status = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().hint(150, SWT.DEFAULT).applyTo(status);

        phrase.addListener(SWT.FocusIn, e -> target.typing(true));
        phrase.addListener(SWT.FocusOut, e -> target.typing(false));
        phrase.addListener(SWT.Modify, e -> count(target));
        matchCase.addListener(SWT.Selection, e -> count(target));
        wholeWord.addListener(SWT.Selection, e -> count(target));
        phrase.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
                go(target, (e.stateMask & SWT.SHIFT) == 0);
            } else if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                hide(target);
            }
        });
        tagAll.addListener(SWT.Selection, e -> {
            int added = target.tagAll(search().findAll(target.documentText()));
            status.setText(added < 0 ? "Select an annotation to copy first" : "Tagged " + added + " more");
        });
    }

    void show(String initial) {
        if (initial != null && !initial.isBlank() && !initial.contains("\n")) {
            phrase.setText(initial);
        }
        ((GridData) bar.getLayoutData()).exclude = false;
        bar.setVisible(true);
        bar.getParent().layout(true, true);
        phrase.selectAll();
        phrase.setFocus();
    }

    Text phraseField() {
        return phrase;
    }

    boolean isVisible() {
        return bar.isVisible();
    }

    TextSearch search() {
        return new TextSearch(phrase.getText(), matchCase.getSelection(), wholeWord.getSelection());
    }

    /** Selects the next (or previous) match from the caret; says so when there is none. */
    Span go(Target target, boolean forward) {
        List<Span> matches = search().findAll(target.documentText());
        Span selection = target.selection();
        Span match = TextSearch.next(matches, forward ? selection.end() : selection.begin(), forward);
        if (match == null) {
            status.setText(phrase.getText().isEmpty() ? "" : "Not found");
            return null;
        }
        status.setText((matches.indexOf(match) + 1) + " of " + matches.size());
        target.reveal(match);
        return match;
    }

    private void count(Target target) {
        int found = search().findAll(target.documentText()).size();
        status.setText(phrase.getText().isEmpty() ? "" : found == 0 ? "Not found" : found + (found == 1 ? " match" : " matches"));
        bar.layout();
    }

    /**
     * Find Next / Find Previous (Ctrl+K, Ctrl+Shift+K) from the text, after Enter handed the keys to it:
     * false when there is no phrase to look for.
     */
    boolean goOn(boolean forward) {
        if (phrase.getText().isEmpty()) {
            return false;
        }
        go(target, forward);
        return true;
    }

    /** Closes the bar (Esc in the text while it is open). */
    void close() {
        hide(target);
    }

    private void hide(Target target) {
        ((GridData) bar.getLayoutData()).exclude = true;
        bar.setVisible(false);
        bar.getParent().layout(true, true);
        target.hidden();
    }
}
