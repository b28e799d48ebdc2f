package org.marginalia.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.marginalia.model.Analyst;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Corpus;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityKind;
import org.marginalia.model.EntityMention;
import org.marginalia.model.Figure;
import org.marginalia.model.MarginaliaFactory;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.model.Origin;
import org.marginalia.model.Quote;
import org.marginalia.model.QuoteMode;
import org.marginalia.model.Role;
import org.marginalia.model.util.EntityIds;

class ModelTest {

    private static final MarginaliaFactory F = MarginaliaFactory.eINSTANCE;

    @Test
    void entityIdsAreDerivedFromKindAndNormalisedName() {
        assertEquals("person.takeshi-iwaya", EntityIds.idFor(EntityKind.PERSON, "Takeshi Iwaya"));
        assertEquals(EntityIds.idFor(EntityKind.PERSON, "Takeshi Iwaya"), EntityIds.idFor(EntityKind.PERSON, "  takeshi   IWAYA "));
        assertEquals("person.volodymyr-zelenskyy", EntityIds.idFor(EntityKind.PERSON, "Volodymyr Zelenskyy"));
        assertEquals("place.kyiv", EntityIds.idFor(EntityKind.PLACE, "Kyïv"));
        assertEquals("organisation.g7", EntityIds.idFor(EntityKind.ORGANISATION, "G7"));
        assertTrue(!EntityIds.idFor(EntityKind.PLACE, "Japan").equals(EntityIds.idFor(EntityKind.ORGANISATION, "Japan")),
                "the kind is part of the id");
        assertThrows(IllegalArgumentException.class, () -> EntityIds.idFor(EntityKind.PERSON, " "));
    }

    @Test
    void containmentPutsDocumentsEntitiesAndAnnotationsUnderTheirOwners() {
        Corpus corpus = sampleCorpus();
        Document document = corpus.getDocuments().get(0);
        assertSame(corpus, document.eContainer());
        assertSame(corpus, corpus.getEntities().get(0).eContainer());
        AnnotationSet set = sampleSet(corpus);
        assertSame(set, set.getAnnotations().get(0).eContainer());
        Quote quote = (Quote) set.getAnnotations().get(0);
        assertSame(corpus, quote.getSpeaker().eContainer(), "a speaker is a reference to a shared entity, not a copy");
        EcoreUtil.delete(set.getAnnotations().get(1));
        assertEquals(3, set.getAnnotations().size());
    }

    @Test
    void aCorpusWithAnnotationsSurvivesASerializationRoundTrip() throws IOException {
        Corpus corpus = sampleCorpus();
        AnnotationSet set = sampleSet(corpus);
        ResourceSet resources = resourceSet();
        Resource corpusResource = resources.createResource(URI.createURI("mem:/corpus.marginalia"));
        corpusResource.getContents().add(corpus);
        Resource setResource = resources.createResource(URI.createURI("mem:/annotations/ana/doc1.xmi"));
        setResource.getContents().add(set);

        ResourceSet reread = resourceSet();
        Resource corpusCopy = copyThroughBytes(corpusResource, reread);
        Resource setCopy = copyThroughBytes(setResource, reread);

        Corpus corpus2 = (Corpus) corpusCopy.getContents().get(0);
        AnnotationSet set2 = (AnnotationSet) setCopy.getContents().get(0);
        assertTrue(EcoreUtil.equals(corpus, corpus2), "corpus equal after the round trip");
        assertTrue(EcoreUtil.equals(set, set2), "annotation set equal after the round trip");
        Quote quote2 = (Quote) set2.getAnnotations().get(0);
        assertSame(corpus2.getEntities().get(0), quote2.getSpeaker(), "cross-file reference resolves to the reread entity");
        assertNotSame(corpus.getEntities().get(0), quote2.getSpeaker());
        assertEquals("person.takeshi-iwaya", EcoreUtil.getURI(quote2.getSpeaker()).fragment(), "entities are referenced by their stable id");
    }

    private static Resource copyThroughBytes(Resource source, ResourceSet target) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        source.save(out, Map.of());
        Resource copy = target.createResource(source.getURI());
        copy.load(new ByteArrayInputStream(out.toByteArray()), Map.of());
        return copy;
    }

    private static ResourceSet resourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(MarginaliaPackage.eNS_URI, MarginaliaPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        return set;
    }

    private static Corpus sampleCorpus() {
        Corpus corpus = F.createCorpus();
        corpus.setName("Kyiv visit");
        Document document = F.createDocument();
        document.setId("doc1");
        document.setTitle("Japan's FM visits Kyiv");
        document.setPath("documents/doc1.txt");
        document.setText("He stated, \u201cJapan will continue to stand together with Ukraine.\u201d");
        document.setTextHash("abc");
        corpus.getDocuments().add(document);
        corpus.getEntities().add(entity(EntityKind.PERSON, "Takeshi Iwaya"));
        corpus.getEntities().add(entity(EntityKind.PLACE, "Japan"));
        Analyst analyst = F.createAnalyst();
        analyst.setId("ana");
        analyst.setName("Ana");
        corpus.getAnalysts().add(analyst);
        return corpus;
    }

    private static Entity entity(EntityKind kind, String name) {
        Entity entity = F.createEntity();
        entity.setKind(kind);
        entity.setName(name);
        entity.setId(EntityIds.idFor(kind, name));
        return entity;
    }

    private static AnnotationSet sampleSet(Corpus corpus) {
        AnnotationSet set = F.createAnnotationSet();
        set.setDocument(corpus.getDocuments().get(0));
        set.setAnalystId(corpus.getAnalysts().get(0).getId());
        set.setTextHash("abc");
        Quote quote = F.createQuote();
        quote.setId("a1");
        quote.setBegin(11);
        quote.setEnd(64);
        quote.setSpeaker(corpus.getEntities().get(0));
        quote.setMode(QuoteMode.DIRECT);
        quote.setCue("stated");
        Figure figure = F.createFigure();
        figure.setId("a2");
        figure.setBegin(0);
        figure.setEnd(2);
        figure.setValue("12000");
        figure.setCounts("North Korean troops");
        figure.setApproximate(true);
        figure.setOrigin(Origin.SUGGESTED);
        Role role = F.createRole();
        role.setId("a3");
        role.setTitle("Foreign Minister");
        role.setPerson(corpus.getEntities().get(0));
        role.setAffiliation(corpus.getEntities().get(1));
        EntityMention mention = F.createEntityMention();
        mention.setId("a4");
        mention.setEntity(corpus.getEntities().get(1));
        mention.setNote("country");
        set.getAnnotations().add(quote);
        set.getAnnotations().add(figure);
        set.getAnnotations().add(role);
        set.getAnnotations().add(mention);
        return set;
    }
}
