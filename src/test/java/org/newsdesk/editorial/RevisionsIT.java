package org.newsdesk.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsdesk.editorial.Newsroom.NEWS;
import static org.newsdesk.editorial.Newsroom.as;
import static org.newsdesk.editorial.Newsroom.delete;
import static org.newsdesk.editorial.Newsroom.draft;
import static org.newsdesk.editorial.Newsroom.editorGet;
import static org.newsdesk.editorial.Newsroom.patch;
import static org.newsdesk.editorial.Newsroom.put;
import static org.newsdesk.editorial.Newsroom.uniqueWord;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.news.NewsFixture;

/**
 * Revisions: who changed what and when, the item as each revision wrote it, and restoring an old revision by
 * a PUT of its content. Each test makes its own items (titles carry a unique word) and removes them.
 */
@QuarkusTest
class RevisionsIT {

    private static final List<String> ALL_FIELDS = List.of("slug", "title", "summary", "body", "publishedOn", "type",
            "status", "language", "image", "topics", "countries", "regions");

    @RegisterExtension
    final NewsFixture news = new NewsFixture();
    private final Newsroom newsroom = new Newsroom(news);

    @Test
    void revisionsRecordWhoChangedWhatAndWhen() {
        String word = uniqueWord();
        String slug = "revised-" + word;
        String etag = newsroom.create(draft("Revised " + word)).header("ETag");
        // carol changes summary and topics, then alice retires the item.
        etag = as(Tokens.bearer("carol", "editor")).header("If-Match", etag).contentType(Newsroom.MERGE_PATCH)
                .body(Newsroom.json(Map.of("summary", "Carol's summary", "topics", List.of("pensions", "older-persons"))))
                .patch(NEWS + "/" + slug).then().statusCode(200).body("revision", is(2)).extract().header("ETag");
        delete(slug, etag).then().statusCode(204);

        // Newest first, each with author, action, changed fields and links.
        as(Tokens.editor()).get(NEWS + "/" + slug + "/revisions").then().statusCode(200)
                .body("items.number", contains(3, 2, 1))
                .body("items.author", contains("alice", "carol", "alice"))
                .body("items.action", contains("retire", "update", "create"))
                .body("items[0].changed", contains("status"))
                .body("items[1].changed", contains("summary", "topics"))
                .body("items[2].changed", contains(ALL_FIELDS.toArray()))
                .body("items.createdAt", not(hasItem(nullValue())))
                .body("items[0].links.self", endsWith(NEWS + "/" + slug + "/revisions/3"))
                .body("items[0].links.item", endsWith(NEWS + "/" + slug));

        // One revision: the change and the item as written then.
        as(Tokens.editor()).get(NEWS + "/" + slug + "/revisions/1").then().statusCode(200)
                .body("number", is(1))
                .body("author", is("alice"))
                .body("action", is("create"))
                .body("changed", contains(ALL_FIELDS.toArray()))
                .body("createdAt", notNullValue())
                .body("content.slug", is(slug))
                .body("content.title", is("Revised " + word))
                .body("content.summary", is("Summary of Revised " + word))
                .body("content.body", is("<p>Body of Revised " + word + "</p>"))
                .body("content.publishedOn", is("2024-03-05"))
                .body("content.type", is("news"))
                .body("content.status", is("draft"))
                .body("content.image.url", is("https://example.org/picture.jpg"))
                .body("content.topics", contains("pensions"))
                .body("content.countries", contains("TH"))
                .body("content.regions", contains("asia-pacific"))
                .body("links.self", endsWith(NEWS + "/" + slug + "/revisions/1"))
                .body("links.item", endsWith(NEWS + "/" + slug));
        as(Tokens.editor()).get(NEWS + "/" + slug + "/revisions/2").then().statusCode(200)
                .body("author", is("carol"))
                .body("content.summary", is("Carol's summary"))
                .body("content.topics", contains("older-persons", "pensions"));
        as(Tokens.editor()).get(NEWS + "/" + slug + "/revisions/3").then().statusCode(200)
                .body("content.status", is("retired"));

        // Unknown numbers and items are 404 problems.
        for (String missing : List.of("/revisions/4", "/revisions/99", "/revisions/0", "/revisions/abc")) {
            assertProblem(as(Tokens.editor()).get(NEWS + "/" + slug + missing).then(), 404);
        }
        assertProblem(as(Tokens.editor()).get(NEWS + "/no-such-item-" + word + "/revisions").then(), 404);
        // Revisions are for editors only.
        given().get(NEWS + "/" + slug + "/revisions").then().statusCode(401);
        as(Tokens.reader()).get(NEWS + "/" + slug + "/revisions/1").then().statusCode(403);
    }

    @Test
    void puttingAnOldRevisionsContentRestoresIt() {
        String word = uniqueWord();
        String slug = "restored-" + word;
        String etag = newsroom.create(draft("Restored " + word)).header("ETag");
        Map<String, Object> change = new HashMap<>();
        change.put("summary", "A worse summary");
        change.put("image", null);
        change.put("topics", List.of("older-persons"));
        etag = patch(slug, change, etag).then().statusCode(200).extract().header("ETag");
        delete(slug, etag).then().statusCode(204);
        etag = editorGet(slug).then().statusCode(200).extract().header("ETag");

        // Restoring is a PUT of the revision's content with the current ETag: a new revision.
        Map<String, Object> first = as(Tokens.editor()).get(NEWS + "/" + slug + "/revisions/1").then().statusCode(200)
                .extract().jsonPath().getMap("content");
        put(slug, first, etag).then().statusCode(200)
                .body("slug", is(slug))
                .body("summary", is("Summary of Restored " + word))
                .body("image.url", is("https://example.org/picture.jpg"))
                .body("topics.slug", contains("pensions"))
                .body("status", is("draft"))
                .body("revision", is(4));

        ValidatableResponse restored = as(Tokens.editor()).get(NEWS + "/" + slug + "/revisions/4").then()
                .statusCode(200)
                .body("action", is("update"))
                .body("author", is("alice"))
                .body("changed", contains("summary", "status", "image", "topics"));
        assertEquals(first, restored.extract().jsonPath().getMap("content"));
        as(Tokens.editor()).get(NEWS + "/" + slug + "/revisions").then().statusCode(200).body("items", hasSize(4));
    }

    private static void assertProblem(ValidatableResponse response, int status) {
        response.statusCode(status).contentType("application/problem+json").body("status", is(status))
                .body("title", notNullValue()).body("instance", notNullValue());
    }
}
