package org.marginalia.install.smoke;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Figure;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.editor.DocumentEditor;
import org.marginalia.ui.editor.DocumentEditorInput;
import org.marginalia.ui.perspective.MarginaliaPerspective;
import org.marginalia.ui.preferences.MarginaliaPreferences;
import org.marginalia.ui.properties.AnnotationPropertySource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Runs inside an Eclipse IDE into which the Marginalia feature was installed from the update site: checks
 * that the Marginalia bundles resolved, opens the Marginalia perspective and a seed document in the
 * editor, writes what it saw to the report file and closes the IDE. The install test script reads the report.
 */
public final class InstallSmokeStartup implements IStartup {

    private static final List<String> BUNDLES = List.of("org.marginalia.model", "org.marginalia.core", "org.marginalia.ui");

    @Override
    public void earlyStartup() {
        String report = System.getProperty("marginalia.smoke.report");
        String seeds = System.getProperty("marginalia.smoke.seeds");
        if (report == null || seeds == null) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            List<String> lines = new ArrayList<>();
            try {
                lines.addAll(checkBundles());
                lines.addAll(openSeedDocument(workbench, Path.of(seeds), Path.of(report).resolveSibling("smoke-corpus")));
            } catch (Exception | LinkageError e) {
                lines.add("FAIL " + e);
            }
            write(Path.of(report), lines);
            workbench.close();
        });
    }

    private static List<String> checkBundles() {
        List<String> lines = new ArrayList<>();
        Bundle self = FrameworkUtil.getBundle(InstallSmokeStartup.class);
        for (String name : BUNDLES) {
            Bundle bundle = Platform.getBundle(name);
            boolean resolved = bundle != null && (bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0;
            lines.add((resolved ? "OK bundle " : "FAIL bundle ") + name + (bundle == null ? " missing" : " " + bundle.getVersion()));
        }
        lines.add("OK smoke bundle " + self.getSymbolicName());
        return lines;
    }

    private static List<String> openSeedDocument(IWorkbench workbench, Path seeds, Path corpusFolder) throws Exception {
        CorpusImporter.importTexts(seeds, corpusFolder, "Install smoke");
        MarginaliaPreferences.setAnalyst("smoke");
        LoadedCorpus corpus = CorpusSession.getDefault().open(corpusFolder);
        IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
        page.setPerspective(workbench.getPerspectiveRegistry().findPerspectiveWithId(MarginaliaPerspective.ID));
        Document document = corpus.corpus().getDocuments().get(0);
        DocumentEditor editor = (DocumentEditor) page.openEditor(new DocumentEditorInput(corpus, document), DocumentEditor.ID);
        String expected = Files.readString(seeds.resolve(document.getId() + ".txt"), StandardCharsets.UTF_8);
        // The widget shows long lines broken; the viewer's text is the document's own characters.
        String shown = editor.getViewer().text();
        List<String> lines = new ArrayList<>();
        lines.add((MarginaliaPerspective.ID.equals(page.getPerspective().getId()) ? "OK" : "FAIL") + " perspective " + page.getPerspective().getId());
        lines.add((expected.equals(shown) ? "OK" : "FAIL") + " editor shows " + document.getId() + " (" + shown.length() + " characters)");
        lines.add(tagSaveAndReopen(page, corpus, document, editor));
        return lines;
    }

    /** The editor's smoke test, as in the standalone product's UI tests: tag a figure, save, close, reopen. */
    private static String tagSaveAndReopen(IWorkbenchPage page, LoadedCorpus corpus, Document document, DocumentEditor editor) throws Exception {
        String phrase = "approximately 12,000 North Korean troops";
        int begin = editor.documentText().indexOf(phrase);
        editor.getViewer().select(begin, begin + phrase.length());
        Annotation figure = editor.tagSelection(MarginaliaPackage.eINSTANCE.getFigure()).orElseThrow();
        new AnnotationPropertySource(figure, editor).setPropertyValue(MarginaliaPackage.eINSTANCE.getFigure_Value(), "12,000");
        editor.doSave(null);
        page.closeEditor(editor, false);
        DocumentEditor reopened = (DocumentEditor) page.openEditor(new DocumentEditorInput(corpus, document), DocumentEditor.ID);
        boolean kept = reopened.getAnnotationSet().getAnnotations().stream()
                .anyMatch(a -> a instanceof Figure f && "12000".equals(f.getValue()) && f.getBegin() == begin);
        boolean saved = Files.isRegularFile(AnnotationStore.analystFile(corpus.layout(), "smoke", document.getId()));
        return (kept && saved && !reopened.isDirty() ? "OK" : "FAIL") + " tagged a figure, saved, reopened (kept " + kept + ", file " + saved + ")";
    }

    private static void write(Path report, List<String> lines) {
        try {
            Files.write(report, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the smoke report " + report, e);
        }
    }
}
