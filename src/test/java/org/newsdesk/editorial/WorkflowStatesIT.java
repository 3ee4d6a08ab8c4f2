package org.newsdesk.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import static org.newsdesk.editorial.Newsroom.regionCount;
import static org.newsdesk.editorial.Newsroom.topicCount;
import static org.newsdesk.editorial.Newsroom.uniqueWord;
import static org.newsdesk.editorial.Newsroom.with;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.news.NewsFixture;

/**
 * The workflow states and who sees them: drafts and scheduled items are for editors only until published or
 * their date comes, retired items leave the public API and its counts; the editors' status filter.
 * Each test makes its own items (titles carry a unique word) and removes them.
 */
@QuarkusTest
class WorkflowStatesIT {

    /** A topic that only one sample item has, so that a change of its count is easy to see. */
    private static final String TOPIC = "maternity-protection";

    @RegisterExtension
    final NewsFixture news = new NewsFixture();
    private final Newsroom newsroom = new Newsroom(news);

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

    /** Whether the public sees the item: single GET, list, archive (its month, by its word). */
    private static void assertPublic(String slug, String word, boolean visible) {
        publicGet(slug).then().statusCode(visible ? 200 : 404);
        assertEquals(visible ? List.of(slug) : List.of(), publicSlugs(word));
        given().queryParam("q", word).get(NEWS + "/archive").then().statusCode(200)
                .body("months", hasSize(visible ? 1 : 0));
    }

    /** Moves the service's "today" for the rest of this test method only. */
    private static void useClock(String instant) {
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), Clock.class);
    }
}
