package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

/** The learning recommender: a kind the team made up, learned from ten examples, proposed in a document nobody tagged. */
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
    void aKindWithFewerThanFiveExamplesIsNotLearned() throws Exception {
        LoadedCorpus demo = DemoCorpus.copyInto(temp.resolve("demo"));
        AnnotationSet anas = AnnotationStore.loadAll(demo).analystSet(DemoCorpus.ANA, DemoCorpus.DOC_000).orElseThrow();
        EClass claim = kind(demo, "Claim");
        assertEquals(1, anas.getAnnotations().stream().filter(a -> a.eClass() == claim).count());

        assertTrue(SpanModels.train(List.of(anas), List.of(claim)).models().isEmpty(), "one claim teaches nothing");
    }

    private static EClass kind(LoadedCorpus corpus, String name) {
        return CorpusSchema.of(corpus).spanKinds().stream().filter(k -> k.getName().equals(name)).findFirst().orElseThrow();
    }
}
