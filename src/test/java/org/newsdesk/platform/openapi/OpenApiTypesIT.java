package org.newsdesk.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.platform.openapi.OpenApiDocument.eachOperation;
import static org.newsdesk.platform.openapi.OpenApiDocument.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What typed clients generated from the OpenAPI document rely on: response fields that are always there are
 * required, merge patches require nothing, patterns mean the same in ECMA-262 as in Java, and the statuses and
 * headers that every operation can answer with are declared.
 */
@QuarkusTest
class OpenApiTypesIT {

    /** Response fields that are left out when they have no value (JsonInclude NON_NULL). */
    private static final Map<String, Set<String>> OPTIONAL = Map.of(
            "NewsSummary", Set.of("highlight"),
            "NewsPage", Set.of("facets"),
            "Problem", Set.of("errorId", "currentEtag", "violations"),
            "JsonFeedItem", Set.of("image", "tags", "_newsdesk"));
    private static final String SCHEMAS = "#/components/schemas/";

    private JsonNode spec;

    @BeforeEach
    void load() throws Exception {
        spec = OpenApiDocument.tree();
    }

    @Test
    void responseSchemasRequireEveryFieldThatIsAlwaysThere() {
        Set<String> requests = new TreeSet<>();
        Set<String> responses = new TreeSet<>();
        eachOperation(spec, (name, operation) -> {
            operation.path("requestBody").path("content").forEach(media -> reach(media.path("schema"), requests));
            operation.path("responses").forEach(response -> resolve(spec, response).path("content")
                    .forEach(media -> reach(media.path("schema"), responses)));
        });
        responses.removeAll(requests);
        assertTrue(responses.containsAll(List.of("NewsDetail", "NewsSummary", "Topic", "Archive", "Problem")), responses.toString());
        for (String name : responses) {
            JsonNode schema = spec.path("components").path("schemas").path(name);
            Set<String> optional = new TreeSet<>();
            schema.path("properties").fieldNames().forEachRemaining(optional::add);
            schema.path("required").forEach(field -> optional.remove(field.asText()));
            assertEquals(OPTIONAL.getOrDefault(name, Set.of()), optional, name + ": fields that are not required");
        }
        // A revision's content is a NewsWrite as stored: every field is there.
        Set<String> content = new TreeSet<>();
        spec.at("/components/schemas/RevisionDetail/properties/content/required").forEach(f -> content.add(f.asText()));
        assertEquals(names(spec.at("/components/schemas/NewsWrite/properties")), content);
    }

    @Test
    void mergePatchBodiesRequireNothingAndTakeTheWriteSchemasFields() {
        List<String> patches = new ArrayList<>();
        eachOperation(spec, (name, operation) -> {
            JsonNode patch = operation.path("requestBody").path("content").path("application/merge-patch+json");
            if (!patch.isMissingNode()) {
                patches.add(name);
                JsonNode schema = resolve(spec, patch.path("schema"));
                String written = name.replace("PATCH", "PUT");
                JsonNode write = resolve(spec, find(written).path("requestBody").path("content")
                        .path("application/json").path("schema"));
                assertTrue(schema.path("required").isEmpty(), name + " requires " + schema.path("required"));
                assertEquals(names(write.path("properties")), names(schema.path("properties")), name);
                assertFalse(write.path("required").isEmpty(), written + " requires nothing: is it the patch?");
            }
        });
        assertEquals(3, patches.size(), patches.toString());
    }

    @Test
    void patternsAreAnchoredAndFreeOfJavaOnlySyntax() {
        List<String> patterns = new ArrayList<>();
        collectPatterns(spec, patterns);
        assertTrue(patterns.size() >= 10, patterns.toString());
        for (String pattern : patterns) {
            assertTrue(pattern.startsWith("^") && pattern.endsWith("$"), pattern + " is not anchored");
            // Inline flags such as (?i) are Java's; ECMA-262 refuses them.
            assertFalse(Pattern.compile("\\(\\?[a-zA-Z-]+[):]").matcher(pattern).find(), pattern);
        }
    }

    @Test
    void nullableReferencesKeepTheirTypeAndEnumsStayEnums() {
        JsonNode type = spec.at("/components/schemas/NewsWrite/properties/type");
        assertTrue(type.path("type").isMissingNode(), type.toString());
        assertEquals(SCHEMAS + "NewsType", type.at("/anyOf/0/$ref").asText(), type.toString());
        assertEquals("null", type.at("/anyOf/1/type").asText(), type.toString());
        spec.path("components").path("schemas").forEach(schema -> schema.path("properties").forEach(property ->
                assertFalse(property.has("anyOf") && property.has("type"), property.toString())));
    }

    @Test
    void everyOperationDeclaresWhatTheServiceCanAlwaysAnswer() {
        eachOperation(spec, (name, operation) -> {
            JsonNode responses = operation.path("responses");
            for (String status : List.of("405", "429", "500")) {
                assertTrue(responses.has(status), name + " lacks " + status);
            }
            assertTrue(name.startsWith("POST /dev/") || responses.has("503"), name + " lacks 503");
            requireHeader(name, responses, "405", "Allow");
            requireHeader(name, responses, "429", "Retry-After");
            requireHeader(name, responses, "503", "Retry-After");
            requireHeader(name, responses, "301", "Location");
            requireHeader(name, responses, "308", "Location");
            responses.fields().forEachRemaining(response -> assertTrue(header(resolve(spec, response.getValue()),
                    "X-Request-Id").path("required").asBoolean(), name + " " + response.getKey() + " lacks X-Request-Id"));
        });
        assertTrue(find("GET /oembed").path("responses").has("406"));
        assertFalse(find("GET /feeds/news.rss").path("responses").has("406"), "feeds answer any Accept");
        assertEquals("application/problem+json", spec.at("/components/responses/PayloadTooLarge/content")
                .fieldNames().next());
    }

    private void requireHeader(String operation, JsonNode responses, String status, String name) {
        if (responses.has(status)) {
            assertTrue(header(resolve(spec, responses.get(status)), name).path("required").asBoolean(),
                    operation + " " + status + ": " + name + " is not a required header");
        }
    }

    private JsonNode header(JsonNode response, String name) {
        return resolve(spec, response.path("headers").path(name));
    }

    private JsonNode find(String operation) {
        String[] parts = operation.split(" ", 2);
        return spec.path("paths").path(parts[1]).path(parts[0].toLowerCase());
    }

    /** Adds the names of the component schemas that a schema refers to, at any depth. */
    private void reach(JsonNode node, Set<String> names) {
        if (node.has("$ref") && node.get("$ref").asText().startsWith(SCHEMAS)) {
            String name = node.get("$ref").asText().substring(SCHEMAS.length());
            if (names.add(name)) {
                reach(spec.path("components").path("schemas").path(name), names);
            }
        }
        node.forEach(child -> reach(child, names));
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void collectPatterns(JsonNode node, List<String> patterns) {
        node.fields().forEachRemaining(field -> {
            if (field.getKey().equals("pattern") && field.getValue().isTextual()) {
                patterns.add(field.getValue().asText());
            }
        });
        node.forEach(child -> collectPatterns(child, patterns));
    }
}
