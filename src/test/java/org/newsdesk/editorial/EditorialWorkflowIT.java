package org.newsdesk.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.newsdesk.editorial.Newsroom.NEWS;
import static org.newsdesk.editorial.Newsroom.as;
import static org.newsdesk.editorial.Newsroom.countryCount;
import static org.newsdesk.editorial.Newsroom.delete;
import static org.newsdesk.editorial.Newsroom.draft;
import static org.newsdesk.editorial.Newsroom.editorGet;
import static org.newsdesk.editorial.Newsroom.editorList;
import static org.newsdesk.editorial.Newsroom.patch;
import static org.newsdesk.editorial.Newsroom.publicGet;
import static org.newsdesk.editorial.Newsroom.publicSlugs;
import static org.newsdesk.editorial.Newsroom.put;
import static org.newsdesk.editorial.Newsroom.regionCount;
import static org.newsdesk.editorial.Newsroom.topicCount;
import static org.newsdesk.editorial.Newsroom.uniqueWord;
import static org.newsdesk.editorial.Newsroom.with;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The editorial API end to end: writes, the workflow states and who sees them, slugs and their
 * redirects, revisions. Each test makes its own items (titles carry a unique word) and removes them.
 */
@QuarkusTest
class EditorialWorkflowIT {

    /** A topic that only one sample item has, so that a change of its count is easy to see. */
    private static final String TOPIC = "maternity-protection";
    private static final List<String> ALL_FIELDS = List.of("slug", "title", "summary", "body", "publishedOn", "type",
            "status", "image", "topics", "countries", "regions");

    @RegisterExtension
    final Newsroom newsroom = new Newsroom();

    // --- CRUD ----------------------------------------------------------------------------------

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

    // --- Workflow ------------------------------------------------------------------------------

    @Test
    void draftIsOnlyForEditorsUntilPublishedAndRetiredLeavesAgain() {
        String word = uniqueWord();
        Map<String, Object> item = draft("Workflow draft " + word);
        // A month with no other items, so that the archive shows whether this one counts.
        item.put("publishedOn", "1998-07-14");
        item.put("topics", List.of(TOPIC));
        item.put("countries", List.of("UY"));
        item.put("regions", List.of());
        int topicBefore = topicCount(TOPIC);
        int countryBefore = countryCount("UY");
        int regionBefore = regionCount("americas");

        String slug = newsroom.create(item).path("slug");
        String etag = editorGet(slug).then().statusCode(200).extract().header("ETag");

        // A draft: not public anywhere, not counted.
        assertPublic(slug, word, false);
        assertEquals(topicBefore, topicCount(TOPIC));
        assertEquals(countryBefore, countryCount("UY"));
        assertEquals(regionBefore, regionCount("americas"));
        // Editors find it with the status filter, in the list and the archive.
        editorList("draft", word).then().statusCode(200)
                .body("items.slug", contains(slug))
                .body("items.status", contains("draft"))
                .body("page.totalItems", is(1));
        editorList("published", word).then().statusCode(200).body("items", empty());
        as(Tokens.editor()).queryParam("status", "draft").queryParam("q", word).get(NEWS + "/archive").then()
                .statusCode(200).body("months.month", contains("1998-07")).body("months.count", contains(1));
        editorGet(slug).then().statusCode(200).body("status", is("draft"));

        // Published: public everywhere and counted (which shows the checks above can fail).
        etag = patch(slug, Map.of("status", "published"), etag).then().statusCode(200).extract().header("ETag");
        assertPublic(slug, word, true);
        assertEquals(topicBefore + 1, topicCount(TOPIC));
        assertEquals(countryBefore + 1, countryCount("UY"));
        assertEquals(regionBefore + 1, regionCount("americas"));

        // Retired: out of the public API again, and out of the counts.
        delete(slug, etag).then().statusCode(204);
        assertPublic(slug, word, false);
        assertEquals(topicBefore, topicCount(TOPIC));
        assertEquals(countryBefore, countryCount("UY"));
        assertEquals(regionBefore, regionCount("americas"));
        editorList("retired", word).then().statusCode(200).body("items.slug", contains(slug))
                .body("items.status", contains("retired"));
        editorList("draft,published,scheduled", word).then().statusCode(200).body("items", empty());
    }

