package org.marginalia.core.formats.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article of a news web page: its text without navigation, teasers and other boilerplate, its title, outlet
 * and publication date from the page's metadata (Open Graph, {@code article:published_time}, a JSON-LD
 * {@code NewsArticle}, {@code <time datetime>}). The text starts with the title, as the news texts of a corpus do.
 */
public record HtmlArticle(String title, String outlet, String published, String text) {

    /** Elements that are never the article's prose. */
    private static final String BOILERPLATE = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, "
            + "figure, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], .advert, .ad, .related, .share, .newsletter";
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    public static HtmlArticle read(String html) {
        Document page = Jsoup.parse(html);
        JsonLd article = JsonLd.newsArticle(page);
        String title = first(meta(page, "og:title"), article.value("headline"), text(page.selectFirst("h1")), Optional.of(page.title().strip()))
                .orElse("");
        String outlet = first(meta(page, "og:site_name"), article.publisher(), meta(page, "application-name")).orElse(null);
        String published = first(meta(page, "article:published_time"), article.value("datePublished"),
                Optional.ofNullable(page.selectFirst("time[datetime]")).map(t -> t.attr("datetime")), meta(page, "date"))
                .map(HtmlArticle::day).orElse(null);
        page.select(BOILERPLATE).remove();
        List<String> paragraphs = paragraphs(body(page));
        if (paragraphs.isEmpty()) {
            article.value("articleBody").ifPresent(paragraphs::add);
        }
        StringBuilder text = new StringBuilder(title);
        for (String paragraph : paragraphs) {
            if (!paragraph.equals(title)) {
                text.append(text.length() == 0 ? "" : "\n\n").append(paragraph);
            }
        }
        return new HtmlArticle(title, outlet, published, text.toString());
    }

    /** The element holding the article: {@code <article>} or {@code articleBody}, else the one with the most paragraph text. */
    private static Element body(Document page) {
        Element marked = page.selectFirst("[itemprop=articleBody]");
        if (marked != null) {
            return marked;
        }
        Element best = page.body();
        int most = 0;
        for (Element candidate : page.select("article, main, section, div")) {
            int length = candidate.select("> p").stream().mapToInt(p -> p.text().length()).sum();
            if (candidate.tagName().equals("article")) {
                length = candidate.select("p").stream().mapToInt(p -> p.text().length()).sum();
            }
            if (length > most) {
                most = length;
                best = candidate;
            }
        }
        return best;
    }

    private static List<String> paragraphs(Element body) {
        List<String> paragraphs = new ArrayList<>();
        for (Element block : body.select("p, h2, h3, blockquote, li")) {
            if (block.parents().stream().anyMatch(parent -> parent != body && body.select("p, blockquote, li").contains(parent))) {
                continue; // a paragraph inside a quote or list item is read with it
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }

    private static Optional<String> meta(Document page, String name) {
        Element meta = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return meta == null || meta.attr("content").isBlank() ? Optional.empty() : Optional.of(meta.attr("content").strip());
    }

    private static Optional<String> text(Element element) {
        return element == null || element.text().isBlank() ? Optional.empty() : Optional.of(element.text().strip());
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... candidates) {
        for (Optional<String> candidate : candidates) {
            if (candidate.isPresent() && !candidate.get().isBlank()) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    /** "2024-11-16T09:30:00+09:00" as the day it names. */
    private static String day(String timestamp) {
        Matcher date = DATE.matcher(timestamp);
        return date.find() ? date.group(1) : timestamp.strip();
    }
}
