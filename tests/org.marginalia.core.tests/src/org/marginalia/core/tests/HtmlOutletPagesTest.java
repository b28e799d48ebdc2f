package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.formats.html.HtmlArticle;

/**
 * News pages marked up the way today's outlets build them (their structure, not their words: the stories are made
 * up), read as articles: the title, outlet and date, the article's paragraphs in order and none of the page's
 * furniture around and inside the story.
 */
class HtmlOutletPagesTest {

    /**
     * A Guardian-style page (the dotcom-rendering layout): Open Graph and {@code article:} tags, JSON-LD whose top
     * level is an array (a NewsArticle, then a WebPage), the story in {@code <div data-gu-name="body">} /
     * {@code <div id="maincontent">}, a "Related:" rich link inside the body, and after it "Explore more on these
     * topics" and a newsletter sign-up, all inside the {@code <article>}.
     */
    private static final String GUARDIAN_STYLE = """
            <!DOCTYPE html>
            <html lang="en"><head>
              <meta charset="utf-8">
              <title>Hollowbridge flood barriers hold as River Wyle reaches record height | Flooding | The Northern Courier</title>
              <meta property="og:title" content="Hollowbridge flood barriers hold as River Wyle reaches record height">
              <meta property="og:site_name" content="The Northern Courier">
              <meta property="og:type" content="article">
              <meta property="article:published_time" content="2025-02-08T06:00:12.000Z">
              <meta property="article:modified_time" content="2025-02-09T09:41:03.000Z">
              <script type="application/ld+json">[{"@type":"NewsArticle","@context":"https://schema.org",
                "@id":"https://www.courier.example/uk-news/2025/feb/08/hollowbridge-flood-barriers-hold",
                "publisher":{"@type":"Organization","@context":"https://schema.org","@id":"https://www.courier.example#publisher",
                  "name":"The Northern Courier","url":"https://www.courier.example/",
                  "logo":{"@type":"ImageObject","url":"https://static.courier.example/logo.png","width":190,"height":60}},
                "isAccessibleForFree":true,"author":[{"@type":"Person","name":"Maya Ellison"}],
                "datePublished":"2025-02-08T06:00:12.000Z","headline":"Hollowbridge flood barriers hold as River Wyle reaches record height",
                "dateModified":"2025-02-09T09:41:03.000Z"},
               {"@type":"WebPage","@context":"https://schema.org","@id":"https://www.courier.example/uk-news/2025/feb/08/hollowbridge-flood-barriers-hold",
                "potentialAction":{"@type":"ViewAction","target":"android-app://com.courier.example/https/www.courier.example/uk-news"}}]</script>
            </head><body>
              <a href="#maincontent" class="dcr-skip">Skip to main content</a>
              <div id="bannerandheader"><header><nav aria-label="Courier sections"><ul><li><a href="/uk">News</a></li><li><a href="/opinion">Opinion</a></li>
                <li><a href="/sport">Sport</a></li></ul></nav></header></div>
              <main data-layout="StandardLayout"><article class="dcr-1x2ab3c">
                <div data-gu-name="headline"><h1 class="dcr-y70mar">Hollowbridge flood barriers hold as River Wyle reaches record height</h1></div>
                <div data-gu-name="standfirst"><p class="dcr-1tf7pfm">Hundreds of residents spent the night in a school hall as the river rose faster than forecast</p></div>
                <div data-gu-name="media"><figure><img src="https://i.courier.example/wyle.jpg" alt="">
                  <figcaption>Sandbags on Quay Street on Friday evening. Photograph: Tom Hale</figcaption></figure></div>
                <div data-gu-name="meta"><address aria-label="Contributor info"><a rel="author" href="/profile/maya-ellison">Maya Ellison</a></address>
                  <details><summary><span>Sat 8 Feb 2025 06.00 GMT</span></summary><span>Last modified on Sun 9 Feb 2025 09.41 GMT</span></details>
                  <gu-island name="ShareButton"><button>Share</button></gu-island></div>
                <div data-gu-name="body">
                  <div id="maincontent"><div class="article-body-commercial-selector article-body-viewer-selector dcr-d1x6sa">
                    <p class="dcr-s3ycb2">Temporary barriers along the River Wyle held overnight as the water reached 5.2 metres at Hollowbridge, the highest level since records began in 1921.</p>
                    <p class="dcr-s3ycb2">About 400 people from the lower town slept in a school hall after police went from door to door on Friday evening.</p>
                    <aside data-spacefinder-role="richLink" data-component="rich-link" class="dcr-11ra563"><a href="/environment/2025/jan/20/why-river-towns-keep-flooding">
                      <div><span>Related: </span><span>Why England's river towns keep flooding</span></div></a></aside>
                    <h2 id="rail-line-closed" class="dcr-1d0h8sw">Rail line closed</h2>
                    <p class="dcr-s3ycb2">The line between Hollowbridge and Marston stayed closed on Saturday, and buses will replace trains until at least Monday.</p>
                    <p class="dcr-s3ycb2">“We have never seen it come up this fast,” said Aled Price, who runs a bakery on Quay Street.</p>
                  </div></div>
                  <div data-print-layout="hide" class="dcr-1hbfc5u"><h2 class="dcr-1b2i0hh">Explore more on these topics</h2>
                    <ul role="list"><li><a href="/environment/flooding">Flooding</a></li><li><a href="/uk/weather">Weather</a></li>
                    <li><a href="/uk/environment">Environment</a></li><li><a href="/uk-news">UK news</a></li></ul>
                    <div><a href="#share">Share</a> <a href="https://syndication.courier.example/">Reuse this content</a></div></div>
                </div>
                <div data-component="newsletter-signup" class="dcr-1ol3bqs">
                  <p>Sign up to The Long Forecast</p><p>Free weekly newsletter</p>
                  <p>What the weather is doing to the places we live, in one email every Thursday.</p>
                  <gu-island name="NewsletterSignupForm"><form><input type="email" aria-label="Enter your email address"><button>Sign up</button></form></gu-island>
                  <p><strong>Privacy notice:</strong> Newsletters may carry information about charities, online ads and content funded by outside parties.</p>
                </div>
              </article></main>
              <footer><p>© 2025 Northern Courier Media. All rights reserved.</p></footer>
            </body></html>
            """;

