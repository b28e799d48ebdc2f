package org.marginalia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.assist.LearnedSuggester;
import org.marginalia.core.assist.Suggestion;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Annotation;
import org.marginalia.model.Figure;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.model.Origin;
import org.marginalia.model.Quote;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.corpus.OpenCorpusJob;
import org.marginalia.ui.corpus.ProblemMarkers;
import org.marginalia.ui.editor.RetrainRecommendersJob;
import org.marginalia.ui.preferences.MarginaliaPreferences;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.DocumentEditorPage;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;

/** The analyst's main screen: tagging by key, attributes in Properties, undo/redo, save and reopen. */
class AnnotationEditorTest {

    private static final MarginaliaPackage M = MarginaliaPackage.eINSTANCE;
    private static final String DOC_000 = "000_3ffbc56c78e89f21";
    private static final String TROOPS = "approximately 12,000 North Korean troops";

    @TempDir
    Path temp;

    private final WorkbenchPage workbench = new WorkbenchPage();
    private LoadedCorpus corpus;

    @BeforeEach
    void openACopyOfTheDemoCorpus() throws Exception {
        corpus = DemoCorpus.openCopy(temp.resolve("demo"));
        UI.run(() -> MarginaliaPreferences.setAnalyst("dana"));
    }

    @AfterEach
    void closeEverything() {
        workbench.closeAllEditors();
        CorpusSession.getDefault().close(corpus);
    }

    private DocumentEditorPage open(String documentId) {
        return workbench.openDocument(corpus, corpus.document(documentId));
    }

    @Test
    void savingRetrainsTheLearningRecommenderInTheBackgroundAndItsProposalsSayWhoMadeThem() throws Exception {
        DocumentEditorPage editor = open(DOC_000);
        Job.getJobManager().join(RetrainRecommendersJob.FAMILY, null); // opening trained it on the team's sets, in a job
        assertTrue(LearnedSuggester.isTrained(corpus.document(DOC_000)));

        editor.selectPhrase(TROOPS, 0);
        editor.press('f');
        UI.waitUntil("a figure to be tagged", () -> editor.count(M.getFigure()) == 1);
        List<Job> training = new ArrayList<>();
        IJobChangeListener listener = new JobChangeAdapter() {
            @Override
            public void scheduled(IJobChangeEvent event) {
                if (event.getJob().belongsTo(RetrainRecommendersJob.FAMILY)) {
                    training.add(event.getJob());
                }
            }
        };
        Job.getJobManager().addJobChangeListener(listener);
        try {
            editor.pressCtrl('s');
            UI.waitUntil("the save", () -> !editor.isDirty());
        } finally {
            Job.getJobManager().removeJobChangeListener(listener);
        }
        assertEquals(1, training.size(), "a save schedules one training, which the editor does not wait for");
        Job.getJobManager().join(RetrainRecommendersJob.FAMILY, null);
        assertTrue(((RetrainRecommendersJob) training.get(0)).trained().models().size() >= 4,
                "quotes, figures, roles and the demo's events and claims have examples enough");

        List<Suggestion> proposed = UI.call(() -> editor.editor().suggest());
        assertTrue(proposed.stream().anyMatch(s -> s.suggester().equals(LearnedSuggester.NAME) && s.confidence() > 0),
                "the learned recommender proposes, and says it and how sure it is");
    }

    @Test
    void aFigureTaggedByKeyKeepsItsAttributesThroughSaveCloseAndReopen() throws Exception {
        DocumentEditorPage editor = open(DOC_000);
        assertEquals("dana", editor.analyst());
        assertTrue(editor.annotations().isEmpty(), "dana has not annotated this document yet");

        editor.selectPhrase(TROOPS, 3); // a sloppy drag: the span snaps to whole words
        editor.press('f');
        UI.waitUntil("a figure to be tagged", () -> editor.count(M.getFigure()) == 1);
        Figure figure = (Figure) editor.annotations().get(0);
        assertEquals(TROOPS, editor.text().substring(figure.getBegin(), figure.getEnd()));
        assertSame(figure, editor.selectedAnnotation(), "the new annotation is selected for its attributes");
        assertTrue(editor.isDirty());

        assertTrue(editor.validate("Value", "many").contains("neither a number"), "an invalid value is refused in place");
        editor.setProperty("Value", "12,000");
        editor.setProperty("Counts", "North Korean troops");
        editor.setProperty("Approximate", 1);
        assertEquals("12000", figure.getValue());

        editor.pressCtrl('s');
        UI.waitUntil("the save", () -> !editor.isDirty());
        Path file = AnnotationStore.analystFile(corpus.layout(), "dana", DOC_000);
        assertTrue(Files.isRegularFile(file));
        workbench.closeAllEditors();

        LoadedAnnotations reread = AnnotationStore.loadAll(CorpusStore.load(corpus.layout().root()));
        Figure saved = (Figure) reread.analystSet("dana", DOC_000).orElseThrow().getAnnotations().get(0);
        assertEquals("12000", saved.getValue());
        assertEquals("North Korean troops", saved.getCounts());
        assertTrue(saved.isApproximate());

        DocumentEditorPage reopened = open(DOC_000);
        assertEquals(1, reopened.annotations().size());
        assertEquals("12000", ((Figure) reopened.annotations().get(0)).getValue());
        assertFalse(reopened.isDirty());
    }

