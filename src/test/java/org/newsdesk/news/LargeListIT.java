package org.newsdesk.news;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A list longer than counts and page numbers reach: 1,050 press releases this test owns. The total
 * is "more than 1000", paging goes on by cursor, and the tag arrays follow the link tables.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeListIT {

    private static final int ITEMS = Paging.MAX_OFFSET + 50;

    @RegisterExtension
    static final NewsFixture NEWS = new NewsFixture();

    @BeforeAll
    void createManyItems() throws SQLException {
        NEWS.insert("""
                INSERT INTO news_item (slug, title, summary, published_on, type)
                SELECT 'bulk-' || i, 'Bulk release ' || i, 'Summary ' || i, DATE '1980-01-01' + (i %% 3000), 'press-release'
                FROM generate_series(1, %d) AS i
                RETURNING id""".formatted(ITEMS));
        NEWS.execute("""
                INSERT INTO news_topic (news_id, topic_id)
                SELECT n.id, (SELECT id FROM topic WHERE slug = 'pensions') FROM news_item n
                WHERE n.slug LIKE 'bulk-%' AND n.id % 2 = 0""");
        NEWS.execute("INSERT INTO news_country (news_id, country_code) "
                + "SELECT id, 'MA' FROM news_item WHERE slug = 'bulk-7'");
    }

    @Test
    void countsStopAtTheCapAndSaySo() {
        given().get("/api/v1/news?type=press-release").then().statusCode(200)
                .header("X-Total-Count", nullValue())
                .header("Link", not(containsString("rel=\"last\"")))
                .header("Link", containsString("page=2>; rel=\"next\""))
                .body("page.totalItems", is(Paging.MAX_OFFSET))
                .body("page.totalItemsExact", is(false))
                .body("page.totalPages", nullValue())
                .body("links.next", notNullValue());
        given().get("/api/v1/news?type=press-release&topic=pensions").then().statusCode(200)
                .header("X-Total-Count", is(Integer.toString(ITEMS / 2)))
                .body("page.totalItemsExact", is(true));
    }

    @Test
    void searchCountsStopAtTheCapInTitlesAndCountExactlyBelowIt() {
        given().get("/api/v1/news?q=bulk").then().statusCode(200)
                .header("X-Total-Count", nullValue())
                .body("page.totalItems", is(Paging.MAX_OFFSET))
                .body("page.totalItemsExact", is(false));
        given().get("/api/v1/news?q=bulk&topic=pensions").then().statusCode(200)
                .header("X-Total-Count", is(Integer.toString(ITEMS / 2)));
        given().get("/api/v1/news?q=bulk -release").then().statusCode(200)
                .header("X-Total-Count", is("0"));
    }

    @Test
    void theLastNumberedPageLinksOnByCursor() {
        given().get("/api/v1/news?type=press-release&size=100&page=10").then().statusCode(200)
                .header("Link", containsString("cursor="))
                .body("links.next", containsString("cursor="));
    }

    @Test
    void tagArraysFollowTheLinkTables() throws SQLException {
        given().get("/api/v1/news?type=press-release&region=africa").then().statusCode(200)
                .body("items.slug", org.hamcrest.Matchers.contains("bulk-7"));
        // Morocco moves region: its items move with it.
        NEWS.execute(
                "UPDATE country SET region_id = (SELECT id FROM region WHERE slug = 'arab-states') WHERE code = 'MA'");
        try {
            given().get("/api/v1/news?type=press-release&region=arab-states").then().statusCode(200)
                    .body("items.slug", org.hamcrest.Matchers.contains("bulk-7"));
            given().get("/api/v1/news?type=press-release&region=africa").then().statusCode(200)
                    .body("page.totalItems", is(0));
        } finally {
            NEWS.execute(
                    "UPDATE country SET region_id = (SELECT id FROM region WHERE slug = 'africa') WHERE code = 'MA'");
        }
        NEWS.execute("DELETE FROM news_country WHERE country_code = 'MA' "
                + "AND news_id = (SELECT id FROM news_item WHERE slug = 'bulk-7')");
        given().get("/api/v1/news?type=press-release&country=MA").then().statusCode(200).body("page.totalItems", is(0));
    }
}
