package org.newsdesk.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.platform.openapi.OpenApiDocument;

/**
 * Topics and regions share one set of endpoints (TermResource); the document still names each operation for
 * its kind, with that kind's answer schema, slug example and descriptions.
 */
@QuarkusTest
class TermOperationsOpenApiIT {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        /api/v1/topics         | get    | listTopics    | List topics      | 200 | TopicList
        /api/v1/topics/{slug}  | get    | getTopic      | Get a topic      | 200 | Topic
        /api/v1/topics         | post   | createTopic   | Create a topic   | 201 | Topic
        /api/v1/topics/{slug}  | put    | replaceTopic  | Replace a topic  | 200 | Topic
        /api/v1/topics/{slug}  | patch  | patchTopic    | Change a topic   | 200 | Topic
        /api/v1/topics/{slug}  | delete | deleteTopic   | Delete a topic   | 204 |
        /api/v1/regions        | get    | listRegions   | List regions     | 200 | RegionList
        /api/v1/regions/{slug} | get    | getRegion     | Get a region     | 200 | Region
        /api/v1/regions        | post   | createRegion  | Create a region  | 201 | Region
        /api/v1/regions/{slug} | put    | replaceRegion | Replace a region | 200 | Region
        /api/v1/regions/{slug} | patch  | patchRegion   | Change a region  | 200 | Region
        /api/v1/regions/{slug} | delete | deleteRegion  | Delete a region  | 204 |
        """)
    void eachWriteIsNamedForItsKind(String path, String method, String operationId, String summary, String status,
            String schema) throws IOException {
        JsonNode operation = OpenApiDocument.tree().path("paths").path(path).path(method);
        assertEquals(operationId, operation.path("operationId").asText());
        assertEquals(summary, operation.path("summary").asText());
        JsonNode answer = operation.path("responses").path(status);
        assertEquals(schema == null ? "" : "#/components/schemas/" + schema,
                answer.path("content").path("application/json").path("schema").path("$ref").asText());
        if (path.endsWith("{slug}")) {
            JsonNode slug = operation.path("parameters").get(0);
            assertEquals("slug", slug.path("name").asText());
            assertEquals(path.contains("topics") ? "pensions" : "asia-pacific", slug.path("example").asText());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        /api/v1/topics/{slug}  | Only once no news item (in any state) is tagged with it; otherwise 409 says by how many. With If-Match.
        /api/v1/regions/{slug} | Only once no news item is tagged with it directly and no country belongs to it; otherwise 409 says by how many. With If-Match.
        """)
    void eachDeletionStatesItsOwnRule(String path, String rule) throws IOException {
        assertEquals(rule, OpenApiDocument.tree().path("paths").path(path).path("delete").path("description").asText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        /api/v1/topics  | Every topic by name, with its count of published items.
        /api/v1/regions | Every region by name, with its count of published items: those tagged with the region and those tagged with one of its countries.
        """)
    void eachListSaysWhatItCounts(String path, String description) throws IOException {
        assertEquals(description, OpenApiDocument.tree().path("paths").path(path).path("get").path("description").asText());
    }
}
