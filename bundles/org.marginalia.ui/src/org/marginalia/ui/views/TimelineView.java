package org.marginalia.ui.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.marginalia.core.assist.ReferenceAnnotations;
import org.marginalia.core.compare.Timeline;
import org.marginalia.core.compare.TimelineLayout;
import org.marginalia.core.compare.TimelineSvg;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Document;
import org.marginalia.ui.corpus.CorpusSelections;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.editor.DocumentEditor;
import org.marginalia.ui.editor.DocumentEditorInput;

/**
 * Every date the documents of a corpus give, on one time axis, one row per source (core's {@link Timeline},
 * drawn as the SVG export draws it): the text's dates blue, the analysts' events and dated figures (from the
 * corpus's reference annotations) green with what they date, and a date another source contradicts red. Hover a bar for its words,
 * double-click it to open the document there; export the picture as PNG or SVG.
 */
public final class TimelineView extends ViewPart {

    public static final String ID = "org.marginalia.ui.views.timeline";

    private static final RGB BAR = new RGB(31, 119, 180);
    private static final RGB CONFLICT = new RGB(214, 39, 40);
    private static final RGB ANNOTATED = new RGB(44, 160, 44);

    /** Where an entry was drawn, to find it under the mouse. */
    private record Drawn(Timeline.Entry entry, Rectangle bar) {
    }

    private final List<Drawn> drawn = new ArrayList<>();
    private final CorpusSession.Listener refresher = () -> getSite().getShell().getDisplay().asyncExec(this::refresh);
    private ScrolledComposite scrolled;
    private Canvas canvas;
    private LoadedCorpus corpus;
    private Timeline timeline;

