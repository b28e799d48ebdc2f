package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marginalia.core.tests.DemoCorpus.ANA;
import static org.marginalia.core.tests.DemoCorpus.DOC_001;
import static org.marginalia.core.tests.DemoCorpus.DOC_003;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.export.ExportFormat;
import org.marginalia.core.export.Exports;
import org.marginalia.core.export.SetSelection;
import org.marginalia.core.review.DocumentDiff;
import org.marginalia.core.review.KindAgreement;
import org.marginalia.core.review.PositionDiff;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.CustomSpan;
import org.marginalia.model.Entity;
import org.marginalia.model.Relation;

/** A corpus that carries its own schema: custom span and relation kinds stored, reloaded and checked. */
class CorpusSchemaTest {

    @TempDir
    Path temp;

    /** A copy of the demo corpus whose description names {@code ecore} as its schema. */
    private LoadedCorpus corpusWithSchema(String ecore) throws Exception {
        LoadedCorpus copy = DemoCorpus.copyWithoutSchema(temp.resolve("c"));
        ClaimsSchema.write(copy.layout().root().resolve("schema.ecore"), ecore);
        copy.corpus().setSchema("schema.ecore");
        CorpusStore.writeDescription(copy.corpus(), copy.layout().description());
        return CorpusStore.load(copy.layout().root());
    }

    @Test
    void theSchemasKindsComeAfterTheBuiltInOnesWithTheirKeysColoursAndGuidelines() throws Exception {
        LoadedCorpus corpus = corpusWithSchema(ClaimsSchema.ECORE);
        assertEquals(List.of(), corpus.problems());
        CorpusSchema schema = CorpusSchema.of(corpus);

        assertEquals(List.of("Quote", "Figure", "Role", "EntityMention", "Claim", "Event"), schema.spanKinds().stream().map(EClass::getName).toList());
        assertEquals(List.of("AttributedTo", "Contradicts"), schema.relationKinds().stream().map(EClass::getName).toList());
        assertEquals(List.of("Stance", "EventType"), schema.tagSets().stream().map(EEnum::getName).toList());
        EClass claim = schema.spanKinds().get(4);
        assertEquals("C", CorpusSchema.key(claim).orElseThrow());
        assertEquals("#f4c2c2", CorpusSchema.color(claim).orElseThrow());
        assertTrue(CorpusSchema.description(claim).orElseThrow().startsWith("A statement"));
        assertEquals(List.of("stance", "source", "keywords"), CorpusSchema.attributesOf(claim).stream().map(f -> f.getName()).toList());
        assertEquals(List.of("Claim", "Quote"), schema.allowedEnds(schema.relationKinds().get(0), true).stream().map(EClass::getName).toList());
        assertTrue(CorpusSchema.of(DemoCorpus.copyWithoutSchema(temp.resolve("plain"))).relationKinds().isEmpty(), "no schema: the built-in kinds only");
    }

    @Test
    void customSpansAndARelationAcrossDocumentsAreSavedAndReadBackWithEveryValue() throws Exception {
        LoadedCorpus corpus = corpusWithSchema(ClaimsSchema.ECORE);
        LoadedAnnotations sets = AnnotationStore.loadAll(corpus);
        CorpusSchema schema = CorpusSchema.of(corpus);
        EClass claimKind = schema.spanKinds().get(4);
        EClass contradicts = schema.relationKinds().get(1);
        Entity sybiha = corpus.corpus().getEntities().stream().filter(e -> e.getId().equals("person.andrii-sybiha")).findFirst().orElseThrow();
        EEnum stance = schema.tagSets().get(0);

        AnnotationSet in001 = sets.analystSet(ANA, DOC_001).orElseThrow();
        AnnotationSet in003 = sets.analystSet(ANA, DOC_003).orElseThrow();
        CustomSpan claim = claim(claimKind, "claim-1", 10, 40, stance.getEEnumLiteral("supports").getInstance(), sybiha);
        claim.eSet(claimKind.getEStructuralFeature("keywords"), List.of("troops", "Kursk"));
        CustomSpan other = claim(claimKind, "claim-2", 5, 25, stance.getEEnumLiteral("refutes").getInstance(), null);
        in001.getAnnotations().add(claim);
        in003.getAnnotations().add(other);
        Relation relation = (Relation) EcoreUtil.create(contradicts);
        relation.setId("rel-1");
        relation.setGovernor(claim);
        relation.setDependent(other);
        relation.eSet(contradicts.getEStructuralFeature("certain"), Boolean.TRUE);
        in001.getRelations().add(relation);
        AnnotationStore.save(corpus, in001);
        AnnotationStore.save(corpus, in003);

        LoadedCorpus reread = CorpusStore.load(corpus.layout().root());
        LoadedAnnotations again = AnnotationStore.loadAll(reread);
        assertEquals(List.of(), again.problems());
        AnnotationSet back = again.analystSet(ANA, DOC_001).orElseThrow();
        CustomSpan claimBack = (CustomSpan) back.getAnnotations().stream().filter(a -> "claim-1".equals(a.getId())).findFirst().orElseThrow();
        EClass claimKindBack = claimBack.eClass();
        assertEquals("Claim", claimKindBack.getName());
        assertEquals("supports", String.valueOf(claimBack.eGet(claimKindBack.getEStructuralFeature("stance"))),
                "the first value of a tag set is kept, not taken for 'not answered'");
        assertTrue(claimBack.eIsSet(claimKindBack.getEStructuralFeature("stance")));
        assertEquals("person.andrii-sybiha", ((Entity) claimBack.eGet(claimKindBack.getEStructuralFeature("source"))).getId());
        assertEquals(List.of("troops", "Kursk"), claimBack.eGet(claimKindBack.getEStructuralFeature("keywords")));
        Relation relationBack = back.getRelations().get(0);
        assertEquals("Contradicts", relationBack.eClass().getName());
        assertEquals(claimBack, relationBack.getGovernor());
        Annotation dependent = relationBack.getDependent();
        assertFalse(dependent.eIsProxy(), "the other document's file is read on demand");
        assertEquals("claim-2", dependent.getId());
        assertEquals(again.analystSet(ANA, DOC_003).orElseThrow(), dependent.eContainer());
        assertEquals(Boolean.TRUE, relationBack.eGet(relationBack.eClass().getEStructuralFeature("certain")));
    }

