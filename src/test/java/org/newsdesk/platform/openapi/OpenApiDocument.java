package org.newsdesk.platform.openapi;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.Set;
import java.util.function.BiConsumer;

/** The service's own OpenAPI document (/q/openapi as JSON), for every test that reads it. */
public final class OpenApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    private OpenApiDocument() {
    }

    /** The document for looking up a few values by path. */
    public static JsonPath jsonPath() {
        return fetch().jsonPath();
    }

    /** The document for walking it. */
    public static JsonNode tree() throws IOException {
        return JSON.readTree(fetch().asString());
    }

    /** Each operation of the document, with its name ("GET /api/v1/news"). */
    public static void eachOperation(JsonNode document, BiConsumer<String, JsonNode> check) {
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                check.accept(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }));
    }

    /** The node a local $ref ("#/components/responses/NotFound") leads to, through any further $ref; else the node. */
    public static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref") && current.get("$ref").asText().startsWith("#/")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private static ExtractableResponse<Response> fetch() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract();
    }
}
