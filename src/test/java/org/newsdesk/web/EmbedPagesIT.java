package org.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.web.WebPages.DEMO_CSP;
import static org.newsdesk.web.WebPages.EMBED_CSP;
import static org.newsdesk.web.WebPages.HTML;
import static org.newsdesk.web.WebPages.base;
import static org.newsdesk.web.WebPages.fetch;
import static org.newsdesk.web.WebPages.page;
import static org.newsdesk.web.WebPages.parse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsdesk.news.SampleSlugs;

/** The embeddable list and item, for iframes on other sites, and the demo page that writes the snippets. */
@QuarkusTest
class EmbedPagesIT {

    @Test
    void theEmbeddedListShowsTheNewestFiveLinkingOutOfTheFrame() {
        Document page = page("/embed/news");
        List<String> newest = given().get("/api/v1/news?size=5").then().statusCode(200)
                .extract().jsonPath().getList("items.title");
        List<String> slugs = given().get("/api/v1/news?size=5").then().statusCode(200)
                .extract().jsonPath().getList("items.slug");
        List<Element> links = page.select("ul.embed-list li > a");
        assertEquals(newest, links.stream().map(Element::text).toList());
        assertEquals(slugs.stream().map(slug -> base() + "/news/" + slug).toList(),
                links.stream().map(link -> link.attr("href")).toList());
        for (Element link : page.select("a")) {
            assertEquals("_blank", link.attr("target"));
            assertEquals("noopener", link.attr("rel"));
        }
        assertEquals("2022-07-05", page.selectFirst("ul.embed-list time").attr("datetime"));
        assertTrue(page.select("header, footer, nav, form, script, [style]").isEmpty(), "a bare list");
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("Latest news – Newsdesk", page.title());
        assertEquals(base() + "/", page.selectFirst("link[rel=canonical]").attr("href"), "the list it is cut from");
        assertEquals(base() + "/", page.selectFirst("p.more a").attr("href"));
    }

    @Test
    void theEmbeddedListTakesTheListFiltersAndALimitUpTo20() {
        Document pensions = page("/embed/news?topic=pensions&limit=1");
        assertEquals(1, pensions.select("ul.embed-list li").size());
        assertEquals("Latest news: Pensions", pensions.selectFirst("h1").text());
        assertEquals(base() + "/?topic=pensions", pensions.selectFirst("p.more a").attr("href"));
        assertEquals(WebPages.sampleTagged("topics", "pensions").size(),
                page("/embed/news?topic=pensions&limit=20").select("ul.embed-list li").size());
        assertEquals(20, page("/embed/news?limit=20").select("ul.embed-list li").size());
        assertEquals(2, page("/embed/news?region=asia-pacific&country=TH,ID&limit=2").select("ul.embed-list li").size());

        for (String limit : List.of("21", "0", "-1", "abc", "1.5")) {
            Response response = fetch("/embed/news?limit=" + limit);
            response.then().statusCode(400).header("Content-Type", HTML).header("Content-Security-Policy", EMBED_CSP);
            assertEquals(List.of("limit: must be a whole number from 1 to 20"),
                    parse(response).select("ul.violations li").eachText(), limit);
        }
        Response both = fetch("/embed/news?limit=50&topic=astrology");
        both.then().statusCode(400);
        assertThat(parse(both).select("ul.violations li").eachText(), containsInAnyOrder(
                "topic: unknown topic 'astrology'", "limit: must be a whole number from 1 to 20"));
        assertTrue(parse(both).select("header, footer").isEmpty(), "errors inside a frame stay compact");

        Document empty = page("/embed/news?topic=pensions&country=PT");
        assertTrue(empty.select("ul.embed-list").isEmpty());
        assertEquals("No news matches these filters yet.", empty.selectFirst("main p").text());
    }

    @Test
    void anEmbeddedItemShowsItsCard() {
        Document page = page("/embed/news/" + SampleSlugs.DOMESTIC_WORKERS);
        Element title = page.selectFirst("article h1 a");
        assertEquals("Only six per cent of domestic workers have comprehensive social protection, says ILO", title.text());
        assertEquals(base() + "/news/" + SampleSlugs.DOMESTIC_WORKERS, title.attr("href"));
        assertEquals("_blank", title.attr("target"));
        assertEquals("16 June 2022", page.selectFirst("article time").text());
        assertNull(page.selectFirst("article .credit"), "no picture, so no credit");
        assertEquals(base() + "/news/" + SampleSlugs.DOMESTIC_WORKERS, page.selectFirst("link[rel=canonical]").attr("href"));
        fetch("/embed/news/no-such-item").then().statusCode(404).header("Content-Security-Policy", EMBED_CSP);
    }

