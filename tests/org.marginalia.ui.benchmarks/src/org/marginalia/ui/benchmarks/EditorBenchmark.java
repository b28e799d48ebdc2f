package org.marginalia.ui.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.edit.Span;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.editor.DocumentEditor;
import org.marginalia.ui.editor.DocumentEditorInput;
import org.marginalia.ui.preferences.MarginaliaPreferences;

/**
 * The editor on a synthetic 1 MB document with 20,000 annotations (sizes: -Dbench.textLength,
 * -Dbench.annotations, -Dbench.actions): time from open to first paint, time per tagging action (tag, repaint
 * the highlighting, paint) as median and 95th percentile, and the heap the open editor holds. Prints, asserts nothing.
 */
class EditorBenchmark {

    @TempDir
    Path temp;

    @Test
    void openAndTag() throws Exception {
        int textLength = Integer.getInteger("bench.textLength", 1_000_000);
        int annotations = Integer.getInteger("bench.annotations", 20_000);
        int actions = Integer.getInteger("bench.actions", 200);
        LoadedCorpus corpus = bigDocument(textLength, annotations);
        Document document = corpus.corpus().getDocuments().get(0);
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> MarginaliaPreferences.setAnalyst("bench"));
        CorpusSession.getDefault().open(corpus.layout().root());
        LoadedCorpus open = CorpusSession.getDefault().corpora().stream()
                .filter(c -> c.layout().root().equals(corpus.layout().root())).findFirst().orElseThrow();

        Document big = open.document(document.getId());
        double coldOpen = openMillis(display, open, big);
        closeAll(display);
        double warmOpen = openMillis(display, open, big);
        closeAll(display);
        long heapBefore = usedHeapAfterGc();
        double openMillis = openMillis(display, open, big);
        long heapOpen = usedHeapAfterGc() - heapBefore;
        DocumentEditor[] editor = { (DocumentEditor) syncCall(display,
                () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor()) };

        List<Double> times = new ArrayList<>();
        Random random = new Random(7);
        String text = document.getText();
        for (int i = 0; i < actions; i++) {
            int at = random.nextInt(text.length() - 20);
            display.syncExec(() -> {
                StyledText widget = editor[0].getTextWidget();
                widget.setSelection(at, at + 5);
                long t0 = System.nanoTime();
                editor[0].tagSelection(MarginaliaPackage.eINSTANCE.getFigure());
                widget.update(); // include the repaint the analyst waits for
                times.add((System.nanoTime() - t0) / 1e6);
            });
        }
        times.sort(null);
        System.out.printf("%nEditor benchmark: one document of %,d characters with %,d annotations%n", textLength, annotations);
        System.out.printf("  open to first paint, first time    %8.1f ms   (classes loaded and compiled on the way)%n", coldOpen);
        System.out.printf("  open to first paint, again         %8.1f ms   %8.1f ms%n", warmOpen, openMillis);
        System.out.printf("  tagging action (tag + repaint)     median %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%d actions)%n",
                times.get(times.size() / 2), times.get((int) (times.size() * 0.95)), times.get(times.size() - 1), actions);
        System.out.printf("  heap held by the open editor       %8d MB (after collection)%n%n", heapOpen >> 20);
        closeAll(display);
    }

    /** Opens the document's editor and waits for its text's first paint; returns the milliseconds in between. */
    private static double openMillis(Display display, LoadedCorpus corpus, Document document) {
        AtomicLong firstPaint = new AtomicLong();
        long[] start = new long[1];
        DocumentEditor editor = (DocumentEditor) syncCall(display, () -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            start[0] = System.nanoTime();
            try {
                DocumentEditor opened = (DocumentEditor) page.openEditor(new DocumentEditorInput(corpus, document), DocumentEditor.ID);
                opened.getTextWidget().addListener(SWT.Paint, e -> firstPaint.compareAndSet(0, System.nanoTime()));
                return opened;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        while (firstPaint.get() == 0) {
            display.syncExec(() -> editor.getTextWidget().redraw());
            Thread.onSpinWait();
        }
        return (firstPaint.get() - start[0]) / 1e6;
    }

    private static void closeAll(Display display) {
        display.syncExec(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
    }

    private static Object syncCall(Display display, Supplier<Object> code) {
        Object[] result = new Object[1];
        display.syncExec(() -> result[0] = code.get());
        return result[0];
    }

    private LoadedCorpus bigDocument(int textLength, int annotations) throws Exception {
        Random random = new Random(42);
        String[] words = "the minister said that japan and ukraine would continue to cooperate on security talks".split(" ");
        StringBuilder text = new StringBuilder(textLength + 16);
        while (text.length() < textLength) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(15) == 0 ? ".\n" : " ");
        }
        Path texts = Files.createDirectories(temp.resolve("texts"));
        Files.writeString(texts.resolve("big.txt"), text.substring(0, textLength));
        LoadedCorpus corpus = CorpusImporter.importTexts(texts, temp.resolve("corpus"), "big");
        Document document = corpus.corpus().getDocuments().get(0);
        AnnotationSet set = AnnotationStore.create(corpus, document, "bench");
        int step = textLength / annotations;
        for (int i = 0; i < annotations; i++) {
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
