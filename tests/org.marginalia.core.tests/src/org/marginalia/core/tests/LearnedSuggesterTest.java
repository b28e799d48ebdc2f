package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.assist.LearnedSuggester;
import org.marginalia.core.assist.SpanModels;
import org.marginalia.core.assist.Suggesters;
import org.marginalia.core.assist.Suggestion;
import org.marginalia.core.assist.SuggestionContext;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.core.schema.SchemaEdits;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.model.Figure;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityKind;
import org.marginalia.model.EntityMention;
import org.marginalia.model.MarginaliaPackage;

/**
 * The learning recommender: a kind the team made up, learned from ten examples, proposed in a document nobody
 * tagged; what it learns (what the analysts who tag a kind agree on); a save retraining only what it changed; entity
 * mentions proposed linked to the entity they name.
 */
class LearnedSuggesterTest {

    private static final String[] PORTS = { "Rotterdam", "Antwerp", "Hamburg", "Gdansk", "Le Havre", "Felixstowe", "Valencia", "Algeciras", "Piraeus",
            "Genoa" };
    private static final String[] SHIPS = { "Nordic Star", "Maersk Elba", "Ever Given", "MSC Anna", "Cosco Pride", "Atlantic Sea", "Baltic Way",
            "Iberian Sun", "Aegean Blue", "Ligurian Wind", "Polar Dawn" };

    @TempDir
    Path temp;

    private static String shipping(String ship, String port, int containers) {
        return "Dock workers met union leaders on Tuesday. The freighter " + ship + " left " + port + " on Friday with " + containers
                + " containers. Officials said the strike would go on.\n";
    }

    @Test
    void aKindOfTheTeamsOwnIsLearnedFromTenExamplesAndProposedWhereNobodyTaggedIt() throws Exception {
        Path texts = Files.createDirectories(temp.resolve("texts"));
        for (int i = 0; i < PORTS.length; i++) {
            Files.writeString(texts.resolve(String.format("report-%02d.txt", i)), shipping(SHIPS[i], PORTS[i], 100 + i * 20));
        }
        Files.writeString(texts.resolve("report-new.txt"), shipping(SHIPS[10], "Bremerhaven", 300));
        LoadedCorpus corpus = CorpusImporter.importTexts(texts, temp.resolve("corpus"), "Strike");
        SchemaEdits.addSpanKind(corpus, "Port", "O", "#a0c4ff", "A harbour ships leave or reach");
        CorpusStore.writeDescription(corpus.corpus(), corpus.layout().description());
        corpus = CorpusStore.load(corpus.layout().root());
        EClass port = kind(corpus, "Port");
        List<AnnotationSet> team = new ArrayList<>();
        for (int i = 0; i < PORTS.length; i++) {
            Document document = corpus.corpus().getDocuments().get(i);
            AnnotationSet set = AnnotationStore.create(corpus, document, i % 2 == 0 ? "ana" : "ben");
            Annotation tag = (Annotation) EcoreUtil.create(port);
            tag.setBegin(document.getText().indexOf(PORTS[i]));
            tag.setEnd(tag.getBegin() + PORTS[i].length());
            set.getAnnotations().add(tag);
            team.add(set);
        }
        Document untagged = corpus.corpus().getDocuments().get(PORTS.length);

        SpanModels models = LearnedSuggester.retrain(team);
        assertEquals(List.of(port), models.models().stream().map(SpanModels.Model::kind).toList(), "one model, of the kind with enough examples");
        assertEquals(10, models.models().get(0).examples());
        List<Suggestion> suggestions = Suggesters.suggest(new SuggestionContext(untagged, new EntityDirectory(corpus.corpus(), team), List.of(), team));

        Suggestion bremerhaven = suggestions.stream().filter(s -> s.suggester().equals(LearnedSuggester.NAME)).findFirst()
                .orElseThrow(() -> new AssertionError("no learned proposal: " + suggestions));
        assertEquals("Bremerhaven", untagged.getText().substring(bremerhaven.begin(), bremerhaven.end()));
        assertEquals(port, bremerhaven.proposal().eClass());
        assertTrue(bremerhaven.confidence() > 0 && bremerhaven.confidence() <= 1, "says how sure it is: " + bremerhaven.confidence());
    }