    @Test
    void aQuoteTakesAnExistingSpeakerAndUndoRedoWalkEveryStep() {
        DocumentEditorPage editor = open(DOC_000);
        editor.selectPhrase("Japan will continue to stand together with Ukraine for its efforts in realizing a just and lasting peace.", 0);
        editor.press('q');
        UI.waitUntil("a quote to be tagged", () -> editor.count(M.getQuote()) == 1);
        Quote quote = (Quote) editor.annotations().get(0);
        assertEquals("Takeshi Iwaya", UI.call(() -> editor.editor().entities().matching("Iwa").get(0).getName()), "content assist proposes him");
        editor.setProperty("Speaker", "Takeshi Iwaya");
        assertNotNull(quote.getSpeaker());
        assertSame(corpus.corpus().getEntities().stream().filter(e -> e.getId().equals("person.takeshi-iwaya")).findFirst().orElseThrow(),
                quote.getSpeaker(), "the corpus's shared entity, not a copy");

        editor.command("org.eclipse.ui.edit.undo");
        assertNull(quote.getSpeaker(), "undo removes the speaker");
        editor.command("org.eclipse.ui.edit.undo");
        assertEquals(0, editor.count(M.getQuote()), "undo removes the quote");
        assertFalse(editor.isDirty());
        editor.command("org.eclipse.ui.edit.redo");
        editor.command("org.eclipse.ui.edit.redo");
        assertEquals(1, editor.count(M.getQuote()), "redo restores it");
        assertEquals("Takeshi Iwaya", ((Quote) editor.annotations().get(0)).getSpeaker().getName());
    }

    @Test
    void aNewSpeakerIsCreatedInTheAnalystsOwnSet() {
        DocumentEditorPage editor = open(DOC_000);
        editor.selectPhrase("a basis for intelligence sharing between the two governments.", 0);
        editor.press('q');
        UI.waitUntil("a quote to be tagged", () -> editor.count(M.getQuote()) == 1);
        editor.setProperty("Speaker", "Ministry Spokesperson (organisation)");
        Quote quote = (Quote) editor.annotations().get(0);
        assertEquals("organisation.ministry-spokesperson", quote.getSpeaker().getId());
        assertSame(editor.editor().getAnnotationSet(), quote.getSpeaker().eContainer(), "kept in dana's file, not in corpus.marginalia");
    }

    @Test
    void keysChangeKindDeleteAndWalkTheAnnotations() {
        UI.run(() -> MarginaliaPreferences.setAnalyst("ana"));
        DocumentEditorPage editor = open(DOC_000);
        int count = editor.annotations().size();
        editor.caretAt(0);
        editor.press('n');
        UI.waitUntil("the first annotation to be selected", () -> editor.selectedAnnotation() != null);
        Annotation first = editor.selectedAnnotation();
        int index = editor.annotations().indexOf(first);
        assertEquals("North Korea", editor.text().substring(first.getBegin(), first.getEnd()));
        editor.press('n');
        UI.waitUntil("the next annotation", () -> editor.selectedAnnotation() != first);
        editor.press('p');
        UI.waitUntil("back to the first", () -> editor.selectedAnnotation() == first);

        editor.press('r'); // the selection covers exactly the mention: it becomes a role
        UI.waitUntil("the kind to change", () -> editor.selectedAnnotation() != null && editor.selectedAnnotation().eClass() == M.getRole());
        assertEquals(count, editor.annotations().size());
        editor.press(SWT.DEL);
        UI.waitUntil("the deletion", () -> editor.annotations().size() == count - 1);
        editor.command("org.eclipse.ui.edit.undo");
        editor.command("org.eclipse.ui.edit.undo");
        assertEquals(M.getEntityMention(), editor.annotations().get(index).eClass(), "undo restores the mention as it was");
        assertEquals(first.getId(), editor.annotations().get(index).getId());
    }

