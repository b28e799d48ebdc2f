package org.marginalia.ui.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.edit.Span;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.editor.DocumentEditor;
import org.marginalia.ui.editor.DocumentEditorInput;
import org.marginalia.ui.preferences.MarginaliaPreferences;

/**
 * The annotation editor on synthetic documents of several shapes, each against a bare SWT StyledText showing
 * the same text with the same styles in the same run (what the widget alone costs on this machine). Prints one
 * line per case:
 * {@code editor case=<name> chars=<n> annotations=<n> open_ms=<x> tag_median_ms=<x> tag_p95_ms=<x> baseline_open_ms=<x>},
 * then the scrolling and heap figures of the largest case. Asserts nothing.
 * Cases: -Dbench.cases=paragraphs-1MB,one-line-20KB,one-line-100KB,paragraphs-100KB,paragraphs-10MB (the default).
 */
class EditorBenchmark {

    private record Case(String name, int chars, int annotations, boolean oneLine) {
    }

    private static final List<Case> CASES = List.of(
            new Case("paragraphs-1MB", 1_000_000, 20_000, false),
            new Case("one-line-20KB", 20_000, 400, true),
            new Case("paragraphs-100KB", 100_000, 2_000, false),
            new Case("one-line-100KB", 100_000, 2_000, true),
            new Case("paragraphs-10MB", 10_000_000, 200_000, false));

    @TempDir
    Path temp;