    /**
     * A WordPress news site with Yoast SEO and its Open Graph output switched off: the metadata is only the Yoast
     * {@code @graph} (a WebSite, a NewsArticle typed {@code ["NewsArticle","Article"]}, an Organization), whose
     * article names its publisher by {@code @id} only; Jetpack's share buttons and related posts sit inside
     * {@code .entry-content}, and the readers' comments follow the post.
     */
    private static final String YOAST_WORDPRESS = """
            <!DOCTYPE html>
            <html lang="en-US"><head>
              <meta charset="UTF-8">
              <title>Water rationing begins in three districts &#8211; The Valley Ledger</title>
              <!-- This site is optimized with the Yoast SEO plugin - https://yoast.com/wordpress/plugins/seo/ -->
              <meta name="description" content="Supply is cut for six hours a day in Upper Brenn, Kelso Flats and Orrin.">
              <meta name="robots" content="index, follow, max-image-preview:large">
              <script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[
                {"@type":"WebSite","@id":"https://valleyledger.example/#website","url":"https://valleyledger.example/","name":"The Valley Ledger",
                 "description":"News from the upper valley","publisher":{"@id":"https://valleyledger.example/#organization"},
                 "potentialAction":[{"@type":"SearchAction","target":{"@type":"EntryPoint","urlTemplate":"https://valleyledger.example/?s={search_term_string}"},
                 "query-input":{"@type":"PropertyValueSpecification","valueRequired":true,"valueName":"search_term_string"}}],"inLanguage":"en-US"},
                {"@type":["NewsArticle","Article"],"@id":"https://valleyledger.example/2024/08/21/water-rationing/#article",
                 "isPartOf":{"@id":"https://valleyledger.example/2024/08/21/water-rationing/"},
                 "author":{"name":"Ruth Okafor","@id":"https://valleyledger.example/#/schema/person/5b1c0e"},
                 "headline":"Water rationing begins in three districts","datePublished":"2024-08-21T07:45:00+00:00",
                 "dateModified":"2024-08-21T11:02:13+00:00","wordCount":412,
                 "publisher":{"@id":"https://valleyledger.example/#organization"},"articleSection":["Local"],"inLanguage":"en-US"},
                {"@type":"Organization","@id":"https://valleyledger.example/#organization","name":"Valley Ledger Media",
                 "url":"https://valleyledger.example/","logo":{"@type":"ImageObject","inLanguage":"en-US",
                 "@id":"https://valleyledger.example/#/schema/logo/image/","url":"https://valleyledger.example/wp-content/uploads/logo.png",
                 "width":512,"height":512,"caption":"Valley Ledger Media"},"image":{"@id":"https://valleyledger.example/#/schema/logo/image/"}}]}</script>
              <!-- / Yoast SEO plugin. -->
            </head>
            <body class="post-template-default single single-post postid-4821 single-format-standard wp-embed-responsive">
              <a class="skip-link screen-reader-text" href="#content">Skip to content</a>
              <div id="page" class="site">
                <header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">The Valley Ledger</a></p>
                  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/local/">Local</a></li>
                  <li><a href="/politics/">Politics</a></li><li><a href="/sport/">Sport</a></li></ul></nav></header>
                <div id="content" class="site-content"><main id="main" class="site-main">
                  <article id="post-4821" class="post-4821 post type-post status-publish format-standard hentry category-local category-social-affairs tag-drought">
                    <header class="entry-header"><h1 class="entry-title">Water rationing begins in three districts</h1>
                      <div class="entry-meta"><span class="posted-on">Posted on <a href="/2024/08/21/water-rationing/" rel="bookmark"><time class="entry-date published"
                        datetime="2024-08-21T07:45:00+00:00">August 21, 2024</time></a></span><span class="byline"> by <a class="url fn n">Ruth Okafor</a></span></div></header>
                    <div class="entry-content">
                      <p>Households in Upper Brenn, Kelso Flats and Orrin will have no mains water between 10am and 4pm from Wednesday, the valley water board said.</p>
                      <p>The board blamed the driest summer in four decades, which has left the Calder reservoir at 18 per cent of capacity.</p>
                      <h3>Schools stay open</h3>
                      <p>Schools and the district hospital are exempt, and bowsers will stand in the three market squares.</p>
                      <div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
                        <h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button" href="?share=facebook"><span>Facebook</span></a></li>
                        <li class="share-x"><a class="share-x sd-button" href="?share=x"><span>X</span></a></li><li class="share-end"></li></ul></div></div></div>
                      <div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
                        <div class="jp-relatedposts-items jp-relatedposts-items-visual"><div class="jp-relatedposts-post">
                          <h4 class="jp-relatedposts-post-title"><a href="/2024/08/02/reservoir/">Reservoir at lowest level in 30 years</a></h4>
                          <p class="jp-relatedposts-post-date">August 2, 2024</p><p class="jp-relatedposts-post-context">In &quot;Local&quot;</p></div></div></div>
                    </div>
                    <footer class="entry-footer"><span class="cat-links">Posted in <a href="/local/">Local</a></span></footer>
                  </article>
                  <nav class="navigation post-navigation" aria-label="Posts"><a href="/2024/08/20/fair/" rel="prev">County fair cancelled</a></nav>
                  <div id="comments" class="comments-area"><h2 class="comments-title">One thought on &ldquo;Water rationing begins in three districts&rdquo;</h2>
                    <ol class="comment-list"><li id="comment-88" class="comment even thread-even depth-1"><article id="div-comment-88" class="comment-body">
                      <footer class="comment-meta"><b class="fn">Dora</b> says:</footer>
                      <div class="comment-content"><p>About time the board told people how long this will last, we have been carrying water from the standpipe for a week now.</p></div>
                    </article></li></ol></div>
                </main></div>
                <footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by WordPress</div></footer>
              </div>
            </body></html>
            """;

