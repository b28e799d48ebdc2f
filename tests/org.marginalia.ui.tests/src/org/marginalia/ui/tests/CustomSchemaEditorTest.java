package org.marginalia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.schema.AttributeValues;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.model.Relation;
import org.marginalia.ui.editor.AnnotationDescriptions;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.preferences.MarginaliaPreferences;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.DialogPage;
import org.marginalia.ui.tests.support.MenuBarPage;
import org.marginalia.ui.tests.support.ReviewEditorPage;
import org.marginalia.ui.tests.support.SchemaEditorPage;
import org.marginalia.ui.tests.support.DocumentEditorPage;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;
import org.marginalia.ui.views.AnnotationsView;

/** A team's own kind in the editor: its key tags, its legend chip counts, Properties edits its typed attributes. */
class CustomSchemaEditorTest {

    /** Statements with how certain the source is, who made them and when. */
    private static final String STATEMENTS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ecore:EPackage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="statements" nsURI="http://example.org/schema/statements" nsPrefix="st">
              <eClassifiers xsi:type="ecore:EEnum" name="Certainty">
                <eLiterals name="certain"/>
                <eLiterals name="hedged" value="1"/>
              </eClassifiers>
              <eClassifiers xsi:type="ecore:EClass" name="Statement" eSuperTypes="http://marginalia.org/model/1.0#//CustomSpan">
                <eAnnotations source="http://marginalia.org/schema">
                  <details key="color" value="#ffd6e0"/>
                  <details key="key" value="T"/>
                  <details key="description" value="Something a named source states as fact."/>
                </eAnnotations>
                <eStructuralFeatures xsi:type="ecore:EAttribute" name="certainty" eType="#//Certainty"/>
                <eStructuralFeatures xsi:type="ecore:EReference" name="speaker" eType="ecore:EClass http://marginalia.org/model/1.0#//Entity"/>
                <eStructuralFeatures xsi:type="ecore:EAttribute" name="made" eType="ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EDate"/>
                <eStructuralFeatures xsi:type="ecore:EAttribute" name="troops" eType="ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EInt"/>
                <eStructuralFeatures xsi:type="ecore:EReference" name="answers" eType="ecore:EClass http://marginalia.org/model/1.0#//Annotation"/>
                <eStructuralFeatures xsi:type="ecore:EReference" name="witnesses" upperBound="-1" eType="ecore:EClass http://marginalia.org/model/1.0#//Entity"/>
                <eStructuralFeatures xsi:type="ecore:EAttribute" name="outlet" eType="ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EString">
                  <eAnnotations source="http://marginalia.org/schema">
                    <details key="values" value="Kyodo|Reuters|NHK"/>
                  </eAnnotations>
                </eStructuralFeatures>
              </eClassifiers>
              <eClassifiers xsi:type="ecore:EClass" name="Echoes" eSuperTypes="http://marginalia.org/model/1.0#//Relation">
                <eAnnotations source="http://marginalia.org/schema">
                  <details key="governorKinds" value="Statement"/>
                  <details key="dependentKinds" value="Statement"/>
                  <details key="description" value="The statement repeats one made elsewhere, possibly in another outlet."/>
                </eAnnotations>
              </eClassifiers>
            </ecore:EPackage>
            """;
    private static final String DOC_001 = "001_78016d3573fe0450";
    private static final String DOC_003 = "003_8fdbe4dfb0182242";
    private static final String OTHER_PHRASE = "as many as 12,000 North Korean troops";
    private static final String PHRASE = "approximately 12,000 North Korean soldiers";

    @TempDir
    Path temp;

    private final WorkbenchPage workbench = new WorkbenchPage();
    private LoadedCorpus corpus;

    @BeforeEach
    void openTheDemoWithASchema() throws Exception {
        Path texts = Files.createDirectories(temp.resolve("texts"));
        Path seeds = DemoCorpus.seeds();
        Files.copy(seeds.resolve(DOC_001 + ".txt"), texts.resolve("kursk.txt"));
        Files.copy(seeds.resolve(DOC_003 + ".txt"), texts.resolve("troops.txt"));
        Path schema = Files.writeString(temp.resolve("statements.ecore"), STATEMENTS);
        CorpusImporter.importTexts(texts, temp.resolve("corpus"), "Statements", schema);
        corpus = CorpusSession.getDefault().open(temp.resolve("corpus"));
        UI.run(() -> MarginaliaPreferences.setAnalyst("dana"));
    }

    @AfterEach
    void closeEverything() {
        DialogPage.closeAll();
        workbench.closeAllEditors();
        CorpusSession.getDefault().close(corpus);
    }

    @Test
    void theSchemasKeyTagsAndPropertiesEditItsTypedAttributesThroughSaveAndReopen() throws Exception {
        DocumentEditorPage editor = workbench.openDocument(corpus, corpus.corpus().getDocuments().get(0));
        editor.selectPhrase(PHRASE, 0);

        editor.press('t');

        UI.waitUntil("a statement tagged by its key", () -> editor.annotations().size() == 1);
        Annotation statement = editor.annotations().get(0);
        assertEquals("Statement", statement.eClass().getName());
        assertEquals(PHRASE, editor.property("Text"));
        assertTrue(editor.legend().contains("Statement  1  [T]"), editor.legend());
        AnnotationsView view = UI.call(() -> {
            try {
                return (AnnotationsView) WorkbenchPage.page().showView(AnnotationsView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new AssertionError(e);
            }
        });
        UI.waitUntil("the schema's kind among the Annotations view's filters", () -> UI.call(() -> java.util.Arrays.stream(
                view.getViewSite().getActionBars().getToolBarManager().getItems())
                .map(item -> ((org.eclipse.jface.action.ActionContributionItem) item).getAction().getText()).toList())
                .equals(java.util.List.of("Quote", "Figure", "Role", "Entity mention", "Statement")));
        UI.waitUntil("the statement listed", () -> UI.call(() -> view.getViewer().getTable().getItemCount()) == 1);
        UI.run(() -> view.filter(java.util.Set.of(statement.eClass())));
        UI.waitUntil("filtered to statements", () -> UI.call(() -> view.getViewer().getTable().getItemCount()) == 1);
        UI.run(() -> view.filter(java.util.Set.of()));
        UI.waitUntil("statements hidden", () -> UI.call(() -> view.getViewer().getTable().getItemCount()) == 0);
        UI.run(() -> view.filter(java.util.Set.of(statement.eClass())));
        workbench.openDocument(corpus, corpus.corpus().getDocuments().get(0));

        assertEquals("\"soon\" is not a date: write it as 2024-11-16", editor.validate("made", "soon"));
        assertEquals("\"many\" is not a whole number", editor.validate("troops", "many"));
        editor.setProperty("certainty", 2); // the combo: not answered, certain, hedged
        editor.setProperty("made", "2024-11-16");
        editor.setProperty("troops", "12,000");
        editor.setProperty("speaker", "Andrii Sybiha (person)");
        editor.setProperty("witnesses", "Andrii Sybiha; Kyiv Independent (organisation)");
        assertEquals("Andrii Sybiha; Kyiv Independent", editor.property("witnesses"), "several entities, one of them new");
        java.util.List<?> witnesses = (java.util.List<?>) statement.eGet(feature(statement, "witnesses"));
        assertEquals(statement.eGet(feature(statement, "speaker")), witnesses.get(0), "a known name is that entity");
        assertEquals("hedged", statement.eGet(feature(statement, "certainty")).toString());
        assertEquals("12000", editor.property("troops"));
        assertTrue(editor.propertyDescription("outlet").contains("for example Kyodo, Reuters, NHK (Ctrl+Space)"), editor.propertyDescription("outlet"));
        editor.setProperty("outlet", "Yomiuri");
        assertEquals("Yomiuri", editor.property("outlet"), "an open tag set takes other values too");
        assertTrue(editor.propertyDescription("certainty").contains("certain; hedged"), editor.propertyDescription("certainty"));

        editor.pressCtrl('s');
        UI.waitUntil("the save", () -> !editor.isDirty());
        AnnotationSet reread = AnnotationStore.loadAll(CorpusStore.load(corpus.layout().root())).sets().get(0);
        Annotation back = reread.getAnnotations().get(0);
        assertEquals("hedged", back.eGet(feature(back, "certainty")).toString());
        assertEquals(12000, back.eGet(feature(back, "troops")));
        Entity speaker = (Entity) back.eGet(feature(back, "speaker"));
        assertNotNull(speaker);
        assertEquals("Andrii Sybiha", speaker.getName());
        assertEquals("2024-11-16", AttributeValues.text(back, feature(back, "made")));
    }

    @Test
    void lLinksTheSelectedAnnotationToOneInAnotherDocumentAndDeletingAnEndTakesTheLinkAlong() throws Exception {
        Document kursk = corpus.corpus().getDocuments().get(0);
        Document troops = corpus.corpus().getDocuments().get(1);
        DocumentEditorPage other = workbench.openDocument(corpus, troops);
        other.selectPhrase(OTHER_PHRASE, 0);
        other.press('t');
        UI.waitUntil("the other document's statement", () -> other.annotations().size() == 1);
        Annotation echoed = other.annotations().get(0);
        DocumentEditorPage editor = workbench.openDocument(corpus, kursk);
        editor.selectPhrase(PHRASE, 0);
        editor.press('t');
        UI.waitUntil("a statement", () -> editor.annotations().size() == 1);
        Annotation statement = editor.annotations().get(0);
        AnnotationSet set = (AnnotationSet) statement.eContainer();

        editor.press('l');
        DialogPage dialog = DialogPage.waitFor("Link Annotation");
        assertTrue(dialog.text().contains("Link Statement \u201c" + PHRASE + "\u201d to"), dialog.text());
        dialog.typeFilter("*12,000 North"); // the list matches from the start of a line, * as in Eclipse's other lists
        String line = "Echoes \u2192 Statement \u201c" + OTHER_PHRASE + "\u201d in " + troops.getTitle();
        UI.waitUntil("the statement of the other document listed", () -> dialog.tableRows().equals(java.util.List.of(java.util.List.of(line))));
        dialog.click("OK");
        dialog.waitUntilClosed();

        UI.waitUntil("the link", () -> set.getRelations().size() == 1);
        Relation echo = set.getRelations().get(0);
        assertEquals("Echoes", echo.eClass().getName());
        assertEquals(statement, echo.getGovernor());
        assertEquals(echoed, echo.getDependent());
        String hover = UI.call(() -> AnnotationDescriptions.hover(statement, kursk.getText()));
        assertTrue(hover.contains("\u2192 Echoes: Statement \u201c" + OTHER_PHRASE + "\u201d in " + troops.getTitle()), hover);
        assertTrue(UI.call(() -> AnnotationDescriptions.hover(echoed, troops.getText())).contains("\u2190 Echoes: from Statement"));

        editor.select(statement.getBegin(), statement.getBegin());
        editor.setProperty("answers", 1); // the list: not answered, then the candidates; the other document's statement is the only one
        assertEquals(echoed, statement.eGet(feature(statement, "answers")), "an attribute may refer to an annotation of another document");
        workbench.openDocument(corpus, troops).pressCtrl('s'); // each editor saves its own file, when it is in front
        workbench.openDocument(corpus, kursk).pressCtrl('s');
        UI.waitUntil("both saves", () -> !editor.isDirty() && !other.isDirty());
        LoadedCorpus reread = CorpusStore.load(corpus.layout().root());
        Relation back = AnnotationStore.loadAll(reread).analystSet("dana", kursk.getId()).orElseThrow().getRelations().get(0);
        assertEquals(statement.getId(), back.getGovernor().getId());
        assertEquals(echoed.getId(), back.getDependent().getId(), "the dependent is read from the other document's file");
        assertEquals(troops.getId(), ((AnnotationSet) back.getDependent().eContainer()).getDocument().getId());
        Annotation answering = back.getGovernor();
        assertEquals(echoed.getId(), ((Annotation) answering.eGet(feature(answering, "answers"))).getId(), "the reference read back from the other file");

        editor.select(statement.getBegin(), statement.getBegin());
        editor.press('l');
        DialogPage again = DialogPage.waitFor("Link Annotation");
        again.typeFilter("*linked");
        UI.waitUntil("the existing link offered for removal", () -> again.tableRows().size() == 1 && again.tableRows().get(0).get(0).endsWith("(linked: choose to remove)"));
        again.click("OK");
        again.waitUntilClosed();
        UI.waitUntil("the link removed", () -> set.getRelations().isEmpty());
        editor.pressCtrl('z');
        UI.waitUntil("the link back after Undo", () -> set.getRelations().size() == 1);

        workbench.openDocument(corpus, troops);
        other.select(echoed.getBegin(), echoed.getBegin());
        other.command("org.marginalia.ui.commands.deleteAnnotation");
        UI.waitUntil("the statement and the link to it deleted together", () -> other.annotations().isEmpty() && set.getRelations().isEmpty());
        other.pressCtrl('z');
        UI.waitUntil("one Undo brings both back", () -> other.annotations().size() == 1 && set.getRelations().size() == 1);
    }

    @Test
    void newKindFromASelectionJoinsTheSchemaTagsTheWordsAndItsKeyTagsMore() throws Exception {
        DocumentEditorPage editor = workbench.openDocument(corpus, corpus.corpus().getDocuments().get(0));
        editor.selectPhrase(PHRASE, 0);
        new MenuBarPage().click("Marginalia", "New Kind...");
        DialogPage dialog = DialogPage.waitFor("New Kind");
        dialog.fill("a word, like Claim or DamageReport", "TroopCount");
        dialog.fill("one letter that tags the selection", "Q");
        UI.waitUntil("the reserved key refused", () -> dialog.text().contains("the key Q, which the editor uses already") && !dialog.isEnabled("OK"));
        dialog.fill("one letter that tags the selection", "k");
        dialog.fill("#rrggbb", "#c0e8ff");
        dialog.fill("what to tag with it, shown on the legend", "A number of soldiers, with its hedge.");
        UI.waitUntil("a valid kind", () -> dialog.isEnabled("OK"));
        assertTrue(dialog.text().contains("Troop count  1  [K]"), "the preview chip: " + dialog.text());
        dialog.click("OK");
        dialog.waitUntilClosed();

        UI.waitUntil("the words tagged with the new kind", () -> editor.annotations().size() == 1);
        assertEquals("TroopCount", editor.annotations().get(0).eClass().getName());
        assertTrue(editor.legend().contains("Troop count  1  [K]"), editor.legend());
        String other = "North Korea";
        java.util.List<org.marginalia.core.edit.Span> places = new org.marginalia.core.text.TextSearch(other, true, true).findAll(editor.text());
        assertTrue(places.size() > 2, "the name recurs: " + places);
        editor.select(places.get(0).begin(), places.get(0).end());
        editor.press('k');
        UI.waitUntil("the new kind's key tags", () -> editor.annotations().size() == 2);
        editor.press('s');
        UI.waitUntil("tagged once, offered at the name's other occurrences", () -> UI.call(() -> editor.editor().getSuggestions().stream()
                .filter(g -> g.proposal().eClass().getName().equals("TroopCount")).count()) == places.size() - 1);
        int ghost = UI.call(() -> editor.editor().getSuggestions().stream().filter(g -> g.proposal().eClass().getName().equals("TroopCount"))
                .findFirst().orElseThrow().begin());
        editor.caretAt(ghost);
        editor.press('\r');
        UI.waitUntil("the suggestion accepted", () -> editor.annotations().size() == 3);
        UI.run(() -> editor.editor().clearSuggestions());
        editor.pressCtrl('s');
        UI.waitUntil("the save", () -> !editor.isDirty());

        LoadedCorpus reread = CorpusStore.load(corpus.layout().root());
        assertEquals(java.util.List.of(), reread.problems());
        EClass kind = CorpusSchema.of(reread).spanKinds().stream().filter(k -> k.getName().equals("TroopCount")).findFirst().orElseThrow();
        assertEquals("K", CorpusSchema.key(kind).orElseThrow());
        assertEquals("#c0e8ff", CorpusSchema.color(kind).orElseThrow());
        assertEquals(3, AnnotationStore.loadAll(reread).sets().get(0).getAnnotations().stream().filter(a -> a.eClass().getName().equals("TroopCount")).count());
        assertTrue(CorpusSchema.of(reread).spanKinds().stream().anyMatch(k -> k.getName().equals("Statement")), "the schema's other kinds stay");
    }

    @Test
    void theSchemaEditorRenamesWithTheAnnotationsAddsKindsAndRefusesToDropWhatIsUsed() throws Exception {
        DocumentEditorPage editor = workbench.openDocument(corpus, corpus.corpus().getDocuments().get(0));
        editor.selectPhrase(PHRASE, 0);
        editor.press('t');
        UI.waitUntil("a statement", () -> editor.annotations().size() == 1);
        editor.setProperty("certainty", 2);
        editor.pressCtrl('s');
        UI.waitUntil("the save", () -> !editor.isDirty());
        Path schemaFile = corpus.layout().root().resolve("schema.ecore");

        SchemaEditorPage schema = SchemaEditorPage.open(corpus);
        assertEquals(java.util.List.of("Certainty  tag set", "  certain", "  hedged", "Statement  [T]  span kind", "  certainty: tag set Certainty",
                "  speaker: entity", "  made: date", "  troops: number", "  answers: annotation", "  witnesses: entity, several", "  outlet: text", "Echoes  relation kind: Statement \u2192 Statement"), schema.tree());
        schema.select("certainty:");
        schema.fill("Name:", "confidence");
        schema.select("Statement");
        schema.fill("Key:", "Q");
        assertTrue(schema.problems().contains("Statement has the key Q, which the editor uses already"), schema.problems());
        schema.fill("Key:", "T");
        assertTrue(schema.problems().startsWith("No problems"), schema.problems());

        schema.click("Add Attribute");
        schema.fill("Name:", "agency");
        schema.fill("Suggested values:", "AP | AFP");
        schema.select("hedged");
        schema.fill("Meaning:", "The source qualifies what it says.");

        schema.click("Add Span Kind");
        schema.fill("Name:", "Place");
        schema.fill("Key:", "w");
        schema.fill("Colour:", "#aaddaa");
        schema.click("Add Attribute");
        schema.fill("Name:", "country");
        schema.chooseType("entity");
        schema.tick("Required", true);
        assertTrue(schema.tree().contains("Place  [W]  span kind") && schema.tree().contains("  country: entity, required"), schema.tree().toString());
        assertTrue(schema.isDirty());
        schema.saveLater();
        UI.waitUntil("the schema saved", () -> !schema.isDirty());

        String saved = Files.readString(schemaFile);
        assertTrue(saved.contains("name=\"confidence\"") && saved.contains("renamedFrom") && saved.contains("name=\"Place\""), saved);
        LoadedCorpus reread = CorpusSession.getDefault().corpora().stream().filter(c -> c.layout().root().equals(corpus.layout().root())).findFirst().orElseThrow();
        corpus = reread; // the workbench read the corpus again with its new schema
        Annotation statement = AnnotationStore.loadAll(CorpusStore.load(corpus.layout().root())).sets().get(0).getAnnotations().get(0);
        assertEquals("hedged", statement.eGet(feature(statement, "confidence")).toString(), "the value was carried to the renamed attribute");
        EClass place = CorpusSchema.of(reread).spanKinds().stream().filter(k -> k.getName().equals("Place")).findFirst().orElseThrow();
        assertEquals("W", CorpusSchema.key(place).orElseThrow());
        assertEquals("entity", CorpusSchema.typeOf(place.getEStructuralFeature("country")));
        EClass statementKind = CorpusSchema.of(reread).spanKinds().stream().filter(k -> k.getName().equals("Statement")).findFirst().orElseThrow();
        assertEquals(java.util.List.of("AP", "AFP"), CorpusSchema.suggestedValues(statementKind.getEStructuralFeature("agency")), "an open tag set");
        assertEquals("The source qualifies what it says.", CorpusSchema.description(((org.eclipse.emf.ecore.EEnum) CorpusSchema.of(reread).tagSets().get(0))
                .getEEnumLiteral("hedged")).orElseThrow());
        Annotation unanswered = (Annotation) org.eclipse.emf.ecore.util.EcoreUtil.create(place);
        assertEquals("country", AnnotationDescriptions.missingRequired(unanswered), "a required attribute left empty is said");

        schema.select("confidence:");
        schema.click("Remove");
        schema.saveLater();
        DialogPage refused = DialogPage.waitFor("Schema Not Saved");
        assertTrue(refused.text().contains("attribute confidence of Statement is used by 1 annotation"), refused.text());
        refused.click("OK");
        refused.waitUntilClosed();
        assertTrue(schema.isDirty(), "the schema keeps the change, unsaved");
        assertEquals(saved, Files.readString(schemaFile), "nothing was written");
        UI.run(() -> WorkbenchPage.page().closeEditor(schema.editor(), false));
    }

    @Test
    void theReviewListsRelationsByTheirEndsAndTakesThoseTheStrategyTakes() throws Exception {
        Document kursk = corpus.corpus().getDocuments().get(0);
        String text = kursk.getText();
        int first = text.indexOf(PHRASE);
        int second = text.indexOf("North Korea");
        EClass statementKind = CorpusSchema.of(corpus).spanKinds().get(4);
        EClass echoes = CorpusSchema.of(corpus).relationKinds().get(0);
        for (String analyst : java.util.List.of("dana", "eve")) {
            AnnotationSet set = CorpusSession.getDefault().annotations(corpus).setFor(kursk, analyst);
            Annotation governor = statement(statementKind, analyst + "-1", first, first + PHRASE.length());
            Annotation dependent = statement(statementKind, analyst + "-2", second, second + "North Korea".length());
            set.getAnnotations().addAll(java.util.List.of(governor, dependent));
            Relation relation = (Relation) org.eclipse.emf.ecore.util.EcoreUtil.create(echoes);
            relation.setId(analyst + "-r");
            relation.setGovernor(governor);
            relation.setDependent(dependent);
            set.getRelations().add(relation);
            AnnotationStore.save(corpus, set);
        }
        ReviewEditorPage review = ReviewEditorPage.open(corpus, kursk);
        java.util.List<String> rows = UI.call(() -> review.editor().relationRows());
        assertEquals(java.util.List.of("Statement \u201c" + PHRASE + "\u201d | Statement \u201cNorth Korea\u201d | Echoes by dana, eve | "), rows);

        review.pressAutoMerge();
        review.answerAutoMerge("Merge 2 Positions");
        UI.waitUntil("the statements curated", () -> review.curatedCount() == 2);
        UI.run(() -> review.editor().takeRelations());
        UI.waitUntil("the relation curated between the curated statements", () -> UI.call(() -> review.editor().relationRows()).get(0).endsWith("| \u2713"));
        AnnotationSet curated = review.session().curated();
        assertEquals(1, curated.getRelations().size());
        assertEquals(curated, curated.getRelations().get(0).getDependent().eContainer());
        review.undo();
        UI.waitUntil("Undo takes the relation back", () -> curated.getRelations().isEmpty());
    }

    private static Annotation statement(EClass kind, String id, int begin, int end) {
        Annotation statement = (Annotation) org.eclipse.emf.ecore.util.EcoreUtil.create(kind);
        statement.setId(id);
        statement.setBegin(begin);
        statement.setEnd(end);
        return statement;
    }

    private static EStructuralFeature feature(Annotation annotation, String name) {
        EClass kind = annotation.eClass();
        return kind.getEStructuralFeature(name);
    }
}