    @Test
    void theUimaExportCarriesTheSchemasKindsAndRelationsAndUimaReadsThemBack() throws Exception {
        LoadedCorpus corpus = corpusWithSchema(ClaimsSchema.ECORE);
        LoadedAnnotations sets = AnnotationStore.loadAll(corpus);
        CorpusSchema schema = CorpusSchema.of(corpus);
        EClass claimKind = schema.spanKinds().get(4);
        Entity sybiha = corpus.corpus().getEntities().stream().filter(e -> e.getId().equals("person.andrii-sybiha")).findFirst().orElseThrow();
        AnnotationSet in001 = sets.analystSet(ANA, DOC_001).orElseThrow();
        AnnotationSet in003 = sets.analystSet(ANA, DOC_003).orElseThrow();
        CustomSpan claim = claim(claimKind, "claim-1", 10, 40, schema.tagSets().get(0).getEEnumLiteral("supports").getInstance(), sybiha);
        claim.eSet(claimKind.getEStructuralFeature("keywords"), List.of("troops", "Kursk"));
        in001.getAnnotations().add(claim);
        CustomSpan other = claim(claimKind, "claim-2", 5, 25, schema.tagSets().get(0).getEEnumLiteral("refutes").getInstance(), null);
        in003.getAnnotations().add(other);
        Annotation mention = in001.getAnnotations().stream().filter(a -> a instanceof org.marginalia.model.EntityMention).findFirst().orElseThrow();
        Relation attributed = (Relation) EcoreUtil.create(schema.relationKinds().get(0));
        attributed.setId("rel-same");
        attributed.setGovernor(claim);
        attributed.setDependent(mention);
        Relation contradicts = (Relation) EcoreUtil.create(schema.relationKinds().get(1));
        contradicts.setId("rel-across");
        contradicts.setGovernor(claim);
        contradicts.setDependent(other);
        contradicts.eSet(contradicts.eClass().getEStructuralFeature("certain"), Boolean.TRUE);
        in001.getRelations().addAll(List.of(attributed, contradicts));
        AnnotationStore.save(corpus, in001);
        AnnotationStore.save(corpus, in003);
        LoadedCorpus reread = CorpusStore.load(corpus.layout().root());
        Path out = temp.resolve("uima");

        Exports.run(reread, ExportFormat.UIMA, SetSelection.ALL, out, false, new BasicMonitor());

        TypeSystemDescription typeSystem = UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(out.resolve("TypeSystem.xml").toFile()));
        CAS cas = CasCreationUtils.createCas(typeSystem, null, null);
        try (InputStream in = Files.newInputStream(out.resolve(DOC_001 + ".xmi"))) {
            XmiCasDeserializer.deserialize(in, cas);
        }
        Type claimType = cas.getTypeSystem().getType("org.marginalia.uima.Claim");
        AnnotationFS claimFs = cas.getAnnotationIndex(claimType).iterator().next();
        assertEquals(10, claimFs.getBegin());
        assertEquals("supports", claimFs.getStringValue(claimType.getFeatureByBaseName("stance")));
        FeatureStructure source = claimFs.getFeatureValue(claimType.getFeatureByBaseName("source"));
        assertEquals("Andrii Sybiha", source.getStringValue(source.getType().getFeatureByBaseName("name")));
        StringArrayFS keywords = (StringArrayFS) claimFs.getFeatureValue(claimType.getFeatureByBaseName("keywords"));
        assertEquals(List.of("troops", "Kursk"), List.of(keywords.toArray()));

