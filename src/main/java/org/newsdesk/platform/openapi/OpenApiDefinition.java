package org.newsdesk.platform.openapi;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsdesk.platform.problem.Problem;

/**
 * Shared parts of the OpenAPI document: tags, the bearer scheme and the error responses operations refer to. Each
 * error response has its own example: without one, Swagger UI would show one built from Problem's (a 400) for all.
 */
@OpenAPIDefinition(
        info = @Info(title = "Newsdesk API", version = "1.0.0"),
        tags = {
            @Tag(name = "News", description = "News and features: lists by month, filters, single items."),
            @Tag(name = "Taxonomy", description = "Topics, regions and countries, with their counts of items."),
            @Tag(name = "Editorial", description = "Authenticated writes: news (role editor or admin) and taxonomy "
                    + "(role admin), revisions. Every change needs If-Match with the current ETag; POST takes an "
                    + "Idempotency-Key.")
        },
        components = @Components(
            headers = {
                @Header(name = OpenApiDefinition.ETAG, description = "Strong validator of this answer's bytes; "
                        + "send it back in If-None-Match to get a 304 when nothing changed.",
                        schema = @Schema(type = SchemaType.STRING, examples = "\"kq3vLZ8mJ0aR1f2yXoXk2Q\"")),
                @Header(name = OpenApiDefinition.LOCATION, required = true, description = "Absolute URL of the "
                        + "resource (where it was created, or where it now is).",
                        schema = @Schema(type = SchemaType.STRING, format = "uri"))
            },
            responses = {
            @APIResponse(name = OpenApiDefinition.NOT_MODIFIED, responseCode = "304",
                    description = "The If-None-Match (or If-Modified-Since) precondition holds: nothing changed, "
                            + "no body.", headers = @Header(name = "ETag", ref = OpenApiDefinition.ETAG)),
            @APIResponse(name = OpenApiDefinition.BAD_REQUEST, responseCode = "400",
                    description = "A parameter is malformed or names something that does not exist.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid month", value = """
                                    {"type":"urn:newsdesk:problem:invalid-parameters","title":"Invalid parameters",\
                                    "status":400,"detail":"month: must be a month as YYYY-MM, such as 2022-06",\
                                    "instance":"/api/v1/news","requestId":"9b2e4f6a-1c3d-4e5f-8a7b-6c5d4e3f2a1b","violations":[{"field":"month",\
                                    "message":"must be a month as YYYY-MM, such as 2022-06"}]}"""))),
            @APIResponse(name = OpenApiDefinition.NOT_FOUND, responseCode = "404",
                    description = "There is no such resource.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown slug", value = """
                                    {"type":"about:blank","title":"Not Found","status":404,\
                                    "detail":"No news item with slug 'no-such-item'.",\
                                    "instance":"/api/v1/news/no-such-item","requestId":"9b2e4f6a-1c3d-4e5f-8a7b-6c5d4e3f2a1b"}"""))),
            @APIResponse(name = OpenApiDefinition.NOT_ACCEPTABLE, responseCode = "406",
                    description = "The Accept header rules out application/json.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "only JSON", value = """
                                    {"type":"about:blank","title":"Not Acceptable","status":406,\
                                    "detail":"This resource can only answer with application/json.",\
                                    "instance":"/api/v1/news","requestId":"9b2e4f6a-1c3d-4e5f-8a7b-6c5d4e3f2a1b"}"""))),
            @APIResponse(name = OpenApiDefinition.UNAUTHORIZED, responseCode = "401",
                    description = "No bearer token, or one that is not valid here; WWW-Authenticate has the challenge.",
                    headers = @Header(name = "WWW-Authenticate", schema = @Schema(type = SchemaType.STRING,
                            examples = "Bearer realm=\"newsdesk\"")),
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "no token", value = """
                                    {"type":"about:blank","title":"Unauthorized","status":401,\
                                    "detail":"This needs a bearer token (Authorization: Bearer <JWT>) with the editor \
                                    or admin role.","instance":"/api/v1/news","requestId":"9b2e4f6a-1c3d-4e5f-8a7b-6c5d4e3f2a1b"}"""))),
            @APIResponse(name = OpenApiDefinition.FORBIDDEN, responseCode = "403",
                    description = "The token's roles do not allow this (or a browser write from an origin not allowed).",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "role missing", value = """
                                    {"type":"about:blank","title":"Forbidden","status":403,\
                                    "detail":"Your token does not carry a role that may do this.",\
                                    "instance":"/api/v1/topics","requestId":"9b2e4f6a-1c3d-4e5f-8a7b-6c5d4e3f2a1b"}"""))),
            @APIResponse(name = OpenApiDefinition.CONFLICT, responseCode = "409",
                    description = "The change conflicts with the current state: a slug already taken, a term in use.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "slug taken", value = """
                                    {"type":"urn:newsdesk:problem:conflict","title":"Conflict","status":409,\
                                    "detail":"A topic with the slug 'pensions' already exists.",\
                                    "instance":"/api/v1/topics","requestId":"9b2e4f6a-1c3d-4e5f-8a7b-6c5d4e3f2a1b"}"""))),
            @APIResponse(name = OpenApiDefinition.PRECONDITION_FAILED, responseCode = "412",
                    description = "If-Match names an older version: someone else changed the resource. The problem's "
                            + "currentEtag (and the ETag header) give the current version.",
                    headers = @Header(name = "ETag", ref = OpenApiDefinition.ETAG),
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "stale version", value = """
                                    {"type":"urn:newsdesk:problem:stale-version","title":"Precondition Failed",\
                                    "status":412,"detail":"The resource changed since the version in If-Match. Fetch \
                                    it again (its current ETag is in currentEtag), merge your change and retry.",\
                                    "instance":"/api/v1/topics/pensions","requestId":"9b2e4f6a-1c3d-4e5f-8a7b-6c5d4e3f2a1b",\
                                    "currentEtag":"\\"e8ldSsJ_SheI5Vi0o-K36Q\\""}"""))),
            @APIResponse(name = OpenApiDefinition.PRECONDITION_REQUIRED, responseCode = "428",
                    description = "If-Match is missing: changes must name the version they start from.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "no If-Match", value = """
                                    {"type":"urn:newsdesk:problem:if-match-required","title":"Precondition Required",\
                                    "status":428,"detail":"Changes need an If-Match header with the resource's current \
                                    ETag, so that no edit is lost.","instance":"/api/v1/topics/pensions","requestId":"9b2e4f6a-1c3d-4e5f-8a7b-6c5d4e3f2a1b"}"""))),
            @APIResponse(name = OpenApiDefinition.TOO_LARGE, responseCode = "413",
                    description = "The request body is over 1 MiB. Announced by Content-Length, it is refused before "
                            + "it is read, with a problem; a chunked body that grows past the limit is cut off with "
                            + "no body at all.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "body too large", value = """
                                    {"type":"about:blank","title":"Content Too Large","status":413,\
                                    "detail":"The request body is over the limit of 1 MiB.",\
                                    "instance":"/api/v1/news","requestId":"9b2e4f6a-1c3d-4e5f-8a7b-6c5d4e3f2a1b"}"""))),
            @APIResponse(name = OpenApiDefinition.UNSUPPORTED, responseCode = "415",
                    description = "The body's Content-Type is not the one this operation takes.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "wrong type", value = """
                                    {"type":"about:blank","title":"Unsupported Media Type","status":415,\
                                    "detail":"This resource does not accept that content type; the API documentation \
                                    says which it takes.","instance":"/api/v1/news","requestId":"9b2e4f6a-1c3d-4e5f-8a7b-6c5d4e3f2a1b"}"""))),
            @APIResponse(name = OpenApiDefinition.KEY_REUSED, responseCode = "422",
                    description = "The Idempotency-Key was used before with another request (another body, or "
                            + "another item translated).",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "key reused", value = """
                                    {"type":"urn:newsdesk:problem:idempotency-key-reused","title":"Unprocessable Content",\
                                    "status":422,"detail":"This Idempotency-Key was used with a different request body; use \
                                    a new key for a new request.","instance":"/api/v1/news","requestId":"9b2e4f6a-1c3d-4e5f-8a7b-6c5d4e3f2a1b"}"""))),
            @APIResponse(name = OpenApiDefinition.INVALID_BODY, responseCode = "400",
                    description = "The body is not valid JSON, has unknown or read-only fields, or breaks a rule; "
                            + "violations lists each field.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid fields", value = """
                                    {"type":"urn:newsdesk:problem:invalid-body","title":"Invalid request body",\
                                    "status":400,"detail":"countries: unknown country 'XX'; title: must not be blank",\
                                    "instance":"/api/v1/news","requestId":"9b2e4f6a-1c3d-4e5f-8a7b-6c5d4e3f2a1b","violations":[{"field":"countries",\
                                    "message":"unknown country 'XX'"},{"field":"title","message":"must not be blank"}]}"""))),
            @APIResponse(name = OpenApiDefinition.SERVER_ERROR, responseCode = "500",
                    description = "Unexpected failure; the body carries an errorId that the service logged.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unexpected", value = """
                                    {"type":"urn:newsdesk:problem:internal-error","title":"Internal Server Error",\
                                    "status":500,"detail":"The service failed to answer this request. Quote the error \
                                    id when reporting it.","instance":"/api/v1/news","requestId":"9b2e4f6a-1c3d-4e5f-8a7b-6c5d4e3f2a1b",\
                                    "errorId":"6f1c2a8e-3b7d-4c1e-9a55-0d2f4b8e7a10"}""")))
        }))
@SecurityScheme(securitySchemeName = OpenApiDefinition.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "A JWT from the configured OpenID Connect provider; roles in the groups "
                + "claim (editor, admin). A token sent on any operation, public reads included, is checked: one that "
                + "is not valid (expired, wrongly signed, another issuer) is a 401 with error=\"invalid_token\". "
                + "For local trials, POST /dev/token gives one (dev mode only).")
public class OpenApiDefinition extends Application {

    public static final String BEARER = "bearer";
    /** A sample item's slug: path examples that Swagger UI pre-fills must find something. */
    public static final String EXAMPLE_SLUG = "reform-needed-for-thailands-pension-system-not-new-schemes";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
    public static final String TOO_LARGE = "PayloadTooLarge";
    public static final String UNSUPPORTED = "UnsupportedMediaType";
    public static final String INVALID_BODY = "InvalidBody";
    public static final String KEY_REUSED = "IdempotencyKeyReused";

    public static final String BAD_REQUEST = "BadRequest";
    public static final String NOT_MODIFIED = "NotModified";
    public static final String ETAG = "ETag";
    public static final String LOCATION = "Location";
    public static final String NOT_FOUND = "NotFound";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String SERVER_ERROR = "ServerError";
}
