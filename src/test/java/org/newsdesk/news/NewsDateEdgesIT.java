package org.newsdesk.news;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.newsdesk.news.NewsApi.list;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Month, year and date-range bounds on items this test owns: on the first and last day of a month,
 * and of a leap-year February, in 1999 and 2000 where the sample has nothing.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsDateEdgesIT {

    @RegisterExtension
    static final NewsFixture NEWS = new NewsFixture();

    @BeforeAll
    void createEdgeItems() {
        create("edge-1999-12-31", LocalDate.of(1999, 12, 31));
        create("edge-2000-01-01", LocalDate.of(2000, 1, 1));
        create("edge-2000-01-31", LocalDate.of(2000, 1, 31));
        create("edge-2000-02-01", LocalDate.of(2000, 2, 1));
        create("edge-2000-02-29", LocalDate.of(2000, 2, 29));
        create("edge-2000-03-01", LocalDate.of(2000, 3, 1));
    }

    @Test
    void monthIncludesItsFirstAndLastDayOnly() {
        list("?month=2000-01").body("items.slug", contains("edge-2000-01-31", "edge-2000-01-01"));
        list("?month=2000-02").body("items.slug", contains("edge-2000-02-29", "edge-2000-02-01"));
    }

    @Test
    void yearIncludesNewYearsDayAndNewYearsEve() {
        list("?year=1999").body("items.slug", contains("edge-1999-12-31"));
        list("?year=2000&sort=oldest").body("items.slug", contains("edge-2000-01-01", "edge-2000-01-31",
                "edge-2000-02-01", "edge-2000-02-29", "edge-2000-03-01"));
    }

    @Test
    void rangeAcrossMonthEndsIsInclusiveAtBothEnds() {
        list("?from=2000-01-31&to=2000-02-29").body("items.slug",
                contains("edge-2000-02-29", "edge-2000-02-01", "edge-2000-01-31"));
        list("?from=1999-12-31&to=2000-01-01").body("items.slug", contains("edge-2000-01-01", "edge-1999-12-31"));
    }

    @Test
    void archiveCountsTheOwnedMonths() {
        given().get("/api/v1/news/archive?year=2000").then().statusCode(200)
                .body("months.month", contains("2000-03", "2000-02", "2000-01"))
                .body("months.count", contains(1, 2, 2));
    }

    @Test
    void itemWithImageUrlAndAltShowsThem() {
        given().get("/api/v1/news/edge-2000-03-01").then().statusCode(200)
                .body("image.url", is("https://example.org/edge-2000-03-01.jpg"))
                .body("image.alt", is("Alt text of edge-2000-03-01"))
                .body("body", is("Body of edge-2000-03-01"));
    }

    private void create(String slug, LocalDate day) {
        NEWS.create(slug, day, NewsType.FEATURE, List.of(), List.of(), List.of());
    }
}
