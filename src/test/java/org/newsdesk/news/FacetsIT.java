package org.newsdesk.news;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newsdesk.news.NewsApi.list;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Facet counts against counts made by hand from the sample tagging (docs in the README). */
@QuarkusTest
class FacetsIT {

    @Test
    void countsEveryDimensionOverTheWholeList() {
        list("?facets=topic,country,region,type,month,year&size=1")
                .body("items", hasSize(1))
                .body("facets.topic", hasSize(19))
                .body("facets.topic[0].value", is("coverage-extension"))
                .body("facets.topic[0].name", is("Coverage extension"))
                .body("facets.topic[0].count", is(4))
                .body("facets.topic.find { it.value == 'pensions' }.count", is(2))
                .body("facets.topic.find { it.value == 'social-dialogue' }.count", is(3))
                .body("facets.topic.count.sum()", is(36))
                .body("facets.country", hasSize(16))
                .body("facets.country[0].value", is("ID"))
                .body("facets.country[0].count", is(4))
                .body("facets.region.value", contains("asia-pacific", "global", "europe-central-asia", "africa",
                        "americas", "arab-states"))
                .body("facets.region.count", contains(8, 6, 4, 2, 2, 2))
                .body("facets.type.value", contains("news"))
                .body("facets.type.name", contains("News"))
                .body("facets.type.count", contains(20))
                .body("facets.year.value", contains("2022", "2021"))
                .body("facets.year.count", contains(11, 9))
                .body("facets.month", hasSize(11))
                .body("facets.month[0].value", is("2022-07"))
                .body("facets.month[0].name", is("July 2022"))
                .body("facets.month[1].count", is(3));
    }

    @Test
    void aDimensionIgnoresItsOwnFilterSoAlternativesShow() {
        // Filtered to pensions, the topic facet still shows every topic; the country facet follows the filter.
        list("?topic=pensions&facets=topic,country")
                .body("page.totalItems", is(2))
                .body("facets.topic", hasSize(19))
                .body("facets.topic.find { it.value == 'pensions' }.count", is(2))
                .body("facets.country.value", containsInAnyOrder("LB", "TH"))
                .body("facets.country.count", contains(1, 1));
        list("?country=TH&facets=country,topic")
                .body("facets.country", hasSize(16))
                .body("facets.topic.value", contains("pensions"));
        list("?region=africa&facets=region,topic")
                .body("facets.region.count", contains(8, 6, 4, 2, 2, 2))
                .body("facets.topic.value", containsInAnyOrder("coverage-extension", "development-cooperation",
                        "migrant-workers", "social-protection-policy"));
        list("?year=2021&facets=year,month")
                .body("facets.year.count", contains(11, 9))
                .body("facets.month.value", contains("2021-12", "2021-11", "2021-10", "2021-09", "2021-07"));
        list("?month=2022-06&facets=month,year")
                .body("facets.month", hasSize(11))
                .body("facets.year.value", contains("2022"))
                .body("facets.year.count", contains(3));
    }

    @Test
    void facetsFollowSearchToo() {
        given().queryParam("q", "pension").queryParam("facets", "country").get("/api/v1/news").then().statusCode(200)
                .body("facets.country.value", contains("TH"));
    }

    /** Dimensions that share a filter are counted from one reading of its matches; each must count as if alone. */
    @ParameterizedTest
    @ValueSource(strings = {"q=social", "q=protection&topic=pensions", "year=2022&country=TH", "q=social&month=2022-06"})
    void facetsAskedTogetherCountAsEachAskedAlone(String filter) {
        List<String> dimensions = List.of("topic", "country", "region", "type", "month", "year");
        Map<String, List<Map<String, Object>>> together = given().get("/api/v1/news?" + filter + "&facets="
                + String.join(",", dimensions)).then().statusCode(200).extract().path("facets");
        // Months share the filter with topics, regions and types in every case: that group is not empty.
        assertFalse(together.get("month").isEmpty(), filter + " " + together);
        for (String dimension : dimensions) {
            List<Map<String, Object>> alone = given().get("/api/v1/news?" + filter + "&facets=" + dimension).then()
                    .statusCode(200).extract().path("facets." + dimension);
            assertEquals(alone, together.get(dimension), filter + ", " + dimension);
        }
    }

    @Test
    void noFacetsUnlessAsked() {
        list("").body("$", not(hasKey("facets")));
    }

    @Test
    void unknownFacetIsA400() {
        given().get("/api/v1/news?facets=topic,colour").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", is("facets"))
                .body("violations[0].message", is("'colour' is not one of topic, country, region, type, month, year"));
    }
}
