package org.newsdesk.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.newsdesk.editorial.NewsWrites.image;
import static org.newsdesk.editorial.NewsWrites.invalid;
import static org.newsdesk.editorial.NewsWrites.patch;
import static org.newsdesk.editorial.NewsWrites.read;
import static org.newsdesk.editorial.NewsWrites.valid;
import static org.newsdesk.editorial.Newsroom.json;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.editorial.NewsWrites.Created;
import org.newsdesk.news.NewsFixture;

/**
 * Every rule of NewsWrite, broken one at a time: a 400 problem that names the field, on POST and (a few of
 * the rules) on PUT and PATCH, which change nothing; and all the broken rules of a body in one answer.
 */
@QuarkusTest
class BrokenWriteRulesIT {

    @RegisterExtension
    final NewsFixture news = new NewsFixture();
    private final NewsWrites writes = new NewsWrites(news);

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
        invalid(writes.post(body), field, message)
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
        Created item = writes.create(valid());
        invalid(given().header("Authorization", Tokens.editor()).header("If-Match", item.etag())
                .contentType("application/json").body(json(body)).put("/api/v1/news/" + item.slug()), field, message);
        assertThat(read(item.slug()).header("ETag"), is(item.etag()));
    }

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
        invalid(writes.post(body))
                .body("violations.field", hasItems("title", "summary", "slug", "image.url", "image.alt",
                        "countries[0]", "topics[0]"))
                .body("detail", allOf(containsString("title"), containsString("summary")));
    }

    @Test
    void aPatchBreakingARuleIsRefused() {
        Created item = writes.create(valid());
        invalid(patch(item, "{\"title\":null,\"image\":{\"url\":\"javascript:alert(1)\"}}"))
                .body("violations.field", hasItems("title", "image.url"));
        read(item.slug()).then().header("ETag", item.etag());
    }
}
