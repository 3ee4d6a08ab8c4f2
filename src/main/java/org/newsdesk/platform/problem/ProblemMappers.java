package org.newsdesk.platform.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception into an RFC 9457 problem. Unexpected ones are logged with an id that the
 * response carries; their message, class and stack trace never reach the client.
 */
public class ProblemMappers {

    private final AllowedMethods allowedMethods;

    public ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    static final String INVALID_PARAMETERS = "urn:newsdesk:problem:invalid-parameters";
    static final String INVALID_BODY = "urn:newsdesk:problem:invalid-body";
    static final String INTERNAL_ERROR = "urn:newsdesk:problem:internal-error";
    private static final String BLANK = "about:blank";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidParameters(InvalidParametersException e, UriInfo uri) {
        return problem(new Problem(INVALID_PARAMETERS, "Invalid parameters", 400, e.getMessage(),
                instance(uri), null, null, e.violations()));
    }

    @ServerExceptionMapper
    public Response invalidBody(InvalidBodyException e, UriInfo uri) {
        return problem(new Problem(INVALID_BODY, "Invalid request body", 400, e.getMessage(),
                instance(uri), null, null, e.violations()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldName(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return invalidParameters(new InvalidParametersException(violations), uri);
    }

    @ServerExceptionMapper
    public Response notFound(ResourceNotFoundException e, UriInfo uri) {
        return problem(new Problem(BLANK, "Not Found", 404, e.getMessage(), instance(uri), null, null, null));
    }

    @ServerExceptionMapper
    public Response decided(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = builder(e.problem(instance(uri)));
        if (e.currentEtag() != null) {
            response.header(HttpHeaders.ETAG, e.currentEtag());
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response moved(ResourceMovedException e, Request request) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return Response.status(read ? 301 : 308).location(e.location()).build();
    }

    /** No credentials: RFC 6750 asks for a Bearer challenge. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri, "Bearer realm=\"newsdesk\"",
                "This needs a bearer token (Authorization: Bearer <JWT>) with the editor or admin role.");
    }

    /** A token was sent but is not valid: expired, wrongly signed, another issuer. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri, "Bearer realm=\"newsdesk\", error=\"invalid_token\"",
                "The bearer token is not valid here (expired, wrongly signed or from another issuer).");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return builder(new Problem(BLANK, "Forbidden", 403, "Your token does not carry a role that may do this.",
                instance(uri), null, null, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsdesk\", error=\"insufficient_scope\"")
                .build();
    }

    private static Response unauthorized(UriInfo uri, String challenge, String detail) {
        return builder(new Problem(BLANK, "Unauthorized", 401, detail, instance(uri), null, null, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    /** 404, 405, 406, 415 and the like from the framework, whose messages are not meant for clients. */
    @ServerExceptionMapper
    public Response httpError(WebApplicationException e, UriInfo uri, Request request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, request);
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType != null ? statusType.getReasonPhrase() : e.getResponse().getStatusInfo().getReasonPhrase();
        Response.ResponseBuilder response = builder(new Problem(BLANK, title, status, detail(status, uri),
                instance(uri), null, null, null));
        if (status == 405) {
            response.header(HttpHeaders.ALLOW, allowedMethods.forPath(uri.getPath()));
        }
        return response.build();
    }

    /** Logs ids, method and path only: never headers, query or body, which may hold tokens or personal data. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, Request request) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s (request %s) on %s %s", errorId, RequestIds.current(),
                request.getMethod(), instance(uri));
        return problem(new Problem(INTERNAL_ERROR, "Internal Server Error", 500,
                "The service failed to answer this request. Quote the error id when reporting it.",
                instance(uri), errorId, null, null));
    }

    private static String detail(int status, UriInfo uri) {
        return switch (status) {
            case 404 -> "There is nothing at " + instance(uri) + ".";
            case 405 -> "This resource does not support that method; the Allow header lists those it does.";
            case 406 -> "This resource can only answer with application/json.";
            case 413 -> "The request body is too large (the limit is 1 MiB).";
            case 415 -> "This resource does not accept that content type; the API documentation says which it takes.";
            default -> "The request cannot be served as it is.";
        };
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String instance(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }

    private static Response problem(Problem problem) {
        return builder(problem).build();
    }

    private static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
