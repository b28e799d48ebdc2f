package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.TextAddition;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.formats.html.HtmlArticle;
import org.marginalia.model.Document;

/** News pages in the shapes outlets publish them, read as articles: text without boilerplate, title, outlet, date. */
class HtmlArticleTest {

    /** A wire-service page: Open Graph metadata, a menu, a header, the article, a related-stories aside, a footer. */
    private static final String WIRE = """
            <!DOCTYPE html>
            <html lang="en"><head>
              <meta charset="utf-8">
              <title>Japan FM visits Kyiv | Kyodo News+</title>
              <meta property="og:title" content="Japan foreign minister visits Kyiv, pledges support">
              <meta property="og:site_name" content="Kyodo News">
              <meta property="article:published_time" content="2024-11-16T18:31:00+09:00">
              <script>window.dataLayer = [{"page":"article"}];</script>
            </head><body>
              <header><a href="/">Kyodo News</a><nav><ul><li>World</li><li>Politics</li><li>Business</li></ul></nav></header>
              <div class="ad">Advertisement</div>
              <article>
                <h1>Japan foreign minister visits Kyiv, pledges support</h1>
                <p class="byline">KYODO NEWS</p>
                <p>Japanese Foreign Minister Takeshi Iwaya arrived in Kyiv on Saturday for talks with his Ukrainian counterpart Andrii Sybiha.</p>
                <figure><img src="a.jpg"><figcaption>Iwaya in Kyiv (Kyodo)</figcaption></figure>
                <p>Iwaya said Japan would continue to support Ukraine, according to the Japanese Foreign Ministry.</p>
                <blockquote><p>"Japan stands with Ukraine," he said.</p></blockquote>
              </article>
              <aside class="related"><h3>Related coverage</h3><ul><li>North Korean troops in Kursk</li></ul></aside>
              <footer>© Kyodo News. All rights reserved. <a href="/subscribe">Subscribe</a></footer>
            </body></html>
            """;

    /** A page with a JSON-LD NewsArticle and no Open Graph, its prose in a div with teaser lists around. */
    private static final String JSON_LD = """
            <html><head><title>Ukraine, Japan sign pact - The Daily</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
              "headline":"Ukraine, Japan sign security info-sharing pact","datePublished":"2024-11-16T12:00:00Z",
              "publisher":{"@type":"Organization","name":"The Daily \\u00c9cho","logo":{"@type":"ImageObject","url":"l.png"}}}</script>
            </head><body>
              <div class="menu"><a>Home</a> <a>World</a></div>
              <div class="story">
                <time datetime="2024-11-17">17 November</time>
                <p>Ukraine and Japan signed an agreement on Saturday to share security information.</p>
                <p>The pact will be "a basis" for intelligence sharing, Foreign Minister Iwaya said.</p>
                <p>Prime Minister Denys Shmyhal welcomed the agreement.</p>
              </div>
              <div class="teasers"><p>Read more: markets today</p></div>
            </body></html>
            """;

    @Test
    void aWireServicePageGivesItsArticleWithoutMenusAsidesOrFooters() {
        HtmlArticle article = HtmlArticle.read(WIRE);
        assertEquals("Japan foreign minister visits Kyiv, pledges support", article.title());
        assertEquals("Kyodo News", article.outlet());
        assertEquals("2024-11-16", article.published());
        String text = article.text();
        assertTrue(text.startsWith("Japan foreign minister visits Kyiv, pledges support\n\n"), text);
        assertTrue(text.contains("Takeshi Iwaya arrived in Kyiv on Saturday"), text);
        assertTrue(text.contains("\"Japan stands with Ukraine,\" he said."), text);
        for (String boilerplate : new String[] { "Politics", "Advertisement", "Related coverage", "North Korean troops", "Subscribe", "dataLayer", "figcaption",
                "Iwaya in Kyiv (Kyodo)" }) {
            assertFalse(text.contains(boilerplate), boilerplate + " is not the article: " + text);
        }
        assertEquals(1, text.split("Japan stands with Ukraine", -1).length - 1, "a quoted paragraph once");
    }

