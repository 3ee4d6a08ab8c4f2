package org.newsdesk.news;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The month index, against the month headings of the sample page. */
@QuarkusTest
class ArchiveIT {

    @Test
    void listsTheSamplePageMonthsNewestFirstWithCounts() {
        given().get("/api/v1/news/archive").then().statusCode(200)
                .contentType("application/json")
                .body("months.month", contains("2022-07", "2022-06", "2022-05", "2022-03", "2022-02", "2022-01",
                        "2021-12", "2021-11", "2021-10", "2021-09", "2021-07"))
                .body("months.count", contains(1, 3, 3, 2, 1, 1, 2, 2, 1, 3, 1));
    }

    @Test
    void honoursTopicCountryRegionAndTypeFilters() {
        given().get("/api/v1/news/archive?topic=pensions").then().statusCode(200)
                .body("months.month", contains("2022-05", "2022-02"))
                .body("months.count", contains(1, 1));
        given().get("/api/v1/news/archive?country=id").then().statusCode(200)
                .body("months.month", contains("2022-06", "2022-01", "2021-09", "2021-07"));
        given().get("/api/v1/news/archive?region=europe-central-asia").then().statusCode(200)
                .body("months.month", contains("2022-06", "2022-03", "2021-12", "2021-11"));
        given().get("/api/v1/news/archive?type=news&region=global&year=2021").then().statusCode(200)
                .body("months.month", contains("2021-10", "2021-09"))
                .body("months.count", contains(1, 1));
        given().get("/api/v1/news/archive?type=statement").then().statusCode(200).body("months", empty());
    }

    @Test
    void rejectsBadFiltersLikeTheList() {
        given().get("/api/v1/news/archive?region=atlantis").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", is("region"))
                .body("violations[0].message", is("unknown region 'atlantis'"));
    }
}
