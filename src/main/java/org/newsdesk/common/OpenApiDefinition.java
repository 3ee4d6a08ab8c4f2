package org.newsdesk.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Shared parts of the OpenAPI document: tags and the error responses every operation refers to. */
@OpenAPIDefinition(
        info = @Info(title = "Newsdesk API", version = "1.0.0"),
        tags = {
            @Tag(name = "News", description = "News and features: lists by month, filters, single items."),
            @Tag(name = "Taxonomy", description = "Topics, regions and countries, with their counts of items.")
        },
        components = @Components(
            headers = @Header(name = OpenApiDefinition.ETAG, description = "Strong validator of this answer's bytes; "
                    + "send it back in If-None-Match to get a 304 when nothing changed.",
                    schema = @Schema(type = SchemaType.STRING, examples = "\"kq3vLZ8mJ0aR1f2yXoXk2Q\"")),
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
                                    "instance":"/api/v1/news","violations":[{"field":"month",\
                                    "message":"must be a month as YYYY-MM, such as 2022-06"}]}"""))),
            @APIResponse(name = OpenApiDefinition.NOT_FOUND, responseCode = "404",
                    description = "There is no such resource.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown slug", value = """
                                    {"type":"about:blank","title":"Not Found","status":404,\
                                    "detail":"No news item with slug 'no-such-item'.",\
                                    "instance":"/api/v1/news/no-such-item"}"""))),
            @APIResponse(name = OpenApiDefinition.NOT_ACCEPTABLE, responseCode = "406",
                    description = "The Accept header rules out application/json.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = OpenApiDefinition.SERVER_ERROR, responseCode = "500",
                    description = "Unexpected failure; the body carries an errorId that the service logged.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        }))
public class OpenApiDefinition extends Application {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String NOT_MODIFIED = "NotModified";
    public static final String ETAG = "ETag";
    public static final String NOT_FOUND = "NotFound";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String SERVER_ERROR = "ServerError";
}
