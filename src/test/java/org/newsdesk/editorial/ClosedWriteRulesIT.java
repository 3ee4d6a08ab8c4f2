package org.newsdesk.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.newsdesk.editorial.NewsWrites.valid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.news.NewsFixture;
import org.newsdesk.platform.openapi.OpenApiDocument;
import org.newsdesk.platform.text.Slugs;

/**
 * The write rules that used to leak: over-long tags dropped, reserved slugs taken, dates out of range,
 * text that is not well-formed or not visible, image URLs without a host or with a broken port.
 */
@QuarkusTest
class ClosedWriteRulesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final NewsFixture news = new NewsFixture();
    private final NewsWrites writes = new NewsWrites(news);

    /** POST of the body written as JSON, in UTF-8 bytes. */
    private Response postAsJson(Object body) {
        try {
            return writes.post(JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A topic or region posted; one that is (wrongly) created is the fixture's to remove, so the vocabulary stays. */
    private Response postTerm(String collection, String json) {
        return news.remember(given().header("Authorization", Tokens.admin()).contentType("application/json")
                .body(json.getBytes(StandardCharsets.UTF_8)).post("/api/v1/" + collection));
    }

    private static ValidatableResponse refused(Response response, String field, String message) {
        return response.then().statusCode(400).contentType("application/problem+json")
                .body("type", is("urn:newsdesk:problem:invalid-body"))
                .body("violations.findAll { it.field == '" + field + "' }.message", hasItem(containsString(message)));
    }

    // --- Tags ---------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"topics, unknown topic", "regions, unknown region"})
    void aTagLongerThanTheColumnIsUnknownNotDropped(String field, String message) {
        String tooLong = "x".repeat(121);
        refused(postAsJson(valid(field, List.of(tooLong))), field, message + " '" + tooLong + "'");
    }

    // --- Reserved slugs -----------------------------------------------------------------------

    @Test
    void anItemCannotTakeTheSlugOfAFixedRoute() {
        refused(postAsJson(valid("slug", "archive")), "slug", "is reserved");
    }

    /** A new literal route beside {slug} (/api/v1/news/archive) must be added to the reserved slugs. */
    @Test
    void everyLiteralSegmentBesideASlugInTheOpenApiPathsIsReserved() throws Exception {
        JsonNode paths = OpenApiDocument.tree().get("paths");
        Set<String> literal = new TreeSet<>();
        paths.fieldNames().forEachRemaining(path -> {
            Matcher segment = Pattern.compile("^/api/v1/(?:news|topics|regions)/([^/{]+)").matcher(path);
            if (segment.find()) {
                literal.add(segment.group(1));
            }
        });
        assertThat("the archive route is found, so the check sees the routes", literal, hasItem("archive"));
        assertThat(Slugs.RESERVED, hasItems(literal.toArray(String[]::new)));
    }

    @Test
    void aTitleThatMakesAReservedSlugGetsAnotherOneThatCanBeRead() {
        Response created = postAsJson(valid("title", "Archive"));
        created.then().statusCode(201).body("slug", not(is("archive")));
        given().header("Authorization", Tokens.editor()).get("/api/v1/news/" + created.jsonPath().getString("slug"))
                .then().statusCode(200).body("title", is("Archive"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"topics", "regions"})
    void aTopicOrRegionCannotTakeAReservedSlug(String collection) {
        refused(postTerm(collection, "{\"slug\":\"archive\",\"name\":\"Archive\"}"), "slug", "is reserved");
        refused(postTerm(collection, "{\"name\":\"Archive\"}"), "name", "reserved");
    }

    // --- Dates --------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "0001-01-01", "1899-12-31"})
    void aDateOutOfRangeIsRefused(String date) {
        refused(postAsJson(valid("publishedOn", date)), "publishedOn", "between 1900-01-01 and 9999-12-31");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "9999-12-31"})
    void theEndsOfTheRangeAreStoredAsWritten(String date) {
        Response created = postAsJson(valid("publishedOn", date));
        created.then().statusCode(201).body("publishedOn", is(date));
        given().header("Authorization", Tokens.editor()).get("/api/v1/news/" + created.jsonPath().getString("slug"))
                .then().statusCode(200).body("publishedOn", is(date));
    }

    // --- Text ---------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "title, \\ud800 alone, not well-formed", "summary, a \\udc00 b, not well-formed",
        "body, <p>\\ud83d</p>, not well-formed",
        "title, \\u202eevil\\u202c, without control characters", "title, \\u2066isolate\\u2069, without control characters",
        "summary, a \\u202a b, without control characters",
        "title, \\u00a0\\u00a0, must have a visible character", "title, \\u200b, must have a visible character",
        "title, \\u200b\\u2060\\ufeff\\u00a0, must have a visible character",
        "title, \\u3164\\u115f, must have a visible character", "summary, \\u202f\\u200d, must have a visible character"})
    void textThatIsNotWellFormedOrNotVisibleIsRefused(String field, String jsonText, String message) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Closed rules");
        fields.put("summary", "A summary.");
        fields.put("publishedOn", "2024-05-01");
        fields.put(field, jsonText); // JSON escapes as sent, so a lone surrogate travels as \\ud800
        String body = fields.entrySet().stream().map(entry -> "\"" + entry.getKey() + "\":\"" + entry.getValue() + "\"")
                .collect(Collectors.joining(",", "{", "}"));
        refused(writes.post(body.getBytes(StandardCharsets.UTF_8)), field, message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alt", "credit"})
    void imageTextFollowsTheSameRules(String field) {
        refused(postAsJson(valid("image", Map.of("url", "https://example.org/a.jpg", field, "\u202egotcha"))),
                "image." + field, "without control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pensions \uD83D\uDCF0", "\u05D7\u05D3\u05E9\u05D5\u05EA\u200F 2024", "e\u0301t\u00E9",
        "a\u00A0b"})
    void visibleWellFormedTitlesAreKept(String title) {
        String unique = title + " " + UUID.randomUUID();
        postAsJson(valid("title", unique)).then().statusCode(201).body("title", is(unique));
    }

    @ParameterizedTest
    @CsvSource({"c181, overlong A", "c0af, overlong slash", "e080af, overlong slash in three bytes",
        "eda080, an encoded surrogate", "f4908080, past U+10FFFF"})
    void textThatIsNotUtf8IsRefusedNamingTheField(String hex, String what) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"summary\":\"A summary.\",\"publishedOn\":\"2024-05-01\",\"title\":\"x"
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(HexFormat.of().parseHex(hex));
        body.writeBytes("y\"}".getBytes(StandardCharsets.UTF_8));
        refused(writes.post(body.toByteArray()), "title", "not well-formed UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"topics", "regions"})
    void termNamesFollowTheTextRules(String collection) {
        refused(postTerm(collection, "{\"name\":\"\\u200b\\u00a0\"}"), "name", "must have a visible character");
        refused(postTerm(collection, "{\"name\":\"\\u202eevil\"}"), "name", "without control characters");
        refused(postTerm(collection, "{\"name\":\"x\\ud800\"}"), "name", "not well-formed");
    }

    /** A merge patch is read as the item it makes: the same rules, the same fields named. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{\"slug\":\"archive\"}|slug|is reserved",
        "{\"title\":\"\\ud800\"}|title|not well-formed", "{\"publishedOn\":\"1899-12-31\"}|publishedOn|between",
        "{\"image\":{\"url\":\"http://:80/a.jpg\"}}|image.url|with a host",
        "{\"topics\":[\"LONG\"]}|topics|unknown topic"})
    void aPatchIsHeldToTheSameRules(String patch, String field, String message) {
        Response created = postAsJson(valid("summary", "Patched later."));
        created.then().statusCode(201);
        refused(given().header("Authorization", Tokens.editor()).header("If-Match", created.header("ETag"))
                .contentType("application/merge-patch+json").body(patch.replace("LONG", "x".repeat(121))
                        .getBytes(StandardCharsets.UTF_8))
                .patch("/api/v1/news/" + created.jsonPath().getString("slug")), field, message);
    }

    // --- Image URLs ---------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"http:///a.jpg", "https://:443/a.jpg", "http://example.org:99999/a.jpg",
        "http://example.org:0/a.jpg", "https://example.org:port/a.jpg", "https://exa mple.org/a.jpg"})
    void anImageUrlNeedsAHostAndAValidPort(String url) {
        refused(postAsJson(valid("image", Map.of("url", url))), "image.url", "with a host and a valid port");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org:8443/a.jpg", "http://[2001:db8::1]:8080/a.jpg",
        "http://192.0.2.1/a.jpg", "https://example.org/a%20b.jpg?w=1#top"})
    void anAbsoluteImageUrlIsKept(String url) {
        postAsJson(valid("image", Map.of("url", url))).then().statusCode(201).body("image.url", is(url));
    }
}
