package org.newsdesk.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.news.SampleSlugs;

/**
 * Who may write: every news write endpoint refuses anonymous callers (401 with a Bearer challenge),
 * invalid tokens of every kind (401, error="invalid_token") and tokens without a role (403), and lets
 * editors and admins through. Reads stay public. Also the development token endpoint, the security
 * headers, the OpenAPI security documentation and CORS for origins that may not write.
 */
@QuarkusTest
class EditorialSecurityIT {

    /** A sample item; a stale If-Match keeps it unchanged should a guard ever let a request through. */
    private static final String SAMPLE = SampleSlugs.THAILAND_PENSIONS;
    private static final String STALE = "\"stale-version\"";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String PROBLEM = "application/problem+json";
    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    private static final String EVIL = "https://evil.example";

    /** Every endpoint that needs the editor or admin role. */
    enum Endpoint {
        CREATE("POST", "/api/v1/news", "application/json", true),
        REPLACE("PUT", "/api/v1/news/" + SAMPLE, "application/json", true),
        PATCH("PATCH", "/api/v1/news/" + SAMPLE, MERGE_PATCH, true),
        RETIRE("DELETE", "/api/v1/news/" + SAMPLE, null, false),
        REVISIONS("GET", "/api/v1/news/" + SAMPLE + "/revisions", null, false),
        REVISION("GET", "/api/v1/news/" + SAMPLE + "/revisions/1", null, false);

        final String method;
        final String path;
        final String contentType;
        final boolean hasBody;

        Endpoint(String method, String path, String contentType, boolean hasBody) {
            this.method = method;
            this.path = path;
            this.contentType = contentType;
            this.hasBody = hasBody;
        }

        boolean isWrite() {
            return !method.equals("GET");
        }

        /** The request with a body that would be valid, so that only the guard decides. */
        RequestSpecification request() {
            RequestSpecification request = given().redirects().follow(false);
            if (hasBody) {
                String title = "Security probe " + UUID.randomUUID();
                request.contentType(contentType).body(this == PATCH ? "{\"title\":\"" + title + "\"}"
                        : "{\"title\":\"" + title + "\",\"summary\":\"Probe.\",\"publishedOn\":\"2024-03-01\"}");
            }
            if (this != CREATE && isWrite()) {
                request.header("If-Match", STALE);
            }
            return request;
        }

        Response send(RequestSpecification request) {
            return request.request(method, path);
        }
    }

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

