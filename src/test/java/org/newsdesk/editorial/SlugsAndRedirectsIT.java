package org.newsdesk.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.newsdesk.editorial.Newsroom.NEWS;
import static org.newsdesk.editorial.Newsroom.as;
import static org.newsdesk.editorial.Newsroom.delete;
import static org.newsdesk.editorial.Newsroom.draft;
import static org.newsdesk.editorial.Newsroom.editorGet;
import static org.newsdesk.editorial.Newsroom.editorList;
import static org.newsdesk.editorial.Newsroom.patch;
import static org.newsdesk.editorial.Newsroom.publicGet;
import static org.newsdesk.editorial.Newsroom.put;
import static org.newsdesk.editorial.Newsroom.uniqueWord;
import static org.newsdesk.editorial.Newsroom.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.news.NewsFixture;

/**
 * Slugs: made from the title (numbered on a collision), following a draft's title until it is published,
 * chosen by the editor when free; an old slug redirects reads (301) and writes (308).
 * Each test makes its own items (titles carry a unique word) and removes them.
 */
@QuarkusTest
class SlugsAndRedirectsIT {

    @RegisterExtension
    final NewsFixture news = new NewsFixture();
    private final Newsroom newsroom = new Newsroom(news);

    @Test
    void slugIsMadeFromTheTitleWithANumberOnCollision() {
        String word = uniqueWord();
        String title = "Héllo, Wörld! It’s " + word;
        String base = "hello-world-its-" + word;

        newsroom.create(draft(title)).then().body("slug", is(base))
                .header("Location", endsWith(NEWS + "/" + base));
        newsroom.create(draft(title)).then().body("slug", is(base + "-2"))
                .header("Location", endsWith(NEWS + "/" + base + "-2"));
        newsroom.create(draft(title)).then().body("slug", is(base + "-3"));
        editorGet(base + "-2").then().statusCode(200).body("title", is(title));
    }

    @Test
    void draftSlugFollowsTheTitleUntilPublished() {
        String word = uniqueWord();
        String first = "first-title-" + word;
        String second = "second-title-" + word;
        String etag = newsroom.create(draft("First title " + word)).then().body("slug", is(first))
                .extract().header("ETag");

        // A draft's title change moves its slug; the old one redirects editors, and reveals nothing publicly.
        etag = patch(first, Map.of("title", "Second title " + word), etag).then().statusCode(200)
                .body("slug", is(second))
                .body("links.self", endsWith(NEWS + "/" + second))
                .extract().header("ETag");
        as(Tokens.editor()).redirects().follow(false).get(NEWS + "/" + first).then().statusCode(301)
                .header("Location", endsWith(NEWS + "/" + second));
        publicGet(first).then().statusCode(404);

        // Back to the first title: the draft takes its own old slug again, not first-title-…-2.
        etag = patch(second, Map.of("title", "First title " + word), etag).then().statusCode(200)
                .body("slug", is(first)).extract().header("ETag");
        etag = patch(first, Map.of("title", "Second title " + word), etag).then().statusCode(200)
                .body("slug", is(second)).extract().header("ETag");

        // Once published, a title change keeps the slug.
        etag = patch(second, Map.of("status", "published"), etag).then().statusCode(200)
                .body("slug", is(second)).extract().header("ETag");
        patch(second, Map.of("title", "Third title " + word), etag).then().statusCode(200)
                .body("slug", is(second))
                .body("title", is("Third title " + word));
        editorGet("third-title-" + word).then().statusCode(404);
        // Now that the item is public, its old slug redirects the public too.
        given().redirects().follow(false).get(NEWS + "/" + first).then().statusCode(301)
                .header("Location", endsWith(NEWS + "/" + second));
    }

