package org.newsdesk.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What editors may write: every rule of NewsWrite, all problems of a body in one 400, unknown and
 * read-only fields, bodies that are not a JSON object, size and content-type limits, tags that must
 * exist, image URL schemes, and the sanitising of hostile HTML bodies. Titles and summaries are plain
 * text and come back exactly as written.
 */
@QuarkusTest
class EditorialValidationIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    // --- Helpers ------------------------------------------------------------------------------

    /** A valid body, as a mutable map (null values are sent as JSON null). */
    private static Map<String, Object> valid() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Validation item " + UUID.randomUUID());
        body.put("summary", "A summary.");
        body.put("publishedOn", "2024-05-01");
        return body;
    }

    private static Map<String, Object> valid(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = valid();
        change.accept(body);
        return body;
    }

    private static Map<String, Object> image(String url, String alt, String credit) {
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("url", url);
        image.put("alt", alt);
        image.put("credit", credit);
        return image;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response post(String body) {
        return given().header("Authorization", Tokens.editor()).contentType("application/json").body(body)
                .post("/api/v1/news");
    }

    private static Response post(Map<String, Object> body) {
        return post(json(body));
    }

    private static ValidatableResponse invalid(Response response) {
        return response.then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", is("urn:newsdesk:problem:invalid-body"))
                .body("title", is("Invalid request body"))
                .body("status", is(400))
                .body("violations", notNullValue());
    }

    /** The 400 names {@code field} with a message containing {@code message}. */
    private static ValidatableResponse invalid(Response response, String field, String message) {
        return invalid(response).body("violations.findAll { it.field == '" + field + "' }.message",
                hasItem(containsString(message)));
    }

    /** A created item: its slug and ETag. */
    private record Created(String slug, String etag, Response response) {
    }

    private static Created create(Map<String, Object> body) {
        Response response = post(body);
        response.then().statusCode(201);
        return new Created(response.jsonPath().getString("slug"), response.header("ETag"), response);
    }

    /** The item as an editor reads it (items made here are drafts, so not public). */
    private static Response read(String slug) {
        Response response = given().header("Authorization", Tokens.editor()).get("/api/v1/news/" + slug);
        response.then().statusCode(200);
        return response;
    }

    // --- One rule at a time -------------------------------------------------------------------

    static Stream<Arguments> brokenRules() {
        List<Arguments> cases = new ArrayList<>();
        Consumer<Object[]> add = row -> cases.add(Arguments.of(row));
        // title
        add.accept(new Object[] {"title missing", valid(b -> b.remove("title")), "title", "must not be blank"});
        add.accept(new Object[] {"title null", valid(b -> b.put("title", null)), "title", "must not be blank"});
        add.accept(new Object[] {"title empty", valid(b -> b.put("title", "")), "title", "must not be blank"});
        add.accept(new Object[] {"title blank", valid(b -> b.put("title", "  \t ")), "title", "must not be blank"});
        add.accept(new Object[] {"title only Unicode spaces", valid(b -> b.put("title", "\u2003\u3000\u2002")),
            "title", "must not be blank"});
        add.accept(new Object[] {"title 301 characters", valid(b -> b.put("title", "t".repeat(301))), "title",
            "size must be between 0 and 300"});
        add.accept(new Object[] {"title with a line break", valid(b -> b.put("title", "Two\nlines")), "title",
            "must be one line of text without control characters"});
        add.accept(new Object[] {"title with a tab", valid(b -> b.put("title", "Tab\there")), "title",
            "without control characters"});
        add.accept(new Object[] {"title with NUL", valid(b -> b.put("title", "Nul\u0000here")), "title",
            "without control characters"});
        add.accept(new Object[] {"title with BEL", valid(b -> b.put("title", "Bell\u0007")), "title",
            "without control characters"});
        add.accept(new Object[] {"title with DEL", valid(b -> b.put("title", "Del\u007F")), "title",
            "without control characters"});
        add.accept(new Object[] {"title with C1 NEL", valid(b -> b.put("title", "Next\u0085line")), "title",
            "without control characters"});
        add.accept(new Object[] {"title with C1 CSI", valid(b -> b.put("title", "Esc\u009B31m")), "title",
            "without control characters"});
        add.accept(new Object[] {"title not a string", valid(b -> b.put("title", Map.of("text", "x"))), "title",
            "must be a string"});
        add.accept(new Object[] {"title a number", valid(b -> b.put("title", 42)), "title", "must be a string"});
        add.accept(new Object[] {"summary a boolean", valid(b -> b.put("summary", true)), "summary",
            "must be a string"});
        add.accept(new Object[] {"image alt a decimal", valid(b -> b.put("image", Map.of("alt", 1.5))), "image.alt",
            "must be a string"});
        // summary
        add.accept(new Object[] {"summary missing", valid(b -> b.remove("summary")), "summary", "must not be blank"});
        add.accept(new Object[] {"summary blank", valid(b -> b.put("summary", " \n ")), "summary",
            "must not be blank"});
        add.accept(new Object[] {"summary only Unicode spaces", valid(b -> b.put("summary", "\u3000")), "summary",
            "must not be blank"});
        add.accept(new Object[] {"summary 2001 characters", valid(b -> b.put("summary", "s".repeat(2001))),
            "summary", "size must be between 0 and 2000"});
        add.accept(new Object[] {"summary with NUL", valid(b -> b.put("summary", "a\u0000b")), "summary",
            "without control characters other than line breaks and tabs"});
        add.accept(new Object[] {"summary with ESC", valid(b -> b.put("summary", "a\u001B[31mred")), "summary",
            "without control characters other than line breaks and tabs"});
        add.accept(new Object[] {"summary with vertical tab", valid(b -> b.put("summary", "a\u000Bb")), "summary",
            "without control characters other than line breaks and tabs"});
        add.accept(new Object[] {"summary with C1 NEL", valid(b -> b.put("summary", "a\u0085b")), "summary",
            "without control characters other than line breaks and tabs"});
        // body
        add.accept(new Object[] {"body 200001 characters", valid(b -> b.put("body", "b".repeat(200_001))), "body",
            "size must be between 0 and 200000"});
        add.accept(new Object[] {"body not a string", valid(b -> b.put("body", List.of("<p>x</p>"))), "body",
            "must be a string"});
        // publishedOn
        add.accept(new Object[] {"publishedOn missing", valid(b -> b.remove("publishedOn")), "publishedOn",
            "must not be null"});
        add.accept(new Object[] {"publishedOn month 13", valid(b -> b.put("publishedOn", "2024-13-01")),
            "publishedOn", "must be a date as YYYY-MM-DD"});
        add.accept(new Object[] {"publishedOn 30 February", valid(b -> b.put("publishedOn", "2024-02-30")),
            "publishedOn", "must be a date as YYYY-MM-DD"});
        add.accept(new Object[] {"publishedOn day first", valid(b -> b.put("publishedOn", "01/05/2024")),
            "publishedOn", "must be a date as YYYY-MM-DD"});
        add.accept(new Object[] {"publishedOn without zeros", valid(b -> b.put("publishedOn", "2024-5-1")),
            "publishedOn", "must be a date as YYYY-MM-DD"});
        add.accept(new Object[] {"publishedOn with a time", valid(b -> b.put("publishedOn", "2024-05-01T10:00:00")),
            "publishedOn", "must be a date as YYYY-MM-DD"});
        add.accept(new Object[] {"publishedOn as a number", valid(b -> b.put("publishedOn", 20240501)),
            "publishedOn", "must be a date as YYYY-MM-DD"});
        add.accept(new Object[] {"publishedOn as an array", valid(b -> b.put("publishedOn", List.of(2024, 5, 1))),
            "publishedOn", "must be a date as YYYY-MM-DD"});
        add.accept(new Object[] {"publishedOn with five digits", valid(b -> b.put("publishedOn", "+12024-05-01")),
            "publishedOn", "must be a date as YYYY-MM-DD"});
        add.accept(new Object[] {"publishedOn empty", valid(b -> b.put("publishedOn", "")), "publishedOn", ""});
        // type and status
        add.accept(new Object[] {"type unknown", valid(b -> b.put("type", "blog")), "type",
            "one of news, feature, press-release, statement"});
        add.accept(new Object[] {"type in capitals", valid(b -> b.put("type", "NEWS")), "type",
            "one of news, feature, press-release, statement"});
        add.accept(new Object[] {"type as the Java name", valid(b -> b.put("type", "PRESS_RELEASE")), "type",
            "one of news, feature, press-release, statement"});
        add.accept(new Object[] {"type as a number", valid(b -> b.put("type", 1)), "type",
            "one of news, feature, press-release, statement"});
        add.accept(new Object[] {"type as a digit", valid(b -> b.put("type", "2")), "type",
            "one of news, feature, press-release, statement"});
        add.accept(new Object[] {"status as a number", valid(b -> b.put("status", 1)), "status",
            "one of draft, published, retired"});
        add.accept(new Object[] {"status unknown", valid(b -> b.put("status", "archived")), "status",
            "one of draft, published, retired"});
        // image
        add.accept(new Object[] {"image url javascript:", valid(b -> b.put("image", image("javascript:alert(1)", null,
            null))), "image.url", "must be an http or https URL"});
        add.accept(new Object[] {"image url data:", valid(b -> b.put("image", image(
            "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+", null, null))), "image.url",
            "must be an http or https URL"});
        add.accept(new Object[] {"image url ftp:", valid(b -> b.put("image", image("ftp://example.org/a.jpg", null,
            null))), "image.url", "must be an http or https URL"});
        add.accept(new Object[] {"image url file:", valid(b -> b.put("image", image("file:///etc/passwd", null,
            null))), "image.url", "must be an http or https URL"});
        add.accept(new Object[] {"image url scheme-relative", valid(b -> b.put("image", image("//evil.example/a.jpg",
            null, null))), "image.url", "must be an http or https URL"});
        add.accept(new Object[] {"image url relative", valid(b -> b.put("image", image("/images/a.jpg", null,
            null))), "image.url", "must be an http or https URL"});
        add.accept(new Object[] {"image url 2049 characters", valid(b -> b.put("image", image("https://example.org/"
            + "a".repeat(2049 - 20), null, null))), "image.url", "size must be between 0 and 2048"});
        add.accept(new Object[] {"image alt two lines", valid(b -> b.put("image", image("https://example.org/a.jpg",
            "one\ntwo", null))), "image.alt", "must be one line of text without control characters"});
        add.accept(new Object[] {"image alt 301 characters", valid(b -> b.put("image", image(
            "https://example.org/a.jpg", "a".repeat(301), null))), "image.alt", "size must be between 0 and 300"});
        add.accept(new Object[] {"image credit with a tab", valid(b -> b.put("image", image(
            "https://example.org/a.jpg", null, "\u00A9\tme"))), "image.credit", "without control characters"});
        add.accept(new Object[] {"image credit 301 characters", valid(b -> b.put("image", image(
            "https://example.org/a.jpg", null, "c".repeat(301)))), "image.credit", "size must be between 0 and 300"});
        add.accept(new Object[] {"image not an object", valid(b -> b.put("image", "https://example.org/a.jpg")),
            "image", "must be an object"});
        add.accept(new Object[] {"image with an unknown field", valid(b -> b.put("image", Map.of(
            "url", "https://example.org/a.jpg", "onload", "alert(1)"))), "image.onload", "is not a field of this resource"});
        // tags
        add.accept(new Object[] {"topic not a slug", valid(b -> b.put("topics", List.of("Social Protection"))),
            "topics[0]", "must be a topic slug"});
        add.accept(new Object[] {"topics not an array", valid(b -> b.put("topics", "pensions")), "topics",
            "must be an array"});
        add.accept(new Object[] {"topic null", valid(b -> b.put("topics", Arrays.asList("pensions", null))),
            "topics[1]", "must not be null"});
        add.accept(new Object[] {"51 topics", valid(b -> b.put("topics", java.util.Collections.nCopies(51,
            "pensions"))), "topics", "size must be between 0 and 50"});
        add.accept(new Object[] {"country of three letters", valid(b -> b.put("countries", List.of("THA"))),
            "countries[0]", "must be an ISO 3166-1 alpha-2 code"});
        add.accept(new Object[] {"country number", valid(b -> b.put("countries", List.of("12"))), "countries[0]",
            "must be an ISO 3166-1 alpha-2 code"});
        add.accept(new Object[] {"region not a slug", valid(b -> b.put("regions", List.of("Asia_Pacific"))),
            "regions[0]", "must be a region slug"});
        add.accept(new Object[] {"21 regions", valid(b -> b.put("regions", java.util.Collections.nCopies(21,
            "global"))), "regions", "size must be between 0 and 20"});
        // slug
        add.accept(new Object[] {"slug in capitals", valid(b -> b.put("slug", "Not-A-Slug")), "slug",
            "must be lower-case words joined by hyphens"});
        add.accept(new Object[] {"slug with spaces", valid(b -> b.put("slug", "two words")), "slug",
            "must be lower-case words joined by hyphens"});
        add.accept(new Object[] {"slug with a trailing hyphen", valid(b -> b.put("slug", "trailing-")), "slug",
            "must be lower-case words joined by hyphens"});
        add.accept(new Object[] {"slug with a path", valid(b -> b.put("slug", "../admin")), "slug",
            "must be lower-case words joined by hyphens"});
        add.accept(new Object[] {"slug 121 characters", valid(b -> b.put("slug", "s".repeat(121))), "slug",
            "size must be between 0 and 120"});
        add.accept(new Object[] {"slug empty", valid(b -> b.put("slug", "")), "slug",
            "must be lower-case words joined by hyphens"});
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void eachBrokenRuleIsA400NamingTheField(String name, Map<String, Object> body, String field, String message) {
        invalid(post(body), field, message)
                .body("instance", is("/api/v1/news"))
                .body("detail", containsString(field));
    }

    /** PUT reads the same NewsWrite: a few of the rules, spot-checked there too. */
    static Stream<Arguments> someBrokenRules() {
        List<String> names = List.of("title blank", "title with C1 NEL", "summary with NUL", "publishedOn month 13",
                "publishedOn as a number", "type as a number", "image url javascript:", "slug in capitals");
        return brokenRules().filter(arguments -> names.contains((String) arguments.get()[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("someBrokenRules")
    void aPutBreakingARuleIsA400Too(String name, Map<String, Object> body, String field, String message) {
        Created item = create(valid());
        invalid(given().header("Authorization", Tokens.editor()).header("If-Match", item.etag())
                .contentType("application/json").body(json(body)).put("/api/v1/news/" + item.slug()), field, message);
        assertThat(read(item.slug()).header("ETag"), is(item.etag()));
    }

    static Stream<Arguments> keptRules() {
        return Stream.of(
                Arguments.of("title of 300 characters", valid(b -> b.put("title", "T".repeat(292) + " "
                        + UUID.randomUUID().toString().substring(0, 7)))),
                Arguments.of("title in many scripts", valid(b -> b.put("title", "Réforme — 年金 — пенсия — "
                        + UUID.randomUUID()))),
                Arguments.of("summary of 2000 characters with line breaks and tabs", valid(b -> {
                    String lines = "line one\r\nline two\n\tindented ";
                    b.put("summary", lines + "s".repeat(2000 - lines.length()));
                })),
                Arguments.of("body of 200000 characters", valid(b -> b.put("body", "b".repeat(200_000)))),
                Arguments.of("every type", valid(b -> b.put("type", "press-release"))),
                Arguments.of("a statement as an explicit draft", valid(b -> {
                    b.put("type", "statement");
                    b.put("status", "draft");
                })),
                Arguments.of("countries in any case", valid(b -> b.put("countries", List.of("th", "Pt")))),
                Arguments.of("known tags", valid(b -> {
                    b.put("topics", List.of("pensions", "covid-19"));
                    b.put("regions", List.of("asia-pacific"));
                })),
                Arguments.of("image over https", valid(b -> b.put("image", image("https://example.org/a.jpg", "Alt",
                        "\u00A9 Someone 2024")))),
                Arguments.of("image over http in capitals", valid(b -> b.put("image", image("HTTP://EXAMPLE.ORG/A.JPG",
                        null, null)))),
                Arguments.of("slug of 120 characters", valid(b -> b.put("slug", "s".repeat(83) + "-"
                        + UUID.randomUUID()))),
                Arguments.of("optional fields null", valid(b -> {
                    b.put("slug", null);
                    b.put("body", null);
                    b.put("type", null);
                    b.put("status", null);
                    b.put("image", null);
                    b.put("topics", null);
                    b.put("countries", null);
                    b.put("regions", null);
                })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keptRules")
    void bodiesWithinTheRulesAreCreated(String name, Map<String, Object> body) {
        post(body).then().statusCode(201).contentType("application/json");
    }

    @Test
    void countriesAreStoredInCapitals() {
        Created item = create(valid(b -> b.put("countries", List.of("th", "pT"))));
        assertThat(read(item.slug()).jsonPath().getList("countries.code"), containsInAnyOrder("TH", "PT"));
    }

    @Test
    void anHttpsImageIsKept() {
        Created item = create(valid(b -> b.put("image", image("https://example.org/images/a.jpg", "An alt text",
                "\u00A9 Credit"))));
        read(item.slug()).then()
                .body("image.url", is("https://example.org/images/a.jpg"))
                .body("image.alt", is("An alt text"))
                .body("image.credit", is("\u00A9 Credit"));
    }

    // --- Several problems, unknown and read-only fields ---------------------------------------

    @Test
    void everyBrokenRuleIsReportedInOneAnswer() {
        Map<String, Object> body = valid(b -> {
            b.put("title", " ");
            b.put("summary", "s".repeat(2001));
            b.put("slug", "Bad Slug");
            b.put("image", image("javascript:alert(1)", "two\nlines", null));
            b.put("countries", List.of("THA"));
            b.put("topics", List.of("Not A Slug"));
        });
        invalid(post(body))
                .body("violations.field", hasItems("title", "summary", "slug", "image.url", "image.alt",
                        "countries[0]", "topics[0]"))
                .body("detail", allOf(containsString("title"), containsString("summary")));
    }

    @Test
    void unknownTagsAreNamedTogether() {
        Map<String, Object> body = valid(b -> {
            b.put("topics", List.of("pensions", "no-such-topic", "astrology"));
            b.put("countries", List.of("TH", "xx"));
            b.put("regions", List.of("atlantis"));
        });
        invalid(post(body))
                .body("violations", hasSize(3))
                .body("violations.find { it.field == 'topics' }.message",
                        is("unknown topic 'no-such-topic', 'astrology'"))
                .body("violations.find { it.field == 'countries' }.message", is("unknown country 'XX'"))
                .body("violations.find { it.field == 'regions' }.message", is("unknown region 'atlantis'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"topics:no-such-topic:unknown topic 'no-such-topic'",
        "countries:QQ:unknown country 'QQ'", "countries:zz:unknown country 'ZZ'",
        "regions:no-such-region:unknown region 'no-such-region'"})
    void anUnknownTagIsNamed(String row) {
        String[] parts = row.split(":", 3);
        invalid(post(valid(b -> b.put(parts[0], List.of(parts[1])))), parts[0], parts[2])
                .body("violations", hasSize(1))
                .body("violations[0].message", is(parts[2]));
    }

    /**
     * As the OpenAPI example of the 400 shows ("title: must not be blank; countries: unknown country 'XX'"):
     * a broken rule and an unknown tag in one answer. Fails for now: tags are looked up only once the
     * rules pass (NewsWriter.apply runs after JsonBodies.read has thrown), so only title is reported.
     */
    @Test
    void aBrokenRuleAndAnUnknownTagAreReportedTogether() {
        invalid(post(valid(b -> {
            b.put("title", "");
            b.put("countries", List.of("XX"));
        }))).body("violations.field", hasItems("title", "countries"));
    }

    @Test
    void unknownFieldsAreNamed() {
        invalid(post(valid(b -> {
            b.put("headline", "x");
            b.put("Title", "x");
            b.put("author", "mallory");
        })))
                .body("violations.field", containsInAnyOrder("headline", "Title", "author"))
                .body("violations.message", everyItem(is("is not a field of this resource")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "createdAt", "updatedAt", "revision", "links"})
    void aReadOnlyFieldIsRefusedOnCreate(String field) {
        invalid(post(valid(b -> b.put(field, field.equals("links") ? Map.of("self", "https://evil.example")
                : field.endsWith("At") ? "2020-01-01T00:00:00Z" : 7))), field, "is read-only")
                .body("violations", hasSize(1));
    }

    @Test
    void readOnlyAndUnknownFieldsAreReportedTogether() {
        invalid(post(valid(b -> {
            b.put("id", 1);
            b.put("revision", 99);
            b.put("links", null);
            b.put("colour", "red");
        })))
                .body("violations.field", containsInAnyOrder("id", "revision", "links", "colour"))
                .body("violations.find { it.field == 'colour' }.message", is("is not a field of this resource"))
                .body("violations.find { it.field == 'id' }.message", startsWith("is read-only"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "createdAt", "updatedAt", "revision", "links"})
    void aReadOnlyFieldIsRefusedInAPatchEvenAsNull(String field) {
        Created item = create(valid());
        for (String value : List.of("null", field.equals("links") ? "{}" : "1")) {
            invalid(patch(item, "{\"" + field + "\":" + value + "}"), field, "is read-only");
        }
        assertThat(read(item.slug()).header("ETag"), is(item.etag()));
    }

    @Test
    void anUnknownFieldIsRefusedInAPatch() {
        Created item = create(valid());
        invalid(patch(item, "{\"headline\":\"x\",\"summary\":\"changed\"}"), "headline",
                "is not a field of this resource");
        read(item.slug()).then().body("summary", is("A summary.")).header("ETag", item.etag());
    }

    @Test
    void aPatchBreakingARuleIsRefused() {
        Created item = create(valid());
        invalid(patch(item, "{\"title\":null,\"image\":{\"url\":\"javascript:alert(1)\"}}"))
                .body("violations.field", hasItems("title", "image.url"));
        read(item.slug()).then().header("ETag", item.etag());
    }

    private static Response patch(Created item, String body) {
        return given().header("Authorization", Tokens.editor()).header("If-Match", item.etag())
                .contentType(MERGE_PATCH).body(body).patch("/api/v1/news/" + item.slug());
    }

    // --- Bodies that are not one JSON object ----------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"title\": \"x\",", "{title: 'x'}", "{\"title\":\"x\"} {\"title\":\"y\"}",
        "{\"title\":\"x\"}]", "nonsense", "{\"title\":\"a\",\"title\":\"b\",\"summary\":\"s\",\"publishedOn\":\"2024-01-01\"}",
        "{\"title\":\"x\" /* comment */}"})
    void malformedJsonIsA400(String body) {
        invalid(post(body), "body", "is not valid JSON");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[]", "[{\"title\":\"x\",\"summary\":\"s\",\"publishedOn\":\"2024-01-01\"}]", "\"text\"",
        "42", "null", "true", ""})
    void aBodyThatIsNotAnObjectIsA400(String body) {
        invalid(post(body), "body", "must be a JSON object");
    }

    @Test
    void anEmptyOrArrayPatchIsA400() {
        Created item = create(valid());
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
        post(huge).then()
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
        invalid(post(body), "body", "size must be between 0 and 200000");
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
        Created item = create(valid());
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

    // --- Hostile HTML in bodies ----------------------------------------------------------------

    /** Markup that must never be stored, in any form. */
    private static final List<String> FORBIDDEN = List.of("<script", "</script", "<iframe", "<svg", "<style", "<object",
            "<embed", "<form", "<input", "<button", "<math", "<base", "<meta", "<link", "<noscript", "<div", "<details",
            "onerror", "onload", "onclick", "onmouseover", "ontoggle", "javascript:", "vbscript:", "data:", "style=",
            "srcdoc", "target=", "formaction");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<script type=\"module\">import('https://evil.example/x.js')</script>",
        "<img src=\"x\" onerror=\"alert(1)\">",
        "<img src=\"https://example.org/a.png\" onerror=\"alert(1)\" alt=\"a\">",
        "<img src=x:alert(1) onerror=eval(src)>",
        "<p onclick=\"alert(1)\">click</p>",
        "<a href=\"https://example.org/x\" onmouseover=\"alert(1)\" target=\"_blank\">hover</a>",
        "<a href=\"javascript:alert(1)\">js</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">js</a>",
        "<a href=\"&#106;avascript:alert(1)\">js</a>",
        "<a href=\"&#x6A;&#x61;vascript&colon;alert(1)\">js</a>",
        "<a href=\" javascript:alert(1)\">js</a>",
        "<a href=\"java\tscript:alert(1)\">js</a>",
        "<a href=\"vbscript:msgbox(1)\">vb</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<blockquote cite=\"javascript:alert(1)\">quote</blockquote>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<p style=\"background:url(javascript:alert(1))\">styled</p>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<svg onload=\"alert(1)\"><circle r=\"1\"/></svg>",
        "<svg><script>alert(1)</script></svg>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<<script>script>alert(1)//<</script>/script>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<form action=\"https://evil.example\"><input name=\"x\"><button formaction=\"javascript:alert(1)\">go</button></form>",
        "<object data=\"https://evil.example/x.swf\"></object><embed src=\"https://evil.example/x.swf\">",
        "<base href=\"https://evil.example/\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
        "<div onclick=\"alert(1)\"><p>in a div</p></div>",
        "<details open ontoggle=alert(1)>",
        "<p>unclosed <strong>markup <a href=\"javascript:alert(1)\">and <img src=x onerror=alert(1)",
        "<p>NUL\u0000 inside <scr\u0000ipt>alert(1)</scr\u0000ipt></p>",
    })
    void hostileMarkupNeverReachesTheStoredBody(String hostile) {
        Created item = create(valid(b -> b.put("body", "<p>kept</p>" + hostile)));
        for (String stored : List.of(item.response().jsonPath().getString("body"),
                read(item.slug()).jsonPath().getString("body"),
                given().header("Authorization", Tokens.editor()).get("/api/v1/news/" + item.slug() + "/revisions/1")
                        .then().statusCode(200).extract().jsonPath().getString("content.body"))) {
            assertThat(stored, startsWith("<p>kept</p>"));
            String lower = stored.toLowerCase(Locale.ROOT);
            for (String forbidden : FORBIDDEN) {
                assertThat("stored body " + stored + " has " + forbidden, lower, not(containsString(forbidden)));
            }
            assertThat(stored, not(containsString("\u0000")));
        }
    }

    @Test
    void safeMarkupSurvivesAndLinksGetRel() {
        String body = "<h2>Heading</h2><p>Hello <strong>world</strong>, <em>you</em> and "
                + "<a href=\"https://example.org/x?a=1&amp;b=2\" title=\"T\">a link</a>.</p>"
                + "<ul><li>one</li><li><code>two</code></li></ul>"
                + "<blockquote cite=\"https://example.org/q\">quoted</blockquote>"
                + "<p><img src=\"https://example.org/a.png\" alt=\"An image\" width=\"10\" height=\"20\"></p>"
                + "<table><tbody><tr><td colspan=\"2\">cell</td></tr></tbody></table>"
                + "<p><a href=\"mailto:desk@example.org\">mail</a></p>";
        String expected = body
                .replace("title=\"T\">a link", "title=\"T\" rel=\"nofollow noopener\">a link")
                .replace("\">mail", "\" rel=\"nofollow noopener\">mail");
        Created item = create(valid(b -> b.put("body", body)));
        assertThat(item.response().jsonPath().getString("body"), is(expected));
        assertThat(read(item.slug()).jsonPath().getString("body"), is(expected));
    }

    @Test
    void anEditorsRelAndTargetAreReplaced() {
        Created item = create(valid(b -> b.put("body",
                "<p><a href=\"https://example.org/x\" rel=\"opener\" target=\"_blank\">x</a></p>")));
        assertThat(read(item.slug()).jsonPath().getString("body"),
                is("<p><a href=\"https://example.org/x\" rel=\"nofollow noopener\">x</a></p>"));
    }

    @Test
    void aBodyWithNothingSafeLeftIsNull() {
        Created item = create(valid(b -> b.put("body", "<script>alert(1)</script><iframe></iframe>")));
        assertThat(read(item.slug()).jsonPath().getString("body"), is((String) null));
    }

    @Test
    void hostileMarkupIsCleanedOnPutAndPatchToo() {
        Created item = create(valid());
        Response replaced = given().header("Authorization", Tokens.editor()).header("If-Match", item.etag())
                .contentType("application/json")
                .body(json(valid(b -> {
                    b.put("slug", item.slug());
                    b.put("body", "<p>put</p><script>alert(1)</script>");
                })))
                .put("/api/v1/news/" + item.slug());
        replaced.then().statusCode(200).body("body", is("<p>put</p>"));
        given().header("Authorization", Tokens.editor()).header("If-Match", replaced.header("ETag"))
                .contentType(MERGE_PATCH).body("{\"body\":\"<p onclick=\\\"alert(1)\\\">patch</p><img src=x onerror=alert(1)>\"}")
                .patch("/api/v1/news/" + item.slug()).then()
                .statusCode(200).body("body", is("<p>patch</p><img>"));
        assertThat(read(item.slug()).jsonPath().getString("body"), is("<p>patch</p><img>"));
    }

    // --- Titles and summaries are plain text -----------------------------------------------------

    @Test
    void aHostileTitleAndSummaryComeBackVerbatimAsJsonText() {
        String title = "<script>alert(\"t\")</script><img src=x onerror=alert(1)> & \"quotes\" <!-- c --> "
                + UUID.randomUUID();
        String summary = "<b onmouseover=alert(1)>bold?</b>\n<a href=\"javascript:alert(1)\">x</a> &amp; ]]>";
        Created item = create(valid(b -> {
            b.put("title", title);
            b.put("summary", summary);
        }));
        item.response().then().contentType("application/json").body("title", is(title)).body("summary", is(summary));
        Response read = read(item.slug());
        read.then().contentType("application/json").body("title", is(title)).body("summary", is(summary));
        // The slug made from it is plain words.
        assertThat(item.slug(), startsWith("script-alert-t-script-img-src-x-onerror-alert-1-quotes-c-"));
        // Never served as anything but JSON.
        given().header("Authorization", Tokens.editor()).accept("text/html").get("/api/v1/news/" + item.slug())
                .then().statusCode(406);
    }
}
