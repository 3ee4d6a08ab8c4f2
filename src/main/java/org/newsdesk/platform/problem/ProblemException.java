package org.newsdesk.platform.problem;

import jakarta.ws.rs.core.Response;

/**
 * A client error that the service itself decides, with the problem type and detail the client gets:
 * 409 conflicts, 412 and 428 for If-Match, 422 for a reused Idempotency-Key, 501 for an oEmbed format not offered.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final String currentEtag;

    private ProblemException(int status, String type, String title, String detail, String currentEtag) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.currentEtag = currentEtag;
    }

    /** A problem that its status says all about (about:blank), with this detail: a page only served as HTML. */
    public static ProblemException ofStatus(Response.Status status, String detail) {
        return new ProblemException(status.getStatusCode(), "about:blank", status.getReasonPhrase(), detail, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "urn:newsdesk:problem:conflict", "Conflict", detail, null);
    }

    /** If-Match names a version that is no longer current; the problem carries the current one. */
    public static ProblemException staleVersion(String currentEtag) {
        return new ProblemException(412, "urn:newsdesk:problem:stale-version", "Precondition Failed",
                "The resource changed since the version in If-Match. Fetch it again (its current ETag is in "
                        + "currentEtag), merge your change and retry.", currentEtag);
    }

    public static ProblemException ifMatchRequired() {
        return new ProblemException(428, "urn:newsdesk:problem:if-match-required", "Precondition Required",
                "Changes need an If-Match header with the resource's current ETag, so that no edit is lost.", null);
    }

    public static ProblemException idempotencyKeyReused() {
        return new ProblemException(422, "urn:newsdesk:problem:idempotency-key-reused", "Unprocessable Content",
                "This Idempotency-Key was used with a different request body; use a new key for a new request.", null);
    }

    public Problem problem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, null, currentEtag, null);
    }

    public String currentEtag() {
        return currentEtag;
    }
}
