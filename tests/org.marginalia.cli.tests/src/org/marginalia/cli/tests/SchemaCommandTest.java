package org.marginalia.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.cli.Commands;

/** A corpus started with a team's schema (an event other than the demo's: a flood), and the schema printed back. */
class SchemaCommandTest {

    /** A flood-monitoring team's schema: damage reports with a count, a date and a place, and a relation between them. */
    private static final String FLOODS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ecore:EPackage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="floods" nsURI="http://example.org/schema/floods" nsPrefix="floods">
              <eClassifiers xsi:type="ecore:EEnum" name="Severity">
                <eLiterals name="minor"/>
                <eLiterals name="major" value="1"/>
              </eClassifiers>
              <eClassifiers xsi:type="ecore:EClass" name="DamageReport" eSuperTypes="http://marginalia.org/model/1.0#//CustomSpan">
                <eAnnotations source="http://marginalia.org/schema">
                  <details key="color" value="#9fd3c7"/>
                  <details key="key" value="D"/>
                  <details key="description" value="A report of damage: what, how much, where."/>
                </eAnnotations>
                <eStructuralFeatures xsi:type="ecore:EAttribute" name="houses" lowerBound="1" eType="ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EInt"/>
                <eStructuralFeatures xsi:type="ecore:EAttribute" name="severity" eType="#//Severity"/>
                <eStructuralFeatures xsi:type="ecore:EAttribute" name="reported" eType="ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EDate"/>
                <eStructuralFeatures xsi:type="ecore:EReference" name="place" eType="ecore:EClass http://marginalia.org/model/1.0#//Entity"/>
              </eClassifiers>
              <eClassifiers xsi:type="ecore:EClass" name="Revises" eSuperTypes="http://marginalia.org/model/1.0#//Relation">
                <eAnnotations source="http://marginalia.org/schema">
                  <details key="governorKinds" value="DamageReport"/>
                  <details key="dependentKinds" value="DamageReport"/>
                </eAnnotations>
              </eClassifiers>
            </ecore:EPackage>
            """;

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path texts() throws Exception {
        Path texts = Files.createDirectories(temp.resolve("texts"));
        Files.writeString(texts.resolve("report.txt"), "Officials said 240 houses were flooded in Valencia on Tuesday.");
        return texts;
    }

    @Test
    void aCorpusStartedWithASchemaPrintsItsKindsAttributesAndRelations() throws Exception {
        Path schema = Files.writeString(temp.resolve("floods.ecore"), FLOODS);
        Path corpus = temp.resolve("corpus");
        assertEquals(Commands.OK, run("import", "--from", texts().toString(), "--corpus", corpus.toString(), "--schema", schema.toString()), err.toString());
        assertTrue(Files.isRegularFile(corpus.resolve("schema.ecore")), "the schema travels with the corpus");
        out.reset();

        assertEquals(Commands.OK, run("schema", "--corpus", corpus.toString()), err.toString());
        String text = out.toString();
        assertTrue(text.contains("DamageReport") && text.contains(" D ") && text.contains("#9fd3c7"), text);
        assertTrue(text.contains("houses         number, required"), text);
        assertTrue(text.contains("severity       tag set Severity"), text);
        assertTrue(text.contains("reported       date") && text.contains("place          entity"), text);
        assertTrue(text.contains("Revises          DamageReport -> DamageReport"), text);
        assertTrue(text.contains("Severity: minor, major"), text);
        assertTrue(text.contains("Quote") && text.contains("built-in"), "the built-in kinds stay: " + text);
        out.reset();

        assertEquals(Commands.OK, run("schema", "--corpus", corpus.toString(), "--json"));
        String json = out.toString().strip();
        assertTrue(json.startsWith("{\"file\":\"schema.ecore\",\"spanKinds\":["), json);
        assertTrue(json.contains("{\"name\":\"houses\",\"type\":\"number\",\"required\":true,\"many\":false}"), json);
        assertTrue(json.contains("\"governorKinds\":[\"DamageReport\"]"), json);
    }

    @Test
    void aSchemaThatCannotBeUsedIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path schema = Files.writeString(temp.resolve("floods.ecore"), FLOODS.replace("value=\"D\"", "value=\"S\""));
        Path corpus = temp.resolve("corpus");

        assertEquals(Commands.FAILED, run("import", "--from", texts().toString(), "--corpus", corpus.toString(), "--schema", schema.toString()));

        assertTrue(err.toString().contains("floods.ecore") && err.toString().contains("DamageReport has the key S"), err.toString());
        assertFalse(Files.exists(corpus), "nothing is written");
    }

    @Test
    void aCorpusWithoutSchemaShowsTheBuiltInKinds() throws Exception {
        Path corpus = temp.resolve("corpus");
        assertEquals(Commands.OK, run("import", "--from", texts().toString(), "--corpus", corpus.toString()));
        out.reset();
        assertEquals(Commands.OK, run("schema", "--corpus", corpus.toString()));
        assertTrue(out.toString().startsWith("the built-in kinds (no schema file)"), out.toString());
        assertTrue(out.toString().contains("EntityMention    E  built-in"), out.toString());
    }
}
