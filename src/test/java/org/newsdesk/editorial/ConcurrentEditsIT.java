package org.newsdesk.editorial;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.editorial.Newsroom.NEWS;
import static org.newsdesk.editorial.Newsroom.as;
import static org.newsdesk.editorial.Newsroom.delete;
import static org.newsdesk.editorial.Newsroom.draft;
import static org.newsdesk.editorial.Newsroom.editorGet;
import static org.newsdesk.editorial.Newsroom.editorList;
import static org.newsdesk.editorial.Newsroom.patch;
import static org.newsdesk.editorial.Newsroom.put;
import static org.newsdesk.editorial.Newsroom.simultaneously;
import static org.newsdesk.editorial.Newsroom.uniqueWord;
import static org.newsdesk.editorial.Newsroom.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.news.NewsFixture;

/**
 * Writers that overlap: If-Match keeps them from overwriting each other (428 without it, 412 when it
 * is stale, exactly one winner among simultaneous writers), and Idempotency-Key makes a retried POST
 * create one item however the retries arrive.
 */
@QuarkusTest
class ConcurrentEditsIT {

    private static final String STALE = "urn:newsdesk:problem:stale-version";

    @RegisterExtension
    final NewsFixture news = new NewsFixture();
    private final Newsroom newsroom = new Newsroom(news);

    // --- If-Match ------------------------------------------------------------------------------

    @Test
    void changesWithoutIfMatchAre428AndChangeNothing() {
        String word = uniqueWord();
        Response created = newsroom.create(draft("No precondition " + word));
        String slug = created.path("slug");
        String path = NEWS + "/" + slug;

        assertIfMatchRequired(put(slug, with(draft("No precondition " + word), "summary", "changed"), null).then(), path);
        assertIfMatchRequired(patch(slug, Map.of("summary", "changed"), null).then(), path);
        assertIfMatchRequired(delete(slug, null).then(), path);
        // A blank header is no better than none.
        assertIfMatchRequired(as(Tokens.editor()).header("If-Match", " ").delete(path).then(), path);

        editorGet(slug).then().statusCode(200).header("ETag", created.header("ETag"))
                .body("revision", is(1)).body("status", is("draft"));
        // What does not exist is a 404 first, whatever the preconditions.
        delete("no-such-item-" + word, null).then().statusCode(404);
    }

    @Test
    void staleIfMatchIs412WithTheCurrentEtag() {
        String word = uniqueWord();
        String title = "Stale precondition " + word;
        Response created = newsroom.create(draft(title));
        String slug = created.path("slug");
        String stale = created.header("ETag");
        String current = patch(slug, Map.of("summary", "Second version"), stale).then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(stale, current);

        String path = NEWS + "/" + slug;
        assertStale(put(slug, with(draft(title), "summary", "Lost update"), stale).then(), path, current);
        assertStale(patch(slug, Map.of("summary", "Lost update"), stale).then(), path, current);
        assertStale(delete(slug, stale).then(), path, current);
        // The comparison is strong: a weak form of the current ETag does not match.
        assertStale(delete(slug, "W/" + current).then(), path, current);

        // Nothing of the refused changes happened.
        editorGet(slug).then().statusCode(200).header("ETag", current)
                .body("summary", is("Second version")).body("status", is("draft")).body("revision", is(2));
    }

    @Test
    void ofTwentySimultaneousPutsFromTheSameVersionExactlyOneWins() throws Exception {
        String word = uniqueWord();
        // Published, so that a new title keeps the slug and every PUT goes to the same URL.
        Map<String, Object> item = with(draft("Contested " + word), "status", "published");
        Response created = newsroom.create(item);
        String slug = created.path("slug");
        String etag = created.header("ETag");
        int revisionsBefore = revisionCount(slug);

        String token = Tokens.editor();
        List<Response> answers = simultaneously(20, i -> () -> as(token).header("If-Match", etag)
                .contentType("application/json").body(Newsroom.json(with(item, "title", "Contested " + word + " edit " + i)))
                .put(NEWS + "/" + slug));

        List<Response> won = answers.stream().filter(answer -> answer.statusCode() == 200).toList();
        List<Response> lost = answers.stream().filter(answer -> answer.statusCode() == 412).toList();
        assertEquals(1, won.size(), () -> "statuses: " + statuses(answers));
        assertEquals(19, lost.size(), () -> "statuses: " + statuses(answers));
        Response winner = won.get(0);
        String winnerEtag = winner.header("ETag");
        assertNotEquals(etag, winnerEtag);
        // Every loser is told the winner's version.
        for (Response loser : lost) {
            assertStale(loser.then(), NEWS + "/" + slug, winnerEtag);
        }

        // The item is the winner's, byte for byte, and only one revision was added.
        Response stored = editorGet(slug);
        stored.then().statusCode(200).header("ETag", winnerEtag).body("slug", is(slug))
                .body("title", is((String) winner.path("title"))).body("revision", is(2));
        assertEquals(winner.asString(), stored.asString());
        assertEquals(revisionsBefore + 1, revisionCount(slug));
    }

    // --- Idempotency-Key -----------------------------------------------------------------------

