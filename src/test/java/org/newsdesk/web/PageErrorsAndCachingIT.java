package org.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsdesk.web.WebPages.HTML;
import static org.newsdesk.web.WebPages.PAGE_CSP;
import static org.newsdesk.web.WebPages.base;
import static org.newsdesk.web.WebPages.fetch;
import static org.newsdesk.web.WebPages.meta;
import static org.newsdesk.web.WebPages.parse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsdesk.news.SampleSlugs;

/**
 * What the pages answer besides their content: a 400 page naming each invalid parameter, 404 pages, a 405 page
 * with Allow, a 406 for anything but HTML, and strong ETags, caching and the page Content-Security-Policy.
 */
@QuarkusTest
class PageErrorsAndCachingIT {

    @Test
    void aMethodAPageDoesNotTakeIsA405PageWithAllow() {
        for (String path : new String[] {"/", "/news/" + SampleSlugs.NEWEST, "/embed/news"}) {
            given().delete(path).then().statusCode(405).header("Content-Type", HTML)
                    .header("Allow", "GET, HEAD, OPTIONS");
        }
    }

    @Test
    void invalidParametersAreA400PageNamingEachProblem() {
        Response response = fetch("/?topic=astrology&month=2022-13");
        response.then().statusCode(400).header("Content-Type", HTML).header("Content-Security-Policy", PAGE_CSP);
        Document page = parse(response);
        assertEquals("Invalid parameters – Newsdesk", page.title());
        assertEquals("Invalid parameters", page.selectFirst("h1").text());
        assertThat(page.select("ul.violations li").eachText(), containsInAnyOrder(
                "month: must be a month as YYYY-MM, such as 2022-06", "topic: unknown topic 'astrology'"));
        assertEquals(base() + "/", page.selectFirst("main a").attr("href"));
        assertEquals("noindex", meta(page, "robots"));
        assertNull(page.selectFirst("link[rel=canonical]"));
        fetch("/?cursor=garbage").then().statusCode(400).header("Content-Type", HTML);
        fetch("/?size=0").then().statusCode(400).header("Content-Type", HTML);
    }

    @Test
    void unknownPathsAre404Pages() {
        for (String path : List.of("/news/no-such-item", "/news/a/b", "/news", "/embed/nothing", "/news/%00")) {
            Response response = fetch(path);
            response.then().statusCode(404).header("Content-Type", HTML);
            assertEquals("Page not found", parse(response).selectFirst("h1").text(), path);
        }
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8").get("/no/such/page").then().statusCode(404)
                .header("Content-Type", HTML);
        // The API keeps its problems, whatever the client accepts.
        given().accept("text/html").get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/no/such/page").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void pagesAreOnlyHtml() {
        given().accept("application/json").get("/").then().statusCode(406).contentType("application/problem+json")
                .body("detail", is("This page is only served as text/html; the same content is in the API under /api/v1."));
        given().accept("application/xml").get("/api/v1/news").then().statusCode(406)
                .body("detail", is("This resource can only answer with application/json."));
    }

    @Test
    void pagesAreCachedWithStrongETagsAndCarryTheirCsp() {
        for (String path : List.of("/", "/?topic=pensions", "/news/" + org.newsdesk.news.SampleSlugs.PORTUGAL)) {
            Response first = fetch(path);
            first.then().statusCode(200)
                    .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{22}\""))
                    .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=60"))
                    .header("Content-Security-Policy", PAGE_CSP)
                    .header("X-Content-Type-Options", "nosniff");
            given().urlEncodingEnabled(false).header("If-None-Match", first.header("ETag")).get(path).then()
                    .statusCode(304).header("ETag", first.header("ETag"));
        }
        assertThat(fetch("/").then().statusCode(200).extract().header("ETag"),
                not(is(fetch("/?topic=pensions").then().statusCode(200).extract().header("ETag"))));
    }
}