    @Test
    void suggestionsAreGhostsUntilTheAnalystAcceptsOrRejectsThem() {
        DocumentEditorPage editor = open(DOC_000);
        editor.press('s');
        UI.waitUntil("suggestions", () -> !editor.editor().getSuggestions().isEmpty());
        assertTrue(editor.annotations().isEmpty(), "nothing is added without the analyst's action");

        int quote = editor.text().indexOf("Japan will continue to stand together");
        editor.caretAt(editor.text().indexOf("continue", quote) + 2); // inside the quote, on no name
        editor.press('\r');
        UI.waitUntil("the accepted quote", () -> editor.count(M.getQuote()) == 1);
        Quote accepted = (Quote) editor.annotations().get(0);
        assertEquals(Origin.SUGGESTED, accepted.getOrigin());
        assertEquals(quote, accepted.getBegin());
        assertEquals("person.takeshi-iwaya", accepted.getSpeaker().getId(), "\"He stated\": the last person named");

        int kyiv = editor.text().indexOf("Kyiv");
        int before = editor.editor().getSuggestions().size();
        editor.select(kyiv, kyiv + 4); // a double-click on the word
        // The command Delete is bound to. A Delete key posted here, right after Enter, did not reach the binding
        // under the test harness (the real key does, in the product); so this step runs the command itself.
        editor.command("org.marginalia.ui.commands.deleteAnnotation");
        UI.waitUntil("the rejected suggestion", () -> editor.editor().getSuggestions().size() == before - 1);
        assertEquals(1, editor.annotations().size(), "rejecting adds nothing");
        assertTrue(editor.editor().getSuggestions().stream().noneMatch(g -> g.begin() <= kyiv + 1 && kyiv + 1 < g.end()
                && editor.text().substring(g.begin(), g.end()).equals("Kyiv")), "the first Kyiv is no longer proposed");
        UI.run(() -> editor.editor().suggest());
        assertTrue(editor.editor().getSuggestions().stream().noneMatch(g -> g.begin() == kyiv && g.end() == kyiv + 4),
                "a rejected suggestion is not proposed again");
        assertEquals(before - 1, editor.editor().getSuggestions().size(), "only that one is left out: the others come back");

        long figures = editor.editor().getSuggestions().stream().filter(s -> s.proposal() instanceof Figure).count();
        assertTrue(figures >= 2, "figures suggested: " + figures);
        UI.run(() -> editor.editor().acceptAllSuggested(M.getFigure()));
        assertEquals(figures, editor.count(M.getFigure()));
        editor.command("org.eclipse.ui.edit.undo");
        assertEquals(0, editor.count(M.getFigure()), "accepting all of a kind is one undoable step");
    }

    @Test
    void switchingAnalystShowsTheirAnnotations() {
        UI.run(() -> MarginaliaPreferences.setAnalyst("ben"));
        DocumentEditorPage editor = open(DOC_000);
        assertEquals(24, editor.annotations().size());
        UI.run(() -> MarginaliaPreferences.setAnalyst("chloe"));
        UI.waitUntil("chloe's annotations", () -> "chloe".equals(editor.analyst()));
        assertEquals(37, editor.annotations().size());
    }

    @Test
    void aFileWithProblemsOpensWithABannerAndIsNotRewritten() throws Exception {
        workbench.closeAllEditors();
        CorpusSession.getDefault().close(corpus);
        Path file = AnnotationStore.analystFile(corpus.layout(), "ben", DOC_000);
        Files.writeString(file, Files.readString(file).replaceFirst("begin=\"\\d+\" end=\"\\d+\"", "begin=\"90000\" end=\"90005\""));
        byte[] before = Files.readAllBytes(file);
        OpenCorpusJob job = new OpenCorpusJob(corpus.layout().root());
        job.schedule();
        job.join();
        assertEquals(IStatus.WARNING, job.getResult().getSeverity(), "opened, with a warning");
        corpus = CorpusSession.getDefault().corpora().stream().filter(c -> c.layout().root().equals(corpus.layout().root())).findFirst().orElseThrow();
        IMarker[] markers = ResourcesPlugin.getWorkspace().getRoot().findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
        assertTrue(List.of(markers).stream().anyMatch(m -> file.toString().equals(m.getAttribute(IMarker.LOCATION, ""))
                && m.getAttribute(IMarker.MESSAGE, "").contains("lies outside the text")), "a Problems view marker names the file");
        UI.run(() -> MarginaliaPreferences.setAnalyst("ben"));

        DocumentEditorPage editor = open(DOC_000);
        assertTrue(editor.bannerText().contains("lies outside the text"), editor.bannerText());
        assertEquals(24, editor.annotations().size(), "every annotation is kept");
        workbench.closeAllEditors();
        assertArrayEquals(before, Files.readAllBytes(file), "opening and closing never rewrites the file");
    }
}
