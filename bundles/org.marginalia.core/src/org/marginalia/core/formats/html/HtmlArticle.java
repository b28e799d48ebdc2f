package org.marginalia.core.formats.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/**
 * The article of a news web page: its text without navigation, teasers and other boilerplate, its title, outlet
 * and publication date from the page's metadata (Open Graph, {@code article:published_time}, a JSON-LD
 * {@code NewsArticle}, {@code <meta name="pubdate">}, {@code <time datetime>}). The text starts with the title, as
 * the news texts of a corpus do; it is empty when the page holds no article prose (a topic page of links, a page of
 * menus), so that the page is refused rather than its title or its furniture imported as an article.
 */
public record HtmlArticle(String title, String outlet, String published, String text) {

    /** Elements that are never the article's prose. */
    private static final String BOILERPLATE = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, "
            + "figure, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], .advert, .ad, .related, .share, .newsletter";
    /** Ruby readings (furigana) and their fallback brackets: the text keeps the characters they annotate, "岩屋", not "岩屋いわや". */
    private static final String RUBY_READINGS = "rt, rp";
    /** The attributes by which a page names its parts. */
    private static final String[] NAMING_ATTRIBUTES = { "id", "class", "data-component", "data-testid" };
    /**
     * Words in those names that mark a part of the page's furniture rather than of its story, wherever the page
     * puts it (often inside the article): consent and cookie banners, paywall prompts, newsletter sign-ups, share
     * bars, related and most-read lists, promos, ads, comments, menus and footers.
     */
    private static final Pattern BOILERPLATE_NAME = Pattern.compile("\\b(cookies?|consent|gdpr|paywall|newsletters?|sign ?up|subscribe|promo"
            + "|adverts?|advertisement|sponsored|related|relatedposts|share|sharing|sharedaddy|social|outbrain|taboola|breadcrumbs?"
            + "|most (read|popular|viewed)|comments|menu|sidebar|footer)\\b");
    /** The blocks read as the article's paragraphs. */
    private static final String BLOCKS = "p, h2, h3, blockquote, li";
    /** Blocks that hold paragraphs without being the story's container. */
    private static final String NOT_CONTAINERS = "p, blockquote, ul, ol, li, table";
    /** A day written 2024-11-16, 2024/11/16, 2024.11.16 or 2024年11月16日. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");

    public static HtmlArticle read(String html) {
        Document page = Jsoup.parse(html);
        page.select(RUBY_READINGS).remove(); // before the title is read from an <h1>, which may carry furigana too
        JsonLd article = JsonLd.newsArticle(page);
        String title = first(meta(page, "og:title"), article.value("headline"), text(page.selectFirst("h1")), Optional.of(page.title().strip()))
                .orElse("");
        String outlet = first(meta(page, "og:site_name"), article.publisher(), meta(page, "application-name")).orElse(null);
        String published = first(meta(page, "article:published_time"), article.value("datePublished"), meta(page, "pubdate"),
                Optional.ofNullable(page.selectFirst("time[datetime]")).map(t -> t.attr("datetime")), meta(page, "date"))
                .map(HtmlArticle::day).orElse(null);
        Elements paywalled = paywalledParts(page, article);
        page.select(BOILERPLATE).remove();
        removeNamedBoilerplate(page, paywalled);
        divParagraphsAsParagraphs(page);
        Element body = body(page);
        List<String> paragraphs = body == null ? new ArrayList<>() : paragraphs(body);
        if (paragraphs.isEmpty()) {
            article.value("articleBody").ifPresent(paragraphs::add);
        }
        if (paragraphs.isEmpty()) {
            return new HtmlArticle(title, outlet, published, "");
        }
        StringBuilder text = new StringBuilder(title);
        for (String paragraph : paragraphs) {
            if (!paragraph.equals(title)) {
                text.append(text.length() == 0 ? "" : "\n\n").append(paragraph);
            }
        }
        return new HtmlArticle(title, outlet, published, text.toString());
    }

    /**
     * The parts of the story a JSON-LD {@code hasPart} marks as behind the paywall (Google's markup for paywalled
     * content): when the page holds them, they are article text, however "paywall" their class reads.
     */
    private static Elements paywalledParts(Document page, JsonLd article) {
        Optional<String> selector = article.value("cssSelector");
        if (selector.isEmpty()) {
            return new Elements();
        }
        try {
            return page.select(selector.get());
        } catch (Selector.SelectorParseException e) {
            return new Elements(); // a selector jsoup cannot read protects nothing
        }
    }