    @Test
    void aJsonLdNewsArticleGivesHeadlineOutletAndDate() {
        HtmlArticle article = HtmlArticle.read(JSON_LD);
        assertEquals("Ukraine, Japan sign security info-sharing pact", article.title());
        assertEquals("The Daily \u00c9cho", article.outlet());
        assertEquals("2024-11-16", article.published(), "the article's own date, not a <time> of the page");
        assertTrue(article.text().contains("will be \"a basis\" for intelligence sharing"), article.text());
        assertFalse(article.text().contains("Read more"), article.text());
        assertFalse(article.text().contains("World"), article.text());
    }

    /** A small outlet's blog theme (WordPress's entry markup): no Open Graph, no JSON-LD, only a {@code <time>}. */
    @Test
    void aPageWhoseOnlyDateIsItsTimeElementGivesThatDate() {
        HtmlArticle article = HtmlArticle.read("""
                <html><head><title>Iwaya in Kyiv: what was signed &#8211; Eastern Desk</title></head>
                <body><nav><a href="/">Home</a></nav>
                <article class="post type-post"><header class="entry-header"><h1 class="entry-title">Iwaya in Kyiv: what was signed</h1>
                <div class="entry-meta">Posted on <time class="entry-date published" datetime="2024-11-17T09:12:00+09:00">November 17, 2024</time></div></header>
                <div class="entry-content"><p>Japan and Ukraine signed an agreement on sharing security information.</p>
                <p>Iwaya announced 4.5 billion yen in aid for winter.</p></div></article>
                <footer>Powered by a blog</footer></body></html>
                """);
        assertEquals("2024-11-17", article.published());
        assertTrue(article.text().contains("4.5 billion yen in aid for winter."), article.text());
        assertFalse(article.text().contains("Powered by") || article.text().contains("Home"), article.text());
    }

    @Test
    void japaneseAndEmojiPagesKeepTheirCharacters() {
        HtmlArticle article = HtmlArticle.read("""
                <html><head><meta property="og:title" content="岩屋外相がキーウ訪問 🇯🇵🇺🇦"><meta property="og:site_name" content="共同通信"></head>
                <body><article><p>岩屋毅外相は16日、ウクライナの首都キーウを訪問した。</p><p>シビハ外相と会談した。😀</p></article></body></html>
                """);
        assertEquals("岩屋外相がキーウ訪問 🇯🇵🇺🇦", article.title());
        assertEquals("共同通信", article.outlet());
        assertEquals("岩屋外相がキーウ訪問 🇯🇵🇺🇦\n\n岩屋毅外相は16日、ウクライナの首都キーウを訪問した。\n\nシビハ外相と会談した。😀", article.text());
    }

    @TempDir
    Path temp;

    @Test
    void aFolderOfPagesAndTextsImportsWithEachPagesTitleOutletAndDate() throws Exception {
        Path from = Files.createDirectories(temp.resolve("web"));
        Files.writeString(from.resolve("kyodo.html"), WIRE);
        Files.writeString(from.resolve("daily.htm"), JSON_LD);
        Files.writeString(from.resolve("notes.txt"), "Desk notes\nNothing else.");

        LoadedCorpus corpus = CorpusImporter.importTexts(from, temp.resolve("corpus"), "web");

        assertEquals(3, corpus.corpus().getDocuments().size());
        Document kyodo = corpus.corpus().getDocuments().stream().filter(d -> d.getId().equals("kyodo")).findFirst().orElseThrow();
        assertEquals("Japan foreign minister visits Kyiv, pledges support", kyodo.getTitle());
        assertEquals("Kyodo News", kyodo.getSource());
        assertEquals("2024-11-16", kyodo.getPublicationDate());
        assertTrue(kyodo.getText().startsWith(kyodo.getTitle()));
        assertEquals("Desk notes", corpus.corpus().getDocuments().stream().filter(d -> d.getId().equals("notes")).findFirst().orElseThrow().getTitle());
    }

