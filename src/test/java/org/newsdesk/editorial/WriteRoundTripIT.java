package org.newsdesk.editorial;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.newsdesk.editorial.Newsroom.NEWS;
import static org.newsdesk.editorial.Newsroom.as;
import static org.newsdesk.editorial.Newsroom.delete;
import static org.newsdesk.editorial.Newsroom.draft;
import static org.newsdesk.editorial.Newsroom.editorGet;
import static org.newsdesk.editorial.Newsroom.editorList;
import static org.newsdesk.editorial.Newsroom.patch;
import static org.newsdesk.editorial.Newsroom.publicGet;
import static org.newsdesk.editorial.Newsroom.publicSlugs;
import static org.newsdesk.editorial.Newsroom.put;
import static org.newsdesk.editorial.Newsroom.uniqueWord;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.news.NewsFixture;

/**
 * One item through every write of the editorial API: create, read, replace, patch, retire and restore, with
 * what each answers and who sees the item. The test makes its own item (its title carries a unique word) and
 * removes it.
 */
@QuarkusTest
class WriteRoundTripIT {

    @RegisterExtension
    final NewsFixture news = new NewsFixture();
    private final Newsroom newsroom = new Newsroom(news);

    @Test
    void createReadReplacePatchRetireAndRestore() {
        String word = uniqueWord();
        String slug = "round-trip-" + word;
        Map<String, Object> draft = draft("Round trip " + word);
        draft.put("body", "<p>Safe <strong>text</strong><script>alert(1)</script></p>");

        // Create: 201, Location and ETag, and the item as stored (body sanitised, defaults filled in).
        Response created = newsroom.create(draft);
        String etag1 = created.header("ETag");
        created.then()
                .contentType("application/json")
                .header("Location", endsWith(NEWS + "/" + slug))
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{22}\""))
                .header("Cache-Control", "no-store")
                .body("id", notNullValue())
                .body("slug", is(slug))
                .body("title", is("Round trip " + word))
                .body("summary", is("Summary of Round trip " + word))
                .body("body", is("<p>Safe <strong>text</strong></p>"))
                .body("publishedOn", is("2024-03-05"))
                .body("type", is("news"))
                .body("status", is("draft"))
                .body("revision", is(1))
                .body("image.url", is("https://example.org/picture.jpg"))
                .body("image.alt", is("A picture"))
                .body("image.credit", is("© Newsdesk"))
                .body("topics.slug", contains("pensions"))
                .body("topics.name", contains("Pensions"))
                .body("countries.code", contains("TH"))
                .body("countries.name", contains("Thailand"))
                .body("regions.slug", contains("asia-pacific"))
                .body("createdAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T.*Z"))
                .body("updatedAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T.*Z"))
                .body("links.self", is(created.header("Location")));

        // An editor's GET answers exactly what the POST answered, with the same ETag; the public sees no draft.
        Response read = editorGet(slug);
        read.then().statusCode(200).header("ETag", etag1);
        assertEquals(created.asString(), read.asString());
        publicGet(slug).then().statusCode(404);

        // PUT replaces everything: fields left out (countries, image credit) are cleared.
        Map<String, Object> replacement = new LinkedHashMap<>();
        replacement.put("title", "Round trip " + word);
        replacement.put("summary", "Replaced summary");
        replacement.put("body", "<p>Replaced</p>");
        replacement.put("publishedOn", "2024-03-06");
        replacement.put("type", "feature");
        replacement.put("status", "published");
        replacement.put("image", Map.of("url", "https://example.org/other.jpg", "alt", "Another picture"));
        replacement.put("topics", List.of("pensions", "older-persons"));
        replacement.put("regions", List.of("asia-pacific"));
        Response replaced = put(slug, replacement, etag1);
        String etag2 = replaced.header("ETag");
        replaced.then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("slug", is(slug))
                .body("summary", is("Replaced summary"))
                .body("body", is("<p>Replaced</p>"))
                .body("publishedOn", is("2024-03-06"))
                .body("type", is("feature"))
                .body("status", is("published"))
                .body("revision", is(2))
                .body("image.url", is("https://example.org/other.jpg"))
                .body("image.alt", is("Another picture"))
                .body("image.credit", nullValue())
                .body("topics.slug", containsInAnyOrder("pensions", "older-persons"))
                .body("countries", empty())
                .body("regions.slug", contains("asia-pacific"));
        assertNotEquals(etag1, etag2);

        // Published and dated in the past: now public, byte for byte what the PUT answered.
        Response publicRead = publicGet(slug);
        publicRead.then().statusCode(200).header("ETag", etag2);
        assertEquals(replaced.asString(), publicRead.asString());
        assertEquals(List.of(slug), publicSlugs(word));

        // The same PUT again changes nothing: same ETag, no new revision.
        put(slug, replacement, etag2).then().statusCode(200).header("ETag", etag2).body("revision", is(2));

        // PATCH merges: the summary changes, null removes the image, the rest stays.
        Map<String, Object> merge = new HashMap<>();
        merge.put("summary", "Patched summary");
        merge.put("image", null);
        Response patched = patch(slug, merge, etag2);
        String etag3 = patched.header("ETag");
        patched.then().statusCode(200)
                .body("summary", is("Patched summary"))
                .body("image", nullValue())
                .body("title", is("Round trip " + word))
                .body("type", is("feature"))
                .body("topics.slug", containsInAnyOrder("pensions", "older-persons"))
                .body("revision", is(3));
        assertNotEquals(etag2, etag3);

        // DELETE retires: gone for the public (single and list), still there for editors.
        delete(slug, etag3).then().statusCode(204);
        publicGet(slug).then().statusCode(404);
        assertEquals(List.of(), publicSlugs(word));
        Response retired = editorGet(slug);
        retired.then().statusCode(200).body("status", is("retired")).body("revision", is(4))
                .body("summary", is("Patched summary"));
        editorList("retired", word).then().statusCode(200).body("items.slug", contains(slug));

        // Setting status back to published restores it.
        patch(slug, Map.of("status", "published"), retired.header("ETag")).then().statusCode(200)
                .body("status", is("published")).body("revision", is(5));
        publicGet(slug).then().statusCode(200).body("summary", is("Patched summary"));

        as(Tokens.editor()).get(NEWS + "/" + slug + "/revisions").then().statusCode(200)
                .body("items.number", contains(5, 4, 3, 2, 1))
                .body("items.action", contains("update", "retire", "update", "update", "create"));
    }
}