    /**
     * Some outlets write each paragraph as a {@code <div>} of text ({@code <div data-testid="paragraph-0">}): a div
     * holding a sentence or more of its own words and no blocks is read as the paragraph it is.
     */
    private static void divParagraphsAsParagraphs(Document page) {
        for (Element div : page.body().select("div")) {
            boolean holdsBlocks = div.children().stream().anyMatch(child -> child.isBlock());
            if (!holdsBlocks && div.ownText().strip().length() >= 40 && div.ownText().strip().matches("(?s).*[.!?\"\u201d\u3002]$")) {
                div.tagName("p");
            }
        }
    }

    /** Removes the parts of the page its own names mark as furniture ({@link #BOILERPLATE_NAME}), unless they hold the story. */
    private static void removeNamedBoilerplate(Document page, Elements paywalled) {
        int pageProse = prose(page.body());
        for (Element element : page.body().select("[id], [class], [data-component], [data-testid]")) {
            if (isNamedBoilerplate(element) && !holdsTheStory(element, paywalled, pageProse)) {
                element.remove();
            }
        }
    }

    /** Whether the element's names, split into words ("PageListMostPopular", "jp-relatedposts"), mark it as furniture. */
    private static boolean isNamedBoilerplate(Element element) {
        StringBuilder names = new StringBuilder();
        for (String attribute : NAMING_ATTRIBUTES) {
            names.append(' ').append(element.attr(attribute));
        }
        String words = names.toString().replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("[^A-Za-z]+", " ").toLowerCase(Locale.ROOT);
        return BOILERPLATE_NAME.matcher(words).find();
    }

    /**
     * Whether the element is or wraps the story whatever its names say: themes put the post's category and tag slugs
     * on the {@code <article>} ("category-social-affairs") and layout words on wrappers ("content-sidebar-wrap",
     * "has-social-share"), and a paywalled part of the story is named "paywall". Furniture never holds most of the
     * page's prose in several paragraphs; a cookie notice alone on a page of links holds all of it in one.
     */
    private static boolean holdsTheStory(Element element, Elements paywalled, int pageProse) {
        return element.is("html, body, main, article") || !element.select("h1, [itemprop=articleBody]").isEmpty()
                || paywalled.stream().anyMatch(part -> part == element || part.parents().contains(element))
                || proseParagraphs(element) >= 2 && prose(element) * 2 > pageProse;
    }

    /**
     * The element holding the article, or none when the page has no prose: the {@code articleBody}, else the
     * {@code <article>} holding most of the page's prose, else the smallest element holding nearly all of it.
     */
    private static Element body(Document page) {
        Element marked = page.selectFirst("[itemprop=articleBody]");
        if (marked != null) {
            return marked;
        }
        int pageProse = prose(page.body());
        if (pageProse == 0) {
            return null; // menus, lists of links, a footer: nothing to read as an article
        }
        Element story = articleElement(page, pageProse);
        return story != null ? story : smallestHoldingTheProse(page.body());
    }

    /**
     * The {@code <article>} with the most prose if it holds at least half of the page's: an outlet marking its story
     * so means all of it (standfirst, body, sub-headings, the body's blocks however split), while
     * {@code <article>}s holding less are teaser cards or comments.
     */
    private static Element articleElement(Document page, int pageProse) {
        Element best = null;
        int most = 0;
        for (Element candidate : page.body().select("article")) {
            int prose = prose(candidate);
            if (prose > most) {
                most = prose;
                best = candidate;
            }
        }
        return most * 2 >= pageProse ? best : null;
    }