    /**
     * An AP-style wire page: the story in {@code <div class="RichTextStoryBody RichTextBody">} with ad placeholders
     * {@code <div class="Advertisement">} between its paragraphs, the update time in a
     * {@code <bsp-timestamp data-timestamp>} (epoch milliseconds) besides {@code article:published_time}, a lead
     * photo with caption, and a "Most read" list beside the story.
     */
    private static final String AP_STYLE = """
            <!DOCTYPE html>
            <html lang="en"><head>
              <meta charset="UTF-8">
              <title>Dockworkers walk out at six Gulf ports as contract talks stall | Continental Press News</title>
              <meta property="og:title" content="Dockworkers walk out at six Gulf ports as contract talks stall">
              <meta property="og:site_name" content="Continental Press News">
              <meta property="og:type" content="article">
              <meta property="article:published_time" content="2024-10-01T04:12:37Z">
              <meta property="article:modified_time" content="2024-10-01T18:40:02Z">
              <meta property="article:section" content="Business">
            </head><body class="Page-body">
              <bsp-header class="Page-header"><nav class="Page-header-navigation"><ul><li><a href="/world-news">World</a></li>
                <li><a href="/us-news">U.S.</a></li><li><a href="/business">Business</a></li></ul></nav></bsp-header>
              <main class="Page-main">
                <div class="Page-content">
                  <div class="Page-headline"><h1 class="Page-headline">Dockworkers walk out at six Gulf ports as contract talks stall</h1></div>
                  <div class="Page-byline"><div class="Page-authors">By <a class="Link" href="/author/lena-ortiz">LENA ORTIZ</a></div>
                    <div class="Page-dateModified"><span>Updated</span> <bsp-timestamp data-timestamp="1727808002000" data-type="LongDateTime">6:40 PM UTC, October 1, 2024</bsp-timestamp></div></div>
                  <div class="Page-lead"><figure class="Figure"><img src="https://img.cpress.example/dock.jpg" alt="">
                    <figcaption class="Figure-caption"><div class="CarouselSlide-infoDescription"><p>Striking dockworkers picket outside a container terminal, Tuesday, Oct. 1, 2024. (CP Photo/Sam Reyes)</p></div></figcaption></figure></div>
                  <div class="Page-storyBody gtm-story-body">
                    <div class="RichTextStoryBody RichTextBody">
                      <p>PORT ALDEN, Texas (CP) — Dockworkers walked off the job at six Gulf Coast ports early Tuesday after talks on a new contract broke down, leaving container ships waiting offshore.</p>
                      <p>The union said about 9,000 members stopped work at midnight. Its main demand is a limit on automated cranes at the two largest terminals.</p>
                      <div class="Advertisement" data-ad-placement="inline-1"><div class="Advertisement-label">ADVERTISEMENT</div><div class="htlad-inline"></div></div>
                      <p>Port operators said they had offered a 40% raise over six years and accused the union of walking away from the table.</p>
                      <p>“We are ready to talk tonight,” said Marisol Vance, who chairs the operators’ association.</p>
                      <div class="Advertisement" data-ad-placement="inline-2"><div class="Advertisement-label">ADVERTISEMENT</div></div>
                      <p>Both sides are due to meet a federal mediator on Thursday.</p>
                      <p>Continental Press writer Ben Adair in Houston contributed to this report.</p>
                    </div>
                  </div>
                </div>
                <div class="Page-aside"><div class="PageList PageListMostPopular"><div class="PageList-header"><h2 class="PageList-header-title">Most read</h2></div>
                  <div class="PageList-items"><div class="PageList-items-item"><div class="PagePromo"><div class="PagePromo-title"><a class="Link" href="/article/a1">
                    <span class="PagePromoContentIcons-text">Storm season ends quietly on the coast</span></a></div></div></div>
                  <div class="PageList-items-item"><div class="PagePromo"><div class="PagePromo-title"><a class="Link" href="/article/a2">
                    <span class="PagePromoContentIcons-text">Lottery winner comes forward after a year</span></a></div></div></div></div></div></div>
              </main>
              <footer class="Page-footer"><p>Copyright 2024 Continental Press. All Rights Reserved.</p></footer>
            </body></html>
            """;

