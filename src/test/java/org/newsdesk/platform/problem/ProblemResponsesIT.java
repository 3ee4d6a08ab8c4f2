package org.newsdesk.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error is an RFC 9457 problem that names what is wrong and leaks nothing. */
@QuarkusTest
class ProblemResponsesIT {

    private static ValidatableResponse badRequest(String query) {
        return given().get("/api/v1/news" + query).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("urn:newsdesk:problem:invalid-parameters"))
                .body("title", is("Invalid parameters"))
                .body("status", is(400))
                .body("instance", is("/api/v1/news"))
                .body("detail", notNullValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "?month=2022-13      | month   | must be a month as YYYY-MM, such as 2022-06",
        "?month=2022-6       | month   | must be a month as YYYY-MM, such as 2022-06",
        "?year=22            | year    | must be a year as YYYY, such as 2022",
        "?from=yesterday     | from    | must be a date as YYYY-MM-DD, such as 2022-06-30",
        "?to=2022-02-30      | to      | must be a date as YYYY-MM-DD, such as 2022-06-30",
        "?size=0             | size    | must be a whole number from 1 to 100",
        "?size=101           | size    | must be a whole number from 1 to 100",
        "?size=ten           | size    | must be a whole number from 1 to 100",
        "?page=0             | page    | must be a whole number from 1",
        "?page=-1            | page    | must be a whole number from 1",
        "?page=99999999999   | page    | must be a whole number from 1",
        "?sort=random        | sort    | must be newest, oldest, relevance or updated",
        "?country=PRT        | country | 'PRT' is not an ISO 3166-1 alpha-2 code such as TH",
        "?country=ZZ         | country | unknown country 'ZZ'",
        "?topic=astrology    | topic   | unknown topic 'astrology'",
        "?topic=no_slug!     | topic   | 'no_slug!' is not a slug (lower-case words joined by hyphens)",
        "?region=atlantis    | region  | unknown region 'atlantis'",
        "?type=blog          | type    | 'blog' is not one of news, feature, press-release, statement",
        "?from=2022-06-30&to=2022-06-01 | from | must not be after to (2022-06-01)"
    })
    void malformedOrUnknownValueIsA400NamingTheParameter(String query, String field, String message) {
        badRequest(query)
                .body("violations", hasSize(1))
                .body("violations[0].field", is(field))
                .body("violations[0].message", is(message))
                .body("detail", is(field + ": " + message));
    }

    @Test
    void unknownValuesAmongKnownOnesAreNamed() {
        badRequest("?topic=pensions,astrology,alchemy&country=TH,QQ")
                .body("violations.field", contains("topic", "country"))
                .body("violations[0].message", is("unknown topic 'astrology', 'alchemy'"))
                .body("violations[1].message", is("unknown country 'QQ'"));
    }

    @Test
    void everyProblemIsListedInOneAnswer() {
        badRequest("?month=2022-13&size=0&page=0&sort=random&country=PRT")
                .body("violations.field", containsInAnyOrder(
                        "month", "size", "page", "sort", "country"));
    }

    @Test
    void unknownPathIsA404Problem() {
        given().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", is("Not Found"))
                .body("detail", is("There is nothing at /api/v1/nothing-here."))
                .body("instance", is("/api/v1/nothing-here"));
        given().get("/no/such/page").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unknownTaxonomyEntriesAre404Problems() {
        given().get("/api/v1/topics/astrology").then().statusCode(404).contentType("application/problem+json")
                .body("detail", is("No topic with slug 'astrology'."));
        given().get("/api/v1/regions/atlantis").then().statusCode(404).body("detail", is("No region with slug 'atlantis'."));
        given().get("/api/v1/countries/QQ").then().statusCode(404)
                .body("detail", is("No country with ISO 3166-1 alpha-2 code 'QQ'."));
    }

    @Test
    void wrongMethodIsA405WithAllow() {
        given().delete("/api/v1/countries/TH").then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", is("GET, HEAD, OPTIONS"))
                .body("status", is(405))
                .body("title", is("Method Not Allowed"));
        given().post("/api/v1/countries").then().statusCode(405).header("Allow", containsString("GET"));
        given().put("/api/v1/news").then().statusCode(405).header("Allow", is("GET, HEAD, OPTIONS, POST"));
    }

    @Test
    void unacceptableMediaTypeIsA406() {
        given().accept("application/xml").get("/api/v1/news").then().statusCode(406)
                .contentType("application/problem+json")
                .body("title", is("Not Acceptable"))
                .body("detail", is("This resource can only answer with application/json."));
    }

    @Test
    void problemsLeakNoInternals() {
        String body = given().get("/api/v1/news?month=%27;DROP%20TABLE%20news_item;--").then().statusCode(400)
                .extract().asString();
        assertThat(body, allOf(not(containsString("Exception")),
                not(containsString("org.")), not(containsString("SELECT")), not(containsString("\tat "))));
        String notFound = given().get("/api/v1/nothing-here").then().statusCode(404).extract().asString();
        assertThat(notFound, allOf(not(containsString("resource method")),
                not(containsString("Exception"))));
    }
}
