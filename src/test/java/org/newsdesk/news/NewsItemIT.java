package org.newsdesk.news;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NewsItemIT {

    @Test
    void returnsOneItemWithEverything() {
        given().get("/api/v1/news/" + SampleSlugs.PORTUGAL).then().statusCode(200)
                .contentType("application/json")
                .body("slug", is(SampleSlugs.PORTUGAL))
                .body("title", is("ILO and Portugal sign cooperation agreement on Social Protection"))
                .body("summary", containsString("“Strengthening of Social Protection Systems in the PALOP and Timor-Leste\"."))
                .body("body", nullValue())
                .body("publishedOn", is("2022-06-17"))
                .body("type", is("news"))
                .body("image", nullValue())
                .body("topics.slug", contains("development-cooperation", "social-protection-policy"))
                .body("countries.code", contains("AO", "CV", "GW", "MZ", "PT", "ST", "TL"))
                .body("regions.slug", contains("africa", "asia-pacific", "europe-central-asia"))
                .body("createdAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T.*Z"))
                .body("updatedAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T.*Z"))
                .body("links.self", containsString("/api/v1/news/" + SampleSlugs.PORTUGAL));
    }

    @Test
    void keepsThePhotoCreditAsNormalised() {
        // The page prints "© (c) ILO/F. Latief 2022"; the tagging's credit is the normalised one.
        given().get("/api/v1/news/" + SampleSlugs.OLDEST).then().statusCode(200)
                .body("image.credit", is("© ILO/F. Latief 2022"))
                .body("image.url", nullValue());
    }

    @Test
    void directlyTaggedRegionWithoutCountries() {
        given().get("/api/v1/news/" + SampleSlugs.ASIA_PACIFIC_REPORT).then().statusCode(200)
                .body("countries", org.hamcrest.Matchers.empty())
                .body("regions.slug", contains("asia-pacific"))
                .body("topics.name", contains("Social health protection"));
    }

    @Test
    void unknownSlugIsA404Problem() {
        given().get("/api/v1/news/no-such-item").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("about:blank"))
                .body("title", is("Not Found"))
                .body("status", is(404))
                .body("detail", is("No news item with slug 'no-such-item'."))
                .body("instance", is("/api/v1/news/no-such-item"));
    }
}
