package org.newsdesk.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.newsdesk.platform.openapi.OpenApiDocument.eachOperation;
import static org.newsdesk.platform.openapi.OpenApiDocument.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Pins the main paths, parameters and responses of the published OpenAPI document, and what Swagger UI and the
 * linters (.ci/openapi-lint) need of it: operation ids, examples of the right shape, one security scheme.
 */
@QuarkusTest
class OpenApiIT {

    @Test
    void describesTheApi() {
        JsonPath spec = OpenApiDocument.jsonPath();
        assertThat(spec.getString("info.title"), is("Newsdesk API"));
        assertThat(spec.getString("info.version"), is("1.0.0"));
        assertThat(spec.getString("info.description"), notNullValue());
        assertThat(spec.getString("info.contact.name"), notNullValue());
        assertThat(spec.getMap("paths").keySet(), containsInAnyOrder(
                "/api/v1/news", "/api/v1/news/archive", "/api/v1/news/{slug}", "/api/v1/news/{slug}/revisions",
                "/api/v1/news/{slug}/revisions/{number}", "/api/v1/news/{slug}/translations",
                "/api/v1/news/{slug}/translations/{language}", "/dev/token",
                "/api/v1/topics", "/api/v1/topics/{slug}", "/api/v1/regions", "/api/v1/regions/{slug}",
                "/api/v1/countries", "/api/v1/countries/{code}", "/oembed",
                "/feeds/news.rss", "/feeds/news.atom", "/feeds/news.json"));
    }

    @Test
    void documentsTheListParametersAndResponses() {
        JsonPath spec = OpenApiDocument.jsonPath();
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
        JsonPath spec = OpenApiDocument.jsonPath();
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

    @Test
    void everyOperationHasAUniqueCamelCaseOperationId() throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        eachOperation(OpenApiDocument.tree(), (name, operation) -> {
            String id = operation.path("operationId").asText();
            assertThat(name, id, matchesPattern("[a-z][a-zA-Z0-9]*"));
            if (!seen.add(id)) {
                repeated.add(id);
            }
        });
        assertThat("operationIds used twice", repeated, empty());
    }

    /** Swagger UI sends nothing for an array parameter whose pre-filled example is a single value. */
    @Test
    void arrayParametersHaveArrayExamples() throws IOException {
        List<String> arrays = new ArrayList<>();
        eachOperation(OpenApiDocument.tree(), (name, operation) -> operation.path("parameters").forEach(parameter -> {
            if (!parameter.path("schema").path("type").asText().equals("array")) {
                return;
            }
            String where = name + " " + parameter.path("name").asText();
            arrays.add(where);
            List<JsonNode> examples = new ArrayList<>();
            if (parameter.has("example")) {
                examples.add(parameter.get("example"));
            }
            parameter.path("examples").forEach(example -> examples.add(example.path("value")));
            parameter.path("schema").path("examples").forEach(examples::add);
            assertThat(where, examples, not(empty()));
            assertThat(where, examples.stream().map(JsonNode::isArray).toList(), everyItem(is(true)));
        }));
        assertThat(arrays, not(empty()));
    }

    @Test
    void hasExactlyOneSecuritySchemeAndEditorsReadsTakeItOptionally() {
        JsonPath spec = OpenApiDocument.jsonPath();
        assertThat(spec.getMap("components.securitySchemes").keySet(), contains("bearer"));
        for (String path : List.of("/api/v1/news", "/api/v1/news/archive", "/api/v1/news/{slug}",
                "/feeds/news.rss", "/feeds/news.atom", "/feeds/news.json")) {
            assertThat(path, spec.getList("paths.'" + path + "'.get.security"), contains(Map.of(),
                    Map.of("bearer", List.of())));
        }
        assertThat(spec.getList("paths.'/api/v1/news'.post.security"), contains(Map.of("bearer", List.of())));
        assertThat(spec.getList("paths.'/api/v1/topics'.get.security"), empty());
    }

    /** Each error status shows its own problem: Swagger UI would otherwise show Problem's 400 everywhere. */
    @Test
    void everyErrorResponseHasAnExampleOfItsOwnStatus() throws IOException {
        JsonNode tree = OpenApiDocument.tree();
        List<String> checked = new ArrayList<>();
        eachOperation(tree, (name, operation) -> operation.path("responses").properties().forEach(entry -> {
            int status = Integer.parseInt(entry.getKey());
            JsonNode problem = resolve(tree, entry.getValue()).path("content").path("application/problem+json");
            if (status < 400 || problem.isMissingNode()) {
                return;
            }
            String where = name + " " + status;
            checked.add(where);
            List<Integer> statuses = new ArrayList<>();
            problem.path("examples").forEach(example -> statuses.add(example.path("value").path("status").asInt()));
            assertThat(where, statuses, not(empty()));
            assertThat(where, statuses, everyItem(is(status)));
        }));
        assertThat(checked, not(empty()));
    }
}