    /**
     * A BBC-style page: a cookie-consent banner first in the body, {@code <main id="main-content"><article>} whose
     * blocks are {@code <div data-component="...-block">} (each paragraph in its own text-block, an image block with
     * a caption, a sub-heading block, "Related topics" and "More on this story" links blocks), Open Graph without a
     * site name, and outlet and date in a {@code ReportageNewsArticle} JSON-LD.
     */
    private static final String BBC_STYLE = """
            <!DOCTYPE html>
            <html lang="en-GB"><head>
              <meta charset="utf-8">
              <title>Independent wins Carrow by-election by 212 votes - WBC News</title>
              <meta property="og:title" content="Independent wins Carrow by-election by 212 votes">
              <meta property="og:type" content="article">
              <script type="application/ld+json">{"@context":"http://schema.org","@type":"ReportageNewsArticle",
                "url":"https://www.wbc.example/news/articles/c1x2y3z4","publisher":{"@type":"NewsMediaOrganization","name":"WBC News",
                "publishingPrinciples":"https://www.wbc.example/news/help","logo":{"@type":"ImageObject","url":"https://static.wbc.example/news-logo.png"}},
                "datePublished":"2025-03-14T01:53:12.000Z","dateModified":"2025-03-14T09:20:41.000Z",
                "headline":"Independent wins Carrow by-election by 212 votes",
                "author":[{"@type":"Person","name":"Dafydd Rees","jobTitle":"Political reporter"}]}</script>
            </head><body>
              <div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on WBC">
                <h2>Do you agree to cookies?</h2>
                <p>We use cookies to give you a better experience online and to show you things that are relevant to you.</p>
                <ul><li><button>Yes, I agree</button></li><li><a href="/cookies/settings">No, take me to settings</a></li></ul></div>
              <header data-testid="header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
              <main id="main-content" data-testid="main-content"><article>
                <div data-component="headline-block"><h1 id="main-heading" tabindex="-1">Independent wins Carrow by-election by 212 votes</h1></div>
                <div data-component="byline-block"><div><span>Dafydd Rees</span><span>Political reporter, WBC Wales</span>
                  <time datetime="2025-03-14T01:53:12.000Z">14 March 2025</time></div></div>
                <div data-component="image-block"><figure><div><img src="https://ichef.wbc.example/count.jpg" alt="Votes being counted"></div>
                  <figcaption>Sian Morgan thanked her volunteers after the count at the leisure centre</figcaption></figure></div>
                <div data-component="text-block"><p><b>An independent candidate has won the Carrow by-election by 212 votes after a recount that ended just before 02:00 GMT.</b></p></div>
                <div data-component="text-block"><p>Sian Morgan, a former head teacher, took 3,118 votes. The party that had held the seat since 1999 came second.</p></div>
                <div data-component="text-block"><p>Turnout was 31%, down from 44% at the last full election.</p></div>
                <div data-component="subheadline-block"><h2>'A message to every party'</h2></div>
                <div data-component="text-block"><p>Speaking after the result, Ms Morgan said voters wanted "somebody who answers the phone".</p></div>
                <div data-component="links-block"><div><h2>Related topics</h2><ul><li><a href="/news/topics/elections">Elections</a></li>
                  <li><a href="/news/topics/local-politics">Local politics</a></li><li><a href="/news/topics/wales">Wales</a></li></ul></div></div>
                <div data-component="links-block"><div><h2>More on this story</h2><ul><li><a href="/news/articles/c9">Who is standing in the by-election?</a></li>
                  <li><a href="/news/articles/c8">By-election called after councillor resigns</a></li></ul></div></div>
              </article></main>
              <footer><p>Copyright 2025 WBC. The WBC is not responsible for the content of external sites.</p></footer>
            </body></html>
            """;

