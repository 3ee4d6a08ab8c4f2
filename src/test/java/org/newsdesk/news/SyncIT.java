package org.newsdesk.news;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Incremental sync: updatedSince and sort=updated. */
@QuarkusTest
class SyncIT {

    @RegisterExtension
    final NewsFixture news = new NewsFixture();

    @Test
    void everyListedItemCarriesUpdatedAt() {
        given().get("/api/v1/news").then().statusCode(200).body("items.updatedAt", everyItem(notNullValue()));
    }

    @Test
    void updatedSinceKeepsOnlyLaterChanges() {
        given().get("/api/v1/news?updatedSince=2000-01-01T00:00:00Z").then().statusCode(200).body("page.totalItems", is(20));
        given().get("/api/v1/news?updatedSince=2999-01-01T00:00:00Z").then().statusCode(200).body("items", empty());
    }

    @Test
    void aChangedItemComesFirstAndAloneAfterThePreviousSync() throws SQLException {
        String lastSync = given().get("/api/v1/news?sort=updated&size=1").then().statusCode(200)
                .extract().path("items[0].updatedAt");
        long id = news.create("sync-item", LocalDate.of(1995, 5, 5), NewsType.STATEMENT, List.of(), List.of(), List.of());
        String since = Instant.parse(lastSync).plusMillis(1).toString();
        given().queryParam("updatedSince", since).queryParam("sort", "updated").get("/api/v1/news").then()
                .statusCode(200)
                .body("items.slug", contains("sync-item"));
        given().get("/api/v1/news?sort=updated&size=2").then().statusCode(200)
                .body("items[0].slug", is("sync-item"))
                .body("items[1].slug", not(is("sync-item")));
        news.remove(id);
        given().get("/api/v1/news?sort=updated").then().statusCode(200).body("items.slug", not(hasItem("sync-item")));
    }

    @Test
    void acceptsOffsetsEvenWhenThePlusWasNotEncoded() {
        given().urlEncodingEnabled(false).get("/api/v1/news?updatedSince=2000-01-01T02:00:00+02:00").then()
                .statusCode(200).body("page.totalItems", is(20));
        given().queryParam("updatedSince", "2000-01-01T02:00:00+02:00").get("/api/v1/news").then().statusCode(200)
                .body("page.totalItems", is(20));
    }

    @Test
    void malformedUpdatedSinceIsA400() {
        for (String bad : new String[] {"yesterday", "2024-01-01", "2024-01-01T00:00:00", "2024-13-01T00:00:00Z"}) {
            given().queryParam("updatedSince", bad).get("/api/v1/news").then().statusCode(400)
                    .body("violations[0].field", is("updatedSince"))
                    .body("violations[0].message", is("must be an ISO 8601 date-time with offset, such as 2026-11-01T00:00:00Z"));
        }
    }
}
