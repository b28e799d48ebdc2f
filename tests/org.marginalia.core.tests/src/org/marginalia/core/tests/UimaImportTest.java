package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marginalia.core.tests.SetQueries.byText;
import static org.marginalia.core.tests.SetQueries.feature;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.ImportReport;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.core.export.ExportFormat;
import org.marginalia.core.export.Exports;
import org.marginalia.core.export.SetSelection;
import org.marginalia.core.formats.uima.UimaImport;
import org.marginalia.core.schema.AttributeValues;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityKind;
import org.marginalia.model.EntityMention;
import org.marginalia.model.MarginaliaFactory;
import org.marginalia.model.Relation;

/** UIMA CAS XMI written by Apache UIMA itself, with DKPro Core's and INCEpTION's types, imported as corpora. */
class UimaImportTest {

    private static final String NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
    private static final String META_DATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData";
    private static final String TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token";
    private static final String SENTENCE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence";
    private static final String CLAIM = "webanno.custom.Claim";
    private static final String SUPPORTS = "webanno.custom.Supports";

    /** A flag emoji (four UTF-16 units) and Japanese before every annotation: UIMA offsets are UTF-16 units, as ours. */
    private static final String JAPANESE = "\u5CA9\u5C4B\u5916\u76F8\u306F\u30AD\u30FC\u30A6\u3092\u8A2A\u554F\u3057\u305F\u3002";
    private static final String KYIV_JA = "\u30AD\u30FC\u30A6";
    private static final String VISIT_JA = "\u8A2A\u554F";
    private static final String TEXT = "\uD83C\uDDEF\uD83C\uDDF5 " + JAPANESE + " Iwaya met Sybiha in Kyiv; JICA pledged aid.";

    @TempDir
    Path temp;

    /** The type system DKPro Core's XmiWriter and INCEpTION would write for these layers. */
    private static TypeSystemDescription typeSystem() {
        TypeSystemDescription types = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        TypeDescription namedEntity = types.addType(NAMED_ENTITY, "", CAS.TYPE_NAME_ANNOTATION);
        namedEntity.addFeature("value", "", CAS.TYPE_NAME_STRING);
        namedEntity.addFeature("identifier", "", CAS.TYPE_NAME_STRING);
        TypeDescription metaData = types.addType(META_DATA, "", CAS.TYPE_NAME_DOCUMENT_ANNOTATION);
        metaData.addFeature("documentId", "", CAS.TYPE_NAME_STRING);
        metaData.addFeature("documentTitle", "", CAS.TYPE_NAME_STRING);
        types.addType(TOKEN, "", CAS.TYPE_NAME_ANNOTATION);
        types.addType(SENTENCE, "", CAS.TYPE_NAME_ANNOTATION);
        TypeDescription claim = types.addType(CLAIM, "A statement presented as true by its source.", CAS.TYPE_NAME_ANNOTATION);
        claim.addFeature("stance", "a tag of the project's tag set", CAS.TYPE_NAME_STRING);
        claim.addFeature("confirmed", "", CAS.TYPE_NAME_BOOLEAN);
        claim.addFeature("comment", "", CAS.TYPE_NAME_STRING);
        claim.addFeature("casualties", "", CAS.TYPE_NAME_INTEGER);
        TypeDescription supports = types.addType(SUPPORTS, "", CAS.TYPE_NAME_ANNOTATION);
        supports.addFeature("Governor", "", CLAIM);
        supports.addFeature("Dependent", "", NAMED_ENTITY);
        supports.addFeature("label", "", CAS.TYPE_NAME_STRING);
        return types;
    }

    /** One document's CAS, built as DKPro Core and INCEpTION build theirs. */
    private static final class Cas {
        final CAS cas;

        Cas(String documentId, String title, String text) throws Exception {
            cas = CasCreationUtils.createCas(typeSystem(), null, null);
            cas.setDocumentText(text);
            if (documentId != null) {
                FeatureStructure metaData = cas.createAnnotation(type(META_DATA), 0, text.length());
                metaData.setStringValue(type(META_DATA).getFeatureByBaseName("documentId"), documentId);
                metaData.setStringValue(type(META_DATA).getFeatureByBaseName("documentTitle"), title);
                cas.addFsToIndexes(metaData);
            }
        }

        Type type(String name) {
            return cas.getTypeSystem().getType(name);
        }

