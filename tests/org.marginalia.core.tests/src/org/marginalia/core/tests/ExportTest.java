package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.StringArrayFS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.export.ExportFormat;
import org.marginalia.core.export.Exports;
import org.marginalia.core.export.SetSelection;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityMention;
import org.marginalia.model.Figure;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.model.Quote;
import org.marginalia.model.Role;

class ExportTest {

    @TempDir
    Path temp;

    @Test
    void theEmfExportLoadsBackWithPlainEmfAndTheModelPackageEqualToTheCorpus() throws Exception {
        LoadedCorpus corpus = DemoCorpus.copyInto(temp.resolve("demo"));
        Path out = temp.resolve("export/corpus.xmi");
        Exports.Result result = Exports.run(corpus, ExportFormat.EMF, SetSelection.ALL, out, false, new BasicMonitor());
        assertEquals(15, result.sets());

        ResourceSet plain = new ResourceSetImpl();
        plain.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        plain.getPackageRegistry().put(MarginaliaPackage.eNS_URI, MarginaliaPackage.eINSTANCE);
        EPackage schema = CorpusSchema.of(corpus).customPackage().orElseThrow(); // its kinds as the corpus has them, for equality
        plain.getPackageRegistry().put(schema.getNsURI(), schema);
        Resource loaded = plain.getResource(URI.createFileURI(out.toString()), true);

        List<EObject> expected = new ArrayList<>();
        expected.add(corpus.corpus());
        expected.addAll(SetSelection.ALL.select(AnnotationStore.loadAll(corpus)));
        assertEquals(16, loaded.getContents().size());
        assertTrue(EcoreUtil.equals(expected, loaded.getContents()), "every annotation, attribute and entity reference is equal");
        AnnotationSet set = (AnnotationSet) loaded.getContents().get(1);
        assertEquals(loaded, set.getDocument().eResource(), "self-contained: references stay inside the file");
        assertTrue(set.getDocument().getText().startsWith("Recent moves by Japan and Ukraine"), "texts travel with the export");
    }

    @Test
    void theEcoreBesideTheExportIsEnoughToReadIt() throws Exception {
        LoadedCorpus corpus = DemoCorpus.copyInto(temp.resolve("demo"));
        Path out = temp.resolve("export/corpus.xmi");
        Exports.run(corpus, ExportFormat.EMF, SetSelection.analyst(DemoCorpus.BEN), out, false, new BasicMonitor());

        ResourceSet dynamic = new ResourceSetImpl();
        dynamic.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        dynamic.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        EPackage model = (EPackage) dynamic.getResource(URI.createFileURI(out.resolveSibling("marginalia.ecore").toString()), true).getContents().get(0);
        dynamic.getPackageRegistry().put(model.getNsURI(), model);
        EPackage schema = (EPackage) dynamic.getResource(URI.createFileURI(out.resolveSibling("schema.ecore").toString()), true).getContents().get(0);
        dynamic.getPackageRegistry().put(schema.getNsURI(), schema);
        Resource loaded = dynamic.getResource(URI.createFileURI(out.toString()), true);

        assertEquals(6, loaded.getContents().size(), "the corpus and ben's five sets");
        EObject benSet = loaded.getContents().get(1);
        assertEquals(model.getEClassifier("AnnotationSet"), benSet.eClass(), "read with the exported model, not the generated code");
        assertEquals("ben", benSet.eGet(benSet.eClass().getEStructuralFeature("analystId")));
        @SuppressWarnings("unchecked")
        List<EObject> annotations = (List<EObject>) benSet.eGet(benSet.eClass().getEStructuralFeature("annotations"));
        EObject role = annotations.get(0);
        EObject person = (EObject) role.eGet(role.eClass().getEStructuralFeature("person"));
        assertEquals("Takeshi Iwaya", person.eGet(person.eClass().getEStructuralFeature("name")));
    }

    @Test
    void everyUimaFileReadsBackWithUimaWithTheSameSpansAndFeatures() throws Exception {
        LoadedCorpus corpus = DemoCorpus.copyInto(temp.resolve("demo"));
        Path out = temp.resolve("uima");
        Exports.run(corpus, ExportFormat.UIMA, SetSelection.ALL, out, false, new BasicMonitor());
        LoadedAnnotations annotations = AnnotationStore.loadAll(corpus);

        TypeSystemDescription typeSystem = UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(new XMLInputSource(out.resolve("TypeSystem.xml").toFile()));
        int checked = 0;
        for (Document document : corpus.corpus().getDocuments()) {
            CAS cas = CasCreationUtils.createCas(typeSystem, null, null);
            try (InputStream in = Files.newInputStream(out.resolve(document.getId() + ".xmi"))) {
                XmiCasDeserializer.deserialize(in, cas);
            }
            assertEquals(document.getText(), cas.getDocumentText(), "the text, line breaks included");
            Map<String, Annotation> expected = new HashMap<>();
            for (String analyst : annotations.analystIds()) {
                annotations.analystSet(analyst, document.getId()).ifPresent(s -> s.getAnnotations().forEach(a -> expected.put(a.getId(), a)));
            }
            Type base = cas.getTypeSystem().getType("org.marginalia.uima.MarginaliaAnnotation");
            int found = 0;
            for (AnnotationFS fs : cas.getAnnotationIndex(base)) {
                Annotation annotation = expected.get(string(fs, "annotationId"));
                assertNotNull(annotation, "an annotation we exported: " + string(fs, "annotationId"));
                assertMatches(annotation, fs, document.getText());
                found++;
            }
            assertEquals(expected.size(), found, "every annotation of " + document.getId());
            checked += found;
        }
        assertEquals(467, checked);
    }