    @Test
    void openAndTag() throws Exception {
        List<String> chosen = List.of(System.getProperty("bench.cases", String.join(",", CASES.stream().map(Case::name).toList())).split(","));
        int actions = Integer.getInteger("bench.actions", 100);
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> MarginaliaPreferences.setAnalyst("bench"));
        System.out.println();
        for (Case benchCase : CASES) {
            if (chosen.contains(benchCase.name())) {
                run(display, benchCase, actions);
            }
        }
    }

    private void run(Display display, Case benchCase, int actions) throws Exception {
        LoadedCorpus corpus = CorpusSession.getDefault().open(bigDocument(benchCase).layout().root());
        Document document = corpus.corpus().getDocuments().get(0);
        openMillis(display, corpus, document); // classes loaded, JIT warmed
        closeAll(display);
        double open = openMillis(display, corpus, document);
        DocumentEditor editor = (DocumentEditor) syncCall(display, () -> page().getActiveEditor());

        List<Double> times = new ArrayList<>();
        Random random = new Random(7);
        String text = document.getText();
        for (int i = 0; i < actions; i++) {
            int at = random.nextInt(text.length() - 20);
            display.syncExec(() -> {
                editor.getViewer().select(at, at + 5);
                long t0 = System.nanoTime();
                editor.tagSelection(MarginaliaPackage.eINSTANCE.getFigure());
                editor.getTextWidget().update(); // the repaint the analyst waits for
                times.add((System.nanoTime() - t0) / 1e6);
            });
        }
        times.sort(null);
        String extra = benchCase.chars() >= 10_000_000 ? scrollingAndHeap(display, corpus, document, editor) : "";
        closeAll(display);
        double baseline = bareStyledTextOpenMillis(display, text, editor.getAnnotationSet());
        System.out.printf(Locale.ROOT, "editor case=%s chars=%d annotations=%d open_ms=%.1f tag_median_ms=%.1f tag_p95_ms=%.1f baseline_open_ms=%.1f%n",
                benchCase.name(), text.length(), benchCase.annotations(), open, times.get(times.size() / 2),
                times.get((int) (times.size() * 0.95)), baseline);
        if (!extra.isEmpty()) {
            System.out.println(extra);
        }
        CorpusSession.getDefault().close(corpus);
    }

    /** Frame time of scrolling a page down (set the top, paint), and the heap the open editor holds. */
    private static String scrollingAndHeap(Display display, LoadedCorpus corpus, Document document, DocumentEditor editor) {
        List<Double> frames = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            display.syncExec(() -> {
                StyledText widget = editor.getTextWidget();
                long t0 = System.nanoTime();
                widget.setTopPixel(widget.getTopPixel() + widget.getClientArea().height);
                widget.update();
                frames.add((System.nanoTime() - t0) / 1e6);
            });
        }
        frames.sort(null);
        closeAll(display);
        long before = usedHeapAfterGc();
        openMillis(display, corpus, document);
        long held = usedHeapAfterGc() - before;
        return String.format(Locale.ROOT, "editor case=paragraphs-10MB scroll_page_median_ms=%.1f scroll_page_p95_ms=%.1f editor_heap_mb=%d",
                frames.get(frames.size() / 2), frames.get((int) (frames.size() * 0.95)), held >> 20);
    }

    /** One style per annotation, as a bare widget would be given them (the synthetic annotations do not overlap). */
    private static StyleRange[] styles(AnnotationSet set, Color color) {
        List<Annotation> sorted = new ArrayList<>(set.getAnnotations());
        sorted.sort((a, b) -> Integer.compare(a.getBegin(), b.getBegin()));
        List<StyleRange> styles = new ArrayList<>();
        int last = 0;
        for (Annotation annotation : sorted) {
            if (annotation.getBegin() >= last) {
                StyleRange style = new StyleRange();
                style.start = annotation.getBegin();
                style.length = annotation.getEnd() - annotation.getBegin();
                style.background = color;
                styles.add(style);
                last = annotation.getEnd();
            }
        }
        return styles.toArray(new StyleRange[0]);
    }

    /** A bare StyledText in a shell of the editor's size, sized before its text is set, as fast as the widget goes. */
    private static double bareStyledTextOpenMillis(Display display, String text, AnnotationSet set) {
        AtomicLong firstPaint = new AtomicLong();
        long[] start = new long[1];
        Shell[] shell = new Shell[1];
        display.syncExec(() -> {
            StyleRange[] styles = styles(set, display.getSystemColor(SWT.COLOR_YELLOW));
            start[0] = System.nanoTime();
            shell[0] = new Shell(display);
            shell[0].setLayout(new FillLayout());
            shell[0].setSize(1000, 800);
            StyledText widget = new StyledText(shell[0], SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
            widget.setSize(1000, 800);
            widget.setText(text);
            widget.setStyleRanges(styles);
            widget.addListener(SWT.Paint, e -> firstPaint.compareAndSet(0, System.nanoTime()));
            shell[0].open();
        });
        waitForPaint(display, firstPaint, () -> shell[0].redraw());
        display.syncExec(() -> shell[0].dispose());
        return (firstPaint.get() - start[0]) / 1e6;
    }

    /** Opens the document's editor and waits for its text's first paint; returns the milliseconds in between. */
    private static double openMillis(Display display, LoadedCorpus corpus, Document document) {
        AtomicLong firstPaint = new AtomicLong();
        long[] start = new long[1];
        DocumentEditor editor = (DocumentEditor) syncCall(display, () -> {
            start[0] = System.nanoTime();
            try {
                DocumentEditor opened = (DocumentEditor) page().openEditor(new DocumentEditorInput(corpus, document), DocumentEditor.ID);
                opened.getTextWidget().addListener(SWT.Paint, e -> firstPaint.compareAndSet(0, System.nanoTime()));
                return opened;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        waitForPaint(display, firstPaint, () -> editor.getTextWidget().redraw());
        return (firstPaint.get() - start[0]) / 1e6;
    }

    private static void waitForPaint(Display display, AtomicLong firstPaint, Runnable redraw) {
        while (firstPaint.get() == 0) {
            display.syncExec(redraw);
            Thread.onSpinWait();
        }
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void closeAll(Display display) {
        display.syncExec(() -> page().closeAllEditors(false));
    }

    private static Object syncCall(Display display, Supplier<Object> code) {
        Object[] result = new Object[1];
        display.syncExec(() -> result[0] = code.get());
        return result[0];
    }

    /** Words as in news text, in sentences; in paragraphs of a few sentences, or all on one line. */
    private LoadedCorpus bigDocument(Case benchCase) throws Exception {
        Random random = new Random(42);
        String[] words = "the minister said that japan and ukraine would continue to cooperate on security talks".split(" ");
        StringBuilder text = new StringBuilder(benchCase.chars() + 16);
        while (text.length() < benchCase.chars()) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(15) == 0 ? (benchCase.oneLine() ? ". " : ".\n") : " ");
        }
        Path texts = Files.createDirectories(temp.resolve(benchCase.name() + "/texts"));
        Files.writeString(texts.resolve("big.txt"), text.substring(0, benchCase.chars()));
        LoadedCorpus corpus = CorpusImporter.importTexts(texts, temp.resolve(benchCase.name() + "/corpus"), benchCase.name());
        Document document = corpus.corpus().getDocuments().get(0);
        AnnotationSet set = AnnotationStore.create(corpus, document, "bench");
        int step = benchCase.chars() / benchCase.annotations();
        for (int i = 0; i < benchCase.annotations(); i++) {
            int begin = i * step;
            set.getAnnotations().add(AnnotationEdits.newAnnotation(set, AnnotationEdits.KINDS.get(i % 4), new Span(begin, begin + Math.min(step, 12))));
        }
        AnnotationStore.save(corpus, set);
        return corpus;
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
