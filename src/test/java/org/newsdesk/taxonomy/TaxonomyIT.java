package org.newsdesk.taxonomy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Topics, regions and countries with counts hand-counted from the sample tagging. */
@QuarkusTest
class TaxonomyIT {

    @Test
    void listsEveryTopicByNameWithItsCount() {
        given().get("/api/v1/topics").then().statusCode(200)
                .contentType("application/json")
                .body("items", hasSize(19))
                .body("items[0].slug", is("covid-19"))
                .body("items[0].name", is("COVID-19"))
                .body("items.find { it.slug == 'pensions' }.count", is(2))
                .body("items.find { it.slug == 'coverage-extension' }.count", is(4))
                .body("items.find { it.slug == 'development-cooperation' }.count", is(4))
                .body("items.find { it.slug == 'social-dialogue' }.count", is(3))
                .body("items.find { it.slug == 'children' }.count", is(1))
                .body("items.count.sum()", is(36));
    }

    @Test
    void getsOneTopicWithLinks() {
        given().get("/api/v1/topics/social-protection-policy").then().statusCode(200)
                .body("slug", is("social-protection-policy"))
                .body("name", is("Social protection policy"))
                .body("count", is(4))
                .body("links.self", endsWith("/api/v1/topics/social-protection-policy"))
                .body("links.news", endsWith("/api/v1/news?topic=social-protection-policy"));
    }

    @Test
    void listsRegionsCountingDirectTagsAndCountries() {
        given().get("/api/v1/regions").then().statusCode(200)
                .body("items.slug", contains("africa", "americas", "arab-states", "asia-pacific",
                        "europe-central-asia", "global"))
                .body("items.count", contains(2, 2, 2, 8, 4, 6));
    }

    @Test
    void getsOneRegion() {
        given().get("/api/v1/regions/asia-pacific").then().statusCode(200)
                .body("name", is("Asia and the Pacific"))
                .body("count", is(8))
                .body("links.news", endsWith("/api/v1/news?region=asia-pacific"));
    }

    @Test
    void listsCountriesWithItemsByDefault() {
        given().get("/api/v1/countries").then().statusCode(200)
                .body("items", hasSize(16))
                .body("items.count", everyItem(greaterThan(0)))
                .body("items[0].code", is("AO"))
                .body("items[0].name", is("Angola"))
                .body("items[0].region.slug", is("africa"))
                .body("items.find { it.code == 'ID' }.count", is(4))
                .body("items.find { it.code == 'PT' }.count", is(2))
                .body("items.find { it.code == 'TL' }.count", is(2))
                .body("items.find { it.code == 'PT' }.region.slug", is("europe-central-asia"))
                .body("items.find { it.code == 'JO' }.region.name", is("Arab States"));
    }

    @Test
    void listsEveryIsoCountryWithAllTrue() {
        given().get("/api/v1/countries?all=true").then().statusCode(200)
                .body("items", hasSize(249))
                .body("items.code", hasItem("AQ"))
                .body("items.find { it.code == 'AQ' }.region", nullValue())
                .body("items.find { it.code == 'FR' }.count", is(0));
        given().get("/api/v1/countries?all=false").then().statusCode(200).body("items", hasSize(16));
    }

    @Test
    void sampleCountriesAreInTheirRegions() {
        String[][] expected = {
            {"africa", "AO", "CV", "GW", "MZ", "ST", "MA"}, {"americas", "AR", "PY"}, {"arab-states", "JO", "LB"},
            {"asia-pacific", "ID", "TH", "TL"}, {"europe-central-asia", "AM", "PT", "UZ"}};
        for (String[] region : expected) {
            for (int i = 1; i < region.length; i++) {
                given().get("/api/v1/countries/" + region[i]).then().statusCode(200)
                        .body("region.slug", is(region[0]));
            }
        }
    }

    @Test
    void getsOneCountryInAnyCase() {
        given().get("/api/v1/countries/th").then().statusCode(200)
                .body("code", is("TH"))
                .body("name", is("Thailand"))
                .body("region.slug", is("asia-pacific"))
                .body("region.name", is("Asia and the Pacific"))
                .body("count", is(1))
                .body("links.self", endsWith("/api/v1/countries/TH"))
                .body("links.news", endsWith("/api/v1/news?country=TH"));
        given().get("/api/v1/countries/FR").then().statusCode(200).body("count", is(0));
    }

    @Test
    void allMustBeABoolean() {
        given().get("/api/v1/countries?all=yes").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", is("all"))
                .body("violations[0].message", is("must be true or false"));
    }
}
