package org.newsdesk.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.news.NewsFixture;

/** CORS for writes from the origins that newsdesk.editorial.write-origins (WRITE_ORIGINS) lists. */
@QuarkusTest
@TestProfile(WriteOriginsIT.EditorOrigins.class)
class WriteOriginsIT {

    static final String EDITOR = "https://editor.example";
    static final String DESK = "http://desk.example:8081";

    @RegisterExtension
    final NewsFixture news = new NewsFixture();

    /** Two origins, the way an operator would write them (with a space after the comma). */
    public static class EditorOrigins implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsdesk.editorial.write-origins", EDITOR + ", " + DESK);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {EDITOR, DESK, "HTTPS://Editor.Example"})
    void aListedOriginMayCreate(String origin) {
        news.remember(given().header("Authorization", Tokens.editor()).header("Origin", origin)
                .contentType("application/json").body(item("From " + origin))
                .post("/api/v1/news")).then()
                .statusCode(201)
                .header("Access-Control-Allow-Origin", origin)
                .header("Vary", containsString("Origin"))
                .header("Access-Control-Expose-Headers", allOf(containsString("ETag"), containsString("Location"),
                        containsString("Idempotent-Replayed")));
    }

    @Test
    void aListedOriginMayReplacePatchAndRetire() {
        Response created = news.remember(given().header("Authorization", Tokens.editor()).header("Origin", EDITOR)
                .contentType("application/json").body(item("Full cycle")).post("/api/v1/news"));
        created.then().statusCode(201);
        String slug = created.jsonPath().getString("slug");
        String etag = created.header("ETag");

        Response replaced = given().header("Authorization", Tokens.editor()).header("Origin", EDITOR)
                .header("If-Match", etag).contentType("application/json")
                .body(item("Full cycle replaced").replace("\"summary\":\"S.\"", "\"summary\":\"Replaced.\"")
                        .replace("{", "{\"slug\":\"" + slug + "\","))
                .put("/api/v1/news/" + slug);
        replaced.then().statusCode(200).header("Access-Control-Allow-Origin", EDITOR);

        Response patched = given().header("Authorization", Tokens.editor()).header("Origin", EDITOR)
                .header("If-Match", replaced.header("ETag")).contentType("application/merge-patch+json")
                .body("{\"summary\":\"Patched.\"}")
                .patch("/api/v1/news/" + slug);
        patched.then().statusCode(200).header("Access-Control-Allow-Origin", EDITOR).body("summary", is("Patched."));

        given().header("Authorization", Tokens.editor()).header("Origin", EDITOR)
                .header("If-Match", patched.header("ETag"))
                .delete("/api/v1/news/" + slug).then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", EDITOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void preflightFromAListedOriginAllowsTheWrite(String method) {
        given().header("Origin", EDITOR).header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization, content-type, if-match")
                .options("/api/v1/news/some-item").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", EDITOR)
                .header("Access-Control-Allow-Methods", allOf(containsString("POST"), containsString("PUT"),
                        containsString("PATCH"), containsString("DELETE")))
                .header("Access-Control-Allow-Headers", allOf(containsString("Authorization"),
                        containsString("If-Match"), containsString("Content-Type"), containsString("Idempotency-Key")))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void otherOriginsStillMayNotWrite() {
        for (String origin : List.of("https://evil.example", "http://editor.example", "https://editor.example:8443",
                "https://editor.example.evil.example", "https://sub.editor.example", "http://desk.example",
                "null")) {
            news.remember(given().header("Authorization", Tokens.editor()).header("Origin", origin)
                    .contentType("application/json").body(item("Refused")).post("/api/v1/news")).then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .header("Access-Control-Allow-Origin", nullValue())
                    .body("type", is("urn:newsdesk:problem:origin-not-allowed"));
            given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                    .options("/api/v1/news").then()
                    .statusCode(200)
                    .header("Access-Control-Allow-Origin", nullValue())
                    .header("Access-Control-Allow-Methods", nullValue());
        }
    }

    @Test
    void aListedOriginStillNeedsAToken() {
        given().header("Origin", EDITOR).contentType("application/json").body(item("No token"))
                .post("/api/v1/news").then()
                .statusCode(401)
                .header("WWW-Authenticate", is("Bearer realm=\"newsdesk\""))
                .header("Access-Control-Allow-Origin", EDITOR);
        given().header("Origin", EDITOR).header("Authorization", Tokens.reader()).contentType("application/json")
                .body(item("Reader")).post("/api/v1/news").then()
                .statusCode(403);
    }

    @Test
    void readsFromAListedOriginAreOpenToAllAsBefore() {
        given().header("Origin", EDITOR).get("/api/v1/news").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*");
    }

    private static String item(String title) {
        return "{\"title\":\"" + title + " " + UUID.randomUUID() + "\",\"summary\":\"S.\",\"publishedOn\":\"2024-04-01\"}";
    }
}
