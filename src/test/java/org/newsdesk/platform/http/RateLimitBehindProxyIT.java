package org.newsdesk.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.newsdesk.editorial.Tokens;

/**
 * Behind a trusted proxy (the tests' 127.0.0.1) each client, the right-most X-Forwarded-For hop that is not a
 * trusted proxy, has its own bucket; hops to its left are the client's own words. Each test uses its own clients.
 */
@QuarkusTest
@TestProfile(RateLimitProfile.BehindProxy.class)
class RateLimitBehindProxyIT {

    private static RequestSpecification from(String forwardedFor) {
        return given().header("X-Forwarded-For", forwardedFor);
    }

    @Test
    void overTheBurstIsA429ProblemWithRetryAfterAndRateLimitHeaders() {
        for (int remaining = 2; remaining >= 0; remaining--) {
            from("203.0.113.1").get("/api/v1/news").then().statusCode(200)
                    .header("RateLimit-Policy", "\"default\";q=6;w=60")
                    .header("RateLimit", matchesPattern("\"default\";r=" + remaining + ";t=\\d+"));
        }
        from("203.0.113.1").get("/api/v1/news").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("([1-9]|10)"))
                .header("RateLimit-Policy", "\"default\";q=6;w=60")
                .header("RateLimit", matchesPattern("\"default\";r=0;t=([1-9]|10)"))
                .body("type", is("urn:newsdesk:problem:rate-limited"))
                .body("title", is("Too Many Requests"))
                .body("status", is(429))
                .body("instance", is("/api/v1/news"))
                .body("detail", containsString("6 requests a minute"));
        // Another client is not held back by the first.
        from("203.0.113.2").get("/api/v1/news").then().statusCode(200);
    }

    @Test
    void rotatingTheLeftMostHopDoesNotEscapeTheLimit() {
        for (int i = 0; i < 3; i++) {
            from("198.51.100." + i + ", 203.0.113.10").get("/api/v1/topics").then().statusCode(200);
        }
        from("198.51.100.99, 203.0.113.10").get("/api/v1/topics").then().statusCode(429);
    }

    @Test
    void aClientCannotSpendAnotherClientsBucket() {
        // 203.0.113.41 claims to be forwarding for 203.0.113.40: only its own bucket is spent.
        for (int i = 0; i < 4; i++) {
            from("203.0.113.40, 203.0.113.41").get("/api/v1/topics").then()
                    .statusCode(i < 3 ? 200 : 429);
        }
        from("203.0.113.40").get("/api/v1/topics").then().statusCode(200)
                .header("RateLimit", matchesPattern("\"default\";r=2;.*"));
    }

    @Test
    void trustedProxiesAreSkippedFromTheRight() {
        // A second proxy in the chain (127.0.0.1 is trusted): the client is the hop before it.
        for (int i = 0; i < 3; i++) {
            from("203.0.113.50, 127.0.0.1").get("/api/v1/regions").then().statusCode(200);
        }
        from("203.0.113.50").get("/api/v1/regions").then().statusCode(429);
    }

    @Test
    void pagesAndFeedsAreLimitedAndOpenApiAndTheManagementPortAreNot() {
        from("203.0.113.20").get("/").then().statusCode(200).header("RateLimit", matchesPattern("\"default\";r=2;.*"));
        from("203.0.113.20").get("/feeds/news.rss").then().statusCode(200)
                .header("RateLimit", matchesPattern("\"default\";r=1;.*"));
        from("203.0.113.20").get("/api/v1/regions").then().statusCode(200);
        from("203.0.113.20").get("/feeds/news.atom").then().statusCode(429);
        for (String url : new String[] {"/q/openapi", Management.url("/q/health/ready"), Management.url("/q/metrics")}) {
            from("203.0.113.20").get(url).then().statusCode(200).header("RateLimit", nullValue());
        }
    }

    @Test
    void aBrowserCanReadTheRefusal() {
        for (int i = 0; i < 3; i++) {
            from("203.0.113.30").get("/api/v1/countries").then().statusCode(200);
        }
        from("203.0.113.30").header("Origin", "https://partner.example").get("/api/v1/countries").then()
                .statusCode(429).header("Access-Control-Allow-Origin", "*");
    }

    @Test
    void embedsOEmbedTheWidgetAndWritesAreLimitedToo() {
        String[] urls = {"/embed/news", "/oembed?url=http%3A%2F%2Flocalhost%2F", "/embed/newsdesk-feed.js"};
        for (int i = 0; i < urls.length; i++) {
            from("203.0.113.60").get(urls[i]).then().statusCode(not(429))
                    .header("RateLimit", matchesPattern("\"default\";r=" + (2 - i) + ";t=\\d+"));
        }
        for (String url : urls) {
            from("203.0.113.60").get(url).then().statusCode(429).header("Retry-After", matchesPattern("\\d+"));
        }
        // A write is limited before its token is looked at: the 429 comes first, with or without one.
        for (int i = 0; i < 3; i++) {
            from("203.0.113.61").contentType("application/json").body("{}").post("/api/v1/news").then().statusCode(401);
        }
        from("203.0.113.61").header("Authorization", Tokens.editor()).contentType("application/json").body("{}")
                .post("/api/v1/news").then().statusCode(429).contentType("application/problem+json");
    }

    @Test
    void aBrowserOverTheLimitOnAPageGetsAnHtmlPage() {
        for (int i = 0; i < 3; i++) {
            from("203.0.113.70").get("/").then().statusCode(200);
        }
        from("203.0.113.70").accept("text/html,application/xhtml+xml,*/*;q=0.8").get("/").then().statusCode(429)
                .contentType("text/html").header("Retry-After", matchesPattern("\\d+")).header("Cache-Control", "no-store")
                .body(containsString("<h1>Too Many Requests</h1>"));
    }
}
