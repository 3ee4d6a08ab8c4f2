package org.newsdesk.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail: the one error body of the whole API. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail, served as application/problem+json.",
        requiredProperties = {"type", "title", "status", "detail", "instance", "requestId"})
public record Problem(
        @Schema(description = "Identifies the kind of problem; about:blank when the HTTP status says it all.",
                examples = "urn:newsdesk:problem:invalid-parameters")
        String type,
        @Schema(description = "Short summary of the kind of problem.", examples = "Invalid parameters")
        String title,
        @Schema(description = "HTTP status code.", examples = "400")
        int status,
        @Schema(description = "What went wrong this time, for a human.",
                examples = "month: must be a month as YYYY-MM, such as 2022-06")
        String detail,
        @Schema(description = "The request path this problem occurred on.", examples = "/api/v1/news")
        String instance,
        @Schema(description = "Id of an unexpected error, as logged by the service; quote it when reporting.",
                examples = "6f1c2a8e-3b7d-4c1e-9a55-0d2f4b8e7a10")
        String errorId,
        @Schema(description = "On a 412: the resource's current ETag, to fetch and retry with.",
                examples = "\"3q2-7wEjX0uFqL6xY1Z2aA\"")
        String currentEtag,
        @Schema(description = "Each invalid parameter or field and what is wrong with it.")
        List<Violation> violations,
        @Schema(description = "Id of the request, as in its X-Request-Id response header and the service's logs.",
                examples = "9b2e4f6a-1c3d-4e5f-8a7b-6c5d4e3f2a1b")
        String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem of the request being served: its request id is filled in. */
    public Problem(String type, String title, int status, String detail, String instance, String errorId,
            String currentEtag, List<Violation> violations) {
        this(type, title, status, detail, instance, errorId, currentEtag, violations, RequestIds.current());
    }

    /** One invalid input: which parameter or field, and why. */
    @Schema(name = "Violation", requiredProperties = {"field", "message"})
    public record Violation(
            @Schema(description = "Name of the parameter or field.", examples = "month") String field,
            @Schema(description = "What is wrong with it.", examples = "must be a month as YYYY-MM, such as 2022-06")
            String message) {
    }
}