    /**
     * A page in the shape of NHK's easy-Japanese news (and many Japanese outlets): the date only in a
     * {@code <meta name="pubdate">} written with slashes (the page's own date line has no year), furigana as
     * {@code <ruby>} with {@code <rt>} readings and {@code <rp>} brackets, and emoji in a paragraph.
     */
    private static final String JAPANESE_RUBY = """
            <!DOCTYPE html>
            <html lang="ja"><head>
              <meta charset="UTF-8">
              <title>大雨で輪島市の川が氾濫　住民が避難 | みなと放送ニュース</title>
              <meta property="og:title" content="大雨で輪島市の川が氾濫　住民が避難">
              <meta property="og:site_name" content="みなと放送ニュース">
              <meta name="pubdate" content="2025/7/12 18:40">
            </head><body>
              <header class="l-header"><nav><ul><li><a href="/">トップ</a></li><li><a href="/list/">ニュース一覧</a></li></ul></nav></header>
              <main class="l-main">
                <article class="article-main">
                  <header class="article-main__header">
                    <h1 class="article-main__title"><ruby>大雨<rt>おおあめ</rt></ruby>で<ruby>輪島市<rt>わじまし</rt></ruby>の<ruby>川<rt>かわ</rt></ruby>が<ruby>氾濫<rt>はんらん</rt></ruby>　<ruby>住民<rt>じゅうみん</rt></ruby>が<ruby>避難<rt>ひなん</rt></ruby></h1>
                    <p class="article-main__date">[7月12日 18時40分]</p>
                  </header>
                  <div class="article-main__body article-body" id="js-article-body">
                    <p><span class="colorL"><ruby>輪島市<rt>わじまし</rt></ruby></span>では１２<ruby>日<rt>にち</rt></ruby>、<ruby>大雨<rt>おおあめ</rt></ruby>で<ruby>川<rt>かわ</rt></ruby>が<ruby>氾濫<rp>（</rp><rt>はんらん</rt><rp>）</rp></ruby>しました。</p>
                    <p><ruby>市<rt>し</rt></ruby>によると、およそ３００<ruby>人<rt>にん</rt></ruby>が<ruby>近<rt>ちか</rt></ruby>くの<ruby>小学校<rt>しょうがっこう</rt></ruby>に<ruby>避難<rt>ひなん</rt></ruby>しています。</p>
                    <p><ruby>気象台<rt>きしょうだい</rt></ruby>は、あしたの<ruby>朝<rt>あさ</rt></ruby>まで<ruby>土砂災害<rt>どしゃさいがい</rt></ruby>に<ruby>気<rt>き</rt></ruby>をつけるよう<ruby>言<rt>い</rt></ruby>っています☔🙏</p>
                  </div>
                </article>
              </main>
              <footer class="l-footer"><p>Copyright みなと放送</p></footer>
            </body></html>
            """;

    /**
     * A metered-paywall page: Google's paywalled-content markup (JSON-LD {@code isAccessibleForFree: false} with a
     * {@code hasPart} naming the {@code .paywall} part of the story, here shown since the reader still had free
     * articles) written with sorted keys, so the publisher's logo comes before its name, and no {@code og:site_name};
     * a "free articles left" prompt inside the {@code <article>}, a OneTrust cookie-consent overlay, and
     * {@code <noscript>} text and tracking frame.
     */
    private static final String PAYWALLED = """
            <!DOCTYPE html>
            <html lang="en"><head>
              <meta charset="utf-8">
              <title>Wildfire forces evacuation of three hill villages | The Harbour Standard</title>
              <meta property="og:title" content="Wildfire forces evacuation of three hill villages">
              <meta property="article:published_time" content="2025-07-03T16:20:00+01:00">
              <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                "datePublished":"2025-07-03T16:20:00+01:00",
                "hasPart":{"@type":"WebPageElement","cssSelector":".paywall","isAccessibleForFree":false},
                "headline":"Wildfire forces evacuation of three hill villages","isAccessibleForFree":false,
                "publisher":{"@type":"NewsMediaOrganization","logo":{"@type":"ImageObject","name":"Standard masthead","url":"https://static.standard.example/logo.png"},
                "name":"The Harbour Standard"}}</script>
            </head><body>
              <noscript><iframe src="https://www.googletagmanager.example/ns.html?id=GTM-ABC123" height="0" width="0"></iframe></noscript>
              <header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/subscribe">Subscribe</a></nav></header>
              <main>
                <article class="article">
                  <h1 class="article__headline">Wildfire forces evacuation of three hill villages</h1>
                  <p class="article__standfirst">Crews hope a change in the wind overnight will push the fire back over burnt ground</p>
                  <div class="article__meta"><span class="article__byline">By Tomás Lerner</span> <time datetime="2025-07-03T16:20:00+01:00">3 July 2025</time></div>
                  <div class="article__body">
                    <p>About 1,200 people left Aramon, Ste-Croix and Vallet on Thursday afternoon as a fire that began near a motorway lay-by spread up the valley.</p>
                    <p>The regional prefect said no homes had burnt so far, but that two farm buildings had been lost.</p>
                    <div class="paywall">
                      <p>More than 300 firefighters and four water-bombing aircraft were working on the fire by evening.</p>
                      <p>Residents were told they could not expect to return before Saturday.</p>
                    </div>
                  </div>
                  <div class="paywall-meter" data-testid="paywall-meter"><p>You have 2 free articles left this month.</p>
                    <a class="button" href="/subscribe">Subscribe for £1 a week</a></div>
                </article>
              </main>
              <noscript><div class="noscript-warning"><p>Please enable JavaScript to use all the features of this site.</p></div></noscript>
              <div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter"></div>
                <div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
                  <h2 id="onetrust-policy-title">We value your privacy</h2>
                  <p id="onetrust-policy-text">We and our 143 partners store and access information on your device, such as cookies, to measure and personalise what you see.</p></div>
                  <div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all</button><button>Reject all</button></div></div></div>
            </body></html>
            """;

