package org.marginalia.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusLayout;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.edit.FigureValues;
import org.marginalia.core.io.TextHash;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Corpus;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityKind;
import org.marginalia.model.EntityMention;
import org.marginalia.model.Figure;
import org.marginalia.model.MarginaliaFactory;
import org.marginalia.model.Quote;
import org.marginalia.model.QuoteMode;
import org.marginalia.model.Role;
import org.marginalia.model.util.EntityIds;

/**
 * A corpus of news-like English documents about varied events (flood relief talks, a trade summit, an election, a
 * port strike, ...), generated deterministically from a seed, with the gold spans recorded while each text is
 * written, and each analyst's annotations derived from the gold with the disagreement real analysts show: some
 * spans missed, some with one boundary word more or less. Unlike {@link SyntheticCorpus} (word salad for timing),
 * the texts read like the demo's articles, so that suggesters and learned models can be measured on them.
 * <p>
 * Gold conventions follow the demo analysts: a quote covers what is between its marks (punctuation inside them
 * included, the marks not) or a reported clause (without the sentence's final period); a figure covers its hedge
 * and what it counts ("approximately 12,000 residents"), a date without its preposition ("in 2019" is tagged
 * "2019"); a role covers title and name ("the mayor of Riverton, Tom Hale"), and the names inside it are mentions.
 */
public final class SyntheticNews {

    public static final int DEFAULT_ANALYSTS = 3;
    /** Share of gold spans each analyst leaves out, independently of the others. */
    private static final double MISSED = 0.10;
    /** Share of gold spans an analyst tags with one boundary word (or mark, or comma) more or less. */
    private static final double SHIFTED = 0.05;
    private static final MarginaliaFactory F = MarginaliaFactory.eINSTANCE;

    private final Corpus corpus;
    private final List<AnnotationSet> sets;
    private final Map<Document, List<Annotation>> gold;

    private SyntheticNews(Corpus corpus, List<AnnotationSet> sets, Map<Document, List<Annotation>> gold) {
        this.corpus = corpus;
        this.sets = sets;
        this.gold = gold;
    }

    public static SyntheticNews generate(int documents, long seed) {
        return generate(documents, DEFAULT_ANALYSTS, seed);
    }

    /**
     * {@code documents} documents, each annotated by {@code analysts} analysts ({@code analyst1}, ...). The texts
     * depend on the seed only, so the same seed gives the same texts whatever the number of analysts.
     */
    public static SyntheticNews generate(int documents, int analysts, long seed) {
        Random random = new Random(seed);
        Corpus corpus = F.createCorpus();
        corpus.setName("Synthetic news (" + documents + " documents, seed " + seed + ")");
        Entities entities = new Entities(corpus);
        Map<Document, List<Annotation>> gold = new LinkedHashMap<>();
        for (int d = 0; d < documents; d++) {
            Article article = new Article(random, EVENTS.get(random.nextInt(EVENTS.size())), entities);
            Document document = article.write(String.format(Locale.ROOT, "news%05d", d));
            corpus.getDocuments().add(document);
            gold.put(document, article.gold(document.getId()));
        }
        List<AnnotationSet> sets = new ArrayList<>();
        for (int a = 1; a <= analysts; a++) {
            String analystId = "analyst" + a;
            // each analyst's own stream: adding an analyst changes nobody else's annotations
            Random analyst = new Random(seed * 1_000_003L + a);
            gold.forEach((document, spans) -> sets.add(annotatedSet(document, spans, analystId, analyst)));
        }
        sets.sort(Comparator.comparing((AnnotationSet s) -> s.getDocument().getId()).thenComparing(AnnotationSet::getAnalystId));
        return new SyntheticNews(corpus, List.copyOf(sets), Collections.unmodifiableMap(gold));
    }

    /** The corpus, its documents (with their texts) and the entities the documents mention. */
    public Corpus corpus() {
        return corpus;
    }

    /** Every analyst's set of every document, by document then analyst. */
    public List<AnnotationSet> sets() {
        return sets;
    }

    /** The spans each document was written with, in text order; in no set. */
    public Map<Document, List<Annotation>> gold() {
        return gold;
    }

