package org.marginalia.core.dkpro.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.dkpro.core.io.xmi.XmiWriter;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotatedAddition;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.ImportReport;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.formats.uima.UimaImport;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.EntityKind;
import org.marginalia.model.EntityMention;
import org.marginalia.model.Relation;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * XMI as DKPro Core's own {@link XmiWriter} writes it (with the type system file it writes beside), holding DKPro's
 * NamedEntity, tokens and sentences, and an INCEpTION custom layer with features and a relation layer between
 * it and the named entities: imported as a new corpus, and added to a corpus that exists.
 */
class DkproXmiImportTest {

    private static final String CLAIM = "webanno.custom.Claim";
    private static final String CLAIM_PLACE = "webanno.custom.ClaimPlace";
    /** Japanese and a flag emoji before the names: UIMA's offsets count UTF-16 units, as Marginalia's do. */
    private static final String JAPANESE = "\u5CA9\u5C4B\u5916\u76F8\u306F\u30AD\u30FC\u30A6\u3092\u8A2A\u554F\u3057\u305F\u3002";
    private static final String KYIV_TEXT = JAPANESE + " \uD83C\uDDEF\uD83C\uDDF5 Iwaya met Sybiha in Kyiv, and JICA pledged aid.";
    private static final String ODESA_TEXT = "Sybiha later travelled to Odesa with Iwaya.";

    @TempDir
    Path temp;

    /** DKPro Core's types, found as uimaFIT finds them, and an INCEpTION project's custom span and relation layers. */
    private static TypeSystemDescription typeSystem() throws Exception {
        TypeSystemDescription layers = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        TypeDescription claim = layers.addType(CLAIM, "A statement presented as true by its source.", CAS.TYPE_NAME_ANNOTATION);
        claim.addFeature("stance", "", CAS.TYPE_NAME_STRING);
        claim.addFeature("confirmed", "", CAS.TYPE_NAME_BOOLEAN);
        claim.addFeature("casualties", "", CAS.TYPE_NAME_INTEGER);
        TypeDescription place = layers.addType(CLAIM_PLACE, "", CAS.TYPE_NAME_ANNOTATION);
        place.addFeature("Governor", "", CLAIM);
        place.addFeature("Dependent", "", NamedEntity.class.getName());
        place.addFeature("label", "", CAS.TYPE_NAME_STRING);
        return CasCreationUtils.mergeTypeSystems(List.of(TypeSystemDescriptionFactory.createTypeSystemDescription(), layers));
    }

    /** One document as a DKPro pipeline and an INCEpTION annotator leave it. */
    private static JCas document(String id, String title, String text) throws Exception {
        JCas jcas = JCasFactory.createJCas(typeSystem());
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        DocumentMetaData metaData = DocumentMetaData.create(jcas);
        metaData.setDocumentId(id);
        metaData.setDocumentTitle(title);
        new Sentence(jcas, 0, text.length()).addToIndexes();
        for (String word : text.split("[\\s,.]+")) {
            int begin = text.indexOf(word);
            new Token(jcas, begin, begin + word.length()).addToIndexes();
        }
        return jcas;
    }

    private static NamedEntity entity(JCas jcas, String words, String value) {
        int begin = jcas.getDocumentText().indexOf(words);
        NamedEntity entity = new NamedEntity(jcas, begin, begin + words.length());
        entity.setValue(value);
        entity.addToIndexes();
        return entity;
    }

    private static AnnotationFS claim(JCas jcas, String words, String stance, boolean confirmed, int casualties) {
        CAS cas = jcas.getCas();
        Type type = cas.getTypeSystem().getType(CLAIM);
        int begin = jcas.getDocumentText().indexOf(words);
        AnnotationFS claim = cas.createAnnotation(type, begin, begin + words.length());
        claim.setStringValue(type.getFeatureByBaseName("stance"), stance);
        claim.setBooleanValue(type.getFeatureByBaseName("confirmed"), confirmed);
        claim.setIntValue(type.getFeatureByBaseName("casualties"), casualties);
        cas.addFsToIndexes(claim);
        return claim;
    }

    private static void place(JCas jcas, AnnotationFS claim, NamedEntity where) {
        CAS cas = jcas.getCas();
        Type type = cas.getTypeSystem().getType(CLAIM_PLACE);
        AnnotationFS relation = cas.createAnnotation(type, where.getBegin(), where.getEnd());
        relation.setFeatureValue(type.getFeatureByBaseName("Governor"), claim);
        relation.setFeatureValue(type.getFeatureByBaseName("Dependent"), where);
        relation.setStringValue(type.getFeatureByBaseName("label"), "where");
        cas.addFsToIndexes(relation);
    }

    /** Writes the documents with DKPro Core's XmiWriter, and the type system as TypeSystem.xml beside them. */
    private static Path writeWithDkpro(Path folder, JCas... documents) throws Exception {
        AnalysisEngine writer = AnalysisEngineFactory.createEngine(XmiWriter.class,
                XmiWriter.PARAM_TARGET_LOCATION, folder.toString(),
                XmiWriter.PARAM_TYPE_SYSTEM_FILE, folder.resolve(UimaImport.TYPE_SYSTEM).toString());
        for (JCas document : documents) {
            writer.process(document);
        }
        writer.collectionProcessComplete();
        writer.destroy();
        return folder;
    }