    @Test
    void aSaveRetrainsOnlyTheKindsWhoseAgreedExamplesItChanged() throws Exception {
        LoadedCorpus corpus = shippingCorpus("Bremerhaven");
        EClass port = SchemaEdits.addSpanKind(corpus, "Port", "O", "#a0c4ff", "A harbour ships leave or reach");
        EClass ship = SchemaEdits.addSpanKind(corpus, "Ship", "H", "#ffc6ff", "A ship by its name");
        List<AnnotationSet> team = new ArrayList<>();
        for (int i = 0; i < PORTS.length; i++) {
            AnnotationSet set = AnnotationStore.create(corpus, corpus.corpus().getDocuments().get(i), "ana");
            tag(set, port, PORTS[i]);
            tag(set, ship, SHIPS[i]);
            team.add(set);
        }
        // ben and chloe tagged the first report's port as ana did
        for (String analyst : List.of("ben", "chloe")) {
            AnnotationSet set = AnnotationStore.create(corpus, corpus.corpus().getDocuments().get(0), analyst);
            tag(set, port, PORTS[0]);
            team.add(set);
        }
        SpanModels first = LearnedSuggester.retrain(team);

        // chloe deletes her tag: ana and ben still agree on it, so nothing the team teaches changed
        team.get(team.size() - 1).getAnnotations().clear();
        SpanModels afterChloe = LearnedSuggester.retrain(team);
        assertSame(model(first, port), model(afterChloe, port));
        assertSame(model(first, ship), model(afterChloe, ship));

        // ana tags a port in the report nobody had tagged: the ports are learned again, the ships are kept
        AnnotationSet anasNew = AnnotationStore.create(corpus, document(corpus, "report-bremerhaven"), "ana");
        tag(anasNew, port, "Bremerhaven");
        team.add(anasNew);
        SpanModels afterAna = LearnedSuggester.retrain(team);
        assertNotSame(model(first, port), model(afterAna, port));
        assertEquals(11, model(afterAna, port).examples());
        assertSame(model(first, ship), model(afterAna, ship));
    }

    @Test
    void whatTheAnalystsWhoTagAKindAgreeOnIsLearnedAndAnAnalystWhoLeavesItAloneDoesNotVote() throws Exception {
        LoadedCorpus corpus = shippingCorpus();
        EClass port = SchemaEdits.addSpanKind(corpus, "Port", "O", "#a0c4ff", "A harbour ships leave or reach");
        List<AnnotationSet> team = new ArrayList<>();
        for (int i = 0; i < PORTS.length; i++) {
            Document document = corpus.corpus().getDocuments().get(i);
            AnnotationSet ana = AnnotationStore.create(corpus, document, "ana");
            tag(ana, port, PORTS[i]);
            AnnotationSet ben = AnnotationStore.create(corpus, document, "ben");
            tag(ben, port, PORTS[i]);
            AnnotationSet chloe = AnnotationStore.create(corpus, document, "chloe");
            tag(chloe, port, i == 0 ? "Dock workers" : PORTS[i]); // her slip, outvoted
            AnnotationSet dan = AnnotationStore.create(corpus, document, "dan"); // tags no ports: no vote against them
            team.addAll(List.of(ana, ben, chloe, dan));
        }

        assertEquals(PORTS.length, model(SpanModels.train(team, List.of(port)), port).examples(), "one agreed port per report, chloe's slip left out");
    }

    @Test
    void aLearnedMentionIsProposedLinkedToTheEntityItsWordsNameAndANameNoEntityHasIsNot() throws Exception {
        LoadedCorpus corpus = shippingCorpus("Hamburg", "Bremerhaven");
        List<AnnotationSet> team = new ArrayList<>();
        for (int i = 0; i < PORTS.length; i++) {
            Entity entity = EntityDirectory.newEntity(EntityKind.PLACE, PORTS[i]);
            corpus.corpus().getEntities().add(entity);
            AnnotationSet set = AnnotationStore.create(corpus, corpus.corpus().getDocuments().get(i), "ana");
            EntityMention mention = (EntityMention) tag(set, MarginaliaPackage.eINSTANCE.getEntityMention(), PORTS[i]);
            mention.setEntity(entity);
            team.add(set);
        }
        LearnedSuggester.retrain(team);
        EntityDirectory entities = new EntityDirectory(corpus.corpus(), team);

        Document hamburgReport = document(corpus, "report-hamburg");
        List<Suggestion> inHamburg = learnedMentions(new SuggestionContext(hamburgReport, entities, List.of(), team));
        assertEquals(List.of("Hamburg"), inHamburg.stream().map(s -> hamburgReport.getText().substring(s.begin(), s.end())).toList());
        assertEquals("Hamburg", ((EntityMention) inHamburg.get(0).proposal()).getEntity().getName());
        Document bremerhavenReport = document(corpus, "report-bremerhaven");
        assertEquals(List.of(), learnedMentions(new SuggestionContext(bremerhavenReport, entities, List.of(), team)),
                "Bremerhaven is no entity of the corpus: which one it is, or a new one, is the analyst's call");
    }