    /**
     * Writes the corpus as a new corpus folder through the real import and storage code (texts, description with
     * entities and publication dates, one annotation file per analyst and document), and loads it back. The
     * folder must not exist or be empty: an import never overwrites. {@code ./marginalia suggest --corpus} runs on it.
     */
    public LoadedCorpus write(Path folder) throws IOException, CorpusException {
        Path texts = Files.createTempDirectory("synthetic-news-texts");
        try {
            for (Document document : corpus.getDocuments()) {
                Files.writeString(texts.resolve(document.getId() + ".txt"), document.getText());
            }
            LoadedCorpus written = CorpusImporter.importTexts(texts, folder, corpus.getName());
            Map<String, Document> byId = new LinkedHashMap<>();
            written.corpus().getDocuments().forEach(d -> byId.put(d.getId(), d));
            corpus.getDocuments().forEach(d -> byId.get(d.getId()).setPublicationDate(d.getPublicationDate()));
            // one copier for entities and annotations, so that the copied annotations refer to the copied entities
            EcoreUtil.Copier copier = new EcoreUtil.Copier();
            written.corpus().getEntities().addAll(copier.copyAll(corpus.getEntities()));
            List<AnnotationSet> copies = new ArrayList<>();
            for (AnnotationSet set : sets) {
                AnnotationSet copy = AnnotationStore.create(written, byId.get(set.getDocument().getId()), set.getAnalystId());
                copy.getAnnotations().addAll(copier.copyAll(set.getAnnotations()));
                copies.add(copy);
            }
            copier.copyReferences();
            CorpusStore.writeDescription(written.corpus(), written.layout().description());
            for (AnnotationSet copy : copies) {
                AnnotationStore.save(written, copy);
            }
            return CorpusStore.load(folder);
        } finally {
            deleteTree(texts);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    // ---------------------------------------------------------------- analysts

    private static AnnotationSet annotatedSet(Document document, List<Annotation> gold, String analystId, Random random) {
        AnnotationSet set = F.createAnnotationSet();
        set.setDocument(document);
        set.setAnalystId(analystId);
        set.setTextHash(document.getTextHash());
        int n = 0;
        for (Annotation span : gold) {
            double chance = random.nextDouble();
            if (chance < MISSED) {
                continue;
            }
            Annotation copy = EcoreUtil.copy(span); // entity references stay on the corpus's entities
            copy.setId(analystId + "-" + document.getId() + "-" + ++n);
            if (chance < MISSED + SHIFTED) {
                shiftOneBoundary(copy, document.getText(), random);
            }
            set.getAnnotations().add(copy);
        }
        return set;
    }

    /**
     * Moves one boundary by one word, or by one mark or comma where that is what lies next to it: the hedge
     * left out, the closing quotation mark or a trailing comma taken in, a first name dropped. A move that would
     * empty the span or cross a line is tried the other way.
     */
    private static void shiftOneBoundary(Annotation span, String text, Random random) {
        boolean atEnd = random.nextBoolean();
        boolean widen = random.nextBoolean();
        int[] moved = shifted(span.getBegin(), span.getEnd(), text, atEnd, widen);
        if (moved[0] == span.getBegin() && moved[1] == span.getEnd()) {
            moved = shifted(span.getBegin(), span.getEnd(), text, atEnd, !widen);
        }
        span.setBegin(moved[0]);
        span.setEnd(moved[1]);
    }

    private static int[] shifted(int begin, int end, String text, boolean atEnd, boolean widen) {
        if (atEnd) {
            return new int[] { begin, widen ? widenedEnd(text, end) : narrowedEnd(text, begin, end) };
        }
        return new int[] { widen ? widenedBegin(text, begin) : narrowedBegin(text, begin, end), end };
    }

    private static int widenedEnd(String text, int end) {
        if (end >= text.length() || text.charAt(end) == '\n') {
            return end;
        }
        if (!Character.isWhitespace(text.charAt(end)) && !Character.isLetterOrDigit(text.charAt(end))) {
            return end + 1;
        }
        int next = end;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        while (next < text.length() && isWordChar(text.charAt(next))) {
            next++;
        }
        return next > end && !Character.isWhitespace(text.charAt(next - 1)) ? next : end;
    }

    private static int widenedBegin(String text, int begin) {
        if (begin == 0 || text.charAt(begin - 1) == '\n') {
            return begin;
        }
        if (!Character.isWhitespace(text.charAt(begin - 1)) && !Character.isLetterOrDigit(text.charAt(begin - 1))) {
            return begin - 1;
        }
        int previous = begin;
        while (previous > 0 && text.charAt(previous - 1) == ' ') {
            previous--;
        }
        while (previous > 0 && isWordChar(text.charAt(previous - 1))) {
            previous--;
        }
        return previous < begin && !Character.isWhitespace(text.charAt(previous)) ? previous : begin;
    }

    private static int narrowedEnd(String text, int begin, int end) {
        if (!Character.isLetterOrDigit(text.charAt(end - 1)) && end - 1 > begin) {
            return end - 1;
        }
        int space = text.lastIndexOf(' ', end - 1);
        if (space <= begin) {
            return end;
        }
        int last = space;
        while (last > begin && text.charAt(last - 1) == ' ') {
            last--;
        }
        return last > begin ? last : end;
    }

    private static int narrowedBegin(String text, int begin, int end) {
        if (!Character.isLetterOrDigit(text.charAt(begin)) && begin + 1 < end) {
            return begin + 1;
        }
        int space = text.indexOf(' ', begin);
        if (space < 0 || space >= end - 1) {
            return begin;
        }
        int first = space;
        while (first < end && text.charAt(first) == ' ') {
            first++;
        }
        return first < end ? first : begin;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == ',';
    }

    // ---------------------------------------------------------------- what the news is about

    private record Named(EntityKind kind, String name, String alias, String adjective, boolean article) {
        static Named place(String name) {
            return new Named(EntityKind.PLACE, name, null, null, false);
        }

        static Named country(String name, String adjective) {
            return new Named(EntityKind.PLACE, name, null, adjective, false);
        }

        static Named feature(String name) {
            return new Named(EntityKind.PLACE, name, null, null, true);
        }

        static Named organisation(String name, String alias, boolean article) {
            return new Named(EntityKind.ORGANISATION, name, alias, null, article);
        }
    }

    private record Person(String name, String title, Named affiliation, boolean female) {
        String surname() {
            return name.substring(name.lastIndexOf(' ') + 1);
        }
    }

    /** How a figure is measured, which decides how it may be written. */
    private enum Measure {
        COUNT, MONEY, PERCENT
    }

    /** Something the news counts: the words after the number, the figure's unit and what it counts. */
    private record Counted(String noun, String unit, String counts, double typical, Measure measure) {
        static Counted count(String noun, String counts, double typical) {
            return new Counted(noun, noun.substring(noun.lastIndexOf(' ') + 1), counts, typical, Measure.COUNT);
        }

        static Counted money(String currency, String counts, double typical) {
            return new Counted(currency, currency, counts, typical, Measure.MONEY);
        }

        static Counted percent(String counts, double typical) {
            return new Counted("percent", "percent", counts, typical, Measure.PERCENT);
        }

        /** Small counts read as words ("seven ships", "a dozen aircraft") as often as digits. */
        boolean wordable() {
            return measure == Measure.COUNT && typical <= 60;
        }
    }

    /**
     * One kind of event: its cast, what is counted and dated in it, what is claimed and told about it. Places come
     * first by the city a dateline names. Templates fill slots: {P} a person ({P0} the first of the cast), {O}
     * an organisation, {L} a place, {N0} a figure of the first counted thing, {D0} the first dated thing with its
     * preposition ({d0} without), {T} a duration, {G} the Group of Seven, {Q:word} a word in quotation marks.
     */
    private record Event(List<String> headlines, List<Person> people, List<Named> organisations, List<Named> places, List<Counted> counted,
            List<String> dated, List<String> claims, List<String> narratives) {
    }

    private static final Named UNITED_NATIONS = Named.organisation("United Nations", "UN", true);
    private static final Named WORLD_BANK = Named.organisation("World Bank", null, true);
    private static final Named EUROPEAN_UNION = Named.organisation("European Union", "EU", true);
    private static final Named AFRICAN_UNION = Named.organisation("African Union", "AU", true);
    /** A name with a number word in it, which is not a figure: the demo's analysts tag it as a mention. */
    private static final Named GROUP_OF_SEVEN = Named.organisation("Group of Seven", "G7", true);
    private static final Person ENVOY = new Person("Maria Lindqvist", "Special Envoy", UNITED_NATIONS, true);
    private static final Person ECONOMIST = new Person("Omar Haddad", "Chief Economist", WORLD_BANK, false);
    /** People from outside any one event who turn up in some documents of every kind. */
    private static final List<Person> SHARED_PEOPLE = List.of(ENVOY, ECONOMIST);

    private static final List<String> SHARED_CLAIMS = List.of(
            "this is not the end of the process",
            "the coming weeks will be decisive",
            "{O} has done everything it can",
            "the cost of doing nothing would be far higher");

    /** Sentences with distractors: numbers that are not figures, a scare-quoted word, a verb of saying without a quote. */
    private static final List<String> FILLERS = List.of(
            "The two sides are expected to meet again soon.",
            "Officials gathered in Hall 3 of the government building.",
            "One of the officials, who asked not to be named, described the mood as tense.",
            "Leaders of {G} have followed the situation closely.",
            "{O} did not respond to a request for comment.",
            "The meeting was the first of its kind in the region.",
            "Critics called the plan a {Q:gamble}.",
            "Both delegations declined to comment on the details.",
            "The talks took place behind closed doors.",
            "Local media carried live coverage throughout the day.",
            "Reporters waited outside Gate 2 for much of the afternoon.",
            "The two countries have a long history of cooperation.",
            "A statement was posted online late in the evening.",
            "Commentators called the outcome a {Q:turning point}.");

    private static final List<Event> EVENTS = List.of(flood(), tradeSummit(), election(), portStrike(), vaccineRollout(), wildfire(),
            rateDecision(), ceasefireTalks(), mineRescue());

    private static Event flood() {
        Named riverton = Named.place("Riverton");
        Named moldova = Named.country("Moldova", "Moldovan");
        Named agency = Named.organisation("National Disaster Agency", "NDA", true);
        return new Event(
                List.of("Flood relief talks resume as {L0} counts the damage", "{O0} pledges more boats for flooded {L0}"),
                List.of(new Person("Tom Hale", "Mayor", riverton, false), new Person("Sofia Marenko", "Interior Minister", moldova, true),
                        new Person("Daniel Okafor", "Director", agency, false)),
                List.of(agency, Named.organisation("Red Cross", null, true)),
                List.of(riverton, moldova, Named.feature("Marle River")),
                List.of(Counted.count("residents", "residents evacuated from the flood zone", 12_000),
                        Counted.count("homes", "homes damaged by the flood", 3_000),
                        Counted.count("rescue boats", "rescue boats deployed", 40),
                        Counted.money("euros", "relief funds pledged", 25_000_000)),
                List.of("the levee breach", "the last major flood", "the end of the relief talks"),
                List.of("{N0} will not be able to return home before {d2}",
                        "the water level in {L0} is still rising",
                        "{O0} has sent {N2} to the worst-hit districts",
                        "the relief package is worth {N3}",
                        "the levees along {L2} had not been repaired for {T}",
                        "nobody in {L0} will be left without shelter this winter"),
                List.of("{N0} were evacuated from {L0} after {L2} burst its banks {D0}.",
                        "{N1} were damaged, most of them in low-lying streets near {L2}.",
                        "Volunteers from {O1} handed out food and blankets in {L0}.",
                        "The last flood of this size hit the region {D1}.",
                        "Traffic on Route 9, the main road out of {L0}, was closed for {T}.",
                        "Talks between {O0} and the government of {L1} on a relief fund resumed {D0}.",
                        "{P} visited shelters in {L0}.",
                        "Residents called the emergency shelters a {Q:lifeline}.",
                        "Emergency crews worked through the night to shore up the banks of {L2}.",
                        "Aid from {O1} reached {N0} by the end of the week.",
                        "Schools in {L0} were turned into shelters."));
    }

    private static Event tradeSummit() {
        Named germany = Named.country("Germany", "German");
        Named chile = Named.country("Chile", "Chilean");
        Named council = Named.organisation("Pacific Trade Council", "PTC", true);
        return new Event(
                List.of("Trade summit in {L0} ends without deal on farm tariffs", "Members of {O0} edge closer to a tariff pact"),
                List.of(new Person("Lena Vogt", "Trade Minister", germany, true), new Person("Rafael Ortiz", "Economy Minister", chile, false),
                        new Person("Mei Tanaka", "Secretary-General", council, true)),
                List.of(council, Named.organisation("World Trade Organization", "WTO", true)),
                List.of(Named.place("Singapore"), germany, chile),
                List.of(Counted.count("tariff lines", "tariff lines covered by the agreement", 8_000),
                        Counted.count("containers", "containers shipped through the port each month", 250_000),
                        Counted.money("dollars", "annual trade between the members", 40_000_000_000d),
                        Counted.count("delegations", "delegations at the summit", 21)),
                List.of("the opening of the summit", "the signing of the last trade pact", "the deadline for ratification"),
                List.of("the agreement will remove duties on {N0}",
                        "trade between the members could reach {N2} by {d2}",
                        "{L2} is not ready to open its farm market",
                        "the summit in {L0} is the best chance for a deal in {T}",
                        "a bad deal is worse than no deal at all",
                        "{O1} must be given a role in settling disputes"),
                List.of("Ministers from {N3} gathered in {L0} {D0} for the summit.",
                        "The last trade pact between the two sides was signed {D1}.",
                        "The port of {L0} handles {N1}.",
                        "Talks on farm subsidies were held behind closed doors at the secretariat of {O0}.",
                        "Negotiators described the draft as a {Q:living document}.",
                        "Finance ministers of {G} have called for lower tariffs in the past.",
                        "{P} left the talks early to return to {L1}.",
                        "Farm groups protested outside the conference centre in {L0}.",
                        "The agreement would cover {N0} if it is ratified {D2}.",
                        "Delegates from {L2} pushed for a faster timetable."));
    }

    private static Event election() {
        Named kenya = Named.country("Kenya", "Kenyan");
        Named commission = Named.organisation("Electoral Commission", null, true);
        Named alliance = Named.organisation("Unity Alliance", null, true);
        return new Event(
                List.of("{L1} votes in tight election as {O1} cries foul", "Long queues in {L2} as {L1} elects a president"),
                List.of(new Person("Grace Wanjiru", "Chairwoman", commission, true), new Person("Peter Mwangi", "Opposition Leader", alliance, false),
                        new Person("Samuel Otieno", "President", kenya, false)),
                List.of(commission, alliance, AFRICAN_UNION),
                List.of(Named.place("Nairobi"), kenya, Named.place("Mombasa")),
                List.of(Counted.count("registered voters", "voters registered for the election", 22_100_000),
                        Counted.count("polling stations", "polling stations open on election day", 46_000),
                        Counted.count("observers", "election observers deployed", 1_200),
                        Counted.percent("turnout", 65)),
                List.of("election day", "the last general election", "the announcement of the final results"),
                List.of("turnout was higher than in {d1}",
                        "{N1} opened on time",
                        "the final results will be announced before {d2}",
                        "the vote in {L2} was free and fair",
                        "{N2} were deployed across the country",
                        "{O1} will challenge the count in court"),
                List.of("Voting took place {D0} at {N1} across {L1}.",
                        "{N0} were eligible to vote.",
                        "Observers from {O2} monitored polling in {L0} and {L2}.",
                        "Queues formed outside Station 14 in {L0} before dawn.",
                        "The two main candidates both claimed an early lead.",
                        "Turnout stood at {N3} when the polls closed.",
                        "{P} cast a ballot in {L0} in the morning.",
                        "Supporters of {O1} called the delays a {Q:disgrace}.",
                        "Polls opened at dawn and closed in the evening.",
                        "Results from {N1} had been counted by midnight.",
                        "Police were deployed outside the offices of {O0} in {L0}."));
    }

    private static Event portStrike() {
        Named spain = Named.country("Spain", "Spanish");
        Named union = Named.organisation("Dockworkers' Union", null, true);
        Named authority = Named.organisation("Valencia Port Authority", "VPA", true);
        return new Event(
                List.of("Dockworkers in {L0} extend strike as talks stall", "Port strike in {L0} leaves cargo stranded"),
                List.of(new Person("Marta Silva", "President", union, true), new Person("Henrik Dahl", "Chief Executive", authority, false),
                        new Person("Luis Romero", "Labour Minister", spain, false)),
                List.of(union, authority, Named.organisation("Maritime Employers Association", null, true)),
                List.of(Named.place("Valencia"), spain, Named.feature("Mediterranean")),
                List.of(Counted.count("ships", "ships waiting to unload", 40),
                        Counted.count("dockworkers", "dockworkers on strike", 9_000),
                        Counted.count("containers", "containers stuck at the terminals", 30_000),
                        Counted.percent("pay rise demanded by the union", 8)),
                List.of("the start of the strike", "the last strike at the port", "the expiry of the current contract"),
                List.of("{N0} are now anchored off {L0}",
                        "the union is asking for a pay rise of {N3}",
                        "the strike will continue until a fair offer is on the table",
                        "{N1} walked off the job {D0}",
                        "talks with {O2} broke down after {T}",
                        "the port cannot afford another week of closure"),
                List.of("{N1} have been on strike since {d0}.",
                        "Trucks lined up for miles on Route 4 outside the port.",
                        "The last strike at the port ended {D1}.",
                        "{N2} are stuck at the terminals of {L0}.",
                        "Dockworkers carried banners calling the offer an {Q:insult}.",
                        "The current contract between {O0} and {O2} expires {D2}.",
                        "{N0} crossed {L2} to other ports.",
                        "Supermarkets in {L0} reported shortages of fresh fruit.",
                        "Talks between {O0} and {O1} resumed {D0} without a breakthrough.",
                        "A court in {L0} was asked to rule on whether the strike is legal."));
    }

    private static Event vaccineRollout() {
        Named brazil = Named.country("Brazil", "Brazilian");
        Named saoPaulo = Named.place("São Paulo");
        Named institute = Named.organisation("Butantan Institute", null, true);
        return new Event(
                List.of("{L1} speeds up vaccine rollout in {L2}", "Vaccine doses reach {L0} as rollout widens"),
                List.of(new Person("Ana Costa", "Health Minister", brazil, true), new Person("Jorge Lima", "Director", institute, false),
                        new Person("Clara Mendes", "Governor", saoPaulo, true)),
                List.of(Named.organisation("World Health Organization", "WHO", true), institute),
                List.of(saoPaulo, brazil, Named.place("Manaus")),
                List.of(Counted.count("doses", "vaccine doses delivered", 1_500_000),
                        Counted.count("clinics", "clinics offering the vaccine", 400),
                        Counted.count("nurses", "nurses hired for the campaign", 5_000),
                        Counted.percent("adults who have had a first dose", 60)),
                List.of("the start of the rollout", "the previous vaccination campaign", "the end of the campaign"),
                List.of("{N0} will reach the states by {d2}",
                        "{N1} are already giving shots",
                        "the vaccine is safe and it works",
                        "{N3} of adults have had their first dose",
                        "{O0} has approved the vaccine for children",
                        "the campaign in {L2} is running behind schedule"),
                List.of("The first shipment of {N0} arrived in {L0} {D0}.",
                        "{N2} were hired to staff vaccination centres.",
                        "The previous campaign, launched {D1}, reached fewer people.",
                        "Queues formed outside Clinic 12 in {L2} before it opened.",
                        "Health workers called the new freezers a {Q:game changer}.",
                        "{P} received a shot in front of cameras in {L0}.",
                        "{N1} opened their doors {D0}.",
                        "The shots are free for everyone.",
                        "Delivery vans left the warehouse of {O1} before dawn."));
    }

    private static Event wildfire() {
        Named greece = Named.country("Greece", "Greek");
        Named athens = Named.place("Athens");
        return new Event(
                List.of("Wildfires on {L1} force evacuations", "{O1} sends planes as fires rage in {L2}"),
                List.of(new Person("Nikos Andreou", "Civil Protection Minister", greece, false), new Person("Irini Vlachou", "Mayor", athens, true),
                        new Person("Paul Berger", "Coordinator", EUROPEAN_UNION, false)),
                List.of(Named.organisation("Fire Service", null, true), EUROPEAN_UNION),
                List.of(athens, Named.place("Evia"), greece),
                List.of(Counted.count("hectares", "hectares burned", 12_000),
                        Counted.count("firefighters", "firefighters deployed", 800),
                        Counted.count("water-bombing aircraft", "aircraft fighting the fires", 12),
                        Counted.count("villages", "villages evacuated", 20)),
                List.of("the outbreak of the fire", "the last major wildfire", "the end of the fire season"),
                List.of("{N0} have burned since {d0}",
                        "{N1} are fighting the fires on {L1}",
                        "the fires are the worst in {T}",
                        "{O1} has sent {N2} to help",
                        "the wind is our biggest enemy",
                        "people on {L1} must leave when they are told to"),
                List.of("{N3} were evacuated as the fire spread.",
                        "The fire broke out near a road on {L1} {D0}.",
                        "The last fire of this size hit the island {D1}.",
                        "Smoke drifted over {L0}, where schools were closed.",
                        "Officials described the conditions as {Q:extreme}.",
                        "One of the firefighters was taken to hospital with burns.",
                        "{P} flew over the burned area by helicopter.",
                        "Strong winds fanned the flames overnight.",
                        "Volunteers brought water and food to the firefighters on {L1}.",
                        "{N1} worked through the night to save the villages."));
    }

    private static Event rateDecision() {
        Named newZealand = Named.country("New Zealand", null);
        Named bank = Named.organisation("Reserve Bank", null, true);
        Named harbour = Named.organisation("Harbour Capital", null, false);
        return new Event(
                List.of("{O0} cuts rates as inflation eases", "Rate cut in {L1} welcomed by borrowers"),
                List.of(new Person("Claire Whitfield", "Governor", bank, true), new Person("Tomas Reyes", "Finance Minister", newZealand, false),
                        new Person("Ravi Menon", "Chief Economist", harbour, false)),
                List.of(bank, Named.organisation("Treasury", null, true), harbour),
                List.of(Named.place("Wellington"), newZealand, Named.place("Auckland")),
                List.of(new Counted("basis points", "basis points", "cut in the official cash rate", 25, Measure.COUNT),
                        Counted.percent("annual inflation", 4.2),
                        Counted.count("jobs", "jobs lost in the past year", 12_000),
                        Counted.count("households", "households with a mortgage", 1_100_000)),
                List.of("the rate decision", "the last rate cut", "the next policy meeting"),
                List.of("inflation has fallen to {N1}",
                        "the cut of {N0} will help {N3}",
                        "rates will stay on hold until {d2}",
                        "the economy has lost {N2}",
                        "the bank acted too late",
                        "{O2} expects growth to pick up by {d2}"),
                List.of("{O0} lowered its official cash rate by {N0} {D0}.",
                        "Annual inflation stood at {N1}.",
                        "The last cut came {D1}, at the height of the downturn.",
                        "{N3} will see lower repayments within weeks.",
                        "Traders called the decision a {Q:surprise}.",
                        "Banks in {L0} and {L2} were quick to pass on the cut.",
                        "{P} met bank chiefs in {L0}.",
                        "The decision was announced at the headquarters of {O0} in {L0}.",
                        "The currency fell sharply after the announcement.",
                        "{N2} were lost over the year as firms cut costs."));
    }

    private static Event ceasefireTalks() {
        Named senegal = Named.country("Senegal", "Senegalese");
        Named front = Named.organisation("Northern Front", null, true);
        return new Event(
                List.of("Ceasefire talks in {L0} make slow progress", "{O1} agrees to prisoner exchange at {L0} talks"),
                List.of(new Person("Amara Diallo", "Foreign Minister", senegal, true), new Person("Yusuf Karim", "Commander", front, false), ENVOY),
                List.of(UNITED_NATIONS, front, AFRICAN_UNION),
                List.of(Named.place("Dakar"), senegal, Named.feature("Kordan Valley")),
                List.of(Counted.count("prisoners", "prisoners exchanged", 300),
                        Counted.count("refugees", "refugees who fled the fighting", 250_000),
                        Counted.count("aid trucks", "aid trucks allowed through", 120),
                        Counted.count("fighters", "fighters to be disarmed", 5_000)),
                List.of("the start of the talks", "the previous ceasefire", "the deadline for disarmament"),
                List.of("{N0} will be released before {d2}",
                        "{N1} cannot go home while the fighting goes on",
                        "{O1} is ready to sign a ceasefire",
                        "{N2} must be allowed into {L2} every week",
                        "the conflict has lasted for {T}",
                        "there is no military solution to this conflict"),
                List.of("Delegations met in {L0} {D0} for a new round of talks.",
                        "The previous ceasefire, signed {D1}, collapsed within weeks.",
                        "{N1} are living in camps near the border.",
                        "The two sides agreed to meet again after a short break.",
                        "Diplomats called the talks {Q:serious} but difficult.",
                        "{N3} are expected to hand in their weapons.",
                        "{P} arrived in {L0} late at night.",
                        "{N2} crossed into {L2} {D0}.",
                        "The talks are being held at a hotel on the outskirts of {L0}.",
                        "Fighting in {L2} has displaced {N1}."));
    }

    private static Event mineRescue() {
        Named peru = Named.country("Peru", "Peruvian");
        Named company = Named.organisation("Andina Mining", null, false);
        Named rescue = Named.organisation("National Rescue Service", null, true);
        return new Event(
                List.of("Rescuers race to reach trapped miners in {L1}", "Mine collapse in {L2} traps workers of {O0}"),
                List.of(new Person("Pedro Alvarez", "Mining Minister", peru, false), new Person("Rosa Quispe", "Spokeswoman", company, true),
                        new Person("Carlos Rojas", "Chief", rescue, false)),
                List.of(company, rescue),
                List.of(Named.place("Arequipa"), peru, Named.feature("Andes")),
                List.of(Counted.count("miners", "miners trapped underground", 33),
                        Counted.count("meters", "depth of the collapsed tunnel", 700),
                        Counted.count("rescuers", "rescuers at the site", 150),
                        Counted.money("dollars", "cost of the rescue", 20_000_000)),
                List.of("the collapse", "the last accident at the mine", "the reopening of the mine"),
                List.of("{N0} are alive and have air and water",
                        "rescuers are drilling at a depth of {N1}",
                        "the tunnel collapsed without warning",
                        "{N2} are working in shifts around the clock",
                        "the mine will stay closed until {d2}",
                        "the rescue will cost {N3}"),
                List.of("The tunnel collapsed {D0} at a depth of {N1}.",
                        "{N2} from {O1} are at the site.",
                        "The last accident at the mine was reported {D1}.",
                        "Families waited at Gate 3 of the mine for news.",
                        "Engineers called the rock {Q:unstable}.",
                        "The mine has operated in {L2} for {T}.",
                        "{P} spoke to relatives at the mine entrance.",
                        "Drilling machines were brought in from {L0}.",
                        "Rescuers lowered a camera into the shaft {D0}.",
                        "The company has been fined for safety failures in the past."));
    }

    // ---------------------------------------------------------------- entities

    /** The corpus's entities, made the first time a document names them. */
    private static final class Entities {
        private final Corpus corpus;
        private final Map<String, Entity> byName = new LinkedHashMap<>();

        Entities(Corpus corpus) {
            this.corpus = corpus;
        }

        Entity of(Named named) {
            return entity(named.kind(), named.name(), named.alias());
        }

        Entity of(Person person) {
            return entity(EntityKind.PERSON, person.name(), person.surname());
        }

        private Entity entity(EntityKind kind, String name, String alias) {
            return byName.computeIfAbsent(name, n -> {
                Entity entity = F.createEntity();
                entity.setKind(kind);
                entity.setName(name);
                entity.setId(EntityIds.idFor(kind, name));
                if (alias != null) {
                    entity.getAliases().add(alias);
                }
                corpus.getEntities().add(entity);
                return entity;
            });
        }
    }

    // ---------------------------------------------------------------- one document

    /** Quotation marks of one style; the continental styles keep a quote's comma or period outside the marks. */
    private record Marks(String open, String close, boolean punctuationInside) {
    }

    private static final Marks STRAIGHT = new Marks("\"", "\"", true);
    private static final Marks CURLY = new Marks("\u201c", "\u201d", true);
    private static final Marks GUILLEMETS = new Marks("\u00ab", "\u00bb", false);
    private static final Marks GERMAN = new Marks("\u201e", "\u201c", false);
    private static final Marks CORNER = new Marks("\u300c", "\u300d", false);
    private static final List<String> HEDGES = List.of("about", "approximately", "nearly", "more than", "as many as", "up to", "at least", "over");
    private static final Map<Integer, String> NUMBER_WORDS = numberWords();
    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z])(\\d?)(?::([^}]*))?\\}");
    private static final double SCALE_FROM = 1_000_000;

    private static Map<Integer, String> numberWords() {
        Map<Integer, String> words = new LinkedHashMap<>();
        String[] small = { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve" };
        for (int i = 0; i < small.length; i++) {
            words.put(i + 2, small[i]);
        }
        words.put(20, "twenty");
        words.put(30, "thirty");
        words.put(50, "fifty");
        return words;
    }

    /** Writes one document, sentence by sentence, recording each gold span as its words are appended. */
    private static final class Article {
        private final Random random;
        private final Event event;
        private final Entities entities;
        private final StringBuilder text = new StringBuilder();
        private final List<Annotation> gold = new ArrayList<>();
        private final List<Person> people;
        private final List<Named> organisations;
        private final LocalDate published;
        private final List<LocalDate> dates;
        private final Marks marks;
        private final String apostrophe;
        private final Set<Person> introduced = new HashSet<>();
        private final Set<Named> named = new HashSet<>();
        private final Deck<String> claims;
        private final Deck<String> narratives;
        private final Deck<String> fillers;
        /** Who speaks in the sentence being written: not also the person it names. */
        private Person speaker;

        Article(Random random, Event event, Entities entities) {
            this.random = random;
            this.event = event;
            this.entities = entities;
            this.people = new ArrayList<>(event.people());
            this.organisations = new ArrayList<>(event.organisations());
            if (random.nextInt(100) < 35) {
                Person guest = SHARED_PEOPLE.get(random.nextInt(SHARED_PEOPLE.size()));
                if (!people.contains(guest)) {
                    people.add(guest);
                    organisations.add(guest.affiliation());
                }
            }
            this.published = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(6 * 365));
            this.dates = List.of(published.minusDays(1 + random.nextInt(20)), published.minusDays(365 + random.nextInt(7 * 365)),
                    published.plusDays(20 + random.nextInt(180)));
            this.marks = documentMarks();
            this.apostrophe = random.nextBoolean() ? "'" : "\u2019";
            List<String> allClaims = new ArrayList<>(event.claims());
            allClaims.addAll(SHARED_CLAIMS);
            this.claims = new Deck<>(allClaims, random);
            this.narratives = new Deck<>(event.narratives(), random);
            this.fillers = new Deck<>(FILLERS, random);
        }

        private Marks documentMarks() {
            int style = random.nextInt(100);
            return style < 40 ? CURLY : style < 75 ? STRAIGHT : style < 86 ? GUILLEMETS : style < 96 ? GERMAN : CORNER;
        }

        Document write(String id) {
            render(pick(event.headlines()), true);
            text.append('\n');
            if (random.nextInt(100) < 60) {
                dateline();
            }
            render(narratives.draw(), true);
            int sentences = 11 + random.nextInt(14);
            for (int s = 0; s < sentences; s++) {
                text.append(random.nextInt(100) < 40 ? "\n" : " ");
                sentence();
            }
            text.append('\n');
            return document(id);
        }

        private Document document(String id) {
            Document document = F.createDocument();
            document.setId(id);
            document.setText(text.toString());
            document.setTitle(text.substring(0, text.indexOf("\n")));
            document.setPublicationDate(published.toString());
            document.setPath(CorpusLayout.documentPath(id));
            document.setTextHash(TextHash.of(document.getText()));
            return document;
        }

        /** The spans in text order, with ids. */
        List<Annotation> gold(String documentId) {
            gold.sort(Comparator.comparingInt(Annotation::getBegin).thenComparing(Comparator.comparingInt(Annotation::getEnd).reversed()));
            for (int i = 0; i < gold.size(); i++) {
                gold.get(i).setId("gold-" + documentId + "-" + (i + 1));
            }
            return List.copyOf(gold);
        }

        /** "RIVERTON — ": the city in capitals, which analysts tag as a mention like any other. */
        private void dateline() {
            Named city = event.places().get(0);
            mention(entities.of(city), city.name().toUpperCase(Locale.ROOT));
            named.add(city);
            text.append(" \u2014 ");
        }

        /** About a third of the sentences quote someone, as in the demo's articles; the rest tell what happened. */
        private void sentence() {
            speaker = null;
            int start = text.length();
            int kind = random.nextInt(100);
            if (kind < 13) {
                directQuote();
            } else if (kind < 16) {
                splitQuote();
            } else if (kind < 27) {
                reportedSpeech();
            } else if (kind < 31) {
                accordingTo();
            } else if (kind < 34) {
                saidAtTheEnd();
            } else if (kind < 78) {
                render(narratives.draw(), false);
            } else {
                render(fillers.draw(), false);
            }
            // a sentence may open with a role ("the mayor of Riverton, ...") or a figure ("nearly 4,000 ...")
            text.setCharAt(start, Character.toUpperCase(text.charAt(start)));
        }

        // ------------------------------------------------ quotes

        private void directQuote() {
            speaker = pick(people);
            Marks style = quoteMarks();
            if (random.nextBoolean()) {
                String cue = random.nextInt(4) == 0 ? "added" : "said";
                quoted(style, claims.draw(), true, style.punctuationInside() ? "," : "", cue);
                text.append(style.punctuationInside() ? " " : ", ");
                if (random.nextBoolean()) {
                    text.append(cue).append(' ');
                    person(speaker);
                } else {
                    person(speaker);
                    text.append(' ').append(cue);
                }
                text.append('.');
            } else {
                String[] cue = pick(List.of(new String[] { "told reporters:", "told" }, new String[] { "said:", "said" },
                        new String[] { "told a news conference:", "told" }, new String[] { "added:", "added" }));
                subject(speaker);
                text.append(' ').append(cue[0]).append(' ');
                quoted(style, claims.draw(), true, style.punctuationInside() ? "." : "", cue[1]);
                text.append(style.punctuationInside() ? "" : ".");
            }
        }

        /** “The water is still rising,” she said, “and the boats cannot reach everyone.” Two quotes, one speaker. */
        private void splitQuote() {
            speaker = pick(people);
            Marks style = quoteMarks();
            boolean inside = style.punctuationInside();
            quoted(style, claims.draw(), true, inside ? "," : "", "said");
            text.append(inside ? " " : ", ");
            if (introduced.contains(speaker) && random.nextBoolean()) {
                text.append(speaker.female() ? "she" : "he");
            } else {
                person(speaker);
            }
            text.append(" said, ");
            quoted(style, "and " + claims.draw(), false, inside ? "." : "", "said");
            text.append(inside ? "" : ".");
        }

        private void quoted(Marks style, String claim, boolean capitalise, String punctuationInside, String cue) {
            text.append(style.open());
            int begin = text.length();
            render(claim, capitalise);
            text.append(punctuationInside);
            quote(begin, QuoteMode.DIRECT, cue, speaker == null ? null : entities.of(speaker));
            text.append(style.close());
        }

        /** Mostly the document's marks; now and then another style, as quotes copied from other sources keep theirs. */
        private Marks quoteMarks() {
            return random.nextInt(10) == 0 ? pick(List.of(STRAIGHT, CURLY, GUILLEMETS)) : marks;
        }

        private void reportedSpeech() {
            speaker = pick(people);
            String[] verb = pick(List.of(new String[] { "told reporters that", "told" }, new String[] { "said", "said" }, new String[] { "said that", "said" },
                    new String[] { "warned that", "warned" }, new String[] { "stressed that", "stressed" }));
            subject(speaker);
            text.append(' ').append(verb[0]).append(' ');
            int begin = text.length();
            render(claims.draw(), false);
            quote(begin, QuoteMode.REPORTED, verb[1], entities.of(speaker));
            text.append('.');
        }

        private void accordingTo() {
            Named source = pick(organisations);
            int begin = text.length();
            render(claims.draw(), true);
            quote(begin, QuoteMode.REPORTED, "according to", entities.of(source));
            text.append(", according to ");
            named(source);
            text.append('.');
        }

        private void saidAtTheEnd() {
            speaker = pick(people);
            int begin = text.length();
            render(claims.draw(), true);
            quote(begin, QuoteMode.REPORTED, "said", entities.of(speaker));
            text.append(", ");
            person(speaker);
            text.append(" said.");
        }

        /** A single word or two in quotation marks: the demo's analysts tag these as (short) quotes too. */
        private void scareQuote(String words) {
            Marks style = quoteMarks();
            text.append(style.open());
            int begin = text.length();
            text.append(words);
            quote(begin, QuoteMode.DIRECT, null, null);
            text.append(style.close());
        }

        private void quote(int begin, QuoteMode mode, String cue, Entity source) {
            Quote quote = F.createQuote();
            quote.setMode(mode);
            quote.setCue(cue);
            quote.setSpeaker(source);
            span(quote, begin);
        }

        // ------------------------------------------------ people, organisations, places

        /** A person as the subject of a verb: an apposition ("the mayor of Riverton, Tom Hale") is closed by a comma. */
        private void subject(Person person) {
            if (person(person)) {
                text.append(',');
            }
        }

        /** The person's first mention with a role, later ones by surname mostly; whether it ended in an apposition. */
        private boolean person(Person person) {
            if (introduced.add(person)) {
                return introduce(person);
            }
            mention(entities.of(person), random.nextInt(100) < 85 ? person.surname() : person.name());
            return false;
        }

        private boolean introduce(Person person) {
            int begin = text.length();
            Named affiliation = person.affiliation();
            int form = random.nextInt(100);
            boolean apposition;
            if (form < 10) {
                mention(entities.of(person), person.name()); // a first mention without a title: no role
                return false;
            } else if (form < 55) {
                if (affiliation.adjective() != null && random.nextBoolean()) {
                    text.append(affiliation.adjective()).append(' ');
                }
                text.append(person.title()).append(' ');
                apposition = false;
            } else if (form < 75 && affiliation.kind() == EntityKind.PLACE && !affiliation.article()) {
                mention(entities.of(affiliation), affiliation.name());
                named.add(affiliation);
                text.append(apostrophe).append("s ").append(person.title().toLowerCase(Locale.ROOT)).append(", ");
                apposition = true;
            } else {
                text.append("the ").append(person.title().toLowerCase(Locale.ROOT)).append(" of ");
                named(affiliation);
                text.append(", ");
                apposition = true;
            }
            mention(entities.of(person), person.name());
            role(begin, person);
            return apposition;
        }

        private void role(int begin, Person person) {
            Role role = F.createRole();
            role.setTitle(person.title());
            role.setPerson(entities.of(person));
            role.setAffiliation(entities.of(person.affiliation()));
            span(role, begin);
        }

        /** An organisation or place: by name first, by its short name now and then after that; any article stays outside. */
        private void named(Named what) {
            if (what.article()) {
                text.append("the ");
            }
            boolean first = named.add(what);
            mention(entities.of(what), !first && what.alias() != null && random.nextBoolean() ? what.alias() : what.name());
        }

        private void mention(Entity entity, String surface) {
            int begin = text.length();
            text.append(surface);
            EntityMention mention = F.createEntityMention();
            mention.setEntity(entity);
            span(mention, begin);
        }

        private Person otherPerson() {
            List<Person> others = people.stream().filter(p -> p != speaker).toList();
            return pick(others);
        }

        // ------------------------------------------------ figures

        private void countFigure(Counted counted) {
            int style = random.nextInt(100);
            if (counted.measure() == Measure.COUNT && style < 8) {
                vagueFigure(counted);
            } else if (style < 20) {
                rangeFigure(counted);
            } else if (counted.wordable() && style < 50) {
                wordFigure(counted);
            } else {
                numberFigure(counted);
            }
        }

        /** "approximately 12,000 residents", "1.5 million doses", "4.2 percent": written as FigureValues reads them. */
        private void numberFigure(Counted counted) {
            BigDecimal value = roughly(counted);
            String hedge = random.nextBoolean() ? pick(HEDGES) : null;
            String number = numeral(value, true);
            figure((hedge == null ? "" : hedge + " ") + number + " " + counted.noun(), normalised(number), counted, hedge != null, null);
        }

        /** "between 10,000 and 12,000 residents", "3 to 5 ships", "between 1.2 and 1.5 million doses". */
        private void rangeFigure(Counted counted) {
            BigDecimal low = roughly(counted);
            BigDecimal step = low.multiply(BigDecimal.valueOf(0.2)).round(new MathContext(1, RoundingMode.UP));
            BigDecimal high = low.add(counted.measure() == Measure.PERCENT ? step : step.setScale(0, RoundingMode.UP));
            boolean scaled = low.doubleValue() >= SCALE_FROM && scaleOf(low) == scaleOf(high);
            String lowText = scaled ? mantissa(low) : numeral(low, false);
            String highText = numeral(high, scaled);
            String numbers = random.nextBoolean() ? "between " + lowText + " and " + highText : lowText + " to " + highText;
            figure(numbers + " " + counted.noun(), normalised(numbers), counted, false, null);
        }

        /** "seven ships", "a dozen aircraft", "nearly fifty prisoners". */
        private void wordFigure(Counted counted) {
            List<Integer> fitting = NUMBER_WORDS.keySet().stream().filter(n -> n <= Math.max(3, counted.typical() * 1.5)).toList();
            int value = pick(fitting);
            boolean dozen = value == 12 && random.nextBoolean();
            String words = dozen ? "a dozen" : NUMBER_WORDS.get(value);
            String hedge = value >= 10 && random.nextInt(3) == 0 ? pick(HEDGES) + " " : "";
            figure(hedge + words + " " + counted.noun(), Integer.toString(value), counted, !hedge.isEmpty(), null);
        }

        /** "thousands of residents": at least one of the scale, as the demo's analysts note it. */
        private void vagueFigure(Counted counted) {
            double typical = counted.typical();
            String[] scale = typical >= 2 * SCALE_FROM ? new String[] { "millions", "1000000" }
                    : typical >= 2_000 ? new String[] { "thousands", "1000" } : typical >= 200 ? new String[] { "hundreds", "100" } : new String[] { "dozens", "12" };
            figure(scale[0] + " of " + counted.noun(), scale[1], counted, true, "'" + scale[0] + "': at least " + scale[1]);
        }

        /** "over three decades" (30 years, as the demo's analysts count decades), "nearly two weeks", "10 days". */
        private void duration() {
            String[][] units = { { "decades", "years", "10" }, { "years", "years", "1" }, { "months", "months", "1" }, { "weeks", "weeks", "1" },
                    { "days", "days", "1" } };
            String[] unit = pick(List.of(units));
            int count = unit[0].equals("decades") ? 2 + random.nextInt(3) : 2 + random.nextInt(11);
            String number = random.nextInt(3) == 0 && !unit[0].equals("decades") ? Integer.toString(count) : NUMBER_WORDS.get(count);
            String hedge = random.nextInt(5) < 2 ? pick(List.of("nearly", "more than", "over", "about")) + " " : "";
            Figure figure = figure(hedge + number + " " + unit[0], Integer.toString(count * Integer.parseInt(unit[2])), null, !hedge.isEmpty(), null);
            figure.setUnit(unit[1]);
            figure.setCounts("duration");
        }

        private Figure figure(String phrase, String value, Counted counted, boolean approximate, String note) {
            int begin = text.length();
            text.append(phrase);
            Figure figure = F.createFigure();
            figure.setValue(value);
            figure.setApproximate(approximate);
            figure.setNote(note);
            if (counted != null) {
                figure.setUnit(counted.unit());
                figure.setCounts(counted.counts());
            }
            span(figure, begin);
            return figure;
        }

        /** Near the typical value, to two significant digits as news rounds; whole numbers but for percentages. */
        private BigDecimal roughly(Counted counted) {
            BigDecimal value = BigDecimal.valueOf(counted.typical() * (0.5 + random.nextDouble())).round(new MathContext(2));
            if (counted.measure() != Measure.PERCENT) {
                value = value.setScale(0, RoundingMode.HALF_UP).max(BigDecimal.TWO);
            }
            return value;
        }

        /** "12,000", "4.2", or with {@code scaled} "1.5 million" from a million up. */
        private static String numeral(BigDecimal value, boolean scaled) {
            if (scaled && value.doubleValue() >= SCALE_FROM) {
                return mantissa(value) + (scaleOf(value) == 1_000_000_000 ? " billion" : " million");
            }
            if (value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
                return value.stripTrailingZeros().toPlainString();
            }
            return String.format(Locale.US, "%,d", value.longValue());
        }

        private static String mantissa(BigDecimal value) {
            return value.divide(BigDecimal.valueOf(scaleOf(value))).stripTrailingZeros().toPlainString();
        }

        private static long scaleOf(BigDecimal value) {
            return value.doubleValue() >= 1_000_000_000 ? 1_000_000_000 : 1_000_000;
        }

        private static String normalised(String number) {
            FigureValues.Result result = FigureValues.normalise(number);
            if (!result.isValid() || result.value() == null) {
                throw new IllegalStateException("the generator wrote a figure FigureValues cannot read: " + number);
            }
            return result.value();
        }

        // ------------------------------------------------ dates

        /**
         * One of the document's dated things: within the publication's year without the year ("November 16", "Nov.
         * 5"), otherwise as a full date, a month or a year; {@code preposition} puts "on" or "in" before it, outside the span.
         */
        private void date(int index, boolean preposition) {
            LocalDate date = dates.get(index);
            String phrase;
            String value;
            boolean day;
            if (date.getYear() == published.getYear()) {
                day = true;
                phrase = monthName(date, random.nextInt(5) < 2) + " " + date.getDayOfMonth() + (random.nextInt(4) == 0 ? ", " + date.getYear() : "");
                value = date.toString();
            } else {
                int style = random.nextInt(3);
                day = style == 0;
                phrase = switch (style) {
                    case 0 -> monthName(date, random.nextInt(5) < 2) + " " + date.getDayOfMonth() + ", " + date.getYear();
                    case 1 -> monthName(date, false) + " " + date.getYear();
                    default -> Integer.toString(date.getYear());
                };
                value = switch (style) {
                    case 0 -> date.toString();
                    case 1 -> YearMonth.from(date).toString();
                    default -> Integer.toString(date.getYear());
                };
            }
            if (preposition) {
                text.append(day ? "on " : "in ");
            }
            Figure figure = figure(phrase, value, null, false, null);
            figure.setUnit("date");
            figure.setCounts(event.dated().get(index));
        }

        /** News style: "Nov.", "Sept.", but March to July in full. */
        private static String monthName(LocalDate date, boolean abbreviated) {
            String full = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            if (!abbreviated || full.length() <= 5) {
                return full;
            }
            return full.startsWith("Sept") ? "Sept." : full.substring(0, 3) + ".";
        }

        // ------------------------------------------------ templates

        private void render(String template, boolean capitalise) {
            int start = text.length();
            Matcher slot = SLOT.matcher(template);
            int last = 0;
            while (slot.find()) {
                text.append(template, last, slot.start());
                fill(slot.group(1), slot.group(2).isEmpty() ? -1 : Integer.parseInt(slot.group(2)), slot.group(3));
                last = slot.end();
            }
            text.append(template, last, template.length());
            if (capitalise) {
                text.setCharAt(start, Character.toUpperCase(text.charAt(start)));
            }
        }

        private void fill(String slot, int index, String argument) {
            switch (slot) {
                case "P" -> person(index < 0 ? otherPerson() : event.people().get(index));
                case "O" -> named(index < 0 ? pick(organisations) : event.organisations().get(index));
                case "L" -> named(index < 0 ? pick(event.places()) : event.places().get(index));
                case "G" -> named(GROUP_OF_SEVEN);
                case "N" -> countFigure(event.counted().get(index));
                case "D" -> date(index, true);
                case "d" -> date(index, false);
                case "T" -> duration();
                case "Q" -> scareQuote(argument);
                default -> throw new IllegalArgumentException("a template has an unknown slot {" + slot + "}");
            }
        }

        private <A extends Annotation> void span(A annotation, int begin) {
            annotation.setBegin(begin);
            annotation.setEnd(text.length());
            gold.add(annotation);
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }
    }

    /** Draws templates in shuffled order, all before any repeats, so a document rarely says the same thing twice. */
    private static final class Deck<T> {
        private final List<T> items;
        private final Random random;
        private int next;

        Deck(List<T> items, Random random) {
            this.items = new ArrayList<>(items);
            this.random = random;
            this.next = items.size();
        }

        T draw() {
            if (next == items.size()) {
                Collections.shuffle(items, random);
                next = 0;
            }
            return items.get(next++);
        }
    }
}
