package org.newsdesk.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.fuzz.Answers.clip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.editorial.Tokens;
import org.newsdesk.news.NewsFixture;

/**
 * Property-based fuzzing from the service's own OpenAPI document (one seeded Random, see SpecValues): thousands of requests with values drawn
 * from each parameter's and field's schema, valid and not. Every answer must be a status the operation
 * documents, with a body matching the documented schema and content type, and never a 5xx.
 * Replay a failure with -Dfuzz.seed=<the printed seed>.
 */
@QuarkusTest
class OpenApiFuzzIT {

    private static final long SEED = Long.getLong("fuzz.seed", 6_2025L);
    private static final int GET_REQUESTS = 5_000;
    private static final int WRITE_REQUESTS = 600;
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final NewsFixture news = new NewsFixture();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> failures = new ArrayList<>();
    private OpenApiSpec spec;
    private SpecValues values;

    @Test
    void everyGetAnswersAsDocumented() throws Exception {
        start(SEED);
        List<OpenApiSpec.Operation> operations = spec.operations("GET");
        assertTrue(operations.size() >= 10, "GET operations in the spec: " + operations);
        int perOperation = (GET_REQUESTS + operations.size() - 1) / operations.size();
        int sent = 0;
        for (OpenApiSpec.Operation operation : operations) {
            for (int i = 0; i < perOperation; i++) {
                sent += sendGet(operation);
            }
        }
        System.out.printf("fuzz: %d GET requests over %d operations, seed %d%n", sent, operations.size(), SEED);
        assertTrue(sent >= GET_REQUESTS);
        assertEquals(List.of(), failures, "seed " + SEED);
    }

    @Test
    void newsWritesAnswerAsDocumentedAndLeaveNothingBehind() throws Exception {
        start(SEED + 1);
        OpenApiSpec.Operation create = find("POST", "/api/v1/news");
        OpenApiSpec.Operation replace = find("PUT", "/api/v1/news/{slug}");
        OpenApiSpec.Operation patch = find("PATCH", "/api/v1/news/{slug}");
        OpenApiSpec.Operation retire = find("DELETE", "/api/v1/news/{slug}");
        JsonNode schema = spec.requestSchema(create);
        // The throwaway item that PUT and PATCH rewrite; a draft, so never public.
        HttpResponse<String> made = send(write("POST", "/api/v1/news", """
                {"title":"Fuzz target","summary":"Rewritten by the fuzz test.","publishedOn":"2022-01-01"}""",
                "application/json", null));
        assertEquals(201, made.statusCode(), made.body());
        String slug = JSON.readTree(made.body()).path("slug").asText();
        String etag = made.headers().firstValue("ETag").orElseThrow();
        int sent = 1;
        for (int i = 0; i < WRITE_REQUESTS; i++) {
            String body = JSON.writeValueAsString(body(schema));
            if (i % 3 == 0) {
                HttpResponse<String> answer = check(create, send(write("POST", "/api/v1/news", body, "application/json", null)));
                if (answer.statusCode() == 201) {
                    JsonNode created = JSON.readTree(answer.body());
                    check(retire, send(write("DELETE", "/api/v1/news/" + encode(created.path("slug").asText()), null,
                            null, answer.headers().firstValue("ETag").orElseThrow())));
                    sent++;
                }
            } else {
                boolean put = i % 3 == 1;
                HttpResponse<String> answer = check(put ? replace : patch, send(write(put ? "PUT" : "PATCH",
                        "/api/v1/news/" + encode(slug), body, put ? "application/json" : "application/merge-patch+json",
                        etag)));
                if (answer.statusCode() == 200) {
                    slug = JSON.readTree(answer.body()).path("slug").asText();
                    etag = answer.headers().firstValue("ETag").orElseThrow();
                }
            }
            sent++;
        }
        HttpResponse<String> retired = send(write("DELETE", "/api/v1/news/" + encode(slug), null, null, etag));
        assertTrue(retired.statusCode() == 200 || retired.statusCode() == 204, retired.body());
        System.out.printf("fuzz: %d news writes, seed %d%n", sent + 1, SEED + 1);
        assertEquals(List.of(), failures, "seed " + (SEED + 1));
    }

    private void start(long seed) throws IOException {
        System.out.println("fuzz: seed " + seed + " (replay with -Dfuzz.seed)");
        spec = OpenApiSpec.load();
        values = new SpecValues(new Random(seed));
    }

    private OpenApiSpec.Operation find(String method, String path) {
        return spec.operations(method).stream().filter(operation -> operation.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(method + " " + path + " is not in the spec"));
    }

