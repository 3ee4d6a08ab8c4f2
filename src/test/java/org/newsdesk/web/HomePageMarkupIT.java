package org.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.web.WebPages.base;
import static org.newsdesk.web.WebPages.encode;
import static org.newsdesk.web.WebPages.link;
import static org.newsdesk.web.WebPages.meta;
import static org.newsdesk.web.WebPages.page;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The markup around the home page's list: its head for search engines, feed readers and oEmbed, its landmarks,
 * headings and footer links, no inline style or script, and its stylesheet.
 */
@QuarkusTest
class HomePageMarkupIT {

    @Test
    void theHeadDescribesThePageForSearchEnginesFeedReadersAndOEmbed() {
        Document page = page("/?country=th&topic=pensions&sort=oldest&page=1&unknown=x");
        String canonical = base() + "/?topic=pensions&country=TH";
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("News and features: Pensions, Thailand – Newsdesk", page.title());
        assertEquals("News and features on social protection: Pensions, Thailand.", meta(page, "description"));
        assertEquals(canonical, page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("News and features: Pensions, Thailand", meta(page, "og:title"));
        // A phrase search reads with one pair of quotes, not its own inside the title's.
        assertEquals("News and features: “pension system” – Newsdesk", page("/?q=%22pension+system%22").title());
        assertEquals(meta(page, "description"), meta(page, "og:description"));
        assertEquals("website", meta(page, "og:type"));
        assertEquals(canonical, meta(page, "og:url"));
        assertEquals("Newsdesk", meta(page, "og:site_name"));
        assertNull(meta(page, "og:image"));
        assertEquals(base() + "/feeds/news.rss?topic=pensions&country=TH", link(page, "application/rss+xml"));
        assertEquals(base() + "/feeds/news.atom?topic=pensions&country=TH", link(page, "application/atom+xml"));
        assertEquals(base() + "/feeds/news.json?topic=pensions&country=TH", link(page, "application/feed+json"));
        assertEquals(base() + "/oembed?url=" + encode(canonical) + "&format=json",
                link(page, "application/json+oembed"));

        Document home = page("/");
        assertEquals("News and features – Newsdesk", home.title());
        assertEquals(base() + "/", home.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(base() + "/feeds/news.rss", link(home, "application/rss+xml"));
        assertEquals(base() + "/?q=care+work&page=2", page("/?q=care%20work&page=2").selectFirst("link[rel=canonical]")
                .attr("href"));
    }

    @Test
    void everyPageHasLandmarksOneH1ASkipLinkAndTheFooterLinks() {
        Document page = page("/");
        assertEquals(1, page.select("header").size());
        assertEquals(1, page.select("main#main").size());
        assertEquals(1, page.select("footer").size());
        assertTrue(page.select("nav").size() >= 1);
        assertEquals(1, page.select("h1").size());
        assertEquals("News and features", page.selectFirst("h1").text());
        Element skip = page.body().child(0);
        assertEquals("#main", skip.attr("href"));
        Element footer = page.selectFirst("footer");
        assertNotNull(footer.selectFirst("a[href=/q/swagger-ui]"));
        assertEquals(List.of(base() + "/feeds/news.rss", base() + "/feeds/news.atom", base() + "/feeds/news.json"),
                footer.select("a[href*=/feeds/]").eachAttr("href"));
        assertEquals("/assets/newsdesk.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
        // Headings go h1, then h2 (months, archive), then h3 (items).
        assertTrue(page.select("h2 ~ h1, h4, h5, h6").isEmpty());
        assertTrue(page.select("[style], script, [onclick]").isEmpty(), "no inline style or script");
    }

    @Test
    void theStylesheetIsServed() {
        given().get("/assets/newsdesk.css").then().statusCode(200).contentType(startsWith("text/css"))
                .body(containsString(":focus-visible"));
    }
}