    /**
     * A page without {@code <article>} or {@code articleBody} whose story is split into blocks of one kind, as layouts
     * placing ad slots between body columns have it, the last block short, in a wrapper whose class names a layout
     * feature ("with-social-share", which is no share bar), and a teaser after the story.
     */
    /** A Reuters-style page: each paragraph a {@code <div data-testid="paragraph-N">} of text, no {@code <p>} at all. */
    private static final String DIV_PARAGRAPHS = """
            <html><head><meta property="og:title" content="Grain barges wait as river levels fall">
            <meta property="og:site_name" content="Meridian Wire"><meta property="article:published_time" content="2025-08-21T07:05:00Z"></head>
            <body><div class="site-header">Meridian Wire <a href="/world">World</a> <a href="/markets">Markets</a></div>
            <div class="article-body">
              <div data-testid="paragraph-0" class="article-body__paragraph">ST. LOUIS, Aug 21 (Meridian) - More than 400 grain barges were waiting on the lower river on Thursday as water levels fell.</div>
              <div data-testid="paragraph-1" class="article-body__paragraph">Shippers said loads had been cut by a quarter to keep barges off the sandbars.</div>
              <div class="ad-slot" data-testid="ad">Advertisement · Scroll to continue</div>
              <div data-testid="paragraph-2" class="article-body__paragraph">"We have not seen it this low since 2022," a dispatcher said.</div>
            </div>
            <div class="read-next"><a href="/a">Markets close higher</a></div></body></html>
            """;

    private static final String SPLIT_INTO_BLOCKS = """
            <!DOCTYPE html>
            <html lang="en"><head>
              <meta charset="utf-8">
              <title>Ferry fares to rise by 9% in April - Island Times</title>
              <meta property="og:title" content="Ferry fares to rise by 9% in April">
              <meta property="og:site_name" content="Island Times">
              <meta property="article:published_time" content="2025-01-22T08:00:00Z">
            </head><body>
              <div class="page-header"><h1 class="headline">Ferry fares to rise by 9% in April</h1></div>
              <div class="story with-social-share">
                <div class="story-column"><p>Return fares on all routes to the mainland will rise by 9% from 1 April, the ferry company said on Wednesday.</p>
                  <p>It blamed fuel prices and the cost of repairing its oldest vessel, which was out of service for six weeks last summer.</p>
                  <p>Islanders with resident cards will pay 4% more, and freight rates are unchanged.</p></div>
                <div class="ad-slot" data-slot="mid-article"></div>
                <div class="story-column"><p>The island council said it would object.</p></div>
              </div>
              <div class="teaser"><p>Next week: the new timetable in full</p></div>
            </body></html>
            """;

