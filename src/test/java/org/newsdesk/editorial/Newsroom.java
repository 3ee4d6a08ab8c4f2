package org.newsdesk.editorial;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.newsdesk.news.NewsFixture;

/**
 * Requests shared by the editorial tests. Every item created through it is owned by the test's
 * {@link NewsFixture}, which removes it after the test.
 */
final class Newsroom {

    static final String NEWS = "/api/v1/news";
    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NewsFixture news;

    Newsroom(NewsFixture news) {
        this.news = news;
    }

    /** A word no other item has (letters only, so full-text search keeps it as one word). */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 12).toCharArray()) {
            // Hex digits to letters a–p: "zq" + 12 letters.
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }

    /** A complete draft as an editor writes it: every field set, except slug, type and status. */
    static Map<String, Object> draft(String title) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("title", title);
        item.put("summary", "Summary of " + title);
        item.put("body", "<p>Body of " + title + "</p>");
        item.put("publishedOn", "2024-03-05");
        item.put("image", new LinkedHashMap<>(Map.of("url", "https://example.org/picture.jpg", "alt", "A picture",
                "credit", "© Newsdesk")));
        item.put("topics", List.of("pensions"));
        item.put("countries", List.of("TH"));
        item.put("regions", List.of("asia-pacific"));
        return item;
    }

    static Map<String, Object> with(Map<String, Object> item, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(item);
        copy.put(field, value);
        return copy;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", token);
    }

    /** POST as {@code token}; a created item is the fixture's to remove. */
    Response post(Map<String, Object> item, String token) {
        return post(item, token, null);
    }

    Response post(Map<String, Object> item, String token, String idempotencyKey) {
        RequestSpecification request = as(token).contentType("application/json").body(json(item));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return news.remember(request.post(NEWS));
    }

    /** POST that must succeed: the 201 answer. */
    Response create(Map<String, Object> item) {
        Response response = post(item, Tokens.editor());
        response.then().statusCode(201);
        return response;
    }

    static Response put(String slug, Map<String, Object> item, String ifMatch) {
        return withIfMatch(as(Tokens.editor()), ifMatch).contentType("application/json").body(json(item))
                .put(NEWS + "/" + slug);
    }

    static Response patch(String slug, Map<String, Object> patch, String ifMatch) {
        return withIfMatch(as(Tokens.editor()), ifMatch).contentType(MERGE_PATCH).body(json(patch))
                .patch(NEWS + "/" + slug);
    }

    static Response delete(String slug, String ifMatch) {
        return withIfMatch(as(Tokens.editor()), ifMatch).delete(NEWS + "/" + slug);
    }

    static RequestSpecification withIfMatch(RequestSpecification request, String ifMatch) {
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    /** GET of an item as an editor sees it. */
    static Response editorGet(String slug) {
        return as(Tokens.editor()).get(NEWS + "/" + slug);
    }

    /** GET of an item as the public sees it (no token). */
    static Response publicGet(String slug) {
        return given().get(NEWS + "/" + slug);
    }

    /** The editors' list of items in these states (comma-separated) that contain {@code word}. */
    static Response editorList(String status, String word) {
        return as(Tokens.editor()).queryParam("status", status).queryParam("q", word).get(NEWS);
    }

    /** Slugs in the public list of items containing {@code word}. */
    static List<String> publicSlugs(String word) {
        return given().queryParam("q", word).get(NEWS).then().statusCode(200).extract().path("items.slug");
    }

    /** Public count of items with this topic, from GET /api/v1/topics/{slug}. */
    static int topicCount(String topic) {
        return given().get("/api/v1/topics/" + topic).then().statusCode(200).extract().path("count");
    }

    static int countryCount(String code) {
        return given().get("/api/v1/countries/" + code).then().statusCode(200).extract().path("count");
    }

    static int regionCount(String region) {
        return given().get("/api/v1/regions/" + region).then().statusCode(200).extract().path("count");
    }

    /** Runs {@code count} requests on as many threads, released together; their answers in order. */
    static List<Response> simultaneously(int count, IntFunction<Callable<Response>> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch ready = new CountDownLatch(count);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<Response> call = request.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "threads did not start");
            go.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
