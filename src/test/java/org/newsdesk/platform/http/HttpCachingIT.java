package org.newsdesk.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.news.NewsFixture;
import org.newsdesk.news.NewsType;
import org.newsdesk.news.SampleSlugs;

/** ETag, 304, Last-Modified, Cache-Control and CORS on every GET endpoint; the cache never serves stale content. */
@QuarkusTest
class HttpCachingIT {

    @RegisterExtension
    final NewsFixture news = new NewsFixture();

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/news", "/api/v1/news?topic=pensions&facets=country", "/api/v1/news?q=pension",
        "/api/v1/news/archive", "/api/v1/news/" + SampleSlugs.PORTUGAL, "/api/v1/topics", "/api/v1/topics/pensions",
        "/api/v1/regions", "/api/v1/regions/global", "/api/v1/countries", "/api/v1/countries?all=true",
        "/api/v1/countries/TH"})
    void everyGetHasAStrongETagAndAnswersIfNoneMatchWith304(String path) {
        String etag = StrongETags.answerIfNoneMatchWith304(path);
        given().urlEncodingEnabled(false).header("If-None-Match", "\"other\", W/" + etag).get(path).then().statusCode(304);
        given().urlEncodingEnabled(false).header("If-None-Match", "*").get(path).then().statusCode(304);
    }

    @Test
    void differentContentHasDifferentETags() {
        assertNotEquals(given().get("/api/v1/news?topic=pensions").then().statusCode(200).extract().header("ETag"),
                given().get("/api/v1/news?topic=children").then().statusCode(200).extract().header("ETag"));
    }

    @Test
    void singleItemsHaveLastModifiedAndAnswerIfModifiedSince() {
        String path = "/api/v1/news/" + SampleSlugs.PORTUGAL;
        String lastModified = given().get(path).then().statusCode(200)
                .header("Last-Modified", matchesPattern("[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"))
                .extract().header("Last-Modified");
        given().header("If-Modified-Since", lastModified).get(path).then().statusCode(304);
        given().header("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").get(path).then().statusCode(200);
        given().header("If-Modified-Since", "not a date").get(path).then().statusCode(200);
        given().get("/api/v1/news").then().statusCode(200).header("Last-Modified", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void errorsAreNeither304NorCached() {
        given().header("If-None-Match", "*").get("/api/v1/news/no-such-item").then().statusCode(404)
                .header("ETag", org.hamcrest.Matchers.nullValue());
        given().header("If-None-Match", "*").get("/api/v1/news?month=2022-13").then().statusCode(400);
    }

    @Test
    void aWriteOnThisInstanceIsVisibleAtOnce() throws SQLException {
        String path = "/api/v1/news?year=1996";
        String before = given().get(path).then().statusCode(200).body("page.totalItems", is(0))
                .extract().header("ETag");
        long id = news.create("cache-item", LocalDate.of(1996, 6, 6), NewsType.NEWS, List.of(), List.of(), List.of());
        given().header("If-None-Match", before).get(path).then().statusCode(200)
                .body("items[0].slug", is("cache-item"))
                .header("ETag", not(is(before)));
        news.remove(id);
        given().get(path).then().statusCode(200).body("page.totalItems", is(0)).header("ETag", is(before));
    }

    @Test
    void aWriteByAnotherInstanceIsVisibleOnceItsNotificationArrives() throws Exception {
        // Another instance writes straight to the database: this one learns of it only by NOTIFY.
        String path = "/api/v1/topics/pensions";
        given().get(path).then().statusCode(200).body("name", is("Pensions"));
        news.executeWithoutCatchingUp("UPDATE topic SET name = 'Pensions and old age' WHERE slug = 'pensions'");
        try {
            assertEquals("Pensions and old age", awaitName(path, "Pensions and old age"));
        } finally {
            news.executeWithoutCatchingUp("UPDATE topic SET name = 'Pensions' WHERE slug = 'pensions'");
        }
        assertEquals("Pensions", awaitName(path, "Pensions"));
    }

    @Test
    void corsLetsAnyOriginReadThePagingAndCachingHeaders() {
        given().header("Origin", "https://partner.example").get("/api/v1/news").then().statusCode(200)
                .header("Access-Control-Allow-Origin", notNullValue())
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("X-Total-Count"));
        given().header("Origin", "https://partner.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/news").then().statusCode(200)
                .header("Access-Control-Allow-Origin", notNullValue())
                .header("Access-Control-Allow-Methods", containsString("GET"));
    }

    /** Polls for at most five seconds: notifications take milliseconds, the bound only stops a broken run. */
    private static String awaitName(String path, String expected) throws InterruptedException {
        String name = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            name = given().get(path).then().statusCode(200).extract().path("name");
            if (expected.equals(name)) {
                break;
            }
            Thread.sleep(50);
        }
        return name;
    }
}