    @Test
    void retryWithTheSameKeyReplaysTheFirstAnswer() {
        String word = uniqueWord();
        Map<String, Object> item = draft("Idempotent " + word);
        String key = UUID.randomUUID().toString();

        Response first = newsroom.post(item, Tokens.editor(), key);
        first.then().statusCode(201);
        assertNull(first.header("Idempotent-Replayed"));

        Response retry = newsroom.post(item, Tokens.editor(), key);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(first.asString(), retry.asString());

        // The same request written differently (field order, whitespace) is still the same request.
        String reordered = "{ \"publishedOn\": \"2024-03-05\",\n \"regions\": [\"asia-pacific\"], \"countries\": [\"TH\"],"
                + " \"topics\": [\"pensions\"], \"image\": {\"credit\": \"© Newsdesk\", \"alt\": \"A picture\","
                + " \"url\": \"https://example.org/picture.jpg\"}, \"body\": \"<p>Body of Idempotent " + word + "</p>\","
                + " \"summary\": \"Summary of Idempotent " + word + "\", \"title\": \"Idempotent " + word + "\" }";
        news.remember(as(Tokens.editor()).header("Idempotency-Key", key).contentType("application/json; charset=UTF-8")
                .body(reordered).post(NEWS)).then()
                .statusCode(201).header("Idempotent-Replayed", "true").header("Location", first.header("Location"));

        // One item, and it is the first answer's.
        editorList("draft", word).then().statusCode(200).body("page.totalItems", is(1))
                .body("items.slug", contains((String) first.path("slug")));
        editorGet(first.path("slug")).then().statusCode(200).header("ETag", first.header("ETag"));
    }

    @Test
    void simultaneousRetriesWithTheSameKeyCreateOneItem() throws Exception {
        String word = uniqueWord();
        Map<String, Object> item = draft("Idempotent together " + word);
        String key = UUID.randomUUID().toString();
        String token = Tokens.editor();

        List<Response> answers = simultaneously(5, i -> () -> newsroom.post(item, token, key));

        assertEquals(List.of(201, 201, 201, 201, 201), statuses(answers));
        Set<String> locations = answers.stream().map(answer -> answer.header("Location")).collect(Collectors.toSet());
        assertEquals(1, locations.size(), () -> "locations: " + locations);
        assertEquals(1, answers.stream().map(Response::asString).distinct().count());
        // One of them made it; the others got its answer back.
        assertEquals(4, answers.stream().filter(answer -> "true".equals(answer.header("Idempotent-Replayed"))).count());
        editorList("draft", word).then().statusCode(200).body("page.totalItems", is(1))
                .body("items.links.self", contains(locations.iterator().next()));
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String word = uniqueWord();
        String otherWord = uniqueWord();
        String key = UUID.randomUUID().toString();
        newsroom.post(draft("Key owner " + word), Tokens.editor(), key).then().statusCode(201);

        newsroom.post(draft("Key reuser " + otherWord), Tokens.editor(), key).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("urn:newsdesk:problem:idempotency-key-reused"))
                .body("status", is(422))
                .body("title", is("Unprocessable Content"))
                .body("instance", is(NEWS));
        // A slightly different body (one field) is another request too.
        newsroom.post(with(draft("Key owner " + word), "type", "feature"), Tokens.editor(), key).then()
                .statusCode(422).body("type", is("urn:newsdesk:problem:idempotency-key-reused"));

        editorList("draft", otherWord).then().statusCode(200).body("page.totalItems", is(0));
        editorList("draft", word).then().statusCode(200).body("page.totalItems", is(1))
                .body("items.type", contains("news"));
    }

    @Test
    void keysBelongToTheirUser() {
        String word = uniqueWord();
        Map<String, Object> item = draft("Shared key " + word);
        String key = UUID.randomUUID().toString();
        String carol = Tokens.bearer("carol", "editor");

        Response alices = newsroom.post(item, Tokens.editor(), key);
        alices.then().statusCode(201).body("slug", is("shared-key-" + word));
        // Same key, same body, another user: a new request, so a new item (its slug numbered).
        Response carols = newsroom.post(item, carol, key);
        carols.then().statusCode(201).body("slug", is("shared-key-" + word + "-2"))
                .header("Location", endsWith(NEWS + "/shared-key-" + word + "-2"));
        assertNull(carols.header("Idempotent-Replayed"));
        assertNotEquals(alices.header("Location"), carols.header("Location"));

        // Each user's retry replays their own answer.
        newsroom.post(item, carol, key).then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", carols.header("Location"));
        newsroom.post(item, Tokens.editor(), key).then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", alices.header("Location"));
        editorList("draft", word).then().statusCode(200).body("page.totalItems", is(2));
        as(Tokens.editor()).get(NEWS + "/shared-key-" + word + "-2/revisions").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].author", is("carol"));
    }

    // --- Helpers -------------------------------------------------------------------------------

    private static List<Integer> statuses(List<Response> answers) {
        return answers.stream().map(Response::statusCode).toList();
    }

    private static int revisionCount(String slug) {
        return as(Tokens.editor()).get(NEWS + "/" + slug + "/revisions").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    private static void assertIfMatchRequired(ValidatableResponse response, String path) {
        response.statusCode(428)
                .contentType("application/problem+json")
                .body("type", is("urn:newsdesk:problem:if-match-required"))
                .body("title", is("Precondition Required"))
                .body("status", is(428))
                .body("instance", is(path))
                .body("currentEtag", nullValue());
    }

    private static void assertStale(ValidatableResponse response, String path, String currentEtag) {
        response.statusCode(412)
                .contentType("application/problem+json")
                .header("ETag", currentEtag)
                .body("type", is(STALE))
                .body("title", is("Precondition Failed"))
                .body("status", is(412))
                .body("instance", is(path))
                .body("currentEtag", is(currentEtag));
    }
}
