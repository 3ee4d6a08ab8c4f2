package org.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.web.WebPages.base;
import static org.newsdesk.web.WebPages.encode;
import static org.newsdesk.web.WebPages.fetch;
import static org.newsdesk.web.WebPages.link;
import static org.newsdesk.web.WebPages.meta;
import static org.newsdesk.web.WebPages.page;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.news.NewsFixture;
import org.newsdesk.news.SampleSlugs;

/** Item pages: what they show, their head, old slugs, unknown ones, and escaping of everything but the body. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemPageIT {

    /** Dated far back so that it sits behind the sample items on every list. */
    private static final LocalDate OWNED_DATE = LocalDate.of(1990, 3, 14);
    static final String HOSTILE_TITLE = "<script>alert('title')</script> Tom & \"Jerry\" <b>bold</b>";
    static final String HOSTILE_SUMMARY = "<img src=x onerror=alert(1)> summary & more";
    static final String HOSTILE_ALT = "\" onload=\"alert(2)";
    static final String HOSTILE_CREDIT = "<i>© Credit</i>";
    static final String SAFE_BODY = "<p>A <strong>sanitised</strong> body.</p><h2>Part two</h2>";

    @RegisterExtension
    static final NewsFixture NEWS = new NewsFixture();

    @BeforeAll
    void createOwnedItems() throws SQLException {
        long hostile = NEWS.createText("web-hostile", HOSTILE_TITLE, HOSTILE_SUMMARY, SAFE_BODY, OWNED_DATE);
        NEWS.execute("UPDATE news_item SET image_alt = ?, image_credit = ? WHERE id = ?", HOSTILE_ALT, HOSTILE_CREDIT, hostile);
        long renamed = NEWS.createText("web-current-slug", "A renamed item", "Its summary.", null, OWNED_DATE);
        NEWS.execute("INSERT INTO news_slug_alias (slug, news_id) VALUES (?, ?)", "web-old-slug", renamed);
    }

    @Test
    void showsTheItemWithItsTagsAsFilterLinks() {
        JsonPath item = given().get("/api/v1/news/" + SampleSlugs.PORTUGAL).then().statusCode(200).extract().jsonPath();
        Document page = page("/news/" + SampleSlugs.PORTUGAL);
        Element article = page.selectFirst("main article");
        assertEquals(item.getString("title"), article.selectFirst("h1").text());
        assertEquals(1, page.select("h1").size());
        assertEquals("17 June 2022", article.selectFirst("time").text());
        assertEquals("2022-06-17", article.selectFirst("time").attr("datetime"));
        assertEquals(Map.of("news", "News", "feature", "Feature", "press-release", "Press release",
                "statement", "Statement").get(item.getString("type")), article.selectFirst(".type").text());
        assertEquals(item.getString("summary"), article.selectFirst("p.lead").text());

        List<String> countries = item.getList("countries.code");
        assertThat(article.select("dt:contains(Countries) + dd a").eachAttr("href"), containsInAnyOrder(
                countries.stream().map(code -> base() + "/?country=" + code).toArray(String[]::new)));
        assertEquals(item.getList("countries.name"), article.select("dt:contains(Countries) + dd a").eachText());
        List<String> topics = item.getList("topics.slug");
        assertEquals(topics.stream().map(slug -> base() + "/?topic=" + slug).toList(),
                article.select("dt:contains(Topics) + dd a").eachAttr("href"));
        List<String> regions = item.getList("regions.slug");
        assertEquals(regions.stream().map(slug -> base() + "/?region=" + slug).toList(),
                article.select("dt:contains(Regions) + dd a").eachAttr("href"));
        assertEquals(base() + "/", article.selectFirst("p.back a").attr("href"));

        // The sample keeps the credits of pictures it does not have: a credit shows only with its picture.
        Element credited = page("/news/" + SampleSlugs.DOMESTIC_WORKERS).selectFirst("main article");
        assertNull(credited.selectFirst("img, .credit"));
    }

    @Test
    void theHeadNamesTheItemAndItsCanonicalAddress() {
        Document page = page("/news/" + SampleSlugs.THAILAND_PENSIONS);
        String canonical = base() + "/news/" + SampleSlugs.THAILAND_PENSIONS;
        assertEquals("Reform needed for Thailand’s pension system, not new schemes – Newsdesk", page.title());
        assertEquals(canonical, page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("Reform needed for Thailand’s pension system, not new schemes", meta(page, "og:title"));
        assertEquals("article", meta(page, "og:type"));
        assertEquals(canonical, meta(page, "og:url"));
        assertEquals("Newsdesk", meta(page, "og:site_name"));
        assertTrue(meta(page, "description").startsWith("The current Thai retirement pension scheme"));
        assertEquals(meta(page, "description"), meta(page, "og:description"));
        assertNull(meta(page, "og:image"), "the sample items have no picture");
        assertEquals(base() + "/feeds/news.rss", link(page, "application/rss+xml"));
        assertEquals(base() + "/oembed?url=" + encode(canonical) + "&format=json", link(page, "application/json+oembed"));
    }

    @Test
    void anOldSlugMovesPermanentlyToTheCurrentPage() {
        fetch("/news/web-old-slug").then().statusCode(301).header("Location", base() + "/news/web-current-slug");
        fetch("/embed/news/web-old-slug").then().statusCode(301)
                .header("Location", base() + "/embed/news/web-current-slug");
        page("/news/web-current-slug");
    }

    @Test
    void anUnknownItemIsA404Page() {
        Document page = WebPages.parse(fetch("/news/no-such-item").then().statusCode(404)
                .header("Content-Security-Policy", WebPages.PAGE_CSP).extract().response());
        assertEquals("Page not found – Newsdesk", page.title());
        assertEquals(base() + "/", page.selectFirst("main a").attr("href"));
    }

    @Test
    void ownedTextIsEscapedEverywhereExceptTheSanitisedBody() {
        String html = fetch("/news/web-hostile").then().statusCode(200).extract().asString();
        Document page = page("/news/web-hostile");
        assertEquals(HOSTILE_TITLE, page.selectFirst("main h1").text());
        assertEquals(HOSTILE_TITLE, meta(page, "og:title"));
        assertEquals(HOSTILE_TITLE + " – Newsdesk", page.title());
        assertEquals(HOSTILE_SUMMARY, page.selectFirst("main p.lead").text());
        assertEquals(HOSTILE_SUMMARY, meta(page, "description"));
        assertEquals(HOSTILE_ALT, page.selectFirst("main figure img").attr("alt"));
        assertEquals(HOSTILE_CREDIT, page.selectFirst("main figcaption").text());
        assertEquals("https://example.org/web-hostile.jpg", meta(page, "og:image"));
        // Only the body is markup: its elements are there.
        assertEquals("sanitised", page.selectFirst("main .body p strong").text());
        assertEquals("Part two", page.selectFirst("main .body h2").text());
        assertTrue(page.select("script, b, i, img[onerror], img[onload]").isEmpty());
        assertThat(html, not(containsString("<script")));
        assertThat(html, containsString("&lt;script&gt;"));

        Document list = page("/?year=1990");
        assertEquals(List.of("A renamed item", HOSTILE_TITLE), list.select("main h3").eachText(), "same day: newest id first");
        assertTrue(list.select("main script, main b, main i, main img[onerror]").isEmpty());
        assertNotNull(list.selectFirst("main p.summary:contains(summary & more)"));

        Document embed = page("/embed/news?year=1990");
        assertTrue(embed.select("script, b, img").isEmpty());
        assertTrue(embed.select("a").eachText().contains(HOSTILE_TITLE));
        Document embedItem = page("/embed/news/web-hostile");
        assertEquals(HOSTILE_TITLE, embedItem.selectFirst("h1").text());
        assertEquals(HOSTILE_CREDIT, embedItem.selectFirst(".credit").text());
        assertTrue(embedItem.select("script, b, i, img[onerror], img[onload]").isEmpty());

        String oembed = given().queryParam("url", base() + "/news/web-hostile").get("/oembed").then().statusCode(200)
                .extract().path("html");
        // The snippet is one iframe whose title attribute holds the hostile title as text, and nothing else.
        Document snippet = Jsoup.parseBodyFragment(oembed);
        assertEquals(1, snippet.body().childrenSize());
        Element iframe = snippet.body().child(0);
        assertEquals("iframe", iframe.tagName());
        assertEquals(HOSTILE_TITLE, iframe.attr("title"));
        assertTrue(snippet.select("script, b").isEmpty());
    }
}