    private static JCas kyiv() throws Exception {
        JCas kyiv = document("kyiv-visit", "Iwaya in Kyiv", KYIV_TEXT);
        entity(kyiv, "Iwaya", "PER");
        entity(kyiv, "Sybiha", "PER");
        NamedEntity city = entity(kyiv, "Kyiv", "LOC");
        entity(kyiv, "JICA", "ORG");
        entity(kyiv, "\u30AD\u30FC\u30A6", "LOC");
        place(kyiv, claim(kyiv, "JICA pledged aid", "supports", true, 0), city);
        return kyiv;
    }

    @Test
    void dkprosXmiWriterOutputBecomesACorpusWithNamedEntitiesTheCustomLayerAndItsRelation() throws Exception {
        Path written = writeWithDkpro(temp.resolve("dkpro"), kyiv());
        try (Stream<Path> files = Files.list(written)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith(".xmi")), "XmiWriter wrote an .xmi file");
        }

        ImportReport report = UimaImport.importCorpus(written, temp.resolve("corpus"), "Kyiv visit", "kim");

        assertEquals(List.of(), report.problems());
        assertTrue(report.notImported().stream().anyMatch(line -> line.startsWith(Token.class.getName() + ": ")),
                "DKPro's tokens are listed as not imported: " + report.notImported());
        LoadedCorpus corpus = CorpusStore.load(temp.resolve("corpus"));
        assertEquals(List.of(), corpus.problems());
        assertEquals("kyiv-visit", corpus.corpus().getDocuments().get(0).getId(), "the id DocumentMetaData gives");
        assertEquals("Iwaya in Kyiv", corpus.corpus().getDocuments().get(0).getTitle());
        assertEquals(KYIV_TEXT, corpus.corpus().getDocuments().get(0).getText());

        LoadedAnnotations sets = AnnotationStore.loadAll(corpus);
        assertEquals(List.of(), sets.problems());
        AnnotationSet kim = sets.sets().get(0);
        EntityMention sybiha = (EntityMention) byText(kim, "Sybiha");
        assertEquals(KYIV_TEXT.indexOf("Sybiha"), sybiha.getBegin(), "offsets past Japanese and the emoji are unchanged");
        assertEquals(EntityKind.PERSON, sybiha.getEntity().getKind());
        assertEquals(EntityKind.PLACE, ((EntityMention) byText(kim, "\u30AD\u30FC\u30A6")).getEntity().getKind());
        assertEquals(EntityKind.ORGANISATION, ((EntityMention) byText(kim, "JICA")).getEntity().getKind());

        EClass claimKind = CorpusSchema.of(corpus).spanKinds().stream().filter(k -> k.getName().equals("Claim")).findFirst().orElseThrow();
        Annotation claim = byText(kim, "JICA pledged aid");
        assertEquals(claimKind, claim.eClass());
        assertEquals("supports", claim.eGet(feature(claimKind, "stance")));
        assertEquals(Boolean.TRUE, claim.eGet(feature(claimKind, "confirmed")));
        assertEquals(0, claim.eGet(feature(claimKind, "casualties")));
        Relation place = kim.getRelations().get(0);
        assertEquals("ClaimPlace", place.eClass().getName());
        assertEquals(claim, place.getGovernor());
        assertEquals(byText(kim, "Kyiv"), place.getDependent());
        assertEquals("where", place.eGet(feature(place.eClass(), "label")));
    }

    @Test
    void dkprosXmiWriterOutputJoinsACorpusOfPlainTextsWithItsLayersAsTheCorpusSchema() throws Exception {
        Path texts = Files.createDirectories(temp.resolve("texts"));
        Files.writeString(texts.resolve("odesa.txt"), ODESA_TEXT);
        Path folder = temp.resolve("corpus");
        CorpusImporter.importTexts(texts, folder, "Ukraine visits");
        JCas odesa = document("odesa", "Odesa", ODESA_TEXT);
        entity(odesa, "Odesa", "LOC");
        Path written = writeWithDkpro(temp.resolve("dkpro"), kyiv(), odesa);

        AnnotatedAddition.Added added = UimaImport.addTo(written, folder, "kim");

        assertEquals(List.of(), added.problems());
        assertEquals(List.of("kyiv-visit"), added.documents(), "odesa has the same text as the corpus's odesa");
        assertEquals(List.of("kyiv-visit by kim", "odesa by kim"), added.sets().stream().sorted().toList());
        assertTrue(added.schemaChanged());
        LoadedCorpus corpus = CorpusStore.load(folder);
        assertEquals(List.of(), corpus.problems());
        assertEquals(List.of("Claim"), CorpusSchema.of(corpus).spanKinds().stream().map(EClass::getName).filter(n -> n.equals("Claim")).toList());
        LoadedAnnotations sets = AnnotationStore.loadAll(corpus);
        assertEquals(List.of(), sets.problems());
        AnnotationSet onOdesa = sets.sets().stream().filter(s -> s.getDocument().getId().equals("odesa")).findFirst().orElseThrow();
        assertEquals(EntityKind.PLACE, ((EntityMention) byText(onOdesa, "Odesa")).getEntity().getKind());
    }

    private static Annotation byText(AnnotationSet set, String words) {
        String text = set.getDocument().getText();
        return set.getAnnotations().stream().filter(a -> text.substring(a.getBegin(), a.getEnd()).equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no annotation over " + words));
    }

    private static EStructuralFeature feature(EClass kind, String name) {
        EStructuralFeature feature = kind.getEStructuralFeature(name);
        if (feature == null) {
            throw new AssertionError(kind.getName() + " has no " + name);
        }
        return feature;
    }
}