    private int sendGet(OpenApiSpec.Operation operation) throws Exception {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        HttpRequest.Builder request = HttpRequest.newBuilder().GET().timeout(Duration.ofSeconds(30));
        for (OpenApiSpec.Parameter parameter : spec.parameters(operation)) {
            boolean inPath = parameter.in().equals("path");
            if (!inPath && !values.chance(0.4)) {
                continue;
            }
            String valid = values.valid(parameter.node(), parameter.schema());
            String value = valid != null && values.chance(0.7) ? valid : values.invalid(parameter.schema());
            switch (parameter.in()) {
                // An empty segment would name another operation's resource (/api/v1/topics/ is the list).
                case "path" -> path = path.replace("{" + parameter.name() + "}", encode(value.isEmpty() ? " " : value));
                case "query" -> query.append(query.isEmpty() ? '?' : '&').append(encode(parameter.name())).append('=')
                        .append(encode(value));
                case "header" -> {
                    String safe = values.headerSafe(value);
                    if (!safe.isBlank()) {
                        request.header(parameter.name(), safe.strip());
                    }
                }
                default -> {
                }
            }
        }
        check(operation, send(request.uri(uri(path + query))));
        return 1;
    }

    /** A request body from the schema: each field valid, invalid or left out; now and then an unknown field. */
    private JsonNode body(JsonNode schema) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        schema.path("properties").properties().forEach(field -> {
            double roll = values.between(0, 99) / 100d;
            JsonNode property = spec.resolve(field.getValue());
            if (roll < 0.7) {
                body.set(field.getKey(), validField(property));
            } else if (roll < 0.9) {
                body.set(field.getKey(), invalidField());
            }
        });
        if (values.chance(0.05)) {
            body.put("unknown", "field");
        }
        return body;
    }

    private JsonNode validField(JsonNode property) {
        JsonNode target = property.has("anyOf") ? spec.resolve(property.path("anyOf").path(0)) : property;
        if (target.has("properties")) {
            return body(target);
        }
        if (target.path("format").asText().equals("date")) {
            return JsonNodeFactory.instance.textNode(values.between(1990, 2030) + "-0" + values.between(1, 9) + "-1"
                    + values.between(0, 9));
        }
        List<JsonNode> known = new ArrayList<>();
        target.path("examples").forEach(known::add);
        target.path("enum").forEach(known::add);
        if (known.isEmpty()) {
            return JsonNodeFactory.instance.textNode(values.valid(target, target) == null
                    ? "fuzz " + values.word(20)
                    : values.valid(target, target));
        }
        return values.pick(known);
    }

    private JsonNode invalidField() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (values.between(0, 5)) {
            case 0 -> nodes.numberNode(values.nextLong());
            case 1 -> nodes.textNode(values.pick(HostileInputs.TEXT));
            case 2 -> nodes.textNode(values.invalid(nodes.objectNode()));
            case 3 -> nodes.arrayNode().add(values.unicode(10));
            case 4 -> nodes.objectNode().put("x", 1);
            default -> nodes.booleanNode(true);
        };
    }

    private HttpRequest.Builder write(String method, String path, String body, String contentType, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", Tokens.editor())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request;
    }

    /** Sends it; what it creates is the fixture's to remove (retired items stay in the database). */
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return news.remember(http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    /** Records every way in which an answer departs from the spec. */
    private HttpResponse<String> check(OpenApiSpec.Operation operation, HttpResponse<String> answer) {
        String where = operation + " as " + answer.request().method() + " " + answer.request().uri() + " -> "
                + answer.statusCode();
        int status = answer.statusCode();
        JsonNode documented = spec.response(operation, status);
        // The one 5xx allowed is oEmbed's documented 501 for a format it does not offer (as oEmbed 1.0 says).
        if (documented == null || status >= 500 && status != 501) {
            fail(where + " (documented: " + spec.documentedStatuses(operation) + ") " + clip(answer.body()));
            return answer;
        }
        JsonNode content = documented.path("content");
        String type = answer.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        if (content.isEmpty() || status == 304 || answer.request().method().equals("HEAD")) {
            return answer;
        }
        if (!content.has(type)) {
            fail(where + ": content type " + type + ", documented " + content.fieldNames().next());
        } else if (type.endsWith("json") && content.get(type).has("schema")) {
            List<String> errors = spec.validate(spec.resolve(content.get(type).get("schema")), answer.body());
            if (!errors.isEmpty()) {
                fail(where + ": " + errors + " in " + clip(answer.body()));
            }
        }
        if (status >= 400 && type.endsWith("json") && !type.equals("application/problem+json")) {
            fail(where + ": an error as " + type);
        }
        return answer;
    }

    private void fail(String failure) {
        if (failures.size() < 20) {
            failures.add(failure);
        }
    }

    private static URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + RestAssured.port + pathAndQuery);
    }

    /** Percent-encodes every byte of the UTF-8 form but the unreserved characters. */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