    // --- Authentication and roles --------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void withoutATokenIs401WithABearerChallenge(Endpoint endpoint) {
        endpoint.send(endpoint.request()).then()
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
        endpoint.send(endpoint.request().header("Authorization", "Basic YWxpY2U6c2VjcmV0")).then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer realm=\"newsdesk\""));
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void everyKindOfInvalidTokenIs401InvalidToken(Endpoint endpoint) {
        for (BadToken token : BadToken.values()) {
            endpoint.send(endpoint.request().header("Authorization", token.header())).then()
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
            endpoint.send(endpoint.request().header("Authorization", token)).then()
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
            endpoint.send(endpoint.request().header("Authorization", token)).then().statusCode(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"editor", "admin"})
    void editorsAndAdminsCreateAndTheRevisionNamesThem(String role) {
        String user = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Created by an " + role + " " + UUID.randomUUID();
        Response created = given().header("Authorization", Tokens.bearer(user, role))
                .contentType("application/json")
                .body("{\"title\":\"" + title + "\",\"summary\":\"S.\",\"publishedOn\":\"2024-03-02\"}")
                .post("/api/v1/news");
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

    // --- The development token endpoint ------------------------------------------------------

    @Test
    void devTokenEndpointGivesATokenThatWrites() {
        String user = "dev-" + UUID.randomUUID().toString().substring(0, 8);
        JsonPath token = given().queryParam("user", user).queryParam("roles", "editor").post("/dev/token")
                .then().statusCode(200).contentType("application/json")
                .body("tokenType", is("Bearer"))
                .body("expiresIn", is(3600))
                .body("accessToken", not(emptyOrNullString()))
                .extract().jsonPath();
        String bearer = "Bearer " + token.getString("accessToken");
        Response created = given().header("Authorization", bearer).contentType("application/json")
                .body("{\"title\":\"Dev token item " + UUID.randomUUID() + "\",\"summary\":\"S.\","
                        + "\"publishedOn\":\"2024-03-03\"}")
                .post("/api/v1/news");
        created.then().statusCode(201);
        given().header("Authorization", bearer)
                .get("/api/v1/news/" + created.jsonPath().getString("slug") + "/revisions")
                .then().statusCode(200).body("items[0].author", is(user));
    }

    @Test
    void devTokenForBothRolesWorks() {
        String accessToken = given().queryParam("user", "both").queryParam("roles", "editor,admin").post("/dev/token")
                .then().statusCode(200).extract().path("accessToken");
        given().header("Authorization", "Bearer " + accessToken).get("/api/v1/news/" + SAMPLE + "/revisions")
                .then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"reader", "editor,superuser", "ADMIN", "root"})
    void devTokenRefusesOtherRoles(String roles) {
        given().queryParam("user", "alice").queryParam("roles", roles).post("/dev/token").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", hasItem("roles"));
    }

    @Test
    void devTokenRefusesAnOddUserName() {
        given().queryParam("user", "<script>").queryParam("roles", "editor").post("/dev/token").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", hasItem("user"));
    }

    // --- Security headers ---------------------------------------------------------------------

    @Test
    void apiAnswersAreNeverSniffedNorFramed() {
        List<Response> answers = List.of(
                given().get("/api/v1/news").then().statusCode(200).extract().response(),
                given().get("/api/v1/news/" + SAMPLE).then().statusCode(200).extract().response(),
                given().get("/api/v1/news/no-such-item").then().statusCode(404).extract().response(),
                given().get("/api/v1/topics").then().statusCode(200).extract().response(),
                given().contentType("application/json").body("{}").post("/api/v1/news").then().statusCode(401)
                        .extract().response(),
                given().header("Authorization", Tokens.reader()).contentType("application/json").body("{}")
                        .post("/api/v1/news").then().statusCode(403).extract().response(),
                given().header("Authorization", Tokens.editor()).contentType("application/json").body("[]")
                        .post("/api/v1/news").then().statusCode(400).extract().response(),
                given().header("Authorization", Tokens.editor()).header("Origin", EVIL).contentType("application/json")
                        .body("{}").post("/api/v1/news").then().statusCode(403).extract().response());
        for (Response answer : answers) {
            answer.then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", API_CSP);
        }
    }

    @Test
    void everyOtherAnswerIsNotSniffedEither() {
        for (Response answer : List.of(given().get("/q/openapi").then().statusCode(200).extract().response(),
                given().queryParam("roles", "editor").post("/dev/token").then().statusCode(200).extract().response(),
                given().get("/no/such/thing").then().statusCode(404).extract().response())) {
            answer.then().header("X-Content-Type-Options", "nosniff");
        }
    }

    @Test
    void swaggerUiHasItsOwnContentSecurityPolicy() {
        given().get("/q/swagger-ui/").then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("frame-ancestors 'none'"), not(containsString("default-src 'none'"))));
    }

    // --- OpenAPI ------------------------------------------------------------------------------

    @Test
    void openApiDocumentsTheBearerScheme() {
        JsonPath spec = openApi();
        assertThat(spec.getMap("components.securitySchemes.bearer"), allOf(
                hasEntry("type", "http"), hasEntry("scheme", "bearer"), hasEntry("bearerFormat", "JWT")));
    }

    @ParameterizedTest
    @EnumSource(value = Endpoint.class, names = {"CREATE", "REPLACE", "PATCH", "RETIRE"})
    void openApiDocumentsTheSecurityAndErrorsOfEachWrite(Endpoint endpoint) {
        JsonPath spec = openApi();
        String operation = "paths.'" + (endpoint == Endpoint.CREATE ? "/api/v1/news" : "/api/v1/news/{slug}") + "'."
                + endpoint.method.toLowerCase();
        List<Map<String, List<String>>> security = spec.getList(operation + ".security");
        assertThat(endpoint.name(), security, hasItem(hasKey("bearer")));
        Map<String, Object> responses = spec.getMap(operation + ".responses");
        assertThat(endpoint.name(), responses, allOf(hasKey("401"), hasKey("403")));
        if (endpoint.hasBody) {
            assertThat(endpoint.name(), responses, hasKey("400"));
        }
        if (endpoint == Endpoint.CREATE) {
            assertThat(responses, hasKey("422"));
        } else {
            assertThat(endpoint.name(), responses, allOf(hasKey("412"), hasKey("428")));
        }
    }

    @Test
    void openApiLetsAnyoneReadAndEditorsReadWithTheirToken() {
        JsonPath spec = openApi();
        for (String read : List.of("paths.'/api/v1/news'.get.security", "paths.'/api/v1/news/{slug}'.get.security")) {
            // Anonymous (the empty requirement) or bearer: Swagger UI's Authorize then sends the token.
            assertEquals(List.of(Map.of(), Map.of("bearer", List.of())), spec.getList(read), read);
        }
        assertEquals(List.of(), spec.getList("paths.'/api/v1/topics'.get.security"), "a read no token changes");
    }

    private static JsonPath openApi() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    // --- CORS: origins that may not write -----------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Endpoint.class, names = {"CREATE", "REPLACE", "PATCH", "RETIRE"})
    void aWriteFromAnotherOriginIsRefused(Endpoint endpoint) {
        for (String origin : List.of(EVIL, "null", "http://localhost:1", "https://localhost:" + RestAssured.port,
                "http://localhost:" + RestAssured.port + ".evil.example")) {
            endpoint.send(endpoint.request().header("Authorization", Tokens.editor()).header("Origin", origin)).then()
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
        given().header("Authorization", Tokens.editor()).header("Origin", EVIL).contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"title\":\"Refused\",\"summary\":\"S.\",\"publishedOn\":\"2024-03-04\"}")
                .post("/api/v1/news").then().statusCode(403);
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
        given().header("Authorization", Tokens.editor()).header("Origin", own).contentType("application/json")
                .body("{\"title\":\"Own origin " + UUID.randomUUID() + "\",\"summary\":\"S.\",\"publishedOn\":\"2024-03-05\"}")
                .post("/api/v1/news").then()
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

    private static String createDraft(String token) {
        return given().header("Authorization", token).contentType("application/json")
                .body("{\"title\":\"Draft " + UUID.randomUUID() + "\",\"summary\":\"S.\",\"publishedOn\":\"2024-03-06\"}")
                .post("/api/v1/news").then().statusCode(201).extract().path("slug");
    }
}
