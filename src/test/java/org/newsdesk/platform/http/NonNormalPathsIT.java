package org.newsdesk.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A path the router serves elsewhere than it reads (/q/../api/v1/news serves the news list) escapes
 * nothing: once a client's burst is spent, each such path is refused (400) or limited (429) like the
 * plain one. Sent as raw request lines: HTTP clients resolve dot segments before sending.
 */
@QuarkusTest
@TestProfile(RateLimitProfile.BehindProxy.class)
class NonNormalPathsIT {

    /** Each case is its own client (first X-Forwarded-For hop), so each starts with a full bucket. */
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @ParameterizedTest
    @ValueSource(strings = {"/q/../api/v1/news", "/q/%2e%2e/api/v1/news", "/q/%2E%2E/api/v1/news",
        "/q/./../api/v1/news", "/q/x;/../../api/v1/news", "/q;x=1/../api/v1/news", "/q/;x=1/../api/v1/news",
        "//api/v1/news", "/api/v1/./news", "/api/v1/news/", "/api/v1/news;x=1", "/q%2F..%2Fapi/v1/news",
        "/q/..%2Fapi/v1/news", "/q/..%5Capi/v1/news", "/q/..\\api/v1/news", "/q/../feeds/news.rss", "/q/../",
        "/q/../api/v1/topics/pensions"})
    void afterTheBurstANonNormalPathIsRefusedOrLimited(String path) throws IOException {
        String client = "X-Forwarded-For: 192.0.2." + CLIENTS.incrementAndGet() + "\r\n";
        for (int i = 0; i < 3; i++) {
            assertThat(RawHttp.get(RestAssured.port, "/api/v1/news", client).status(), is(200));
        }
        assertThat(path, RawHttp.get(RestAssured.port, path, client).status(), anyOf(is(400), is(429)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/../api/v1/news", "/q/%2e%2e/api/v1/news", "//api/v1/news", "/api/v1/./news",
        "/api/v1/news;x=1", "/q/..%2Fapi/v1/news", "/q/..%5capi/v1/news"})
    void aNonNormalPathIsA400Problem(String path) throws IOException {
        RawHttp.Answer answer = RawHttp.get(RestAssured.port, path,
                "X-Forwarded-For: 198.18.0." + CLIENTS.incrementAndGet() + "\r\n");
        assertThat(path, answer.status(), is(400));
        assertThat(answer.head().toLowerCase(), containsString("content-type: application/problem+json"));
        assertThat(answer.body(), containsString("\"type\":\"urn:newsdesk:problem:path-not-normal\""));
    }

    /** A trailing slash and lower-case escapes are served as sent, and limited like any path. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/news/", "/api/v1/news/caf%c3%a9"})
    void normalPathsAreServedAndLimited(String path) {
        String client = "198.19.0." + CLIENTS.incrementAndGet();
        for (int i = 0; i < 3; i++) {
            given().urlEncodingEnabled(false).header("X-Forwarded-For", client).get(path).then()
                    .statusCode(anyOf(is(200), is(404)));
        }
        given().urlEncodingEnabled(false).header("X-Forwarded-For", client).get(path).then().statusCode(429);
    }
}
