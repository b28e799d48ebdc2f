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
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.marginalia.cli.Commands;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.CustomSpan;
import org.marginalia.model.Document;

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

    @Test
    void aSchemaChangeRefusesToDropAnAttributeInUseAndCarriesARenameAlong() throws Exception {
        Path schema = Files.writeString(temp.resolve("floods.ecore"), FLOODS);
        Path corpus = temp.resolve("corpus");
        assertEquals(Commands.OK, run("import", "--from", texts().toString(), "--corpus", corpus.toString(), "--schema", schema.toString()));
        LoadedCorpus loaded = CorpusStore.load(corpus);
        Document report = loaded.corpus().getDocuments().get(0);
        AnnotationSet set = AnnotationStore.create(loaded, report, "ana");
        EClass damage = CorpusSchema.of(loaded).spanKinds().get(4);
        CustomSpan span = (CustomSpan) EcoreUtil.create(damage);
        span.setId("d1");
        span.setBegin(15);
        span.setEnd(25);
        span.eSet(damage.getEStructuralFeature("houses"), 240);
        set.getAnnotations().add(span);
        AnnotationStore.save(loaded, set);
        String before = Files.readString(corpus.resolve("schema.ecore"));

        Path withoutHouses = Files.writeString(temp.resolve("no-houses.ecore"), FLOODS.replaceAll("\\s*<eStructuralFeatures[^>]*name=\"houses\"[^>]*/>", ""));
        assertEquals(Commands.FAILED, run("schema", "--corpus", corpus.toString(), "--change", withoutHouses.toString()));
        assertTrue(err.toString().contains("no-houses.ecore") && err.toString().contains("drops attribute houses of DamageReport, which 1 annotation uses")
                && err.toString().contains("annotations/ana/" + report.getId() + ".xmi"), err.toString());
        assertEquals(before, Files.readString(corpus.resolve("schema.ecore")), "nothing was changed");

        Path renamed = Files.writeString(temp.resolve("homes.ecore"), FLOODS.replace(
                "name=\"houses\" lowerBound=\"1\" eType=\"ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EInt\"/>",
                "name=\"homes\" lowerBound=\"1\" eType=\"ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EInt\">"
                        + "<eAnnotations source=\"http://marginalia.org/schema\"><details key=\"renamedFrom\" value=\"houses\"/></eAnnotations></eStructuralFeatures>"));
        out.reset();
        assertEquals(Commands.OK, run("schema", "--corpus", corpus.toString(), "--change", renamed.toString(), "--dry-run"), err.toString());
        assertTrue(out.toString().contains("rename attribute houses of DamageReport \u2192 homes: 1 annotation carried along"), out.toString());
        assertTrue(out.toString().contains("would rewrite 1 annotation files"), out.toString());
        assertEquals(before, Files.readString(corpus.resolve("schema.ecore")), "a dry run writes nothing");

        out.reset();
        assertEquals(Commands.OK, run("schema", "--corpus", corpus.toString(), "--change", renamed.toString()), err.toString());
        assertTrue(out.toString().contains("rewrote 1 annotation files"), out.toString());
        LoadedCorpus after = CorpusStore.load(corpus);
        CustomSpan back = (CustomSpan) AnnotationStore.loadAll(after).analystSet("ana", report.getId()).orElseThrow().getAnnotations().get(0);
        assertEquals(240, back.eGet(back.eClass().getEStructuralFeature("homes")));
        out.reset();
        assertEquals(Commands.OK, run("schema", "--corpus", corpus.toString()));
        assertTrue(out.toString().contains("homes          number, required"), out.toString());
    }

    @Test
    void aCorpusWithoutSchemaGainsOneFreely() throws Exception {
        Path corpus = temp.resolve("corpus");
        assertEquals(Commands.OK, run("import", "--from", texts().toString(), "--corpus", corpus.toString()));
        Path schema = Files.writeString(temp.resolve("floods.ecore"), FLOODS);
        out.reset();
        assertEquals(Commands.OK, run("schema", "--corpus", corpus.toString(), "--change", schema.toString()), err.toString());
        assertTrue(out.toString().contains("rewrote 0 annotation files"), out.toString());
        assertEquals("schema.ecore", CorpusStore.load(corpus).corpus().getSchema());
        out.reset();
        assertEquals(Commands.OK, run("schema", "--corpus", corpus.toString()));
        assertTrue(out.toString().contains("DamageReport"), out.toString());
    }

    @Test
    void mergeTakesARelationBothAnalystsMadeBetweenCuratedEnds() throws Exception {
        Path schema = Files.writeString(temp.resolve("floods.ecore"), FLOODS);
        Path corpus = temp.resolve("corpus");
        Path texts = texts();
        Files.writeString(texts.resolve("report.txt"), "Officials said 240 houses were flooded in Valencia on Tuesday; later 310 houses were counted.");
        assertEquals(Commands.OK, run("import", "--from", texts.toString(), "--corpus", corpus.toString(), "--schema", schema.toString()));
        LoadedCorpus loaded = CorpusStore.load(corpus);
        Document report = loaded.corpus().getDocuments().get(0);
        EClass damage = CorpusSchema.of(loaded).spanKinds().get(4);
        EClass revises = CorpusSchema.of(loaded).relationKinds().get(0);
        for (String analyst : java.util.List.of("ana", "ben")) {
            AnnotationSet set = AnnotationStore.create(loaded, report, analyst);
            CustomSpan first = damage(damage, analyst + "-1", 15, 25, 240);
            CustomSpan later = damage(damage, analyst + "-2", 69, 79, 310);
            set.getAnnotations().addAll(java.util.List.of(first, later));
            org.marginalia.model.Relation relation = (org.marginalia.model.Relation) EcoreUtil.create(revises);
            relation.setId(analyst + "-r");
            relation.setGovernor(later);
            relation.setDependent(first);
            set.getRelations().add(relation);
            AnnotationStore.save(loaded, set);
        }
        out.reset();

        assertEquals(Commands.OK, run("merge", "--corpus", corpus.toString(), "--strategy", "all-agree"), err.toString());

        assertTrue(out.toString().contains("all-agree: merged 1 relations, left 0 for review"), out.toString());
        AnnotationSet curated = AnnotationStore.loadAll(CorpusStore.load(corpus)).curatedSet(report.getId()).orElseThrow();
        org.marginalia.model.Relation merged = curated.getRelations().get(0);
        assertEquals("Revises", merged.eClass().getName());
        assertEquals(69, merged.getGovernor().getBegin());
        assertEquals(15, merged.getDependent().getBegin());
        assertEquals(curated, merged.getDependent().eContainer(), "between the curated annotations");
    }

    private static CustomSpan damage(EClass kind, String id, int begin, int end, int houses) {
        CustomSpan span = (CustomSpan) EcoreUtil.create(kind);
        span.setId(id);
        span.setBegin(begin);
        span.setEnd(end);
        span.eSet(kind.getEStructuralFeature("houses"), houses);
        return span;
    }

    @Test
    void aBratCollectionIsDetectedImportedWithItsSchemaAndItsBadFilesNamed() throws Exception {
        Path brat = Files.createDirectories(temp.resolve("brat"));
        Files.writeString(brat.resolve("annotation.conf"), "[entities]\nPerson\nFlood-Zone\n[relations]\nLives-in Arg1:Person, Arg2:Flood-Zone\n[events]\n[attributes]\n");
        Files.writeString(brat.resolve("valencia.txt"), "Maria lives in the Horta Sud flood zone.");
        Files.writeString(brat.resolve("valencia.ann"), "T1\tPerson 0 5\tMaria\nT2\tFlood-Zone 19 28\tHorta Sud\nR1\tLives-in Arg1:T1 Arg2:T2\n");
        Files.writeString(brat.resolve("broken.txt"), "Short.");
        Files.writeString(brat.resolve("broken.ann"), "T1\tPerson 0 99\tShort.\n");
        Path corpus = temp.resolve("corpus");

        assertEquals(Commands.FAILED, run("import", "--from", brat.toString(), "--corpus", corpus.toString(), "--analyst", "maria"));

        assertTrue(out.toString().contains("imported 2 documents"), out.toString());
        assertTrue(err.toString().contains("broken.ann") && err.toString().contains("line 1") && err.toString().contains("outside the text"), err.toString());
        out.reset();
        assertEquals(Commands.OK, run("schema", "--corpus", corpus.toString()));
        assertTrue(out.toString().contains("Flood_Zone") && out.toString().contains("Lives_in         Person -> Flood_Zone"), out.toString());
        AnnotationSet maria = AnnotationStore.loadAll(CorpusStore.load(corpus)).sets().get(0);
        assertEquals("maria", maria.getAnalystId());
        assertEquals(2, maria.getAnnotations().size());
        assertEquals(1, maria.getRelations().size());
    }

    /** A type system and CAS in the shape UIMA's XmiCasSerializer writes them for DKPro Core and INCEpTION. */
    private static final String TYPE_SYSTEM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <typeSystemDescription xmlns="http://uima.apache.org/resourceSpecifier">
              <types>
                <typeDescription><name>de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity</name>
                  <supertypeName>uima.tcas.Annotation</supertypeName>
                  <features><featureDescription><name>value</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription></features>
                </typeDescription>
                <typeDescription><name>de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token</name>
                  <supertypeName>uima.tcas.Annotation</supertypeName>
                </typeDescription>
                <typeDescription><name>webanno.custom.FloodZone</name>
                  <supertypeName>uima.tcas.Annotation</supertypeName>
                  <features><featureDescription><name>houses</name><rangeTypeName>uima.cas.Integer</rangeTypeName></featureDescription></features>
                </typeDescription>
                <typeDescription><name>webanno.custom.LivesIn</name>
                  <supertypeName>uima.tcas.Annotation</supertypeName>
                  <features>
                    <featureDescription><name>Governor</name><rangeTypeName>de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity</rangeTypeName></featureDescription>
                    <featureDescription><name>Dependent</name><rangeTypeName>webanno.custom.FloodZone</rangeTypeName></featureDescription>
                  </features>
                </typeDescription>
              </types>
            </typeSystemDescription>
            """;

    private static String xmi(String text, String annotations) {
        return """
                <?xml version="1.0" encoding="UTF-8"?><xmi:XMI xmlns:xmi="http://www.omg.org/XMI" xmlns:cas="http:///uima/cas.ecore" \
                xmlns:type="http:///de/tudarmstadt/ukp/dkpro/core/api/ner/type.ecore" xmlns:type2="http:///de/tudarmstadt/ukp/dkpro/core/api/segmentation/type.ecore" \
                xmlns:custom="http:///webanno/custom.ecore" xmi:version="2.0">
                <cas:NULL xmi:id="0"/>
                """ + annotations + """
                <cas:Sofa xmi:id="1" sofaNum="1" sofaID="_InitialView" mimeType="text" sofaString="%s"/>
                <cas:View sofa="1" members="2 3 4 5 6"/>
                </xmi:XMI>
                """.formatted(text);
    }

    @Test
    void uimaCasXmiIsDetectedImportedWithItsTypeSystemAsSchemaAndItsBadFilesNamed() throws Exception {
        Path uima = Files.createDirectories(temp.resolve("inception"));
        Files.writeString(uima.resolve("TypeSystem.xml"), TYPE_SYSTEM);
        Files.writeString(uima.resolve("valencia.xmi"), xmi("Maria lives in the Horta Sud flood zone.", """
                <type:NamedEntity xmi:id="2" sofa="1" begin="0" end="5" value="PER"/>
                <custom:FloodZone xmi:id="3" sofa="1" begin="19" end="28" houses="240"/>
                <custom:LivesIn xmi:id="4" sofa="1" begin="19" end="28" Governor="2" Dependent="3"/>
                <type2:Token xmi:id="5" sofa="1" begin="0" end="5"/>
                """));
        Files.writeString(uima.resolve("broken.xmi"), xmi("Short.", """
                <type:NamedEntity xmi:id="2" sofa="1" begin="0" end="99" value="PER"/>
                """));
        Path corpus = temp.resolve("corpus");

        assertEquals(Commands.FAILED, run("import", "--from", uima.toString(), "--corpus", corpus.toString(), "--analyst", "maria"));

        assertTrue(out.toString().contains("imported 2 documents") && out.toString().contains("TypeSystem.xml"), out.toString());
        assertTrue(out.toString().contains("not imported (Marginalia does not keep these): de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token: 1"),
                out.toString());
        assertTrue(err.toString().contains("broken.xmi") && err.toString().contains("line 3") && err.toString().contains("outside the text"), err.toString());
        out.reset();
        assertEquals(Commands.OK, run("schema", "--corpus", corpus.toString()));
        assertTrue(out.toString().contains("FloodZone") && out.toString().contains("LivesIn          EntityMention -> FloodZone"), out.toString());
        AnnotationSet maria = AnnotationStore.loadAll(CorpusStore.load(corpus)).sets().get(0);
        assertEquals("maria", maria.getAnalystId());
        assertEquals(2, maria.getAnnotations().size());
        assertEquals(1, maria.getRelations().size());

        Path good = Files.createDirectories(temp.resolve("good"));
        Files.writeString(good.resolve("TypeSystem.xml"), TYPE_SYSTEM);
        Files.copy(uima.resolve("valencia.xmi"), good.resolve("valencia.xmi"));
        err.reset();
        assertEquals(Commands.OK, run("import", "--from", good.toString(), "--corpus", temp.resolve("again").toString(), "--format", "uima"), err.toString());
        assertEquals("good", AnnotationStore.loadAll(CorpusStore.load(temp.resolve("again"))).sets().get(0).getAnalystId(),
                "without --analyst, the folder names the annotator");
        assertEquals(Commands.FAILED, run("import", "--from", texts().toString(), "--corpus", temp.resolve("none").toString(), "--format", "uima"));
        assertTrue(err.toString().contains("no .xmi files"), err.toString());
    }
}