        Type attributedType = cas.getTypeSystem().getType("org.marginalia.uima.AttributedTo");
        AnnotationFS same = cas.getAnnotationIndex(attributedType).iterator().next();
        assertEquals(claimFs, same.getFeatureValue(attributedType.getFeatureByBaseName("Governor")));
        AnnotationFS dependent = (AnnotationFS) same.getFeatureValue(attributedType.getFeatureByBaseName("Dependent"));
        assertEquals(mention.getBegin(), dependent.getBegin(), "a relation's dependent, as DKPro Core writes it");
        Type contradictsType = cas.getTypeSystem().getType("org.marginalia.uima.Contradicts");
        AnnotationFS across = cas.getAnnotationIndex(contradictsType).iterator().next();
        assertEquals(claimFs, across.getFeatureValue(contradictsType.getFeatureByBaseName("Governor")));
        assertEquals(DOC_003, across.getStringValue(contradictsType.getFeatureByBaseName("dependentDocument")));
        assertEquals("claim-2", across.getStringValue(contradictsType.getFeatureByBaseName("dependentAnnotationId")));
        assertTrue(across.getBooleanValue(contradictsType.getFeatureByBaseName("certain")));
    }

    @Test
    void theEmfExportCarriesTheSchemaAndLoadsWithoutMarginalia() throws Exception {
        LoadedCorpus corpus = corpusWithSchema(ClaimsSchema.ECORE);
        LoadedAnnotations sets = AnnotationStore.loadAll(corpus);
        CorpusSchema schema = CorpusSchema.of(corpus);
        EClass claimKind = schema.spanKinds().get(4);
        Entity sybiha = corpus.corpus().getEntities().stream().filter(e -> e.getId().equals("person.andrii-sybiha")).findFirst().orElseThrow();
        AnnotationSet in001 = sets.analystSet(ANA, DOC_001).orElseThrow();
        CustomSpan claim = claim(claimKind, "claim-1", 10, 40, schema.tagSets().get(0).getEEnumLiteral("refutes").getInstance(), sybiha);
        claim.eSet(claimKind.getEStructuralFeature("keywords"), List.of("troops", "Kursk"));
        in001.getAnnotations().add(claim);
        Relation attributed = (Relation) EcoreUtil.create(schema.relationKinds().get(0));
        attributed.setId("rel-1");
        attributed.setGovernor(claim);
        attributed.setDependent(in001.getAnnotations().stream().filter(a -> a instanceof org.marginalia.model.EntityMention).findFirst().orElseThrow());
        in001.getRelations().add(attributed);
        AnnotationStore.save(corpus, in001);
        Path out = temp.resolve("emf").resolve("corpus.xmi");

        Exports.run(CorpusStore.load(corpus.layout().root()), ExportFormat.EMF, SetSelection.ALL, out, false, new BasicMonitor());

        // Only what the export wrote: the model and the schema read as dynamic packages, not Marginalia's classes.
        org.eclipse.emf.ecore.resource.ResourceSet plain = new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl();
        plain.setPackageRegistry(new org.eclipse.emf.ecore.impl.EPackageRegistryImpl());
        plain.getPackageRegistry().put(org.eclipse.emf.ecore.EcorePackage.eNS_URI, org.eclipse.emf.ecore.EcorePackage.eINSTANCE);
        plain.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl());
        for (String ecore : List.of("marginalia.ecore", "schema.ecore")) {
            org.eclipse.emf.ecore.EPackage model = (org.eclipse.emf.ecore.EPackage) plain
                    .getResource(org.eclipse.emf.common.util.URI.createFileURI(out.resolveSibling(ecore).toString()), true).getContents().get(0);
            plain.getPackageRegistry().put(model.getNsURI(), model);
        }
        org.eclipse.emf.ecore.resource.Resource export = plain.getResource(org.eclipse.emf.common.util.URI.createFileURI(out.toString()), true);
        List<EObject> all = new java.util.ArrayList<>();
        export.getAllContents().forEachRemaining(all::add);
        EObject claimBack = all.stream().filter(o -> o.eClass().getName().equals("Claim")).findFirst().orElseThrow();
        assertFalse(claimBack instanceof CustomSpan, "read with the exported packages, not Marginalia's generated classes");
        assertEquals("refutes", String.valueOf(claimBack.eGet(claimBack.eClass().getEStructuralFeature("stance"))));
        assertEquals(List.of("troops", "Kursk"), claimBack.eGet(claimBack.eClass().getEStructuralFeature("keywords")));
        EObject source = (EObject) claimBack.eGet(claimBack.eClass().getEStructuralFeature("source"));
        assertEquals("person.andrii-sybiha", source.eGet(source.eClass().getEStructuralFeature("id")));
        EObject relation = all.stream().filter(o -> o.eClass().getName().equals("AttributedTo")).findFirst().orElseThrow();
        assertEquals(claimBack, relation.eGet(relation.eClass().getEStructuralFeature("governor")));
        assertTrue(claimBack.eClass().getEAllSuperTypes().stream().anyMatch(c -> c.getName().equals("Annotation")),
                "the schema's kinds still extend the model's Annotation");
    }

    @Test
    void theReviewComparesEveryAttributeOfASchemasKindAndAgreementCountsIt() throws Exception {
        LoadedCorpus corpus = corpusWithSchema(ClaimsSchema.ECORE);
        LoadedAnnotations sets = AnnotationStore.loadAll(corpus);
        CorpusSchema schema = CorpusSchema.of(corpus);
        EClass claimKind = schema.spanKinds().get(4);
        EEnum stance = schema.tagSets().get(0);
        AnnotationSet ana = sets.analystSet(ANA, DOC_001).orElseThrow();
        AnnotationSet ben = sets.analystSet(DemoCorpus.BEN, DOC_001).orElseThrow();
        ana.getAnnotations().add(claim(claimKind, "a1", 10, 40, stance.getEEnumLiteral("supports").getInstance(), null));
        ben.getAnnotations().add(claim(claimKind, "b1", 10, 40, stance.getEEnumLiteral("refutes").getInstance(), null));
        ana.getAnnotations().add(claim(claimKind, "a2", 50, 60, stance.getEEnumLiteral("neutral").getInstance(), null));
        ben.getAnnotations().add(claim(claimKind, "b2", 50, 60, stance.getEEnumLiteral("neutral").getInstance(), null));

        DocumentDiff diff = DocumentDiff.of(List.of(ana, ben), 0);

        List<PositionDiff> claims = diff.positions().stream().filter(p -> p.kind().equals("Claim")).toList();
        assertEquals(2, claims.size());
        assertTrue(claims.get(0).isConflict(), "one span, two stances: two configurations");
        assertEquals(2, claims.get(0).configurations().size());
        assertTrue(claims.get(1).isAgreed(), "the same stance agrees");
        KindAgreement agreement = KindAgreement.of(List.of(ana, ben), "Claim");
        assertEquals("Claim", agreement.kind());
        assertEquals(2, agreement.fleissItems(), "both positions are items of the Claim study");
        org.marginalia.core.review.AttributeAgreement stanceAgreement = org.marginalia.core.review.AttributeAgreement.of(List.of(ana, ben), claimKind)
                .stream().filter(a -> a.attribute().equals("stance")).findFirst().orElseThrow();
        assertEquals(2, stanceAgreement.items(), "per attribute, as INCEpTION per feature: the spans both analysts tagged as claims");
        assertTrue(stanceAgreement.fleiss() < 1, "one of the two stances differs: " + stanceAgreement);
        assertEquals(List.of("stance", "source", "keywords"), org.marginalia.core.review.AttributeAgreement.of(List.of(ana, ben), claimKind).stream()
                .map(org.marginalia.core.review.AttributeAgreement::attribute).toList());

        org.marginalia.core.review.MergePlan plan = org.marginalia.core.review.MergePlan.of(diff, org.marginalia.core.review.MergeStrategy.parse("all-agree"));
        AnnotationSet curated = AnnotationStore.createCurated(corpus, ana.getDocument());
        org.eclipse.emf.edit.domain.EditingDomain domain = new org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain(
                new org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory(), new org.eclipse.emf.common.command.BasicCommandStack());
        domain.getCommandStack().execute(org.marginalia.core.review.Curation.apply(domain, plan, curated));
        List<Annotation> merged = curated.getAnnotations().stream().filter(a -> a.eClass() == claimKind).toList();
        assertEquals(1, merged.size(), "the agreed claim is merged, the disputed one left for review");
        assertEquals("neutral", String.valueOf(merged.get(0).eGet(claimKind.getEStructuralFeature("stance"))), "with its attribute");
        assertEquals(50, merged.get(0).getBegin());
    }

    @Test
    void theCrossSourceCheckComparesASchemaKindAboutOneEntityByItsOtherAttributes() throws Exception {
        LoadedCorpus corpus = corpusWithSchema(ClaimsSchema.ECORE);
        CorpusSchema schema = CorpusSchema.of(corpus);
        EClass claimKind = schema.spanKinds().get(4);
        EEnum stance = schema.tagSets().get(0);
        Entity sybiha = corpus.corpus().getEntities().stream().filter(e -> e.getId().equals("person.andrii-sybiha")).findFirst().orElseThrow();
        Entity other = corpus.corpus().getEntities().stream().filter(e -> !e.getId().equals("person.andrii-sybiha")).findFirst().orElseThrow();
        org.marginalia.model.Document d001 = corpus.document(DOC_001);
        org.marginalia.model.Document d003 = corpus.document(DOC_003);
        java.util.Map<org.marginalia.model.Document, List<Annotation>> references = new java.util.LinkedHashMap<>();
        references.put(d001, List.of(claim(claimKind, "a", 10, 40, stance.getEEnumLiteral("supports").getInstance(), sybiha),
                claim(claimKind, "b", 50, 60, stance.getEEnumLiteral("neutral").getInstance(), other)));
        references.put(d003, List.of(claim(claimKind, "c", 5, 25, stance.getEEnumLiteral("refutes").getInstance(), sybiha),
                claim(claimKind, "d", 30, 45, stance.getEEnumLiteral("neutral").getInstance(), other)));

        List<org.marginalia.core.assist.Finding> findings = org.marginalia.core.assist.ConsistencyChecker.check(references).stream()
                .filter(f -> f.type() == org.marginalia.core.assist.Finding.Type.ATTRIBUTE).toList();

        assertEquals(1, findings.size(), "the other entity's claims agree: " + findings);
        org.marginalia.core.assist.Finding finding = findings.get(0);
        assertEquals("Claim about Andrii Sybiha", finding.subject());
        assertEquals(List.of("stance supports", "stance refutes"), finding.sources().stream().map(org.marginalia.core.assist.Finding.Source::says).toList());
        assertEquals(List.of(DOC_001, DOC_003), finding.sources().stream().map(org.marginalia.core.assist.Finding.Source::documentId).toList());
    }

    @Test
    void relationsAreDiffedByTheirTwoEndsAndMergedBetweenCuratedAnnotationsAcrossDocuments() throws Exception {
        LoadedCorpus corpus = corpusWithSchema(ClaimsSchema.ECORE);
        LoadedAnnotations sets = AnnotationStore.loadAll(corpus);
        CorpusSchema schema = CorpusSchema.of(corpus);
        EClass claimKind = schema.spanKinds().get(4);
        EEnum stance = schema.tagSets().get(0);
        for (String analyst : List.of(ANA, DemoCorpus.BEN)) {
            AnnotationSet in001 = sets.analystSet(analyst, DOC_001).orElseThrow();
            AnnotationSet in003 = sets.analystSet(analyst, DOC_003).orElseThrow();
            CustomSpan claim = claim(claimKind, analyst + "-c1", 10, 40, stance.getEEnumLiteral("supports").getInstance(), null);
            CustomSpan other = claim(claimKind, analyst + "-c2", 5, 25, stance.getEEnumLiteral("refutes").getInstance(), null);
            in001.getAnnotations().add(claim);
            in003.getAnnotations().add(other);
            Relation contradicts = (Relation) EcoreUtil.create(schema.relationKinds().get(1));
            contradicts.setId(analyst + "-r1");
            contradicts.setGovernor(claim);
            contradicts.setDependent(other);
            in001.getRelations().add(contradicts);
            if (analyst.equals(ANA)) {
                Relation attributed = (Relation) EcoreUtil.create(schema.relationKinds().get(0));
                attributed.setId("ana-r2");
                attributed.setGovernor(claim);
                attributed.setDependent(in001.getAnnotations().stream().filter(a -> a instanceof org.marginalia.model.EntityMention).findFirst().orElseThrow());
                in001.getRelations().add(attributed);
            }
        }
        org.marginalia.core.review.MergeStrategy majority = org.marginalia.core.review.MergeStrategy.parse("majority");
        org.eclipse.emf.edit.domain.EditingDomain domain = new org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain(
                new org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory(), new org.eclipse.emf.common.command.BasicCommandStack());
        java.util.Map<String, AnnotationSet> curated = new java.util.HashMap<>();
        for (String document : List.of(DOC_001, DOC_003)) {
            List<AnnotationSet> analystSets = sets.sets().stream().filter(s -> !s.isCurated() && s.getDocument().getId().equals(document)).toList();
            org.marginalia.core.review.MergePlan plan = org.marginalia.core.review.MergePlan.of(DocumentDiff.of(analystSets, 0), majority);
            AnnotationSet set = AnnotationStore.createCurated(corpus, corpus.document(document));
            domain.getCommandStack().execute(org.marginalia.core.review.Curation.apply(domain, plan, set));
            curated.put(document, set);
        }
        List<AnnotationSet> in001 = sets.sets().stream().filter(s -> !s.isCurated() && s.getDocument().getId().equals(DOC_001)).toList();

        List<org.marginalia.core.review.RelationMerge.Position> positions = org.marginalia.core.review.RelationMerge.positions(in001);
        org.marginalia.core.review.RelationMerge.Outcome outcome = org.marginalia.core.review.RelationMerge.apply(domain, in001, majority, 0,
                curated.get(DOC_001), curated);
        outcome.command().ifPresent(domain.getCommandStack()::execute);

        assertEquals(2, positions.size(), "two pairs of ends: " + positions);
        assertEquals(java.util.Set.of(ANA, DemoCorpus.BEN), positions.stream().filter(p -> p.dependent().documentId().equals(DOC_003)).findFirst()
                .orElseThrow().analysts(), "the two analysts' relations line up by their ends, though their annotations are their own");
        assertEquals(1, outcome.merged().size());
        assertEquals(1, outcome.left().size(), outcome.left().toString());
        assertTrue(outcome.left().get(0).contains("1 version by [ana]"), outcome.left().toString());
        Relation merged = curated.get(DOC_001).getRelations().get(0);
        assertEquals("Contradicts", merged.eClass().getName());
        assertEquals(curated.get(DOC_001), merged.getGovernor().eContainer(), "from the curated claim");
        assertEquals(curated.get(DOC_003), merged.getDependent().eContainer(), "to the curated claim of the other document");
        assertEquals(5, merged.getDependent().getBegin());
        assertEquals(org.marginalia.model.Origin.MERGED, merged.getOrigin());
        org.marginalia.core.review.RelationMerge.Outcome again = org.marginalia.core.review.RelationMerge.apply(domain, in001, majority, 0,
                curated.get(DOC_001), curated);
        assertTrue(again.merged().isEmpty(), "a second merge adds nothing");
    }

    @Test
    void aSchemaKindTaggedOnceIsSuggestedAtItsOtherOccurrencesWithItsAttributes() throws Exception {
        LoadedCorpus corpus = corpusWithSchema(ClaimsSchema.ECORE);
        LoadedAnnotations sets = AnnotationStore.loadAll(corpus);
        CorpusSchema schema = CorpusSchema.of(corpus);
        EClass claimKind = schema.spanKinds().get(4);
        String words = "North Korean";
        String text001 = corpus.document(DOC_001).getText();
        String text003 = corpus.document(DOC_003).getText();
        int at = text001.indexOf(words);
        AnnotationSet ana001 = sets.analystSet(ANA, DOC_001).orElseThrow();
        AnnotationSet ana003 = sets.analystSet(ANA, DOC_003).orElseThrow();
        ana001.getAnnotations().add(claim(claimKind, "n1", at, at + words.length(), schema.tagSets().get(0).getEEnumLiteral("refutes").getInstance(), null));
        int tagged003 = text003.indexOf(words);
        ana003.getAnnotations().add(claim(claimKind, "n2", tagged003, tagged003 + words.length(), schema.tagSets().get(0).getEEnumLiteral("supports").getInstance(), null));
        List<AnnotationSet> anasSets = sets.sets().stream().filter(s -> ANA.equals(s.getAnalystId())).toList();

        List<org.marginalia.core.assist.Suggestion> repeats = org.marginalia.core.assist.Suggesters.suggest(new org.marginalia.core.assist.SuggestionContext(
                corpus.document(DOC_003), new org.marginalia.core.edit.EntityDirectory(corpus.corpus(), sets.sets()), anasSets)).stream()
                .filter(s -> s.proposal().eClass() == claimKind).toList();

        long occurrences = new org.marginalia.core.text.TextSearch(words, true, true).findAll(text003).size();
        assertTrue(occurrences > 1, "the words repeat in 003");
        assertEquals(occurrences - 1, repeats.size(), "every occurrence but the one tagged already: " + repeats);
        assertTrue(repeats.stream().allMatch(s -> s.suggester().equals("repeats") && text003.substring(s.begin(), s.end()).equals(words)));
        assertTrue(repeats.stream().noneMatch(s -> s.begin() == tagged003));
        Annotation accepted = repeats.get(0).accept(ANA);
        assertEquals("refutes", String.valueOf(accepted.eGet(claimKind.getEStructuralFeature("stance"))), "with the attributes of the one tagged");
        assertEquals(org.marginalia.model.Origin.SUGGESTED, accepted.getOrigin());
    }

    @Test
    void anAttributeRenamedInTheSchemaIsReportedAndItsValuesSurviveASave() throws Exception {
        LoadedCorpus corpus = corpusWithSchema(ClaimsSchema.ECORE);
        LoadedAnnotations sets = AnnotationStore.loadAll(corpus);
        CorpusSchema schema = CorpusSchema.of(corpus);
        AnnotationSet ana = sets.analystSet(ANA, DOC_001).orElseThrow();
        ana.getAnnotations().add(claim(schema.spanKinds().get(4), "c1", 10, 40, schema.tagSets().get(0).getEEnumLiteral("refutes").getInstance(), null));
        AnnotationStore.save(corpus, ana);
        Path schemaFile = corpus.layout().root().resolve("schema.ecore");
        ClaimsSchema.write(schemaFile, ClaimsSchema.ECORE.replace("name=\"stance\"", "name=\"position\""));

        LoadedCorpus renamed = CorpusStore.load(corpus.layout().root());
        LoadedAnnotations loaded = AnnotationStore.loadAll(renamed);
        List<String> problems = loaded.problems().stream().map(CorpusProblem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("does not define (stance)") && p.contains(DOC_001)), problems.toString());
        AnnotationSet edited = loaded.analystSet(ANA, DOC_001).orElseThrow();
        edited.getAnnotations().stream().filter(a -> "c1".equals(a.getId())).findFirst().orElseThrow().setNote("checked");
        AnnotationStore.save(renamed, edited);

        ClaimsSchema.write(schemaFile, ClaimsSchema.ECORE);
        LoadedCorpus restored = CorpusStore.load(corpus.layout().root());
        Annotation back = AnnotationStore.loadAll(restored).analystSet(ANA, DOC_001).orElseThrow().getAnnotations().stream()
                .filter(a -> "c1".equals(a.getId())).findFirst().orElseThrow();
        assertEquals("refutes", String.valueOf(back.eGet(back.eClass().getEStructuralFeature("stance"))), "the value was kept through a save");
        assertEquals("checked", back.getNote());
    }

    @Test
    void aSchemaChangeCarriesRenamedAttributesAndKindsAlongAndRefusesToDropWhatIsUsed() throws Exception {
        LoadedCorpus corpus = corpusWithSchema(ClaimsSchema.ECORE);
        LoadedAnnotations sets = AnnotationStore.loadAll(corpus);
        CorpusSchema schema = CorpusSchema.of(corpus);
        EClass claimKind = schema.spanKinds().get(4);
        AnnotationSet ana001 = sets.analystSet(ANA, DOC_001).orElseThrow();
        AnnotationSet ana003 = sets.analystSet(ANA, DOC_003).orElseThrow();
        CustomSpan claim = claim(claimKind, "c1", 10, 40, schema.tagSets().get(0).getEEnumLiteral("refutes").getInstance(), null);
        claim.eSet(claimKind.getEStructuralFeature("keywords"), List.of("Kursk"));
        ana001.getAnnotations().add(claim);
        CustomSpan other = claim(claimKind, "c2", 5, 25, schema.tagSets().get(0).getEEnumLiteral("supports").getInstance(), null);
        ana003.getAnnotations().add(other);
        Relation contradicts = (Relation) EcoreUtil.create(schema.relationKinds().get(1));
        contradicts.setId("r1");
        contradicts.setGovernor(claim);
        contradicts.setDependent(other);
        ana001.getRelations().add(contradicts);
        EObject event = EcoreUtil.create(schema.spanKinds().get(5));
        ((Annotation) event).setId("e1");
        ((Annotation) event).setBegin(50);
        ((Annotation) event).setEnd(60);
        ana003.getAnnotations().add((Annotation) event);
        AnnotationStore.save(corpus, ana001);
        AnnotationStore.save(corpus, ana003);
        Path schemaFile = corpus.layout().root().resolve("schema.ecore");
        Path benFile = AnnotationStore.analystFile(corpus.layout(), DemoCorpus.BEN, DOC_001);
        byte[] benBefore = Files.readAllBytes(benFile);

        String withoutEvent = ClaimsSchema.ECORE.substring(0, ClaimsSchema.ECORE.indexOf("  <eClassifiers xsi:type=\"ecore:EClass\" name=\"Event\""))
                + ClaimsSchema.ECORE.substring(ClaimsSchema.ECORE.indexOf("  <eClassifiers xsi:type=\"ecore:EClass\" name=\"AttributedTo\""));
        LoadedCorpus loaded = CorpusStore.load(corpus.layout().root());
        org.marginalia.core.schema.SchemaChange refused = org.marginalia.core.schema.SchemaChange.plan(loaded, AnnotationStore.loadAll(loaded),
                readSchema(withoutEvent));
        assertEquals(1, refused.refused().size(), refused.refused().toString());
        assertEquals("kind Event", refused.refused().get(0).what());
        assertEquals(1, refused.refused().get(0).count());
        assertEquals(java.util.Set.of(Path.of("annotations", ANA, DOC_003 + ".xmi")), refused.refused().get(0).files());
        assertThrows(IllegalStateException.class, () -> refused.apply(withoutEvent.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(ClaimsSchema.ECORE, Files.readString(schemaFile), "a refused change writes nothing");

        String renamed = ClaimsSchema.ECORE
                .replace("name=\"stance\" lowerBound=\"1\" eType=\"#//Stance\"/>",
                        "name=\"position\" lowerBound=\"1\" eType=\"#//Stance\">\n      <eAnnotations source=\"http://marginalia.org/schema\"><details key=\"renamedFrom\" value=\"stance\"/></eAnnotations>\n    </eStructuralFeatures>")
                .replace("<eClassifiers xsi:type=\"ecore:EClass\" name=\"Claim\" eSuperTypes=\"http://marginalia.org/model/1.0#//CustomSpan\">\n    <eAnnotations source=\"http://marginalia.org/schema\">",
                        "<eClassifiers xsi:type=\"ecore:EClass\" name=\"Assertion\" eSuperTypes=\"http://marginalia.org/model/1.0#//CustomSpan\">\n    <eAnnotations source=\"http://marginalia.org/schema\">\n      <details key=\"renamedFrom\" value=\"Claim\"/>")
                .replace("value=\"Claim Quote\"", "value=\"Assertion Quote\"")
                .replace("key=\"governorKinds\" value=\"Claim\"", "key=\"governorKinds\" value=\"Assertion\"")
                .replace("key=\"dependentKinds\" value=\"Claim\"", "key=\"dependentKinds\" value=\"Assertion\"");
        assertTrue(renamed.contains("name=\"Assertion\"") && renamed.contains("name=\"position\""), "the test's schema edit applied");
        LoadedCorpus again = CorpusStore.load(corpus.layout().root());
        org.marginalia.core.schema.SchemaChange change = org.marginalia.core.schema.SchemaChange.plan(again, AnnotationStore.loadAll(again), readSchema(renamed));
        assertEquals(List.of(), change.refused());
        assertEquals(List.of("kind Claim \u2192 Assertion: 2 annotations carried along", "attribute stance of Claim \u2192 position: 2 annotations carried along"),
                change.renames().stream().map(Object::toString).toList());
        change.apply(renamed.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        LoadedCorpus after = CorpusStore.load(corpus.layout().root());
        LoadedAnnotations afterSets = AnnotationStore.loadAll(after);
        assertEquals(List.of(), afterSets.problems(), Files.readString(AnnotationStore.analystFile(after.layout(), ANA, DOC_001)));
        Annotation assertion = afterSets.analystSet(ANA, DOC_001).orElseThrow().getAnnotations().stream().filter(a -> "c1".equals(a.getId())).findFirst().orElseThrow();
        assertEquals("Assertion", assertion.eClass().getName());
        assertEquals("refutes", String.valueOf(assertion.eGet(assertion.eClass().getEStructuralFeature("position"))));
        assertEquals(List.of("Kursk"), assertion.eGet(assertion.eClass().getEStructuralFeature("keywords")));
        assertEquals(10, assertion.getBegin());
        Relation relation = afterSets.analystSet(ANA, DOC_001).orElseThrow().getRelations().get(0);
        assertEquals(assertion, relation.getGovernor());
        assertEquals("c2", relation.getDependent().getId(), "the relation to the other document still finds its end");
        assertEquals("Assertion", relation.getDependent().eClass().getName());
        assertTrue(java.util.Arrays.equals(benBefore, Files.readAllBytes(benFile)), "files without the renamed kinds are not rewritten");
    }

    @Test
    void aKindAddedToACorpusWithoutSchemaMakesOneAndReadsBack() throws Exception {
        LoadedCorpus plain = DemoCorpus.copyWithoutSchema(temp.resolve("plain"));
        List<String> refused = org.marginalia.core.schema.SchemaEdits.problemsOfNewKind(null, "Claim", "Q", "#ffe0a0", "");
        assertEquals(1, refused.size(), refused.toString());
        assertTrue(refused.get(0).contains("Claim has the key Q, which the editor uses already"), refused.toString());
        assertEquals(List.of(), org.marginalia.core.schema.SchemaEdits.problemsOfNewKind(null, "Claim", "c", "#ffe0a0", ""));
        EClass kind = org.marginalia.core.schema.SchemaEdits.addSpanKind(plain, "Claim", "c", "#ffe0a0", "A statement presented as true.");
        CorpusStore.writeDescription(plain.corpus(), plain.layout().description());
        AnnotationSet set = AnnotationStore.loadAll(plain).analystSet(ANA, DOC_001).orElseThrow();
        Annotation claim = (Annotation) EcoreUtil.create(kind);
        claim.setId("k1");
        claim.setBegin(0);
        claim.setEnd(5);
        set.getAnnotations().add(claim);
        AnnotationStore.save(plain, set);

        LoadedCorpus reread = CorpusStore.load(plain.layout().root());
        assertEquals(List.of(), reread.problems());
        EClass back = CorpusSchema.of(reread).spanKinds().get(4);
        assertEquals("Claim", back.getName());
        assertEquals("C", CorpusSchema.key(back).orElseThrow());
        assertEquals("A statement presented as true.", CorpusSchema.description(back).orElseThrow());
        assertEquals("Claim", AnnotationStore.loadAll(reread).analystSet(ANA, DOC_001).orElseThrow().getAnnotations().stream()
                .filter(a -> "k1".equals(a.getId())).findFirst().orElseThrow().eClass().getName());
    }

    private static org.eclipse.emf.ecore.EPackage readSchema(String ecore) throws Exception {
        Path file = ClaimsSchema.write(Files.createTempDirectory("schema").resolve("new.ecore"), ecore);
        return org.marginalia.core.schema.SchemaLoader.read(new org.marginalia.core.corpus.ConfinedFolder(file.getParent()), file);
    }

    private static CustomSpan claim(EClass kind, String id, int begin, int end, Object stanceValue, Entity source) {
        EObject made = EcoreUtil.create(kind);
        CustomSpan claim = assertInstanceOf(CustomSpan.class, made, "EMF makes schema kinds without generated code");
        claim.setId(id);
        claim.setBegin(begin);
        claim.setEnd(end);
        claim.eSet(kind.getEStructuralFeature("stance"), stanceValue);
        if (source != null) {
            claim.eSet(kind.getEStructuralFeature("source"), source);
        }
        return claim;
    }

    @Test
    void aSchemaThatCannotBeUsedIsReportedWithItsFileAndEveryProblem() throws Exception {
        String bad = ClaimsSchema.ECORE
                .replace("<details key=\"key\" value=\"C\"/>", "<details key=\"key\" value=\"Q\"/>")
                .replace("<details key=\"color\" value=\"#c2d4f4\"/>", "<details key=\"color\" value=\"blue\"/>")
                .replace("name=\"casualties\" eType=\"ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EInt\"",
                        "name=\"casualties\" eType=\"ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EJavaObject\"")
                .replace("eSuperTypes=\"http://marginalia.org/model/1.0#//Relation\">\n    <eAnnotations source=\"http://marginalia.org/schema\">\n      <details key=\"governorKinds\" value=\"Claim\"/>",
                        "eSuperTypes=\"http://marginalia.org/model/1.0#//Relation\">\n    <eAnnotations source=\"http://marginalia.org/schema\">\n      <details key=\"governorKinds\" value=\"Claim Rumour\"/>");
        LoadedCorpus corpus = corpusWithSchema(bad);

        List<String> messages = corpus.problems().stream().map(CorpusProblem::toString).toList();
        assertTrue(corpus.problems().stream().allMatch(p -> p.file().getFileName().toString().equals("schema.ecore")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("Claim has the key Q, which the editor uses already")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("Event has the colour \"blue\"")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("casualties of Event is of type EJavaObject")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("Rumour")), messages.toString());
        assertTrue(CorpusSchema.of(corpus).relationKinds().isEmpty(), "a schema with problems is not used");
    }

    @Test
    void aSchemaPathOutsideTheCorpusIsRefused() throws Exception {
        LoadedCorpus copy = DemoCorpus.copyWithoutSchema(temp.resolve("c"));
        ClaimsSchema.write(temp.resolve("elsewhere.ecore"), ClaimsSchema.ECORE);
        copy.corpus().setSchema("../elsewhere.ecore");
        CorpusStore.writeDescription(copy.corpus(), copy.layout().description());

        LoadedCorpus loaded = CorpusStore.load(copy.layout().root());

        assertTrue(loaded.problems().stream().anyMatch(p -> p.message().contains("lies outside the folder")), loaded.problems().toString());
        assertTrue(CorpusSchema.of(loaded).relationKinds().isEmpty());
    }
}
