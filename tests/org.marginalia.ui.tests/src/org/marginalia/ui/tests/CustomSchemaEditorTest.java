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
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Entity;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.preferences.MarginaliaPreferences;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.DocumentEditorPage;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;

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
              </eClassifiers>
            </ecore:EPackage>
            """;
    private static final String DOC_001 = "001_78016d3573fe0450";
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
        Path schema = Files.writeString(temp.resolve("statements.ecore"), STATEMENTS);
        CorpusImporter.importTexts(texts, temp.resolve("corpus"), "Statements", schema);
        corpus = CorpusSession.getDefault().open(temp.resolve("corpus"));
        UI.run(() -> MarginaliaPreferences.setAnalyst("dana"));
    }

    @AfterEach
    void closeEverything() {
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

        assertEquals("\"soon\" is not a date: write it as 2024-11-16", editor.validate("made", "soon"));
        assertEquals("\"many\" is not a whole number", editor.validate("troops", "many"));
        editor.setProperty("certainty", 2); // the combo: not answered, certain, hedged
        editor.setProperty("made", "2024-11-16");
        editor.setProperty("troops", "12,000");
        editor.setProperty("speaker", "Andrii Sybiha (person)");
        assertEquals("hedged", statement.eGet(feature(statement, "certainty")).toString());
        assertEquals("12000", editor.property("troops"));

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

    private static EStructuralFeature feature(Annotation annotation, String name) {
        EClass kind = annotation.eClass();
        return kind.getEStructuralFeature(name);
    }
}
