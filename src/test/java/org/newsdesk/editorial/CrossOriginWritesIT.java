package org.newsdesk.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.newsdesk.editorial.NewsWrites.EVIL;
import static org.newsdesk.editorial.NewsWrites.PROBLEM;
import static org.newsdesk.editorial.NewsWrites.SAMPLE;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.editorial.NewsWrites.Endpoint;
import org.newsdesk.news.NewsFixture;

/**
 * CORS for origins that may not write: their writes are refused with a 403 before the resource, their
 * preflights get no allow headers; the service's own origin may write, and reads are allowed from anywhere.
 */
@QuarkusTest
class CrossOriginWritesIT {

    @RegisterExtension
    final NewsFixture news = new NewsFixture();

    @ParameterizedTest
    @EnumSource(value = Endpoint.class, names = {"CREATE", "REPLACE", "PATCH", "RETIRE"})
    void aWriteFromAnotherOriginIsRefused(Endpoint endpoint) {
        for (String origin : List.of(EVIL, "null", "http://localhost:1", "https://localhost:" + RestAssured.port,
                "http://localhost:" + RestAssured.port + ".evil.example")) {
            endpoint.send(endpoint.request().header("Authorization", Tokens.editor()).header("Origin", origin), news)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM)
                    .header("Access-Control-Allow-Origin", nullValue())
                    .body("type", is("urn:newsdesk:problem:origin-not-allowed"))
                    .body("status", is(403))
                    .body("title", is("Forbidden"));
        }
    }

    @Test
    void aRefusedWriteChangesNothing() {
        String slug = "cors-refused-" + UUID.randomUUID();
        news.remember(given().header("Authorization", Tokens.editor()).header("Origin", EVIL)
                .contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"title\":\"Refused\",\"summary\":\"S.\",\"publishedOn\":\"2024-03-04\"}")
                .post("/api/v1/news")).then().statusCode(403);
        given().header("Authorization", Tokens.editor()).get("/api/v1/news/" + slug).then().statusCode(404);
    }

    @Test
    void anOriginDoesNotLetAnonymousCallersWrite() {
        given().header("Origin", EVIL).contentType("application/json").body("{}").post("/api/v1/news").then()
                .statusCode(403).body("type", is("urn:newsdesk:problem:origin-not-allowed"));
    }

    @Test
    void theServicesOwnOriginMayWrite() {
        String own = "http://localhost:" + RestAssured.port;
        news.remember(given().header("Authorization", Tokens.editor()).header("Origin", own)
                .contentType("application/json")
                .body("{\"title\":\"Own origin " + UUID.randomUUID() + "\",\"summary\":\"S.\",\"publishedOn\":\"2024-03-05\"}")
                .post("/api/v1/news")).then()
                .statusCode(201)
                .header("Access-Control-Allow-Origin", own)
                .header("Access-Control-Expose-Headers", allOf(containsString("ETag"), containsString("Location")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void preflightOfAWriteFromAnotherOriginGetsNoAllowHeaders(String method) {
        for (String path : List.of("/api/v1/news", "/api/v1/news/" + SAMPLE)) {
            given().header("Origin", EVIL).header("Access-Control-Request-Method", method)
                    .header("Access-Control-Request-Headers", "authorization, content-type, if-match")
                    .options(path).then()
                    .statusCode(200)
                    .header("Access-Control-Allow-Origin", nullValue())
                    .header("Access-Control-Allow-Methods", nullValue())
                    .header("Access-Control-Allow-Headers", nullValue())
                    .header("Access-Control-Allow-Credentials", nullValue());
        }
    }

    @Test
    void preflightOfAReadFromAnyOriginIsAllowed() {
        given().header("Origin", EVIL).header("Access-Control-Request-Method", "GET")
                .options("/api/v1/news").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", allOf(containsString("GET"), not(containsString("POST"))));
    }

    @Test
    void readsFromAnyOriginAreAllowed() {
        for (String origin : List.of(EVIL, "null", "https://editor.example")) {
            for (String path : List.of("/api/v1/news", "/api/v1/news/" + SAMPLE, "/api/v1/topics")) {
                given().header("Origin", origin).get(path).then()
                        .statusCode(200)
                        .header("Access-Control-Allow-Origin", "*")
                        .header("Access-Control-Allow-Credentials", anyOf(nullValue(), is("false")));
            }
            given().header("Origin", origin).head("/api/v1/news").then().statusCode(200)
                    .header("Access-Control-Allow-Origin", "*");
        }
    }

    /** OPTIONS without Access-Control-Request-Method only asks what the resource allows: a read from anywhere. */
    @Test
    void aPlainOptionsFromAnyOriginIsARead() {
        given().header("Origin", EVIL).options("/api/v1/news").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Allow", containsString("POST"));
    }

    /** A preflight naming no valid method (or a write) from another origin: 200 and nothing allowed, never a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"FOO", "GET POST", "GET,POST", "post", "G\"T", "(GET)"})
    void anOddPreflightMethodAllowsNothing(String method) {
        given().header("Origin", EVIL).header("Access-Control-Request-Method", method)
                .options("/api/v1/news").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
    }
}