    /** A topic page with nothing article-like: a cookie notice, a header with the menu, a list of headline links, a footer. */
    private static final String TOPIC_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head>
              <meta charset="utf-8">
              <title>Flooding | The Northern Courier</title>
              <meta property="og:site_name" content="The Northern Courier">
            </head><body>
              <div id="cookie-notice" class="cookie-notice"><p>This site uses cookies. By continuing to browse the site you agree to our use of cookies.</p><button>OK</button></div>
              <header><a href="/">The Northern Courier</a><nav><ul><li><a href="/uk">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
              <div class="tag-page"><h1>Flooding</h1>
                <ul class="tag-page__list">
                  <li><a href="/uk-news/2025/feb/08/hollowbridge-flood-barriers-hold">Hollowbridge flood barriers hold as River Wyle reaches record height</a></li>
                  <li><a href="/uk-news/2025/jan/30/river-towns-winter">How river towns get ready for winter</a></li>
                  <li><a href="/money/2025/jan/12/insurers-flood-cover">Insurers warn households about flood cover</a></li>
                </ul></div>
              <footer><p>© 2025 Northern Courier Media. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>
            </body></html>
            """;

    /** A page with nothing but a menu and a footer, as a site's error or placeholder page is. */
    private static final String MENU_AND_FOOTER = """
            <html><head><title>The Valley Ledger</title></head>
            <body><nav><ul><li><a href="/local/">Local</a></li><li><a href="/politics/">Politics</a></li></ul></nav>
            <footer><p>Proudly powered by WordPress</p></footer></body></html>
            """;

    @Test
    void aGuardianStylePageGivesStandfirstAndBodyWithoutRichLinkTopicsOrNewsletter() {
        HtmlArticle article = HtmlArticle.read(GUARDIAN_STYLE);
        assertEquals("Hollowbridge flood barriers hold as River Wyle reaches record height", article.title());
        assertEquals("The Northern Courier", article.outlet());
        assertEquals("2025-02-08", article.published());
        assertParagraphsInOrder(article,
                "Hundreds of residents spent the night in a school hall as the river rose faster than forecast",
                "Temporary barriers along the River Wyle held overnight as the water reached 5.2 metres",
                "About 400 people from the lower town slept in a school hall",
                "Rail line closed",
                "The line between Hollowbridge and Marston stayed closed on Saturday",
                "“We have never seen it come up this fast,” said Aled Price");
        assertNoneOf(article, "Related:", "Why England's river towns", "Explore more on these topics", "Flooding", "UK news", "Reuse this content",
                "Share", "Sign up", "The Long Forecast", "Free weekly newsletter", "Privacy notice", "Photograph", "Skip to main content",
                "Last modified", "© 2025");
    }

    @Test
    void aYoastGraphGivesTheOutletItsArticleNamesByIdAndTheTextLeavesOutSharingRelatedPostsAndComments() {
        HtmlArticle article = HtmlArticle.read(YOAST_WORDPRESS);
        assertEquals("Water rationing begins in three districts", article.title());
        assertEquals("Valley Ledger Media", article.outlet(), "the Organization the article's publisher @id names, not the WebSite's name");
        assertEquals("2024-08-21", article.published());
        assertParagraphsInOrder(article,
                "Households in Upper Brenn, Kelso Flats and Orrin will have no mains water",
                "The board blamed the driest summer in four decades",
                "Schools stay open",
                "Schools and the district hospital are exempt");
        assertNoneOf(article, "Share this", "Facebook", "Related", "Reservoir at lowest level", "August 2, 2024", "In \"Local\"", "Posted",
                "County fair", "thought on", "About time the board", "Proudly powered", "Skip to content", "Politics");
    }

    @Test
    void anApStylePageGivesTheStoryBodyWithoutAdPlaceholdersCaptionOrMostRead() {
        HtmlArticle article = HtmlArticle.read(AP_STYLE);
        assertEquals("Dockworkers walk out at six Gulf ports as contract talks stall", article.title());
        assertEquals("Continental Press News", article.outlet());
        assertEquals("2024-10-01", article.published());
        assertParagraphsInOrder(article,
                "PORT ALDEN, Texas (CP) — Dockworkers walked off the job at six Gulf Coast ports",
                "The union said about 9,000 members stopped work at midnight.",
                "Port operators said they had offered a 40% raise",
                "“We are ready to talk tonight,” said Marisol Vance",
                "Both sides are due to meet a federal mediator on Thursday.",
                "Continental Press writer Ben Adair in Houston contributed to this report.");
        assertNoneOf(article, "ADVERTISEMENT", "Most read", "Storm season ends", "Lottery winner", "Striking dockworkers picket", "LENA ORTIZ",
                "Updated", "6:40 PM", "World", "Copyright");
    }

    @Test
    void aBbcStylePageGivesItsTextBlocksAndSubheadingWithoutCookieBannerCaptionOrLinksBlocks() {
        HtmlArticle article = HtmlArticle.read(BBC_STYLE);
        assertEquals("Independent wins Carrow by-election by 212 votes", article.title());
        assertEquals("WBC News", article.outlet(), "the publisher of the ReportageNewsArticle");
        assertEquals("2025-03-14", article.published());
        assertParagraphsInOrder(article,
                "An independent candidate has won the Carrow by-election by 212 votes",
                "Sian Morgan, a former head teacher, took 3,118 votes.",
                "Turnout was 31%, down from 44% at the last full election.",
                "'A message to every party'",
                "Speaking after the result, Ms Morgan said voters wanted \"somebody who answers the phone\".");
        assertNoneOf(article, "cookies", "Yes, I agree", "settings", "thanked her volunteers", "Related topics", "Elections", "Local politics",
                "More on this story", "Who is standing", "councillor resigns", "Political reporter", "Weather", "Copyright");
    }

    @Test
    void aJapanesePageKeepsTheRubyBaseTextWithoutItsReadingsAndTakesTheDateFromPubdate() {
        HtmlArticle article = HtmlArticle.read(JAPANESE_RUBY);
        assertEquals("大雨で輪島市の川が氾濫　住民が避難", article.title());
        assertEquals("みなと放送ニュース", article.outlet());
        assertEquals("2025-07-12", article.published(), "2025/7/12 as an ISO day");
        assertEquals("""
                大雨で輪島市の川が氾濫　住民が避難

                輪島市では１２日、大雨で川が氾濫しました。

                市によると、およそ３００人が近くの小学校に避難しています。

