package org.marginalia.ui.editor;

import java.util.Collection;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.LineStyleEvent;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.marginalia.core.edit.Span;
import org.marginalia.core.text.DisplayText;
import org.marginalia.core.text.SpanIndex;

/**
 * A read-only text widget showing a document with spans painted on it, fast on any text: long lines are
 * shown broken ({@link DisplayText}), and spans are styled per line as the widget paints it, from a
 * {@link SpanIndex}, so a change repaints only what is on screen. Callers speak document offsets only;
 * Copy gives the document's own characters.
 *
 * @param <T> what a span is
 */
public final class SpanTextViewer<T> {

    private final StyledText widget;
    private final SpanPainter<T> painter;
    private final SpanPainter.Look<T> look;
    private DisplayText text = DisplayText.of("");
    private SpanIndex<T> index;
    private T selected;
    /** The document range whose painting changed since the last repaint. */
    private int dirtyFrom = Integer.MAX_VALUE;
    private int dirtyTo = Integer.MIN_VALUE;

    /** Font, margins and spacing are set before the text, so the widget lays the text out once. */
    public SpanTextViewer(Composite parent, int style, Font font, int margin, int lineSpacing, SpanPainter.Look<T> look) {
        this.look = look;
        this.painter = new SpanPainter<>(look);
        this.index = new SpanIndex<>(List.of(), look::begin, look::end);
        widget = new StyledText(parent, style | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        widget.setFont(font);
        widget.setMargins(margin, margin * 2 / 3, margin, margin * 2 / 3);
        widget.setLineSpacing(lineSpacing);
        widget.addLineStyleListener(this::styleLine);
        widget.setKeyBinding('c' | SWT.MOD1, SWT.NULL);
        widget.setKeyBinding(SWT.INSERT | SWT.MOD1, SWT.NULL);
        widget.addListener(SWT.KeyDown, event -> {
            if ((event.stateMask & SWT.MOD1) != 0 && (event.keyCode == 'c' || event.keyCode == SWT.INSERT)) {
                copy();
            }
        });
    }

    public StyledText widget() {
        return widget;
    }

    public void setText(String document) {
        text = DisplayText.of(document);
        widget.setText(text.display());
    }

    public String text() {
        return text.document();
    }

    /** Shows these spans (with {@code selected} bordered), repainting what is on screen. */
    public void setSpans(Collection<? extends T> spans, T selected) {
        this.index = new SpanIndex<>(spans, look::begin, look::end);
        this.selected = selected;
        dirty(0, text.document().length());
        redrawDirty();
    }

    /** Shows one more span; {@link #refresh} paints it. */
    public void add(T span) {
        index.add(span);
        dirty(span);
    }

    /** Stops showing a span; {@link #refresh} paints the change. */
    public void remove(T span) {
        index.remove(span);
        dirty(span);
    }

    /** Paints what changed since the last paint, with {@code selected} bordered. */
    public void refresh(T selected) {
        setSelected(selected);
        redrawDirty();
    }

    /** Changes only which span is bordered. */
    public void setSelected(T selected) {
        if (selected != this.selected) {
            dirty(this.selected);
            dirty(selected);
            this.selected = selected;
            redrawDirty();
        }
    }

    private void dirty(T span) {
        if (span != null) {
            dirty(look.begin(span), look.end(span));
        }
    }

    private void dirty(int from, int to) {
        dirtyFrom = Math.min(dirtyFrom, from);
        dirtyTo = Math.max(dirtyTo, to);
    }

    /**
     * Lays out again only the lines on screen that changed: the widget keeps laid-out lines on screen only,
     * styles never change a line's height, and laying out every visible line after each key costs more than
     * the change itself.
     */
    private void redrawDirty() {
        int from = Math.max(0, dirtyFrom);
        int to = Math.min(text.document().length(), dirtyTo);
        dirtyFrom = Integer.MAX_VALUE;
        dirtyTo = Integer.MIN_VALUE;
        if (from >= to || widget.getCharCount() == 0) {
            return;
        }
        int top = widget.getOffsetAtLine(widget.getTopIndex());
        int bottomLine = Math.min(widget.getLineCount() - 1, widget.getLineIndex(widget.getClientArea().height) + 1);
        int bottom = bottomLine + 1 < widget.getLineCount() ? widget.getOffsetAtLine(bottomLine + 1) : widget.getCharCount();
        int begin = Math.max(top, text.toDisplay(from));
        int end = Math.min(bottom, text.toDisplay(to));
        if (begin < end) {
            widget.redrawRange(begin, end - begin, false);
        }
    }

    private void styleLine(LineStyleEvent event) {
        int from = text.toDocument(event.lineOffset);
        int to = text.toDocument(event.lineOffset + event.lineText.length());
        List<StyleRange> styles = painter.styles(index.overlapping(from, to), selected, from, to);
        if (text.shiftsOffsets()) {
            for (StyleRange style : styles) {
                int begin = text.toDisplay(style.start);
                style.length = text.toDisplay(style.start + style.length) - begin;
                style.start = begin;
            }
        }
        event.styles = styles.toArray(new StyleRange[0]);
    }

    /** The selection in document offsets. */
    public Span selection() {
        Point range = widget.getSelectionRange();
        return new Span(text.toDocument(range.x), text.toDocument(range.x + range.y));
    }

    public int caret() {
        return text.toDocument(widget.getCaretOffset());
    }

    /** Selects a document range and scrolls it into view. */
    public void select(int begin, int end) {
        widget.setSelection(text.toDisplay(begin), text.toDisplay(end));
        widget.showSelection();
    }

    /** The document offset under a point of the widget, or -1 where there is no character. */
    public int offsetAt(int x, int y) {
        int offset = widget.getOffsetAtPoint(new Point(x, y));
        return offset < 0 ? -1 : text.toDocument(offset);
    }

    /** Puts the selected document characters on the clipboard (the widget would give display breaks instead of spaces). */
    public void copy() {
        Point range = widget.getSelectionRange();
        if (range.y == 0) {
            return;
        }
        Clipboard clipboard = new Clipboard(widget.getDisplay());
        try {
            clipboard.setContents(new Object[] { text.documentText(range.x, range.x + range.y) }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }
}
