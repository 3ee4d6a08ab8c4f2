package org.newsdesk.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Pins the main paths, parameters and responses of the published OpenAPI document. */
@QuarkusTest
class OpenApiTest {

    private static JsonPath spec() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void describesTheApi() {
        JsonPath spec = spec();
        assertThat(spec.getString("info.title"), is("Newsdesk API"));
        assertThat(spec.getString("info.version"), is("1.0.0"));
        assertThat(spec.getString("info.description"), notNullValue());
        assertThat(spec.getString("info.contact.name"), notNullValue());
        assertThat(spec.getMap("paths").keySet(), containsInAnyOrder(
                "/api/v1/news", "/api/v1/news/archive", "/api/v1/news/{slug}", "/api/v1/news/{slug}/revisions",
                "/api/v1/news/{slug}/revisions/{number}", "/dev/token",
                "/api/v1/topics", "/api/v1/topics/{slug}", "/api/v1/regions", "/api/v1/regions/{slug}",
                "/api/v1/countries", "/api/v1/countries/{code}", "/oembed",
                "/feeds/news.rss", "/feeds/news.atom", "/feeds/news.json"));
    }

    @Test
    void documentsTheListParametersAndResponses() {
        JsonPath spec = spec();
        assertThat(spec.getList("paths.'/api/v1/news'.get.parameters.name"), hasItems(
                "month", "year", "from", "to", "topic", "country", "region", "type", "sort", "page", "size",
                "q", "updatedSince", "cursor", "facets"));
        assertThat(spec.getList("paths.'/api/v1/news/archive'.get.parameters.name"), hasItems("q", "topic"));
        assertThat(spec.getList("paths.'/api/v1/news'.get.parameters.find { it.name == 'sort' }.schema.enum"),
                hasItems("newest", "oldest", "relevance", "updated"));
        assertThat(spec.getMap("paths.'/api/v1/news'.get.responses"),
                allOf(hasKey("200"), hasKey("304"), hasKey("400"), hasKey("406"), hasKey("500")));
        assertThat(spec.getMap("paths.'/api/v1/topics/{slug}'.get.responses"), allOf(hasKey("200"), hasKey("304"),
                hasKey("404")));
        assertThat(
                spec.getMap("paths.'/api/v1/news'.get.responses.'200'.headers"),
                allOf(hasKey("X-Total-Count"), hasKey("Link"), hasKey("ETag")));
        assertThat(spec.getString(
                "paths.'/api/v1/news'.get.parameters.find { it.name == 'size' }.schema.maximum"), is("100"));
        assertThat(spec.getMap("paths.'/api/v1/news/{slug}'.get.responses"), hasKey("404"));
        assertThat(spec.getList("paths.'/api/v1/countries'.get.parameters.name"),
                hasItems("all"));
    }

    @Test
    void documentsTheProblemFormat() {
        JsonPath spec = spec();
        assertThat(spec.getMap("components.schemas.Problem.properties").keySet(),
                hasItems("type", "title", "status", "detail", "instance", "errorId", "violations", "requestId"));
        assertThat(spec.getMap("components.responses.BadRequest.content"),
                hasKey("application/problem+json"));
        assertThat(spec.getMap("components.schemas.NewsSummary.properties").keySet(),
                hasItems("id", "slug", "title", "summary", "publishedOn", "type", "image", "topics", "countries",
                        "regions", "updatedAt", "highlight", "links"));
        assertThat(spec.getMap("components.schemas.NewsPage.properties").keySet(),
                hasItems("items", "page", "links", "facets"));
        assertThat(spec.getMap("components.schemas.PageLinks.properties").keySet(), hasItems("self", "next"));
    }

    @Test
    void servesYamlByDefaultAndSwaggerUi() {
        given().get("/q/openapi").then().statusCode(200)
                .contentType(containsString("yaml"))
                .body(containsString("/api/v1/news/archive:"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