    @Override
    public void createPartControl(Composite parent) {
        scrolled = new ScrolledComposite(parent, SWT.V_SCROLL);
        canvas = new Canvas(scrolled, SWT.DOUBLE_BUFFERED);
        scrolled.setContent(canvas);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true); // as tall as the rows need, scrolled when the view is shorter
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea().width));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(entryAt(e.x, e.y).map(d -> d.entry().text() + " = " + d.entry().resolved()
                + (d.entry().conflict() ? " (another source gives another date)" : "")).orElse(null)));
        canvas.addListener(SWT.MouseDoubleClick, e -> entryAt(e.x, e.y).ifPresent(d -> open(d.entry())));
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(action("Refresh", "Draw the dates of the open corpus again", this::refresh));
        toolBar.add(action("PNG...", "Save the timeline as a PNG picture", () -> export("*.png")));
        toolBar.add(action("SVG...", "Save the timeline as an SVG picture", () -> export("*.svg")));
        CorpusSession.getDefault().addListener(refresher);
        refresh();
    }

    private static Action action(String text, String tip, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(tip);
        return action;
    }

    /** Takes the corpus of the active editor, else the first open one, and draws its dates. */
    public void refresh() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        LoadedCorpus chosen = CorpusSelections.corpusOf(getSite().getWorkbenchWindow().getWorkbench(), null);
        List<LoadedCorpus> open = CorpusSession.getDefault().corpora();
        corpus = chosen != null ? chosen : open.isEmpty() ? null : open.get(0);
        timeline = corpus == null ? null : Timeline.of(corpus.corpus().getDocuments(), ReferenceAnnotations.of(corpus,
                new LoadedAnnotations(List.copyOf(CorpusSession.getDefault().annotations(corpus).sets()), List.of())));
        setContentDescription(timeline == null ? "Open a corpus to see its dates on one time axis"
                : corpus.corpus().getName() + ": " + timeline.entries().size() + " dates in " + timeline.documents().size() + " documents ("
                        + timeline.entries().stream().filter(Timeline.Entry::annotated).count() + " of the analysts' events and figures, green), "
                        + timeline.entries().stream().filter(Timeline.Entry::conflict).count() + " of them contradicted by another source (red)");
        scrolled.setMinHeight(height());
        canvas.redraw();
    }

    private void paint(GC gc, int width) {
        drawn.clear();
        List<TimelineLayout.Row> rows = timeline == null ? List.of() : TimelineLayout.of(timeline, width, text -> gc.textExtent(text).x);
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(0, 0, width, TimelineLayout.height(rows));
        if (timeline == null) {
            return;
        }
        double axis = TimelineLayout.axis(width);
        int height = TimelineLayout.height(rows);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
        for (int year = timeline.first().getYear(); year <= timeline.last().getYear() + 1; year++) {
            LocalDate day = LocalDate.of(year, 1, 1);
            if (!day.isBefore(timeline.first()) && !day.isAfter(timeline.last().plusDays(1))) {
                int x = TimelineLayout.LABEL_WIDTH + (int) timeline.x(day, axis);
                gc.drawLine(x, TimelineLayout.AXIS_HEIGHT - 6, x, height);
                gc.drawText(Integer.toString(year), x + 2, 4, true);
            }
        }
        Color bar = new Color(BAR);
        Color conflict = new Color(CONFLICT);
        Color annotated = new Color(ANNOTATED);
        for (TimelineLayout.Row row : rows) {
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
            gc.drawLine(0, row.y(), width, row.y());
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
            Document document = row.document();
            String title = document.getTitle() == null || document.getTitle().isBlank() ? document.getId() : document.getTitle();
            gc.drawText(title.length() <= 42 ? title : title.substring(0, 42).strip() + "\u2026", 4, row.y() + 4, true);
            for (TimelineLayout.Placed placed : row.placed()) {
                int barY = row.y() + 5 + placed.lane() * TimelineLayout.LANE_HEIGHT;
                Timeline.Entry entry = placed.entry();
                gc.setBackground(entry.conflict() ? conflict : entry.annotated() ? annotated : bar);
                Rectangle rectangle = new Rectangle((int) placed.x(), barY, (int) Math.ceil(placed.width()), 8);
                gc.fillRectangle(rectangle);
                gc.setForeground(entry.conflict() ? conflict : entry.annotated() ? annotated : gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
                gc.drawText(entry.label(), (int) placed.labelX(), barY - 4, true);
                drawn.add(new Drawn(entry, rectangle));
            }
        }
    }

    private int height() {
        if (timeline == null) {
            return TimelineLayout.height(List.of());
        }
        GC gc = new GC(canvas);
        try {
            return TimelineLayout.height(TimelineLayout.of(timeline, Math.max(1200, canvas.getClientArea().width), text -> gc.textExtent(text).x));
        } finally {
            gc.dispose();
        }
    }

    private Optional<Drawn> entryAt(int x, int y) {
        return drawn.stream().filter(d -> d.bar().contains(x, y) || new Rectangle(d.bar().x, d.bar().y - 2, d.bar().width + 4, d.bar().height + 4).contains(x, y))
                .findFirst();
    }

    private void open(Timeline.Entry entry) {
        try {
            DocumentEditor editor = (DocumentEditor) getSite().getPage().openEditor(new DocumentEditorInput(corpus, entry.document()), DocumentEditor.ID);
            editor.getViewer().select(entry.begin(), entry.end());
        } catch (PartInitException e) {
            StatusManager.getManager().handle(Status.error("Cannot open " + entry.document().getId(), e), StatusManager.SHOW);
        }
    }

    private void export(String extension) {
        if (timeline == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { extension });
        dialog.setFileName("timeline" + extension.substring(1));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            if (extension.endsWith("svg")) {
                exportSvg(Path.of(chosen));
            } else {
                exportPng(Path.of(chosen));
            }
        } catch (IOException | RuntimeException e) {
            StatusManager.getManager().handle(Status.error("The timeline could not be saved: " + e.getMessage(), e), StatusManager.SHOW);
        }
    }

    /** The timeline as drawn on screen, at least 1,200 pixels wide. */
    public void exportPng(Path file) {
        int width = Math.max(1200, canvas.getClientArea().width);
        Image image = new Image(canvas.getDisplay(), width, height());
        GC gc = new GC(image);
        try {
            paint(gc, width);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
            canvas.redraw(); // the hit areas are those of the screen again
        }
    }

    public void exportSvg(Path file) throws IOException {
        Files.writeString(file, TimelineSvg.of(timeline, Math.max(1200, canvas.getClientArea().width)), StandardCharsets.UTF_8);
    }

    public Timeline timeline() {
        return timeline;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        CorpusSession.getDefault().removeListener(refresher);
        super.dispose();
    }
}