    /**
     * Descends from the element into the child holding at least two paragraphs and all but a quarter of its prose,
     * while one does: the smallest element holding the story, without the short teasers around it. A child with
     * siblings of its kind holding prose is one block of a story split over several (body columns with ad slots
     * between them), so the story is the element holding them all, however short the last block.
     */
    private static Element smallestHoldingTheProse(Element element) {
        int prose = prose(element);
        for (Element child : element.children()) {
            boolean holdsNearlyAll = proseParagraphs(child) >= 2 && (prose - prose(child)) * 4 < prose;
            if (holdsNearlyAll && !child.is(NOT_CONTAINERS) && !hasProseSiblingsOfItsKind(child)) {
                return smallestHoldingTheProse(child);
            }
        }
        return element;
    }

    /** Whether a sibling with the element's tag and (non-blank) class also holds prose. */
    private static boolean hasProseSiblingsOfItsKind(Element element) {
        return !element.className().isBlank() && element.siblingElements().stream()
                .anyMatch(sibling -> sibling.tagName().equals(element.tagName()) && sibling.className().equals(element.className()) && prose(sibling) > 0);
    }

    /** The length of the element's prose: the text of its paragraphs that are not mostly links. */
    private static int prose(Element element) {
        return element.select("p").stream().filter(p -> !isMostlyLinks(p)).mapToInt(p -> p.text().length()).sum();
    }

    private static long proseParagraphs(Element element) {
        return element.select("p").stream().filter(p -> !p.text().isBlank() && !isMostlyLinks(p)).count();
    }

    /** Whether most of a block's text is link text: a menu item, a teaser, a "Related:" link, a topic tag, not prose. */
    private static boolean isMostlyLinks(Element block) {
        int linked = block.select("a").stream().mapToInt(link -> link.text().length()).sum();
        return linked * 2 > block.text().length();
    }

    private static List<String> paragraphs(Element body) {
        List<Element> blocks = new ArrayList<>();
        for (Element block : body.select(BLOCKS)) {
            if (!insideAnotherBlock(block, body) && !block.text().isBlank() && !isMostlyLinks(block)) {
                blocks.add(block);
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!isHeading(blocks.get(i)) || introducesProse(blocks, i)) {
                paragraphs.add(blocks.get(i).text().strip());
            }
        }
        return paragraphs;
    }

    /** A paragraph inside a quote or list item is read with it. */
    private static boolean insideAnotherBlock(Element block, Element body) {
        for (Element parent = block.parent(); parent != null && parent != body; parent = parent.parent()) {
            if (parent.is("p, blockquote, li")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the heading at that index is followed by prose before a heading of its rank or above: a sub-heading
     * of the story is, while the heading of a list of links ("Related topics", "Explore more on these topics")
     * introduces nothing once the links are left out.
     */
    private static boolean introducesProse(List<Element> blocks, int index) {
        int rank = rank(blocks.get(index));
        for (Element next : blocks.subList(index + 1, blocks.size())) {
            if (!isHeading(next)) {
                return true;
            }
            if (rank(next) <= rank) {
                return false;
            }
        }
        return false;
    }

    private static boolean isHeading(Element block) {
        return block.tagName().matches("h[1-6]");
    }

    private static int rank(Element heading) {
        return heading.tagName().charAt(1) - '0';
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

    /** "2024-11-16T09:30:00+09:00", "2025/7/12 18:40" or "2025年7月12日" as the ISO day it names. */
    private static String day(String timestamp) {
        Matcher date = DATE.matcher(timestamp);
        return date.find()
                ? String.format(Locale.ROOT, "%s-%02d-%02d", date.group(1), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)))
                : timestamp.strip();
    }
}