    @Test
    void editorMayChooseAFreeSlugButNotOneAnotherItemHasOrHad() {
        String word = uniqueWord();
        String chosen = "chosen-" + word;
        Response a = newsroom.create(with(draft("Any title " + word), "slug", chosen));
        a.then().body("slug", is(chosen)).header("Location", endsWith(NEWS + "/" + chosen));

        // Another item's current slug: 409, nothing created.
        String otherWord = uniqueWord();
        newsroom.post(with(draft("Other title " + otherWord), "slug", chosen), Tokens.editor()).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("urn:newsdesk:problem:conflict"))
                .body("title", is("Conflict"))
                .body("status", is(409))
                .body("detail", containsString("'" + chosen + "'"));
        editorList("draft", otherWord).then().statusCode(200).body("items", empty());

        // Another item's old slug is taken for good too.
        String oldName = "old-name-" + word;
        String newName = "new-name-" + word;
        String etagB = newsroom.create(draft("Old name " + word)).header("ETag");
        patch(oldName, Map.of("title", "New name " + word), etagB).then().statusCode(200).body("slug", is(newName));
        newsroom.post(with(draft("Yet another " + otherWord), "slug", oldName), Tokens.editor()).then()
                .statusCode(409).body("type", is("urn:newsdesk:problem:conflict"));

        // Changing an item's slug to another's is refused the same way, and changes nothing.
        String etagA = a.header("ETag");
        put(chosen, with(draft("Any title " + word), "slug", newName), etagA).then().statusCode(409)
                .body("type", is("urn:newsdesk:problem:conflict"));
        editorGet(chosen).then().statusCode(200).header("ETag", etagA).body("revision", is(1));

        // A free slug is fine.
        patch(chosen, Map.of("slug", "renamed-" + word), etagA).then().statusCode(200)
                .body("slug", is("renamed-" + word));
    }

    @Test
    void oldSlugRedirectsReadsWith301AndWritesWith308() {
        String word = uniqueWord();
        String old = "moving-item-" + word;
        String current = "moved-item-" + word;
        String etag = newsroom.create(with(draft("Moving item " + word), "status", "published")).header("ETag");
        etag = patch(old, Map.of("slug", current), etag).then().statusCode(200).body("slug", is(current))
                .extract().header("ETag");

        // Reads: 301 to the current URL, for the public and editors alike.
        given().redirects().follow(false).get(NEWS + "/" + old).then().statusCode(301)
                .header("Location", endsWith(NEWS + "/" + current));
        as(Tokens.editor()).redirects().follow(false).get(NEWS + "/" + old).then().statusCode(301)
                .header("Location", endsWith(NEWS + "/" + current));
        as(Tokens.editor()).redirects().follow(false).get(NEWS + "/" + old + "/revisions").then().statusCode(301)
                .header("Location", endsWith(NEWS + "/" + current));

        // Writes: 308 (method kept) to the current URL, and nothing changes.
        as(Tokens.editor()).redirects().follow(false).header("If-Match", etag).contentType("application/json")
                .body(Newsroom.json(draft("Moving item changed " + word))).put(NEWS + "/" + old).then()
                .statusCode(308).header("Location", endsWith(NEWS + "/" + current));
        as(Tokens.editor()).redirects().follow(false).header("If-Match", etag).contentType(Newsroom.MERGE_PATCH)
                .body("{\"summary\":\"changed\"}").patch(NEWS + "/" + old).then()
                .statusCode(308).header("Location", endsWith(NEWS + "/" + current));
        as(Tokens.editor()).redirects().follow(false).header("If-Match", etag).delete(NEWS + "/" + old).then()
                .statusCode(308).header("Location", endsWith(NEWS + "/" + current));
        editorGet(current).then().statusCode(200).header("ETag", etag).body("status", is("published"));

        // Once the item is not public, its old slug is a plain 404 for the public (and still 301 for editors).
        delete(current, etag).then().statusCode(204);
        given().redirects().follow(false).get(NEWS + "/" + old).then().statusCode(404);
        as(Tokens.editor()).redirects().follow(false).get(NEWS + "/" + old).then().statusCode(301);
    }
}
