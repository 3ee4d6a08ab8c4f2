package org.newsdesk.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.newsdesk.platform.problem.Problem;
import org.newsdesk.platform.problem.RequestIds;

/**
 * Documents what the service sends on every operation, which per-resource annotations would repeat or
 * forget: the X-Request-Id (RequestIds) and RateLimit headers (RateLimiter) of every answer, 400 for a path
 * not in normal form (NormalPaths), 401 for a bearer token that is not valid (SentTokens, on public reads too), 403
 * where a token is required and lacks the role (RolesAllowed),
 * 405 with Allow (ProblemMappers, AllowedMethods) for a method the path does not take, 406 where the answer is
 * JSON only, 429 (RateLimiter), 500 (ProblemMappers' catch-all) and 503 with Retry-After (DatabaseFaultMappers).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CommonResponsesOpenApi implements OASFilter {

    static final String PATH_NOT_NORMAL = "PathNotNormal";
    static final String METHOD_NOT_ALLOWED = "MethodNotAllowed";
    static final String TOO_MANY_REQUESTS = "TooManyRequests";
    static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";
    private static final String RATE_LIMIT = "RateLimit";
    private static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    private static final String RATE_LIMIT_FORMAT = "draft-ietf-httpapi-ratelimit-headers: \"default\";r=<remaining>;"
            + "t=<seconds until the limit is whole again>";
    private static final String RATE_LIMIT_POLICY_FORMAT = "draft-ietf-httpapi-ratelimit-headers: "
            + "\"default\";q=<requests per minute>;w=60";
    /** Paths of development builds only, which never touch the database. */
    private static final String DEVELOPMENT_PATHS = "/dev/";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        addComponents(openApi);
        if (openApi.getPaths() != null && openApi.getPaths().getPathItems() != null) {
            openApi.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values()
                    .forEach(operation -> addResponses(path, operation)));
        }
        addHeadersToEveryResponse(openApi);
    }

    private static void addComponents(OpenAPI openApi) {
        openApi.getComponents()
                .addHeader(RequestIds.HEADER, header(true, "Id of the request: the caller's own when it sent a plain "
                        + "token of up to 128 characters in X-Request-Id, else a new UUID. Problems carry it as "
                        + "requestId; the service's logs show it on every line of the request."))
                .addHeader(RATE_LIMIT, header(false, "Sent while the rate limit is on (the default). "
                        + RATE_LIMIT_FORMAT))
                .addHeader(RATE_LIMIT_POLICY, header(false, "Sent while the rate limit is on (the default). "
                        + RATE_LIMIT_POLICY_FORMAT))
                .addResponse(PATH_NOT_NORMAL, problem("The path is not in normal form: dot segments, empty "
                        + "segments, encoded slashes, backslashes or ';' parameters.", example("dot segment",
                        "urn:newsdesk:problem:path-not-normal", "Bad Request", 400, "The path is not in normal form "
                        + "(dot segments, empty segments, encoded slashes, backslashes or ';' parameters); send it as "
                        + "the plain path of the resource.")))
                .addResponse(METHOD_NOT_ALLOWED, problem("The path exists but does not take this method; Allow "
                        + "lists those it does.", example("method not allowed", "about:blank", "Method Not Allowed", 405,
                        "This resource does not support that method; the Allow header lists those it does."))
                        .addHeader("Allow", header(true, "The methods this path takes.")
                                .schema(text().addExample("GET, HEAD, OPTIONS"))))
                .addResponse(TOO_MANY_REQUESTS, problem("Over the client's rate limit; Retry-After says when to try "
                        + "again.", example("over the limit", "urn:newsdesk:problem:rate-limited", "Too Many Requests", 429,
                        "Over the limit of 600 requests a minute (bursts of 100); retry in 1 s."))
                        .addHeader("Retry-After", retryAfter())
                        .addHeader(RATE_LIMIT, header(true, RATE_LIMIT_FORMAT))
                        .addHeader(RATE_LIMIT_POLICY, header(true, RATE_LIMIT_POLICY_FORMAT)))
                .addResponse(SERVICE_UNAVAILABLE, problem("The database is unreachable, restarting, overloaded or "
                        + "too slow just now; retry after Retry-After seconds.", example("database unavailable",
                        "urn:newsdesk:problem:service-unavailable", "Service Unavailable", 503,
                        "The database is unreachable or overloaded just now; retry after 5 seconds."))
                        .addHeader("Retry-After", retryAfter()));
    }

    private static void addResponses(String path, Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        Map<String, String> everywhere = new LinkedHashMap<>();
        everywhere.put("400", PATH_NOT_NORMAL);
        everywhere.put("401", OpenApiDefinition.UNAUTHORIZED);
        if (needsToken(operation)) {
            everywhere.put("403", OpenApiDefinition.FORBIDDEN);
        }
        everywhere.put("405", METHOD_NOT_ALLOWED);
        if (answersJsonOnly(operation)) {
            everywhere.put("406", OpenApiDefinition.NOT_ACCEPTABLE);
        }
        everywhere.put("429", TOO_MANY_REQUESTS);
        everywhere.put("500", OpenApiDefinition.SERVER_ERROR);
        if (!path.startsWith(DEVELOPMENT_PATHS)) {
            everywhere.put("503", SERVICE_UNAVAILABLE);
        }
        everywhere.forEach((status, component) -> {
            if (!operation.getResponses().hasAPIResponse(status)) {
                operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
            }
        });
    }

    /**
     * Whether the operation requires a bearer token (not only takes one, as editors' reads do), so that a token
     * without the role it needs gets a 403.
     */
    private static boolean needsToken(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        return security != null && !security.isEmpty()
                && security.stream().allMatch(requirement -> requirement.hasScheme(OpenApiDefinition.BEARER));
    }

    /**
     * Whether the operation's successful answer is application/json alone: such resources declare
     * {@code @Produces(APPLICATION_JSON)}, so an Accept header that rules JSON out gets a 406. The feeds answer
     * whatever the Accept header says.
     */
    private static boolean answersJsonOnly(Operation operation) {
        return operation.getResponses().getAPIResponses().entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("2") && entry.getValue().getContent() != null)
                .anyMatch(entry -> entry.getValue().getContent().getMediaTypes().keySet()
                        .equals(Set.of("application/json")));
    }

    /** Every answer carries these; a response that is a reference gets them from the component it names. */
    private static void addHeadersToEveryResponse(OpenAPI openApi) {
        openApi.getComponents().getResponses().values().forEach(CommonResponsesOpenApi::addHeaders);
        if (openApi.getPaths() != null && openApi.getPaths().getPathItems() != null) {
            openApi.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().stream()
                    .filter(operation -> operation.getResponses() != null)
                    .flatMap(operation -> operation.getResponses().getAPIResponses().values().stream())
                    .filter(response -> response.getRef() == null)
                    .forEach(CommonResponsesOpenApi::addHeaders));
        }
    }

    private static void addHeaders(APIResponse response) {
        for (String name : new String[] {RequestIds.HEADER, RATE_LIMIT, RATE_LIMIT_POLICY}) {
            if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
                response.addHeader(name, OASFactory.createHeader().ref(name));
            }
        }
    }

    private static APIResponse problem(String description, Example example) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem")).addExample(example.getSummary(), example)));
    }

    /** Each status its own example: Swagger UI would otherwise show one made from Problem's schema. */
    private static Example example(String name, String type, String title, int status, String detail) {
        // Sorted, so that every build writes the same document.
        return OASFactory.createExample().summary(name).value(new TreeMap<>(Map.of("type", type, "title", title,
                "status", status, "detail", detail, "instance", "/api/v1/news",
                "requestId", "9b2e4f6a-1c3d-4e5f-8a7b-6c5d4e3f2a1b")));
    }

    private static Header retryAfter() {
        return header(true, "Seconds to wait before trying again.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ZERO));
    }

    private static Header header(boolean required, String description) {
        return OASFactory.createHeader().required(required).description(description).schema(text());
    }

    private static Schema text() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