    /** A report from each of the ten ports, then one from each of {@code morePorts}, named after it. */
    private LoadedCorpus shippingCorpus(String... morePorts) throws Exception {
        Path texts = Files.createDirectories(temp.resolve("texts"));
        for (int i = 0; i < PORTS.length; i++) {
            Files.writeString(texts.resolve(String.format("report-%02d.txt", i)), shipping(SHIPS[i], PORTS[i], 100 + i * 20));
        }
        for (String port : morePorts) {
            Files.writeString(texts.resolve("report-" + port.toLowerCase(Locale.ROOT) + ".txt"), shipping(SHIPS[10], port, 300));
        }
        return CorpusImporter.importTexts(texts, temp.resolve("corpus"), "Strike");
    }

    private static Annotation tag(AnnotationSet set, EClass kind, String words) {
        Annotation tag = (Annotation) EcoreUtil.create(kind);
        tag.setBegin(set.getDocument().getText().indexOf(words));
        tag.setEnd(tag.getBegin() + words.length());
        set.getAnnotations().add(tag);
        return tag;
    }

    private static SpanModels.Model model(SpanModels models, EClass kind) {
        return models.models().stream().filter(m -> m.kind() == kind).findFirst().orElseThrow(() -> new AssertionError("no model of " + kind.getName()));
    }

    private static List<Suggestion> learnedMentions(SuggestionContext context) {
        return new LearnedSuggester().suggest(context).stream().filter(s -> s.proposal() instanceof EntityMention).toList();
    }

    private static Document document(LoadedCorpus corpus, String id) {
        return corpus.corpus().getDocuments().stream().filter(d -> d.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aKindWithFewerThanFiveExamplesIsNotLearned() throws Exception {
        LoadedCorpus demo = DemoCorpus.copyInto(temp.resolve("demo"));
        AnnotationSet anas = AnnotationStore.loadAll(demo).analystSet(DemoCorpus.ANA, DemoCorpus.DOC_000).orElseThrow();
        EClass claim = kind(demo, "Claim");
        assertEquals(1, anas.getAnnotations().stream().filter(a -> a.eClass() == claim).count());

        assertTrue(SpanModels.train(List.of(anas), List.of(claim)).models().isEmpty(), "one claim teaches nothing");
    }

    @Test
    void aLearnedFigureHoldsANumberNotOnlyTheWordsItCounts() throws Exception {
        LoadedCorpus demo = DemoCorpus.copyInto(temp.resolve("demo"));
        List<AnnotationSet> others = AnnotationStore.loadAll(demo).sets().stream()
                .filter(set -> !set.isCurated() && !set.getDocument().getId().equals(DemoCorpus.DOC_001)).toList();
        LearnedSuggester.retrain(others);
        Document document = document(demo, DemoCorpus.DOC_001);

        List<String> figures = new LearnedSuggester().suggest(new SuggestionContext(document, new EntityDirectory(demo.corpus(), others), others, others))
                .stream().filter(s -> s.proposal() instanceof Figure).map(s -> document.getText().substring(s.begin(), s.end())).toList();

        assertFalse(figures.contains("North Korean troops"), "the count without its number: " + figures);
        assertTrue(figures.stream().allMatch(text -> text.matches("(?s).*(\\d|November|three|two|seven).*")), figures.toString());
    }

    private static EClass kind(LoadedCorpus corpus, String name) {
        return CorpusSchema.of(corpus).spanKinds().stream().filter(k -> k.getName().equals(name)).findFirst().orElseThrow();
    }
}