    @Test
    void embedsMayBeFramedByAnySiteAndOtherPagesByNone() {
        for (String path : List.of("/embed/news", "/embed/news?topic=pensions", "/embed/news/" + SampleSlugs.PORTUGAL)) {
            Response response = fetch(path);
            response.then().statusCode(200).header("Content-Security-Policy", EMBED_CSP)
                    .header("X-Frame-Options", nullValue())
                    .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{22}\""));
            given().urlEncodingEnabled(false).header("If-None-Match", response.header("ETag")).get(path).then()
                    .statusCode(304);
        }
        fetch("/embed/demo").then().statusCode(200).header("Content-Security-Policy", DEMO_CSP);
        fetch("/").then().statusCode(200).header("Content-Security-Policy", WebPages.PAGE_CSP);
    }

    @Test
    void theDemoPageWritesBothSnippetsAndPreviewsTheIframe() {
        Document page = page("/embed/demo?topic=pensions&country=&limit=3");
        assertEquals("Embed the news on your site", page.selectFirst("h1").text());
        Element form = page.selectFirst("main form");
        assertEquals("get", form.attr("method"));
        assertEquals("/embed/demo", form.attr("action"));
        assertEquals("pensions", form.selectFirst("select[name=topic] option[selected]").val());
        assertEquals("3", form.selectFirst("input[name=limit]").val());
        for (Element control : form.select("select, input")) {
            assertNotNull(page.selectFirst("label[for=" + control.id() + "]"), "a label for " + control.id());
        }

        List<String> snippets = page.select("pre > code").stream().map(Element::wholeText).toList();
        assertEquals(2, snippets.size());
        assertEquals("<script type=\"module\" src=\"" + base() + "/embed/newsdesk-feed.js\"></script>\n"
                + "<newsdesk-feed topic=\"pensions\" limit=\"3\"></newsdesk-feed>", snippets.get(0));
        assertEquals("<iframe src=\"" + base() + "/embed/news?topic=pensions&amp;limit=3\" title=\"News from Newsdesk\" "
                + "width=\"600\" height=\"340\" loading=\"lazy\"></iframe>", snippets.get(1));
        // The snippets are shown, not run.
        assertTrue(page.select("newsdesk-feed, script").isEmpty());
        assertEquals(1, page.select("iframe").size());
        assertEquals(base() + "/embed/news?topic=pensions&limit=3", page.selectFirst("iframe").attr("src"));
        assertNotNull(page.selectFirst("iframe").attr("title"));

        Document all = page("/embed/demo");
        assertEquals("<script type=\"module\" src=\"" + base() + "/embed/newsdesk-feed.js\"></script>\n"
                + "<newsdesk-feed limit=\"5\"></newsdesk-feed>", all.select("pre > code").get(0).wholeText());
        assertEquals(base() + "/embed/news?limit=5", all.selectFirst("iframe").attr("src"));

        // A language chooses the embed's items and words: the element's lang, the iframe's list.
        Document french = page("/embed/demo?lang=fr&topic=pensions");
        assertEquals("fr", french.selectFirst("select[name=lang] option[selected]").val());
        assertEquals("<script type=\"module\" src=\"" + base() + "/embed/newsdesk-feed.js\"></script>\n"
                + "<newsdesk-feed topic=\"pensions\" lang=\"fr\" limit=\"5\"></newsdesk-feed>",
                french.select("pre > code").get(0).wholeText());
        assertEquals("<iframe src=\"" + base() + "/embed/news?topic=pensions&amp;lang=fr&amp;limit=5\" title=\"Actualités "
                + "de Newsdesk\" width=\"600\" height=\"500\" loading=\"lazy\"></iframe>",
                french.select("pre > code").get(1).wholeText());
        assertEquals("500", french.selectFirst("iframe").attr("height"), "the preview is as tall as the snippet");
        assertEquals("en", french.selectFirst("html").attr("lang"), "the demo itself is in English");

        Response invalid = fetch("/embed/demo?limit=99&region=atlantis");
        invalid.then().statusCode(400).header("Content-Type", HTML).header("Content-Security-Policy", DEMO_CSP);
        assertThat(parse(invalid).select("ul.violations li").eachText(), containsInAnyOrder(
                "region: unknown region 'atlantis'", "limit: must be a whole number from 1 to 20"));
        assertNull(parse(invalid).selectFirst("iframe"));
    }
}