        /** An annotation over the first occurrence of {@code words}, with features given as name, value, name, value. */
        AnnotationFS add(String type, String words, String... features) {
            int begin = cas.getDocumentText().indexOf(words);
            assertTrue(begin >= 0, words);
            AnnotationFS annotation = cas.createAnnotation(type(type), begin, begin + words.length());
            for (int i = 0; i < features.length; i += 2) {
                annotation.setFeatureValueFromString(type(type).getFeatureByBaseName(features[i]), features[i + 1]);
            }
            cas.addFsToIndexes(annotation);
            return annotation;
        }

        /** A relation as INCEpTION writes one: spanning its dependent, with Governor and Dependent. */
        void link(AnnotationFS governor, AnnotationFS dependent, String label) {
            Type supports = type(SUPPORTS);
            AnnotationFS relation = cas.createAnnotation(supports, dependent.getBegin(), dependent.getEnd());
            relation.setFeatureValue(supports.getFeatureByBaseName("Governor"), governor);
            relation.setFeatureValue(supports.getFeatureByBaseName("Dependent"), dependent);
            relation.setStringValue(supports.getFeatureByBaseName("label"), label);
            cas.addFsToIndexes(relation);
        }

        Path write(Path file) throws Exception {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                XmiCasSerializer.serialize(cas, out);
            }
            return file;
        }
    }

    private static Path writeTypeSystem(Path folder) throws Exception {
        Files.createDirectories(folder);
        try (OutputStream out = Files.newOutputStream(folder.resolve(UimaImport.TYPE_SYSTEM))) {
            typeSystem().toXML(out);
        }
        return folder;
    }

    /** The Kyiv visit as an annotator tagged it: names, a claim with its features, a relation, and DKPro's tokens and sentence. */
    private static Cas kyiv() throws Exception {
        Cas kyiv = new Cas("kyiv-visit", "Iwaya in Kyiv", TEXT);
        kyiv.add(SENTENCE, JAPANESE);
        for (String token : List.of("Iwaya", "met", "Sybiha", "in", "Kyiv")) {
            kyiv.add(TOKEN, token);
        }
        AnnotationFS claim = kyiv.add(CLAIM, JAPANESE.substring(0, JAPANESE.length() - 1), "stance", "supports", "confirmed", "true",
                "comment", "from the ministry's statement", "casualties", "0");
        AnnotationFS kyivJa = kyiv.add(NAMED_ENTITY, KYIV_JA, "value", "LOC");
        kyiv.add(NAMED_ENTITY, VISIT_JA, "value", "EVENT");
        kyiv.add(NAMED_ENTITY, "Iwaya", "value", "PER", "identifier", "https://www.wikidata.org/wiki/Q3514155");
        kyiv.add(NAMED_ENTITY, "Sybiha", "value", "PER");
        kyiv.add(NAMED_ENTITY, "Kyiv", "value", "LOC");
        kyiv.add(NAMED_ENTITY, "JICA", "value", "ORG");
        kyiv.link(claim, kyivJa, "place");
        return kyiv;
    }

    @Test
    void aCasWithItsTypeSystemBecomesACorpusWithNamedEntitiesCustomLayersAndRelations() throws Exception {
        Path from = writeTypeSystem(temp.resolve("inception"));
        kyiv().write(from.resolve("kyiv.txt.xmi"));

        ImportReport report = UimaImport.importCorpus(from, temp.resolve("corpus"), "Kyiv visit", "kim");

        assertEquals(List.of(), report.problems());
        List<String> notImported = report.notImported();
        assertTrue(notImported.contains(TOKEN + ": 5"), "tokens are counted, not dropped silently: " + notImported);
        assertTrue(notImported.contains(SENTENCE + ": 1"), notImported.toString());
        assertTrue(notImported.contains(NAMED_ENTITY + " feature identifier: 1"), "a feature without an attribute is listed: " + notImported);

        LoadedCorpus corpus = CorpusStore.load(temp.resolve("corpus"));
        assertEquals(List.of(), corpus.problems());
        assertEquals("kyiv-visit", corpus.corpus().getDocuments().get(0).getId(), "the id DocumentMetaData gives");
        assertEquals("Iwaya in Kyiv", corpus.corpus().getDocuments().get(0).getTitle());
        CorpusSchema schema = CorpusSchema.of(corpus);
        EClass claimKind = schema.spanKinds().stream().filter(k -> k.getName().equals("Claim")).findFirst().orElseThrow();
        assertEquals("text", CorpusSchema.typeOf(feature(claimKind, "stance")));
        assertEquals(List.of("supports"), CorpusSchema.suggestedValues(feature(claimKind, "stance")), "a tag feature's values are suggested");
        assertEquals("yes/no", CorpusSchema.typeOf(feature(claimKind, "confirmed")));
        assertEquals("number", CorpusSchema.typeOf(feature(claimKind, "casualties")));
        assertEquals("A statement presented as true by its source.", CorpusSchema.description(claimKind).orElse(""));
        EClass supportsKind = schema.relationKinds().get(0);
        assertEquals("Supports", supportsKind.getName());
        assertEquals(List.of(claimKind), schema.allowedEnds(supportsKind, true));
        assertEquals(List.of("EntityMention"), schema.allowedEnds(supportsKind, false).stream().map(EClass::getName).toList());

        LoadedAnnotations sets = AnnotationStore.loadAll(corpus);
        assertEquals(List.of(), sets.problems());
        AnnotationSet kim = sets.sets().get(0);
        assertEquals("kim", kim.getAnalystId());
        EntityMention sybiha = (EntityMention) byText(kim, "Sybiha");
        assertEquals(TEXT.indexOf("Sybiha"), sybiha.getBegin(), "UTF-16 offsets past the emoji, unchanged");
        assertEquals(EntityKind.PERSON, sybiha.getEntity().getKind());
        assertEquals("Sybiha", sybiha.getEntity().getName());
        EntityMention kyivJa = (EntityMention) byText(kim, KYIV_JA);
        assertEquals(EntityKind.PLACE, kyivJa.getEntity().getKind());
        assertEquals(EntityKind.ORGANISATION, ((EntityMention) byText(kim, "JICA")).getEntity().getKind());
        EntityMention visit = (EntityMention) byText(kim, VISIT_JA);
        assertEquals(EntityKind.OTHER, visit.getEntity().getKind());
        assertEquals("NamedEntity value: EVENT", visit.getNote(), "a tag that names no entity kind is kept");

        Annotation claim = byText(kim, JAPANESE.substring(0, JAPANESE.length() - 1));
        assertEquals("supports", claim.eGet(feature(claimKind, "stance")));
        assertEquals(Boolean.TRUE, claim.eGet(feature(claimKind, "confirmed")));
        assertEquals("from the ministry's statement", claim.eGet(feature(claimKind, "comment")));
        assertEquals(0, claim.eGet(feature(claimKind, "casualties")));
        Relation supports = kim.getRelations().get(0);
        assertEquals(claim, supports.getGovernor());
        assertEquals(kyivJa, supports.getDependent());
        assertEquals("place", supports.eGet(feature(supportsKind, "label")));
    }

    @Test
    void oneSubfolderPerAnnotatorImportsEachAsAnAnalystThoughTheyAnnotatedDifferentDocuments() throws Exception {
        Path team = writeTypeSystem(temp.resolve("team"));
        kyiv().write(team.resolve("kim/kyiv.xmi"));
        Cas thanks = new Cas("thanks", "Thanks", "Ukraine thanked Japan.");
        thanks.add(NAMED_ENTITY, "Ukraine", "value", "GPE");
        thanks.write(team.resolve("kim/thanks.xmi"));
        Cas leeOnThanks = new Cas("thanks", "Thanks", "Ukraine thanked Japan.");
        leeOnThanks.add(NAMED_ENTITY, "Japan", "value", "LOC");
        leeOnThanks.write(team.resolve("lee/thanks-lee.xmi")); // matched by documentId, not by file name
        Cas aid = new Cas(null, null, "JICA pledged aid.");
        aid.add(NAMED_ENTITY, "JICA", "value", "ORG");
        writeTypeSystem(team.resolve("lee")); // lee's own copy, beside the shared one: both are read
        aid.write(team.resolve("lee/aid.xmi"));

        ImportReport report = UimaImport.importCorpus(team, temp.resolve("corpus"), "team", "ignored");

        assertEquals(List.of(), report.problems());
        LoadedCorpus corpus = CorpusStore.load(temp.resolve("corpus"));
        assertEquals(List.of("kyiv-visit", "thanks", "aid"), corpus.corpus().getDocuments().stream().map(d -> d.getId()).toList(),
                "the document without DocumentMetaData is named by its file");
        LoadedAnnotations sets = AnnotationStore.loadAll(corpus);
        assertEquals(List.of(), sets.problems());
        Map<String, List<String>> documentsOf = new HashMap<>();
        sets.sets().forEach(s -> documentsOf.computeIfAbsent(s.getAnalystId(), a -> new ArrayList<>()).add(s.getDocument().getId()));
        documentsOf.values().forEach(documents -> documents.sort(null));
        assertEquals(Map.of("kim", List.of("kyiv-visit", "thanks"), "lee", List.of("aid", "thanks")), documentsOf);
        assertEquals("Japan", sets.analystSet("lee", "thanks").orElseThrow().getAnnotations().stream()
                .map(a -> ((EntityMention) a).getEntity().getName()).findFirst().orElseThrow());
    }

    @Test
    void badFilesAreNamedAndNothingOfThemIsImportedButTheRestIs() throws Exception {
        Path team = writeTypeSystem(temp.resolve("team"));
        kyiv().write(team.resolve("kim/kyiv.xmi"));
        Path truncated = new Cas("thanks", "Thanks", "Ukraine thanked Japan.").write(team.resolve("kim/thanks.xmi"));
        byte[] whole = Files.readAllBytes(truncated);
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        Cas outside = new Cas("aid", "Aid", "JICA pledged aid.");
        outside.add(NAMED_ENTITY, "aid", "value", "OTHER");
        Path outsideFile = outside.write(team.resolve("kim/aid.xmi"));
        int begin = "JICA pledged aid.".indexOf("aid");
        Files.writeString(outsideFile, Files.readString(outsideFile).replace("begin=\"" + begin + "\" end=\"" + (begin + 3) + "\"",
                "begin=\"" + begin + "\" end=\"99\""));
        Cas differs = new Cas("kyiv-visit", "Iwaya in Kyiv", TEXT.replace("Kyiv;", "Kiev;"));
        differs.add(NAMED_ENTITY, "Kiev", "value", "LOC");
        differs.write(team.resolve("lee/kyiv.xmi"));
        Cas leeGood = new Cas("other", "Other", "Sybiha thanked Iwaya.");
        leeGood.add(NAMED_ENTITY, "Sybiha", "value", "PER");
        leeGood.write(team.resolve("lee/other.xmi"));

        ImportReport report = UimaImport.importCorpus(team, temp.resolve("corpus"), "team", "ignored");

        List<String> problems = report.problems().stream().map(Object::toString).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("thanks.xmi") && p.contains("not well-formed") && p.contains("line")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("aid.xmi") && p.contains("line") && p.contains("outside the text")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("lee") && p.contains("kyiv.xmi") && p.contains("another text")), problems.toString());
        LoadedCorpus corpus = CorpusStore.load(temp.resolve("corpus"));
        LoadedAnnotations sets = AnnotationStore.loadAll(corpus);
        assertEquals(List.of("kim:kyiv-visit", "lee:other"), sets.sets().stream().map(s -> s.getAnalystId() + ":" + s.getDocument().getId()).sorted().toList(),
                "nothing of the three bad files; everything of the good ones");
        assertEquals(TEXT, sets.analystSet("kim", "kyiv-visit").orElseThrow().getDocument().getText(), "the first annotator's text stands");
    }

    @Test
    void theDemoCorpusExportedAsUimaComesBackWithEverySpanItsKindAndAttributes() throws Exception {
        LoadedCorpus demo = DemoCorpus.copyInto(temp.resolve("demo"));
        Path out = temp.resolve("uima");
        Exports.run(demo, ExportFormat.UIMA, SetSelection.ALL, out, false, new BasicMonitor());

        ImportReport report = UimaImport.importCorpus(out, temp.resolve("back"), "demo", "nobody");

        assertEquals(List.of(), report.problems());
        LoadedAnnotations before = AnnotationStore.loadAll(demo);
        LoadedAnnotations after = AnnotationStore.loadAll(CorpusStore.load(temp.resolve("back")));
        assertEquals(List.of(), after.problems());
        assertEquals(before.analystIds(), after.analystIds(), "each annotation went back to the analyst the export named");
        int compared = 0;
        for (AnnotationSet original : before.sets()) {
            AnnotationSet imported = after.analystSet(original.getAnalystId(), original.getDocument().getId()).orElseThrow();
            assertEquals(original.getDocument().getText(), imported.getDocument().getText());
            Map<String, Annotation> byId = new HashMap<>();
            imported.getAnnotations().forEach(a -> byId.put(a.getId(), a));
            assertEquals(original.getAnnotations().size(), imported.getAnnotations().size(), original.getDocument().getId());
            for (Annotation annotation : original.getAnnotations()) {
                Annotation back = byId.get(annotation.getId());
                assertNotNull(back, annotation.getId());
                assertSame(annotation, back);
                compared++;
            }
            assertEquals(original.getRelations().size(), imported.getRelations().size());
        }
        assertEquals(467, compared);
    }

    @Test
    void aCorpusWithItsOwnSchemaExportedAsUimaComesBackWithItsKindsAttributesAndRelations() throws Exception {
        Path texts = Files.createDirectories(temp.resolve("texts"));
        String text = "Officials denied that troops met in Valencia on 3 March; three died, the ministry confirmed.";
        Files.writeString(texts.resolve("valencia.txt"), text);
        LoadedCorpus corpus = CorpusImporter.importTexts(texts, temp.resolve("claims"), "claims", ClaimsSchema.write(temp.resolve("claims.ecore")));
        EPackage claims = CorpusSchema.of(corpus).customPackage().orElseThrow();
        AnnotationSet kim = AnnotationStore.create(corpus, corpus.corpus().getDocuments().get(0), "kim");
        Entity ministry = EntityDirectory.newEntity(EntityKind.ORGANISATION, "the ministry");
        ministry.getAliases().add("ministry of defence");
        Entity valencia = EntityDirectory.newEntity(EntityKind.PLACE, "Valencia");
        kim.getEntities().addAll(List.of(ministry, valencia));
        Annotation claim = span(kim, claims, "Claim", text, "troops met in Valencia");
        claim.eSet(feature(claim.eClass(), "stance"), ((EEnum) claims.getEClassifier("Stance")).getEEnumLiteral("refutes").getInstance());
        claim.eSet(feature(claim.eClass(), "source"), ministry);
        @SuppressWarnings("unchecked")
        List<String> keywords = (List<String>) claim.eGet(feature(claim.eClass(), "keywords"));
        keywords.addAll(List.of("troops", "meeting"));
        Annotation event = span(kim, claims, "Event", text, "three died");
        event.eSet(feature(event.eClass(), "casualties"), 3);
        event.eSet(feature(event.eClass(), "confirmed"), true);
        event.eSet(feature(event.eClass(), "place"), valencia);
        event.eSet(feature(event.eClass(), "date"), new GregorianCalendar(2025, Calendar.MARCH, 3).getTime());
        EntityMention mention = MarginaliaFactory.eINSTANCE.createEntityMention();
        mention.setId("kim-m1");
        mention.setBegin(text.indexOf("the ministry"));
        mention.setEnd(text.indexOf("the ministry") + "the ministry".length());
        mention.setEntity(ministry);
        kim.getAnnotations().add(mention);
        Relation attributed = (Relation) EcoreUtil.create((EClass) claims.getEClassifier("AttributedTo"));
        attributed.setId("kim-r1");
        attributed.setGovernor(claim);
        attributed.setDependent(mention);
        kim.getRelations().add(attributed);
        AnnotationStore.save(corpus, kim);
        Path out = temp.resolve("uima");
        Exports.run(corpus, ExportFormat.UIMA, SetSelection.ALL, out, false, new BasicMonitor());

        ImportReport report = UimaImport.importCorpus(out, temp.resolve("back"), "claims", "nobody");

        assertEquals(List.of(), report.problems());
        LoadedCorpus back = CorpusStore.load(temp.resolve("back"));
        CorpusSchema schema = CorpusSchema.of(back);
        assertEquals(List.of("Claim", "Event"), schema.spanKinds().stream().filter(k -> !CorpusSchema.isBuiltIn(k)).map(EClass::getName).toList());
        assertEquals(List.of("AttributedTo", "Contradicts"), schema.relationKinds().stream().map(EClass::getName).toList());
        AnnotationSet imported = AnnotationStore.loadAll(back).analystSet("kim", corpus.corpus().getDocuments().get(0).getId()).orElseThrow();
        Annotation claimBack = byText(imported, "troops met in Valencia");
        assertEquals("Claim", claimBack.eClass().getName());
        EStructuralFeature stance = feature(claimBack.eClass(), "stance");
        assertEquals(List.of("supports", "refutes", "neutral"), ((EEnum) stance.getEType()).getELiterals().stream().map(EEnumLiteral::getLiteral).toList(),
                "a tag set comes back as a tag set with every value, as a UIMA string type with allowed values");
        assertEquals("refutes", ((EEnumLiteral) claimBack.eGet(stance)).getLiteral());
        assertEquals(List.of("troops", "meeting"), claimBack.eGet(feature(claimBack.eClass(), "keywords")));
        Entity source = (Entity) claimBack.eGet(feature(claimBack.eClass(), "source"));
        assertEquals(List.of(ministry.getId(), "the ministry", EntityKind.ORGANISATION, List.of("ministry of defence")),
                List.of(source.getId(), source.getName(), source.getKind(), List.copyOf(source.getAliases())));
        Annotation eventBack = byText(imported, "three died");
        assertEquals(3, eventBack.eGet(feature(eventBack.eClass(), "casualties")));
        assertEquals(Boolean.TRUE, eventBack.eGet(feature(eventBack.eClass(), "confirmed")));
        assertEquals(AttributeValues.text(event, feature(event.eClass(), "date")), eventBack.eGet(feature(eventBack.eClass(), "date")),
                "a date comes back as the text the export wrote");
        assertEquals(valencia.getId(), ((Entity) eventBack.eGet(feature(eventBack.eClass(), "place"))).getId());
        Relation attributedBack = imported.getRelations().get(0);
        assertEquals("AttributedTo", attributedBack.eClass().getName());
        assertEquals(claimBack, attributedBack.getGovernor());
        assertEquals(source, ((EntityMention) attributedBack.getDependent()).getEntity());
    }

    private static Annotation span(AnnotationSet set, EPackage schema, String kind, String text, String words) {
        Annotation span = (Annotation) EcoreUtil.create((EClass) schema.getEClassifier(kind));
        span.setId(set.getAnalystId() + "-" + kind);
        span.setBegin(text.indexOf(words));
        span.setEnd(text.indexOf(words) + words.length());
        set.getAnnotations().add(span);
        return span;
    }

    @Test
    void aFolderIsUimaWhenItHoldsATypeSystemOrXmiFiles() throws Exception {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        Files.writeString(plain.resolve("a.txt"), "text");
        assertFalse(UimaImport.isUima(plain));
        assertTrue(UimaImport.isUima(writeTypeSystem(temp.resolve("ts"))));
        Path team = temp.resolve("team");
        kyiv().write(team.resolve("kim/kyiv.xmi"));
        assertTrue(UimaImport.isUima(team), "an annotator's subfolder with .xmi files");
    }

    /** The same kind, span, note, origin and attributes; entities compared by id, name, kind and aliases. */
    private static void assertSame(Annotation expected, Annotation actual) {
        String where = expected.getId();
        assertEquals(expected.eClass().getName(), actual.eClass().getName(), where);
        assertEquals(expected.getBegin(), actual.getBegin(), where);
        assertEquals(expected.getEnd(), actual.getEnd(), where);
        assertEquals(expected.getNote(), actual.getNote(), where);
        assertEquals(expected.getOrigin(), actual.getOrigin(), where);
        for (EStructuralFeature feature : expected.eClass().getEStructuralFeatures()) {
            Object value = expected.eGet(feature);
            Object back = actual.eGet(actual.eClass().getEStructuralFeature(feature.getName()));
            if (value instanceof Entity entity) {
                Entity backEntity = (Entity) back;
                assertNotNull(backEntity, where + " " + feature.getName());
                assertEquals(List.of(entity.getId(), entity.getName(), entity.getKind(), List.copyOf(entity.getAliases())),
                        List.of(backEntity.getId(), backEntity.getName(), backEntity.getKind(), List.copyOf(backEntity.getAliases())), where);
            } else if (value instanceof EEnumLiteral tag) {
                assertEquals(tag.getLiteral(), ((EEnumLiteral) back).getLiteral(), where + " " + feature.getName());
            } else {
                assertEquals(value, back, where + " " + feature.getName());
            }
        }
    }
}
