package org.newsdesk.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.newsdesk.editorial.Newsroom.MERGE_PATCH;
import static org.newsdesk.editorial.Newsroom.NEWS;
import static org.newsdesk.editorial.Newsroom.as;
import static org.newsdesk.editorial.Newsroom.editorGet;
import static org.newsdesk.editorial.Newsroom.json;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.newsdesk.news.NewsFixture;
import org.newsdesk.news.SampleSlugs;

/**
 * Requests to the news write API shared by the editorial tests of its rules and its guards: a valid body to
 * break one rule at a time, the 400 problem that names what is broken, and every endpoint that needs the
 * editor or admin role. Items made here are drafts with a random title, so no other test sees them, and the
 * test's {@link NewsFixture} removes them after it.
 */
final class NewsWrites {

    static final String PROBLEM = "application/problem+json";
    /** A sample item; a stale If-Match keeps it unchanged should a guard ever let a request through. */
    static final String SAMPLE = SampleSlugs.THAILAND_PENSIONS;
    /** An origin that may not write. */
    static final String EVIL = "https://evil.example";
    private static final String STALE = "\"stale-version\"";

    private final NewsFixture news;

    NewsWrites(NewsFixture news) {
        this.news = news;
    }

    /** A valid body, as a mutable map (null values are sent as JSON null). */
    static Map<String, Object> valid() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Validation item " + UUID.randomUUID());
        body.put("summary", "A summary.");
        body.put("publishedOn", "2024-05-01");
        return body;
    }

    static Map<String, Object> valid(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = valid();
        change.accept(body);
        return body;
    }

    /** A valid body but for this one field. */
    static Map<String, Object> valid(String field, Object value) {
        return valid(body -> body.put(field, value));
    }

    static Map<String, Object> image(String url, String alt, String credit) {
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("url", url);
        image.put("alt", alt);
        image.put("credit", credit);
        return image;
    }

    /** POST of exactly this text as an editor; a created item is the fixture's to remove. */
    Response post(String body) {
        return news.remember(asEditorSendingJson().body(body).post(NEWS));
    }

    /** POST of exactly these bytes as an editor, for bodies that are not well-formed UTF-8. */
    Response post(byte[] body) {
        return news.remember(asEditorSendingJson().body(body).post(NEWS));
    }

    Response post(Map<String, Object> body) {
        return post(json(body));
    }

    static ValidatableResponse invalid(Response response) {
        return response.then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", is("urn:newsdesk:problem:invalid-body"))
                .body("title", is("Invalid request body"))
                .body("status", is(400))
                .body("violations", notNullValue());
    }

    /** The 400 names {@code field} with a message containing {@code message}. */
    static ValidatableResponse invalid(Response response, String field, String message) {
        return invalid(response).body("violations.findAll { it.field == '" + field + "' }.message",
                hasItem(containsString(message)));
    }

    /** A created item: its slug and ETag. */
    record Created(String slug, String etag, Response response) {
    }

    Created create(Map<String, Object> body) {
        Response response = post(body);
        response.then().statusCode(201);
        return new Created(response.jsonPath().getString("slug"), response.header("ETag"), response);
    }

    /** The item as an editor reads it (items made here are drafts, so not public). */
    static Response read(String slug) {
        Response response = editorGet(slug);
        response.then().statusCode(200);
        return response;
    }

    /** A merge patch of exactly this text, with the item's ETag. */
    static Response patch(Created item, String body) {
        return as(Tokens.editor()).header("If-Match", item.etag()).contentType(MERGE_PATCH).body(body)
                .patch(NEWS + "/" + item.slug());
    }

    private static RequestSpecification asEditorSendingJson() {
        return as(Tokens.editor()).contentType("application/json");
    }

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

        /** Sends it; what it creates is {@code news}'s to remove. */
        Response send(RequestSpecification request, NewsFixture news) {
            return news.remember(request.request(method, path));
        }
    }
}
