package org.newsdesk.news;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.platform.problem.LogCapture;

/**
 * Dates outside the accepted range (years 1900 to 9999; updatedSince likewise) are the client's mistake:
 * a 400 naming the parameter on the API, the feeds and the pages, never a 500 and never an ERROR log.
 */
@QuarkusTest
class DateRangeIT {

    private static final List<String> OUT_OF_RANGE = List.of("from=0001-01-01", "from=1899-12-31", "to=99999-12-31",
            "to=0000-01-01", "year=0", "year=-5", "year=0000", "year=1899", "month=0000-01", "month=1899-12");
    private static final List<String> UPDATED_OUT_OF_RANGE = List.of("updatedSince=%2B999999999-12-31T23:59:59Z",
            "updatedSince=-290308-01-01T00:00:00Z", "updatedSince=-4713-01-01T00:00:00Z",
            "updatedSince=0001-01-01T00:00:00Z", "updatedSince=%2B10000-01-01T00:00:00Z");
    private static final List<String> BOUNDS = List.of("from=1900-01-01", "to=9999-12-31", "year=1900", "year=9999",
            "month=1900-01", "month=9999-12", "updatedSince=1900-01-01T00:00:00Z", "updatedSince=9999-12-31T23:59:59Z");
    private static final List<String> PROBLEM_PATHS = List.of("/api/v1/news", "/api/v1/news/archive",
            "/feeds/news.rss", "/feeds/news.atom", "/feeds/news.json");

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    @AfterEach
    void nothingLoggedAsAnError() {
        assertThat(logs.records().stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(r -> r.getFormattedMessage()).toList(), empty());
    }

    @Test
    void outOfRangeDatesAreA400ProblemNamingTheParameter() {
        for (String path : PROBLEM_PATHS) {
            for (String query : concat(OUT_OF_RANGE, UPDATED_OUT_OF_RANGE)) {
                given().urlEncodingEnabled(false).get(path + "?" + query).then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("violations.field", hasItem(parameter(query)));
            }
        }
    }

    @Test
    void outOfRangeDatesAreA400PageNamingTheParameter() {
        for (String path : List.of("/", "/embed/news")) {
            for (String query : OUT_OF_RANGE) {
                String html = given().accept("text/html").urlEncodingEnabled(false).get(path + "?" + query).then()
                        .statusCode(400).contentType(startsWith("text/html")).extract().asString();
                assertThat(path + "?" + query, html, containsString(parameter(query)));
            }
        }
    }

    @Test
    void theBoundsThemselvesAreServed() {
        for (String query : BOUNDS) {
            given().get("/api/v1/news?" + query).then().statusCode(200);
            given().get("/feeds/news.json?" + query).then().statusCode(200);
        }
        given().accept("text/html").get("/?from=1900-01-01&to=9999-12-31").then().statusCode(200);
    }

    private static String parameter(String query) {
        return query.substring(0, query.indexOf('='));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