    @Test
    void anExportNeverOverwritesUnlessAskedTo() throws Exception {
        LoadedCorpus corpus = DemoCorpus.copyInto(temp.resolve("demo"));
        Path out = temp.resolve("export/corpus.xmi");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "someone's earlier export");
        CorpusException error = assertThrows(CorpusException.class,
                () -> Exports.run(corpus, ExportFormat.EMF, SetSelection.ALL, out, false, new BasicMonitor()));
        assertTrue(error.getMessage().contains(out.toString()) && error.getMessage().contains("--force"), error.getMessage());
        assertArrayEquals("someone's earlier export".getBytes(), Files.readAllBytes(out));
        Exports.run(corpus, ExportFormat.EMF, SetSelection.ALL, out, true, new BasicMonitor());
        assertTrue(Files.readString(out).contains("marginalia:Corpus"));
    }

    @Test
    void anEmptySelectionIsAnErrorNotAnEmptyFile() throws Exception {
        LoadedCorpus corpus = DemoCorpus.copyInto(temp.resolve("demo"));
        Path out = temp.resolve("curated");
        CorpusException error = assertThrows(CorpusException.class,
                () -> Exports.run(corpus, ExportFormat.UIMA, SetSelection.CURATED, out, false, new BasicMonitor()));
        assertTrue(error.getMessage().contains("no annotation sets for curated"), error.getMessage());
        assertTrue(!Files.exists(out));
    }

    private static void assertMatches(Annotation annotation, AnnotationFS fs, String text) {
        String where = annotation.getId();
        assertEquals("org.marginalia.uima." + annotation.eClass().getName(), fs.getType().getName(), where);
        assertEquals(annotation.getBegin(), fs.getBegin(), where);
        assertEquals(annotation.getEnd(), fs.getEnd(), where);
        assertEquals(text.substring(annotation.getBegin(), annotation.getEnd()), fs.getCoveredText(), where);
        assertEquals(((AnnotationSet) annotation.eContainer()).getAnalystId(), string(fs, "annotator"), where);
        assertEquals(annotation.getNote(), string(fs, "note"), where);
        assertEquals(annotation.getOrigin().getLiteral(), string(fs, "origin"), where);
        if (annotation instanceof Quote quote) {
            assertEntity(quote.getSpeaker(), entity(fs, "speaker"), where);
            assertEquals(quote.getMode().getLiteral(), string(fs, "mode"), where);
            assertEquals(quote.getCue(), string(fs, "cue"), where);
        } else if (annotation instanceof Figure figure) {
            assertEquals(figure.getValue(), string(fs, "value"), where);
            assertEquals(figure.getUnit(), string(fs, "unit"), where);
            assertEquals(figure.getCounts(), string(fs, "counts"), where);
            assertEquals(figure.isApproximate(), fs.getBooleanValue(fs.getType().getFeatureByBaseName("approximate")), where);
        } else if (annotation instanceof Role role) {
            assertEntity(role.getPerson(), entity(fs, "person"), where);
            assertEntity(role.getAffiliation(), entity(fs, "affiliation"), where);
            assertEquals(role.getTitle(), string(fs, "title"), where);
        } else if (annotation instanceof EntityMention mention) {
            assertEntity(mention.getEntity(), entity(fs, "entity"), where);
        } else {
            assertEquals("org.marginalia.uima." + annotation.eClass().getName(), fs.getType().getName(), "a kind of the schema as its own type");
            for (EStructuralFeature attribute : CorpusSchema.attributesOf(annotation.eClass())) {
                Object value = annotation.eGet(attribute);
                if (value instanceof Entity entity) {
                    assertEntity(entity, entity(fs, attribute.getName()), where);
                } else {
                    assertEquals(value == null ? null : value instanceof EEnumLiteral tag ? tag.getLiteral() : value.toString(),
                            string(fs, attribute.getName()), where + " " + attribute.getName());
                }
            }
        }
    }

    private static void assertEntity(Entity expected, FeatureStructure actual, String where) {
        if (expected == null) {
            assertEquals(null, actual, where);
            return;
        }
        assertNotNull(actual, where);
        assertEquals("org.marginalia.uima.Entity", actual.getType().getName());
        assertEquals(expected.getId(), string(actual, "entityId"), where);
        assertEquals(expected.getName(), string(actual, "name"), where);
        assertEquals(expected.getKind().getLiteral(), string(actual, "kind"), where);
        FeatureStructure aliases = actual.getFeatureValue(actual.getType().getFeatureByBaseName("aliases"));
        List<String> actualAliases = aliases == null ? List.of() : List.of(((StringArrayFS) aliases).toArray());
        assertEquals(expected.getAliases(), actualAliases, where);
    }

    private static String string(FeatureStructure fs, String feature) {
        return fs.getStringValue(fs.getType().getFeatureByBaseName(feature));
    }

    private static FeatureStructure entity(FeatureStructure fs, String feature) {
        return fs.getFeatureValue(fs.getType().getFeatureByBaseName(feature));
    }
}
