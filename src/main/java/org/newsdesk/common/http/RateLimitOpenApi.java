package org.newsdesk.common.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.newsdesk.common.Problem;

/** Documents the rate limit's 429 on every operation: RateLimiter stands in front of all of them. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RateLimitOpenApi implements OASFilter {

    static final String NAME = "TooManyRequests";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        openApi.getComponents().addResponse(NAME, OASFactory.createAPIResponse()
                .description("Over the client's rate limit; Retry-After says when to try again.")
                .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait.")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)))
                .addHeader("RateLimit", OASFactory.createHeader().schema(text)
                        .description("draft-ietf-httpapi-ratelimit-headers: \"default\";r=<remaining>;t=<seconds>"))
                .addHeader("RateLimit-Policy", OASFactory.createHeader().schema(text)
                        .description("draft-ietf-httpapi-ratelimit-headers: \"default\";q=<per minute>;w=60"))
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))
                        // Sorted, so that every build writes the same document.
                        .addExample("over the limit", OASFactory.createExample().value(new TreeMap<>(Map.of(
                                "type", "urn:newsdesk:problem:rate-limited", "title", "Too Many Requests",
                                "status", 429, "instance", "/api/v1/news",
                                "detail", "Over the limit of 600 requests a minute (bursts of 100); retry in 1 s.")))))));
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        openApi.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse("429")) {
                operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse().ref(NAME));
            }
        }));
    }
}
