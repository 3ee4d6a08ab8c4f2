package org.newsdesk.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.newsdesk.news.SampleSlugs;
import org.newsdesk.platform.http.RawHttp;

/** Every answer carries X-Request-Id: the caller's when it is a plain token, else a new UUID; problems repeat it. */
@QuarkusTest
class RequestIdIT {

    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void everyKindOfAnswerCarriesAGeneratedId() {
        String etag = given().get("/api/v1/topics").then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID)).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/topics").then().statusCode(304)
                .header("X-Request-Id", matchesPattern(UUID));
        given().accept("text/html").get("/news/" + SampleSlugs.PORTUGAL).then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID));
        given().get("/feeds/news.rss").then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
        problem(given().get("/api/v1/news?month=2022-13"), 400);
        problem(given().get("/api/v1/news/no-such-item"), 404);
        problem(given().contentType("application/json").body("{}").post("/api/v1/news"), 401);
        problem(given().get("/test-only/failure"), 500);
    }

    /** CorsPolicy and BodyLimit answer from Vert.x filters, before any resource or exception mapper. */
    @Test
    void answersOfVertxFiltersCarryTheIdToo() {
        problem(given().header("Origin", "https://elsewhere.example").contentType("application/json").body("{}")
                .post("/api/v1/news"), 403);
        problem(given().contentType("application/json").body("x".repeat(1024 * 1024 + 1)).post("/api/v1/news"), 413);
    }

    @Test
    void aValidIdIsEchoedInTheHeaderAndTheProblem() {
        String id = "edge-7f3a.b:c_D-" + System.nanoTime();
        given().header("X-Request-Id", id).get("/api/v1/news/no-such-item").then().statusCode(404)
                .header("X-Request-Id", is(id))
                .body("requestId", is(id));
        given().header("X-Request-Id", id).get("/api/v1/topics").then().statusCode(200).header("X-Request-Id", is(id));
        String longest = "a".repeat(128);
        given().header("X-Request-Id", longest).get("/api/v1/topics").then().statusCode(200)
                .header("X-Request-Id", is(longest));
    }

    @Test
    void anInvalidIdIsReplacedNeverEchoed() {
        for (String invalid : new String[] {"a".repeat(129), "two words", "<script>", "naïve", ""}) {
            given().header("X-Request-Id", invalid).get("/api/v1/news/no-such-item").then().statusCode(404)
                    .header("X-Request-Id", matchesPattern(UUID))
                    .body("requestId", matchesPattern(UUID));
        }
    }

    /** A folded header line (obsolete line folding) would smuggle a line break into the value. */
    @Test
    void aValueWithALineBreakIsReplaced() throws IOException {
        RawHttp.Answer answer = RawHttp.get(RestAssured.port, "/api/v1/topics",
                "X-Request-Id: first\r\n injected: yes\r\n");
        assertThat(answer.head(), matchesPattern("(?s).*\r\n(?i:x-request-id): " + UUID + "\r\n.*"));
        assertThat(answer.head(), not(containsString("injected")));
    }

    private static void problem(Response response, int status) {
        String id = response.then().statusCode(status).contentType("application/problem+json")
                .header("X-Request-Id", matchesPattern(UUID)).extract().header("X-Request-Id");
        assertEquals(id, response.jsonPath().getString("requestId"), "the problem names the request");
    }
}
