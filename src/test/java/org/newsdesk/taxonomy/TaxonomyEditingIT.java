package org.newsdesk.taxonomy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.editorial.Tokens;
import org.newsdesk.news.NewsFixture;
import org.newsdesk.news.NewsType;

/**
 * Admins' writes to topics and regions. Every entry a test creates is the fixture's to delete after it, so
 * the vocabulary other tests count stays the sample one.
 */
@QuarkusTest
class TaxonomyEditingIT {

    @RegisterExtension
    final NewsFixture news = new NewsFixture();

    @ParameterizedTest
    @ValueSource(strings = {"topics", "regions"})
    void roundTrip(String collection) {
        String name = "Care work " + UUID.randomUUID().toString().substring(0, 8);
        String slug = name.toLowerCase().replace(' ', '-');
        Response created = create(collection, "{\"name\":\"" + name + "\"}");
        created.then().statusCode(201)
                .header("Location", endsWith("/api/v1/" + collection + "/" + slug))
                .header("ETag", notNullValue())
                .body("slug", is(slug)).body("name", is(name)).body("count", is(0))
                .body("links.news", endsWith("/api/v1/news?" + (collection.equals("topics") ? "topic" : "region")
                        + "=" + slug));
        String path = "/api/v1/" + collection + "/" + slug;
        Response read = given().get(path);
        read.then().statusCode(200);
        assertEquals(created.header("ETag"), read.header("ETag"), "the write answers with the version a GET shows");
        assertEquals(created.asString(), read.asString());
        given().get("/api/v1/" + collection).then().statusCode(200).body("items.slug", hasItem(slug));

        Response renamed = given().header("Authorization", Tokens.admin()).header("If-Match", read.header("ETag"))
                .contentType("application/json").body("{\"name\":\"Care and support\"}").put(path);
        renamed.then().statusCode(200).body("slug", is(slug)).body("name", is("Care and support"));
        assertNotEquals(read.header("ETag"), renamed.header("ETag"));

        Response patched = given().header("Authorization", Tokens.admin()).header("If-Match", renamed.header("ETag"))
                .contentType("application/merge-patch+json").body("{\"slug\":\"" + slug + "-x\"}").patch(path);
        patched.then().statusCode(200).body("slug", is(slug + "-x")).body("name", is("Care and support"))
                .header("ETag", not(renamed.header("ETag")));
        given().get(path).then().statusCode(404);

        given().header("Authorization", Tokens.admin()).header("If-Match", patched.header("ETag"))
                .delete(path + "-x").then().statusCode(204);
        given().get(path + "-x").then().statusCode(404);
    }

    /**
     * Lists name tags and resolve filters from the taxonomy kept in memory per content version: a new topic, a new
     * name and a new slug must show at once, in the item and in lists filtered by it.
     */
    @Test
    void aRenamedTopicShowsOnItsItemsAtOnce() {
        String slug = "renamed-" + UUID.randomUUID().toString().substring(0, 8);
        given().queryParam("topic", slug).get("/api/v1/news").then().statusCode(400);
        create("topics", "{\"slug\":\"" + slug + "\",\"name\":\"Before\"}").then().statusCode(201);
        news.create(slug + "-item", LocalDate.of(2021, 3, 3), NewsType.NEWS, List.of(slug), List.of(), List.of());
        given().get("/api/v1/news/" + slug + "-item").then().statusCode(200).body("topics[0].name", is("Before"));
        given().queryParam("topic", slug).get("/api/v1/news").then().statusCode(200)
                .body("items.slug", is(List.of(slug + "-item"))).body("items[0].topics[0].name", is("Before"));
        String etag = given().get("/api/v1/topics/" + slug).then().statusCode(200).body("count", is(1))
                .extract().header("ETag");
        etag = given().header("Authorization", Tokens.admin()).header("If-Match", etag)
                .contentType("application/merge-patch+json").body("{\"name\":\"After\"}")
                .patch("/api/v1/topics/" + slug).then().statusCode(200).body("count", is(1)).extract().header("ETag");
        given().get("/api/v1/news/" + slug + "-item").then().statusCode(200).body("topics[0].name", is("After"));
        given().queryParam("topic", slug).get("/api/v1/news").then().statusCode(200)
                .body("items[0].topics[0].name", is("After"));

        etag = given().header("Authorization", Tokens.admin()).header("If-Match", etag)
                .contentType("application/merge-patch+json").body("{\"slug\":\"" + slug + "-x\"}")
                .patch("/api/v1/topics/" + slug).then().statusCode(200).extract().header("ETag");
        given().queryParam("topic", slug + "-x").get("/api/v1/news").then().statusCode(200)
                .body("items.slug", is(List.of(slug + "-item"))).body("items[0].topics[0].slug", is(slug + "-x"));
        given().queryParam("topic", slug).get("/api/v1/news").then().statusCode(400)
                .body("violations[0].message", containsString("unknown topic '" + slug + "'"));
        // Back to the slug the fixture knows, for it to delete the topic after the test.
        given().header("Authorization", Tokens.admin()).header("If-Match", etag)
                .contentType("application/merge-patch+json").body("{\"slug\":\"" + slug + "\"}")
                .patch("/api/v1/topics/" + slug + "-x").then().statusCode(200);
    }

