package org.newsdesk.platform.db.faults;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.newsdesk.platform.db.faults.ProxiedDatabase.RETRY_AFTER;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pages, embeds, feeds and oEmbed during a database outage, through {@link FaultyProxy}: a 503 with
 * Retry-After as the API gives (an HTML page for pages and embeds, a problem for the others), and 200 once
 * the database is back.
 */
@QuarkusTest
@TestProfile(ProxiedDatabase.class)
class PagesDuringOutageIT {

    private static final long RECOVERY_MILLIS = 5_000;

    FaultyProxy proxy;

    @TestHTTPResource("/")
    URI home;

    @AfterEach
    void databaseBack() throws InterruptedException {
        ProxiedDatabase.restore(proxy);
    }

    @Test
    void pagesAndEmbedsAreAn503PageWithRetryAfterAndServeAgainAfter() throws InterruptedException {
        String slug = given().get("/api/v1/news?size=1").then().statusCode(200).extract().path("items[0].slug");
        List<String> pages = List.of("/", "/?topic=pensions", "/news/" + slug, "/embed/news", "/embed/news/" + slug,
                "/embed/demo");
        proxy.cut();
        for (String page : pages) {
            given().accept("text/html").get(page).then().statusCode(503)
                    .contentType(startsWith("text/html"))
                    .header("Retry-After", RETRY_AFTER)
                    .header("Cache-Control", "no-store")
                    .body(containsString("Temporarily unavailable"));
        }
        proxy.restore();
        for (String page : pages) {
            servedAgain(page, "text/html");
        }
    }

    @Test
    void feedsAndOEmbedAreA503ProblemWithRetryAfterAndServeAgainAfter() throws InterruptedException {
        String oembed = "/oembed?url=" + URLEncoder.encode(home + "?topic=pensions", StandardCharsets.UTF_8);
        List<String> paths = List.of("/feeds/news.rss", "/feeds/news.atom", "/feeds/news.json", oembed);
        proxy.cut();
        for (String path : paths) {
            given().urlEncodingEnabled(false).get(path).then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", RETRY_AFTER)
                    .body("type", is("urn:newsdesk:problem:service-unavailable"))
                    .body("status", is(503));
        }
        proxy.restore();
        for (String path : paths) {
            servedAgain(path, "*/*");
        }
    }

    private static void servedAgain(String path, String accept) throws InterruptedException {
        long deadline = System.currentTimeMillis() + RECOVERY_MILLIS;
        while (given().urlEncodingEnabled(false).accept(accept).get(path).statusCode() != 200
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        given().urlEncodingEnabled(false).accept(accept).get(path).then().statusCode(200);
    }
}