                気象台は、あしたの朝まで土砂災害に気をつけるよう言っています☔🙏""", article.text());
    }

    @Test
    void aPaywalledPageKeepsItsPaywalledPartButNotThePromptTheCookieOverlayOrNoscriptText() {
        HtmlArticle article = HtmlArticle.read(PAYWALLED);
        assertEquals("Wildfire forces evacuation of three hill villages", article.title());
        assertEquals("The Harbour Standard", article.outlet());
        assertEquals("2025-07-03", article.published());
        assertParagraphsInOrder(article,
                "Crews hope a change in the wind overnight will push the fire back over burnt ground",
                "About 1,200 people left Aramon, Ste-Croix and Vallet on Thursday afternoon",
                "The regional prefect said no homes had burnt so far",
                "More than 300 firefighters and four water-bombing aircraft",
                "Residents were told they could not expect to return before Saturday.");
        assertNoneOf(article, "free articles left", "Subscribe", "£1 a week", "enable JavaScript", "googletagmanager", "We value your privacy",
                "143 partners", "cookies", "Accept all", "By Tomás Lerner");
    }

    @Test
    void aStorySplitIntoBlocksOfOneKindIsReadWholeEvenInAWrapperNamedForSharingAndWithoutTheTeaserAfterIt() {
        HtmlArticle article = HtmlArticle.read(SPLIT_INTO_BLOCKS);
        assertEquals("Ferry fares to rise by 9% in April", article.title());
        assertEquals("Island Times", article.outlet());
        assertEquals("2025-01-22", article.published());
        assertParagraphsInOrder(article,
                "Return fares on all routes to the mainland will rise by 9% from 1 April",
                "It blamed fuel prices and the cost of repairing its oldest vessel",
                "Islanders with resident cards will pay 4% more",
                "The island council said it would object.");
        assertNoneOf(article, "Next week");
    }

    @Test
    void aTopicPageOfHeadlineLinksHasNoArticleTextNotItsCookieNoticeOrLinks() {
        HtmlArticle article = HtmlArticle.read(TOPIC_PAGE);
        assertEquals("", article.text(), "a page without article prose has no text, rather than its furniture as the article");
        assertEquals("The Northern Courier", article.outlet(), "what the page tells of itself is still read");
        assertEquals("Flooding", article.title());
    }

    @Test
    void aPageOfOnlyAMenuAndAFooterHasNoArticleTextNotEvenItsTitle() {
        HtmlArticle article = HtmlArticle.read(MENU_AND_FOOTER);
        assertEquals("The Valley Ledger", article.title());
        assertEquals("", article.text(), "the title alone is no article");
    }

    @TempDir
    Path temp;

    @Test
    void importingPagesWithoutArticleTextIsRefusedNamingEachPage() throws Exception {
        Path from = Files.createDirectories(temp.resolve("web"));
        Files.writeString(from.resolve("flooding.html"), TOPIC_PAGE);
        Files.writeString(from.resolve("placeholder.html"), MENU_AND_FOOTER);
        Files.writeString(from.resolve("wildfire.html"), PAYWALLED);

        CorpusException refused = assertThrows(CorpusException.class, () -> CorpusImporter.importTexts(from, temp.resolve("corpus"), "web"));

        String message = refused.getMessage();
        assertTrue(message.contains("flooding.html") && message.contains("placeholder.html"), message);
        assertTrue(message.contains("without article text"), message);
        assertFalse(message.contains("wildfire.html"), "the page with an article is fine: " + message);
        assertFalse(Files.exists(temp.resolve("corpus").resolve("corpus.marginalia")), "nothing imported");
    }

    /** Asserts the text starts with the title and then holds each paragraph (or its start), in this order, each once. */
    @Test
    void aPageWhoseParagraphsAreDivsOfTextIsReadParagraphByParagraph() {
        HtmlArticle article = HtmlArticle.read(DIV_PARAGRAPHS);
        assertEquals("Meridian Wire", article.outlet());
        assertEquals("2025-08-21", article.published());
        assertParagraphsInOrder(article,
                "ST. LOUIS, Aug 21 (Meridian) - More than 400 grain barges were waiting",
                "Shippers said loads had been cut by a quarter",
                "\"We have not seen it this low since 2022,\" a dispatcher said.");
        assertNoneOf(article, "Advertisement", "Markets close higher", "World");
    }

    private static void assertParagraphsInOrder(HtmlArticle article, String... paragraphs) {
        String text = article.text();
        assertTrue(text.startsWith(article.title() + "\n\n"), text);
        int from = article.title().length();
        for (String paragraph : paragraphs) {
            int at = text.indexOf("\n\n" + paragraph, from);
            assertTrue(at >= 0, "\"" + paragraph + "\" starts a paragraph after the one before: " + text);
            assertEquals(-1, text.indexOf(paragraph, at + paragraph.length()), "\"" + paragraph + "\" once: " + text);
            from = at + paragraph.length();
        }
        assertEquals(paragraphs.length + 1, text.split("\n\n").length, "the title and these paragraphs, nothing else: " + text);
    }

    private static void assertNoneOf(HtmlArticle article, String... boilerplate) {
        for (String text : boilerplate) {
            assertFalse(article.text().contains(text), "\"" + text + "\" is not the article: " + article.text());
        }
    }
}
