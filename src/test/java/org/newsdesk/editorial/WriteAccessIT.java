package org.newsdesk.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.newsdesk.editorial.NewsWrites.PROBLEM;
import static org.newsdesk.editorial.NewsWrites.SAMPLE;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
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
 * Who may write: every news write endpoint refuses anonymous callers (401 with a Bearer challenge), invalid
 * tokens of every kind (401, error="invalid_token") and tokens without a role (403), and lets editors and
 * admins through. Reads stay public.
 */
@QuarkusTest
class WriteAccessIT {

    /** Tokens that are not valid here, each for its own reason. */
    enum BadToken {
        EXPIRED, OTHER_ISSUER, OTHER_KEY, GARBAGE, UNSIGNED, HMAC_SIGNED, TAMPERED;

        String header() {
            return switch (this) {
                case EXPIRED -> Tokens.expired();
                case OTHER_ISSUER -> Tokens.fromAnotherIssuer();
                case OTHER_KEY -> Tokens.signedWithAnotherKey();
                case GARBAGE -> "Bearer not-a-jwt";
                case UNSIGNED -> "Bearer " + unsigned();
                case HMAC_SIGNED -> "Bearer " + Jwt.issuer("https://newsdesk.invalid/dev").upn("alice")
                        .groups("editor").signWithSecret("a-shared-secret-that-the-service-never-trusts-0123456789");
                case TAMPERED -> tampered();
            };
        }

        /** alg "none": a token anyone can write. */
        private static String unsigned() {
            long now = Instant.now().getEpochSecond();
            return base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64(("{\"iss\":\"https://newsdesk.invalid/dev\","
                    + "\"upn\":\"mallory\",\"groups\":[\"editor\",\"admin\"],\"iat\":%d,\"exp\":%d}")
                    .formatted(now, now + 600)) + ".";
        }

        /** A reader's genuine token whose claims were changed to give it the admin role: the signature no longer fits. */
        private static String tampered() {
            String[] parts = Tokens.reader().substring("Bearer ".length()).split("\\.");
            String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("\"reader\"", "\"admin\"");
            assertThat(claims, containsString("\"admin\""));
            return "Bearer " + parts[0] + "." + base64(claims) + "." + parts[2];
        }

        private static String base64(String json) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        }
    }

    @RegisterExtension
    final NewsFixture news = new NewsFixture();

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void withoutATokenIs401WithABearerChallenge(Endpoint endpoint) {
        endpoint.send(endpoint.request(), news).then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", is("Bearer realm=\"newsdesk\""))
                .body("status", is(401))
                .body("title", is("Unauthorized"))
                .body("instance", is(endpoint.path));
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void aTokenOfAnotherSchemeIsNoToken(Endpoint endpoint) {
        endpoint.send(endpoint.request().header("Authorization", "Basic YWxpY2U6c2VjcmV0"), news).then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer realm=\"newsdesk\""));
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void everyKindOfInvalidTokenIs401InvalidToken(Endpoint endpoint) {
        for (BadToken token : BadToken.values()) {
            endpoint.send(endpoint.request().header("Authorization", token.header()), news).then()
                    .statusCode(401)
                    .contentType(PROBLEM)
                    .header("WWW-Authenticate", allOf(startsWith("Bearer realm=\"newsdesk\""),
                            containsString("error=\"invalid_token\"")))
                    .body("status", is(401))
                    .body("title", is("Unauthorized"));
        }
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void aValidTokenWithoutARoleIs403(Endpoint endpoint) {
        for (String token : List.of(Tokens.reader(), Tokens.bearer("carol"), Tokens.bearer("dave", "Editor"))) {
            endpoint.send(endpoint.request().header("Authorization", token), news).then()
                    .statusCode(403)
                    .contentType(PROBLEM)
                    .body("status", is(403))
                    .body("title", is("Forbidden"))
                    .body("instance", is(endpoint.path));
        }
    }

    /** Editors and admins get past the guard: what they get then is the endpoint's own answer. */
    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void editorsAndAdminsGetPastTheGuard(Endpoint endpoint) {
        for (String token : List.of(Tokens.editor(), Tokens.admin())) {
            int expected = switch (endpoint) {
                case CREATE -> 201;
                case REPLACE, PATCH, RETIRE -> 412; // the stale If-Match: the sample item stays as it is
                case REVISIONS, REVISION -> 200;
            };
            endpoint.send(endpoint.request().header("Authorization", token), news).then().statusCode(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"editor", "admin"})
    void editorsAndAdminsCreateAndTheRevisionNamesThem(String role) {
        String user = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Created by an " + role + " " + UUID.randomUUID();
        Response created = news.remember(given().header("Authorization", Tokens.bearer(user, role))
                .contentType("application/json")
                .body("{\"title\":\"" + title + "\",\"summary\":\"S.\",\"publishedOn\":\"2024-03-02\"}")
                .post("/api/v1/news"));
        created.then().statusCode(201).header("Location", notNullValue()).header("ETag", notNullValue())
                .body("title", is(title)).body("status", is("draft"));
        String slug = created.jsonPath().getString("slug");
        given().header("Authorization", Tokens.bearer(user, role)).get("/api/v1/news/" + slug + "/revisions")
                .then().statusCode(200)
                .body("items[0].author", is(user))
                .body("items[0].action", is("create"));
    }

    @Test
    void readsStayPublic() {
        for (String path : List.of("/api/v1/news", "/api/v1/news/" + SAMPLE, "/api/v1/news/archive", "/api/v1/topics",
                "/api/v1/topics/pensions", "/api/v1/regions", "/api/v1/countries", "/api/v1/countries/TH")) {
            given().get(path).then().statusCode(200).contentType("application/json");
        }
        given().head("/api/v1/news/" + SAMPLE).then().statusCode(200);
    }

    @Test
    void aDraftIsNotPublicButItsEditorsSeeIt() {
        String slug = createDraft(Tokens.editor());
        given().get("/api/v1/news/" + slug).then().statusCode(404).contentType(PROBLEM);
        given().header("Authorization", Tokens.editor()).get("/api/v1/news/" + slug).then().statusCode(200)
                .body("status", is("draft"));
        given().header("Authorization", Tokens.reader()).get("/api/v1/news/" + slug).then().statusCode(404);
    }

    private String createDraft(String token) {
        return news.remember(given().header("Authorization", token).contentType("application/json")
                .body("{\"title\":\"Draft " + UUID.randomUUID() + "\",\"summary\":\"S.\",\"publishedOn\":\"2024-03-06\"}")
                .post("/api/v1/news")).then().statusCode(201).extract().path("slug");
    }
}
