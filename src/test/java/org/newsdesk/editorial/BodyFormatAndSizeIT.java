package org.newsdesk.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.newsdesk.editorial.NewsWrites.PROBLEM;
import static org.newsdesk.editorial.NewsWrites.invalid;
import static org.newsdesk.editorial.NewsWrites.patch;
import static org.newsdesk.editorial.NewsWrites.read;
import static org.newsdesk.editorial.NewsWrites.valid;
import static org.newsdesk.editorial.Newsroom.MERGE_PATCH;
import static org.newsdesk.editorial.Newsroom.json;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.editorial.NewsWrites.Created;
import org.newsdesk.news.NewsFixture;

/**
 * What a write body must be before its rules are read: one JSON object (else a 400), at most 1 MiB (else a
 * 413), and of the method's own content type (else a 415).
 */
@QuarkusTest
class BodyFormatAndSizeIT {

    @RegisterExtension
    final NewsFixture news = new NewsFixture();
    private final NewsWrites writes = new NewsWrites(news);

    // --- Bodies that are not one JSON object ----------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"title\": \"x\",", "{title: 'x'}", "{\"title\":\"x\"} {\"title\":\"y\"}",
        "{\"title\":\"x\"}]", "nonsense", "{\"title\":\"a\",\"title\":\"b\",\"summary\":\"s\",\"publishedOn\":\"2024-01-01\"}",
        "{\"title\":\"x\" /* comment */}"})
    void malformedJsonIsA400(String body) {
        invalid(writes.post(body), "body", "is not valid JSON");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[]", "[{\"title\":\"x\",\"summary\":\"s\",\"publishedOn\":\"2024-01-01\"}]", "\"text\"",
        "42", "null", "true", ""})
    void aBodyThatIsNotAnObjectIsA400(String body) {
        invalid(writes.post(body), "body", "must be a JSON object");
    }

    @Test
    void anEmptyOrArrayPatchIsA400() {
        Created item = writes.create(valid());
        invalid(patch(item, ""), "body", "must be a JSON object");
        invalid(patch(item, "[]"), "body", "must be a JSON object");
        invalid(patch(item, "[{\"op\":\"replace\",\"path\":\"/title\",\"value\":\"x\"}]"), "body",
                "must be a JSON object");
        invalid(patch(item, "{\"title\":"), "body", "is not valid JSON");
    }

    // --- Size and content type ---------------------------------------------------------------

    @Test
    void aBodyOverOneMebibyteIs413() {
        String huge = json(valid(b -> b.put("body", "x".repeat(1024 * 1024))));
        writes.post(huge).then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("status", is(413))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aPutOverOneMebibyteIs413() {
        given().header("Authorization", Tokens.editor()).header("If-Match", "\"x\"").contentType("application/json")
                .body(json(valid(b -> b.put("body", "x".repeat(1024 * 1024 + 1)))))
                .put("/api/v1/news/some-item").then()
                .statusCode(413)
                .contentType(PROBLEM);
    }

    @Test
    void aBodyJustUnderTheLimitIsRead() {
        // About 1000 KiB of JSON: under the HTTP limit, so the rules answer (body is over 200000 characters).
        String body = json(valid(b -> b.put("body", "x".repeat(1000 * 1024))));
        invalid(writes.post(body), "body", "size must be between 0 and 200000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded", MERGE_PATCH,
        "multipart/form-data; boundary=x"})
    void postWithAnotherContentTypeIs415(String contentType) {
        // Sent as the bytes of a valid JSON body, whatever the content type claims.
        RestAssuredConfig asText = RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .encodeContentTypeAs("application/x-www-form-urlencoded", ContentType.TEXT)
                .encodeContentTypeAs("multipart/form-data", ContentType.TEXT));
        given().config(asText).header("Authorization", Tokens.editor()).contentType(contentType)
                .body(json(valid()))
                .post("/api/v1/news").then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("status", is(415));
    }

    @Test
    void putAndPatchTakeOnlyTheirOwnContentType() {
        Created item = writes.create(valid());
        given().header("Authorization", Tokens.editor()).header("If-Match", item.etag()).contentType("application/json")
                .body("{\"summary\":\"x\"}").patch("/api/v1/news/" + item.slug()).then()
                .statusCode(415).contentType(PROBLEM);
        given().header("Authorization", Tokens.editor()).header("If-Match", item.etag()).contentType(MERGE_PATCH)
                .body(json(valid())).put("/api/v1/news/" + item.slug()).then()
                .statusCode(415).contentType(PROBLEM);
        given().header("Authorization", Tokens.editor()).header("If-Match", item.etag()).contentType("text/plain")
                .body(json(valid())).put("/api/v1/news/" + item.slug()).then()
                .statusCode(415).contentType(PROBLEM);
        read(item.slug()).then().header("ETag", item.etag());
    }
}