    @Test
    void moreTextsAndPagesAreAddedToAnExistingCorpusAndNothingIsOverwritten() throws Exception {
        Path corpusFolder = corpusOfTheWirePage();
        Path more = theWirePageAgainAndANewOne();

        TextAddition.Added added = CorpusImporter.addTexts(more, corpusFolder);

        assertEquals(List.of("daily"), added.added());
        assertEquals(List.of("kyodo"), added.alreadyThere(), "the same page again is there already");
        LoadedCorpus corpus = CorpusStore.load(corpusFolder);
        assertEquals(List.of(), corpus.problems());
        assertEquals(2, corpus.corpus().getDocuments().size());
        assertEquals("The Daily \u00c9cho", corpus.document("daily").getSource());

        Path changed = Files.createDirectories(temp.resolve("changed"));
        Files.writeString(changed.resolve("kyodo.txt"), "Another text under the same name.");
        Files.writeString(changed.resolve("fresh.txt"), "A fresh text.");
        byte[] before = Files.readAllBytes(corpusFolder.resolve("corpus.marginalia"));
        CorpusException refused = assertThrows(CorpusException.class,
                () -> CorpusImporter.addTexts(changed, corpusFolder));
        assertTrue(refused.getMessage().contains("kyodo.txt") && refused.getMessage().contains("another text"), refused.getMessage());
        assertTrue(Arrays.equals(before, Files.readAllBytes(corpusFolder.resolve("corpus.marginalia"))), "nothing written, not even the fresh text");
        assertFalse(Files.exists(corpusFolder.resolve("documents/fresh.txt")));
    }

    @Test
    void addingIsPlannedFileByFileBeforeAnythingIsWritten() throws Exception {
        Path corpusFolder = corpusOfTheWirePage();
        Path more = theWirePageAgainAndANewOne();
        Files.write(more.resolve("broken.txt"), new byte[] { (byte) 0xC3, (byte) 0x28 });
        byte[] before = Files.readAllBytes(corpusFolder.resolve("corpus.marginalia"));

        TextAddition plan = TextAddition.plan(more, corpusFolder);

        assertEquals(List.of("broken.txt REFUSED", "daily.html ADD", "kyodo.html ALREADY_THERE"),
                plan.entries().stream().map(e -> e.file().getFileName() + " " + e.action()).toList());
        assertTrue(plan.entries().get(0).reason().contains("UTF-8"), plan.entries().get(0).reason());
        assertTrue(plan.entries().get(1).title().contains("security info-sharing pact"), "the preview names the page's title: " + plan.entries().get(1).title());
        assertTrue(plan.refusesAny());
        assertTrue(Arrays.equals(before, Files.readAllBytes(corpusFolder.resolve("corpus.marginalia"))), "planning writes nothing");
        CorpusException refused = assertThrows(CorpusException.class, plan::apply);
        assertTrue(refused.getMessage().contains("broken.txt"), refused.getMessage());
        assertFalse(Files.exists(corpusFolder.resolve("documents/daily.txt")));
    }

    /** A corpus made of the wire page. */
    private Path corpusOfTheWirePage() throws Exception {
        Path from = Files.createDirectories(temp.resolve("first"));
        Files.writeString(from.resolve("kyodo.html"), WIRE);
        Path corpusFolder = temp.resolve("corpus");
        CorpusImporter.importTexts(from, corpusFolder, "web");
        return corpusFolder;
    }

    /** A folder holding the wire page again and the JSON-LD page. */
    private Path theWirePageAgainAndANewOne() throws Exception {
        Path more = Files.createDirectories(temp.resolve("more"));
        Files.writeString(more.resolve("kyodo.html"), WIRE);
        Files.writeString(more.resolve("daily.html"), JSON_LD);
        return more;
    }
}
