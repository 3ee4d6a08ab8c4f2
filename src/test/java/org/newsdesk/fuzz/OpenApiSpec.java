package org.newsdesk.fuzz;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsdesk.platform.openapi.OpenApiDocument;

/** The service's own OpenAPI document (/q/openapi), read for its operations, parameters and response schemas. */
final class OpenApiSpec {

    private final JsonNode root;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new HashMap<>();

    private OpenApiSpec(JsonNode root) {
        this.root = root;
    }

    static OpenApiSpec load() throws IOException {
        return new OpenApiSpec(OpenApiDocument.tree());
    }

    record Operation(String method, String path, JsonNode node) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** One parameter: its name, where it goes (path, query, header) and its schema, refs resolved. */
    record Parameter(String name, String in, JsonNode node, JsonNode schema) {
    }

    List<Operation> operations(String method) {
        List<Operation> operations = new ArrayList<>();
        root.path("paths").properties().forEach(path -> {
            JsonNode operation = path.getValue().path(method.toLowerCase());
            if (!operation.isMissingNode()) {
                operations.add(new Operation(method, path.getKey(), operation));
            }
        });
        return operations;
    }

    List<Parameter> parameters(Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode node : operation.node().path("parameters")) {
            JsonNode parameter = resolve(node);
            parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(), parameter,
                    resolve(parameter.path("schema"))));
        }
        return parameters;
    }

    /** The schema of an operation's JSON request body. */
    JsonNode requestSchema(Operation operation) {
        return resolve(resolve(operation.node().path("requestBody")).path("content").path("application/json")
                .path("schema"));
    }

    /** The documented response for a status, or null when the operation does not document it. */
    JsonNode response(Operation operation, int status) {
        JsonNode responses = operation.node().path("responses");
        JsonNode response = responses.has(Integer.toString(status)) ? responses.get(Integer.toString(status))
                : responses.get("default");
        return response == null ? null : resolve(response);
    }

    List<String> documentedStatuses(Operation operation) {
        List<String> statuses = new ArrayList<>();
        operation.node().path("responses").fieldNames().forEachRemaining(statuses::add);
        return statuses;
    }

    /** Schema errors of a JSON body against a documented schema (its refs point into the document's components). */
    List<String> validate(JsonNode schema, String body) {
        String key = schema.toString();
        Schema compiled = schemas.computeIfAbsent(key, unused -> {
            ObjectNode standalone = schema.deepCopy();
            standalone.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            standalone.set("components", root.path("components"));
            return registry.getSchema(standalone.toString(), InputFormat.JSON);
        });
        return compiled.validate(body, InputFormat.JSON).stream().map(Object::toString).collect(Collectors.toList());
    }

    /** Follows a local $ref (#/components/...). */
    JsonNode resolve(JsonNode node) {
        return OpenApiDocument.resolve(root, node);
    }
}