    @Test
    void scheduledItemBecomesPublicOnItsDate() {
        String word = uniqueWord();
        Map<String, Object> item = draft("Scheduled " + word);
        item.put("status", "published");
        item.put("publishedOn", "2031-06-15");
        item.put("topics", List.of(TOPIC));
        int topicToday = topicCount(TOPIC);

        String slug = newsroom.create(item).then().body("status", is("published")).extract().path("slug");

        // Today (the real clock) it is scheduled: editors see it as such, the public not at all.
        assertPublic(slug, word, false);
        assertEquals(topicToday, topicCount(TOPIC));
        editorList("scheduled", word).then().statusCode(200).body("items.slug", contains(slug));
        editorList("published", word).then().statusCode(200).body("items", empty());

        // The day before its date, the last second of it: still not public.
        useClock("2031-06-14T23:59:59Z");
        assertPublic(slug, word, false);
        int topicDayBefore = topicCount(TOPIC);

        // On its date it is public, with nothing done to it.
        useClock("2031-06-15T00:00:00Z");
        assertPublic(slug, word, true);
        assertEquals(topicDayBefore + 1, topicCount(TOPIC));
        editorList("published", word).then().statusCode(200).body("items.slug", contains(slug));
        editorList("scheduled", word).then().statusCode(200).body("items", empty());
    }

    @Test
    void statusFilterIsForEditorsOnly() {
        // No token: 401 with a Bearer challenge; a token without the role: 403.
        given().queryParam("status", "draft").get(NEWS).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", is(401)).body("title", is("Unauthorized"));
        given().queryParam("status", "draft").get(NEWS + "/archive").then().statusCode(401);
        as(Tokens.reader()).queryParam("status", "draft").get(NEWS).then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", is(403)).body("title", is("Forbidden"));
        as(Tokens.reader()).queryParam("status", "draft").get(NEWS + "/archive").then().statusCode(403);
        // The admin role may, as may editors.
        as(Tokens.admin()).queryParam("status", "draft").get(NEWS).then().statusCode(200);
        // Without status, a token changes nothing: the public list.
        as(Tokens.reader()).get(NEWS).then().statusCode(200);
    }

    @Test
    void unknownStatusIsA400() {
        as(Tokens.editor()).queryParam("status", "bogus").get(NEWS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("urn:newsdesk:problem:invalid-parameters"))
                .body("status", is(400))
                .body("violations.field", contains("status"))
                .body("violations.message", contains("'bogus' is not one of draft, scheduled, published, retired"));
        as(Tokens.editor()).queryParam("status", "draft,scheduled,nope").get(NEWS).then().statusCode(400)
                .body("violations.field", contains("status"));
    }

    @Test
    void statusFilterTakesSeveralStatesCommaSeparatedOrRepeated() {
        String word = uniqueWord();
        String draftSlug = newsroom.create(draft("Several states draft " + word)).path("slug");
        String retiredSlug = newsroom.create(with(draft("Several states retired " + word), "status", "retired"))
                .path("slug");

        editorList("draft", word).then().statusCode(200).body("items.slug", contains(draftSlug));
        editorList("retired", word).then().statusCode(200).body("items.slug", contains(retiredSlug));
        editorList("draft,retired", word).then().statusCode(200)
                .body("items.slug", containsInAnyOrder(draftSlug, retiredSlug));
        as(Tokens.editor()).queryParam("status", "draft", "retired").queryParam("q", word).get(NEWS).then()
                .statusCode(200).body("items.slug", containsInAnyOrder(draftSlug, retiredSlug));
        // Neither is public.
        assertEquals(List.of(), publicSlugs(word));
    }

    // --- Slugs ---------------------------------------------------------------------------------

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

    // --- Revisions -----------------------------------------------------------------------------

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

    // --- Helpers -------------------------------------------------------------------------------

    /** Whether the public sees the item: single GET, list, archive (its month, by its word). */
    private static void assertPublic(String slug, String word, boolean visible) {
        publicGet(slug).then().statusCode(visible ? 200 : 404);
        assertEquals(visible ? List.of(slug) : List.of(), publicSlugs(word));
        given().queryParam("q", word).get(NEWS + "/archive").then().statusCode(200)
                .body("months", hasSize(visible ? 1 : 0));
    }

    private static void assertProblem(ValidatableResponse response, int status) {
        response.statusCode(status).contentType("application/problem+json").body("status", is(status))
                .body("title", notNullValue()).body("instance", notNullValue());
    }

    /** Moves the service's "today" for the rest of this test method only. */
    private static void useClock(String instant) {
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), Clock.class);
    }
}