    @Test
    void aTopicInUseCannotBeDeleted() {
        String slug = "in-use-" + UUID.randomUUID().toString().substring(0, 8);
        create("topics", "{\"slug\":\"" + slug + "\",\"name\":\"In use\"}").then().statusCode(201);
        news.create(slug + "-a", LocalDate.of(2021, 3, 3), NewsType.NEWS, List.of(slug), List.of(), List.of());
        news.create(slug + "-b", LocalDate.of(2021, 3, 4), NewsType.NEWS, List.of(slug), List.of(), List.of());
        String etag = given().get("/api/v1/topics/" + slug).then().statusCode(200).extract().header("ETag");
        given().header("Authorization", Tokens.admin()).header("If-Match", etag).delete("/api/v1/topics/" + slug)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", is("urn:newsdesk:problem:conflict"))
                .body("detail", containsString("2 news items tagged with it"));
        given().get("/api/v1/topics/" + slug).then().statusCode(200);
    }

    @Test
    void aRegionWithCountriesCannotBeDeleted() {
        String etag = given().get("/api/v1/regions/asia-pacific").then().statusCode(200).extract().header("ETag");
        given().header("Authorization", Tokens.admin()).header("If-Match", etag).delete("/api/v1/regions/asia-pacific")
                .then().statusCode(409)
                .body("detail", containsString("countries in it"));
        given().get("/api/v1/regions/asia-pacific").then().statusCode(200);
    }

    @Test
    void slugsAreUnique() {
        String slug = "unique-" + UUID.randomUUID().toString().substring(0, 8);
        create("topics", "{\"slug\":\"" + slug + "\",\"name\":\"One\"}").then().statusCode(201);
        create("topics", "{\"slug\":\"" + slug + "\",\"name\":\"Two\"}").then().statusCode(409)
                .body("detail", is("A topic with the slug '" + slug + "' already exists."));
        create("topics", "{\"name\":\"Pensions\"}").then().statusCode(409);
        String etag = given().get("/api/v1/topics/" + slug).then().statusCode(200).extract().header("ETag");
        given().header("Authorization", Tokens.admin()).header("If-Match", etag)
                .contentType("application/merge-patch+json").body("{\"slug\":\"pensions\"}")
                .patch("/api/v1/topics/" + slug).then().statusCode(409);
    }

    @Test
    void changesNeedTheCurrentVersion() {
        String slug = "versioned-" + UUID.randomUUID().toString().substring(0, 8);
        String first = create("topics", "{\"slug\":\"" + slug + "\",\"name\":\"First\"}").then().statusCode(201)
                .extract().header("ETag");
        String path = "/api/v1/topics/" + slug;
        given().header("Authorization", Tokens.admin()).contentType("application/json").body("{\"name\":\"x\"}")
                .put(path).then().statusCode(428).body("type", is("urn:newsdesk:problem:if-match-required"));
        given().header("Authorization", Tokens.admin()).delete(path).then().statusCode(428);
        String second = given().header("Authorization", Tokens.admin()).header("If-Match", first)
                .contentType("application/json").body("{\"name\":\"Second\"}").put(path).then().statusCode(200)
                .extract().header("ETag");
        given().header("Authorization", Tokens.admin()).header("If-Match", first)
                .contentType("application/merge-patch+json").body("{\"name\":\"Lost edit\"}").patch(path)
                .then().statusCode(412).header("ETag", is(second)).body("currentEtag", is(second));
        given().header("Authorization", Tokens.admin()).header("If-Match", first).delete(path).then().statusCode(412);
        given().get(path).then().statusCode(200).body("name", is("Second"));
        given().header("Authorization", Tokens.admin()).header("If-Match", "\"nope\"")
                .contentType("application/json").body("{\"name\":\"x\"}").put("/api/v1/topics/no-such-topic")
                .then().statusCode(404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"name\":\"\"}|name|must not be blank",
        "{\"name\":\"Tab\\tin name\"}|name|one line",
        "{\"slug\":\"Not A Slug\",\"name\":\"x\"}|slug|lower-case words",
        "{\"name\":\"x\",\"count\":3}|count|read-only",
        "{\"name\":\"x\",\"colour\":\"red\"}|colour|not a field",
        "{\"name\":\"???\"}|name|give slug",
        "[1]|body|JSON object"})
    void invalidBodiesAreNamed(String body, String field, String message) {
        create("topics", body).then().statusCode(400).contentType("application/problem+json")
                .body("type", is("urn:newsdesk:problem:invalid-body"))
                .body("violations[0].field", is(field))
                .body("violations[0].message", containsString(message));
    }

    @ParameterizedTest
    @CsvSource({"POST,/api/v1/topics", "PUT,/api/v1/topics/pensions", "PATCH,/api/v1/topics/pensions",
        "DELETE,/api/v1/topics/pensions", "POST,/api/v1/regions", "PUT,/api/v1/regions/global",
        "PATCH,/api/v1/regions/global", "DELETE,/api/v1/regions/global"})
    void onlyAdminsWriteTheTaxonomy(String method, String path) {
        String type = method.equals("PATCH") ? "application/merge-patch+json" : "application/json";
        given().contentType(type).body("{\"name\":\"x\"}").request(method, path).then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json");
        given().header("Authorization", Tokens.editor()).contentType(type).body("{\"name\":\"x\"}")
                .request(method, path).then().statusCode(403).contentType("application/problem+json");
        given().get(path).then().statusCode(200);
    }

    private Response create(String collection, String body) {
        return news.remember(given().header("Authorization", Tokens.admin()).contentType("application/json").body(body)
                .post("/api/v1/" + collection));
    }
}
