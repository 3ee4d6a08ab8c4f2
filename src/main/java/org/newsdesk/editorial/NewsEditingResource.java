package org.newsdesk.editorial;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsdesk.editorial.EditorialViews.RevisionDetail;
import org.newsdesk.editorial.EditorialViews.RevisionList;
import org.newsdesk.news.NewsViews.NewsDetail;
import org.newsdesk.platform.http.ApiLinks;
import org.newsdesk.platform.http.HttpCaching;
import org.newsdesk.platform.http.JsonBodies;
import org.newsdesk.platform.http.ParamChecks;
import org.newsdesk.platform.http.PublicOrigin;
import org.newsdesk.platform.http.Rendered;
import org.newsdesk.platform.openapi.OpenApiDefinition;
import org.newsdesk.platform.security.Caller;
import org.newsdesk.platform.text.LanguageCode;

/** Editors' writes to news, and the revisions they leave. Reads of items stay with the public API. */
@Path(ApiLinks.API + "/news")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial")
@RolesAllowed({Caller.EDITOR, Caller.ADMIN})
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = OpenApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = OpenApiDefinition.FORBIDDEN)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class NewsEditingResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    /** An Idempotency-Key exactly as sent: blank or padded keys are refused, not trimmed. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final EditorialService editorial;
    private final JsonBodies bodies;
    private final Caller caller;
    private final HttpCaching caching;

    @Context
    UriInfo uri;

    @Inject
    PublicOrigin origin;

    @Context
    HttpHeaders headers;

    public NewsEditingResource(EditorialService editorial, JsonBodies bodies, Caller caller, HttpCaching caching) {
        this.editorial = editorial;
        this.bodies = bodies;
        this.caller = caller;
        this.caching = caching;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createNewsItem",
            summary = "Create a news item", description = "A draft unless status says otherwise; the slug is made "
            + "from the title unless given. With Idempotency-Key, a retry of the same request (same key, same body, "
            + "same caller, within a day) answers as the first time and creates nothing; the same key with another "
            + "body is a 422.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewsWrite.class)))
    @APIResponse(responseCode = "201", description = "Created; Location is its URL, ETag its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewsDetail.class)),
            headers = {
                @Header(name = "Location", ref = OpenApiDefinition.LOCATION),
                @Header(name = "ETag", ref = OpenApiDefinition.ETAG),
                @Header(name = "Idempotent-Replayed", description = "true when this is the stored answer to an "
                        + "earlier request with the same Idempotency-Key.", schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "400", ref = OpenApiDefinition.INVALID_BODY)
    @APIResponse(responseCode = "409", ref = OpenApiDefinition.CONFLICT)
    @APIResponse(responseCode = "413", ref = OpenApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = OpenApiDefinition.UNSUPPORTED)
    @APIResponse(responseCode = "422", ref = OpenApiDefinition.KEY_REUSED)
    public Response create(byte[] body,
            @HeaderParam("Idempotency-Key") @Parameter(description = "Any unique string (a UUID, say) of up to 200 "
                    + "visible ASCII characters.", example = "6f1c2a8e-3b7d-4c1e-9a55-0d2f4b8e7a10") String key) {
        return editorial.create(bodies.parse(body), caller.name(), checkedKey(key), origin.links(uri)).created();
    }

    @POST
    @Path("{slug}/translations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createNewsTranslation",
            summary = "Create a translation of a news item", description = "A news item of its own (slug, workflow "
            + "state, revisions, publication date), in the body's language, which is required and must be one the "
            + "item's translations are not in yet. Both items then list each other under translations. Otherwise as "
            + "creating an item, Idempotency-Key included.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewsWrite.class), examples = @ExampleObject(name = "French", value = """
                    {"title":"Une réforme des retraites en Thaïlande","summary":"Le régime de retraite thaïlandais \
                    doit être renforcé.","publishedOn":"2022-02-11","language":"fr","status":"draft"}""")))
    @APIResponse(responseCode = "201", description = "Created; Location is its URL, ETag its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewsDetail.class)),
            headers = {
                @Header(name = "Location", ref = OpenApiDefinition.LOCATION),
                @Header(name = "ETag", ref = OpenApiDefinition.ETAG)
            })
    @APIResponse(responseCode = "308", description = "An old slug: Location is the item's current URL.",
            headers = @Header(name = "Location", ref = OpenApiDefinition.LOCATION))
    @APIResponse(responseCode = "400", ref = OpenApiDefinition.INVALID_BODY)
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiDefinition.CONFLICT)
    @APIResponse(responseCode = "413", ref = OpenApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = OpenApiDefinition.UNSUPPORTED)
    @APIResponse(responseCode = "422", ref = OpenApiDefinition.KEY_REUSED)
    public Response translate(@PathParam("slug") @Parameter(example = OpenApiDefinition.EXAMPLE_SLUG) String slug,
            byte[] body, @HeaderParam("Idempotency-Key") @Parameter(description = "As for creating an item.",
                    example = "6f1c2a8e-3b7d-4c1e-9a55-0d2f4b8e7a10") String key) {
        return editorial.translate(slug, bodies.parse(body), caller.name(), checkedKey(key),
                origin.links(uri)).created();
    }

    @DELETE
    @Path("{slug}/translations/{language}")
    @Operation(operationId = "detachNewsTranslation",
            summary = "Detach a translation", description = "The item in this language leaves the item's "
            + "translations (the item itself, when it is in this language); both stay as they are otherwise.")
    @APIResponse(responseCode = "204", description = "Detached.")
    @APIResponse(responseCode = "308", description = "An old slug: Location is the item's current URL.",
            headers = @Header(name = "Location", ref = OpenApiDefinition.LOCATION))
    @APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public Response detach(@PathParam("slug") @Parameter(example = OpenApiDefinition.EXAMPLE_SLUG) String slug,
            @PathParam("language") @Parameter(description = "An ISO 639-1 code, in any case.", example = "fr")
            String language) {
        ParamChecks checks = new ParamChecks();
        checks.require("language", language, LanguageCode.Check::isLanguageCode,
                "must be an ISO 639-1 language code such as fr");
        checks.throwIfAny();
        editorial.detach(slug, language.toLowerCase(Locale.ROOT), origin.links(uri));
        return Response.noContent().build();
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceNewsItem",
            summary = "Replace a news item", description = "The whole item as it should be, with If-Match. Fields "
            + "left out are cleared (type becomes news, status draft); a slug left out follows the slug rules. An old "
            + "slug answers 308 with the current URL.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewsWrite.class)))
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewsDetail.class)),
            headers = @Header(name = "ETag", ref = OpenApiDefinition.ETAG))
    @APIResponse(responseCode = "308", description = "An old slug: Location is the item's current URL.",
            headers = @Header(name = "Location", ref = OpenApiDefinition.LOCATION))
    @APIResponse(responseCode = "400", ref = OpenApiDefinition.INVALID_BODY)
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = OpenApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = OpenApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = OpenApiDefinition.UNSUPPORTED)
    @APIResponse(responseCode = "428", ref = OpenApiDefinition.PRECONDITION_REQUIRED)
    public Response replace(@PathParam("slug") @Parameter(example = OpenApiDefinition.EXAMPLE_SLUG) String slug,
            byte[] body, @HeaderParam("If-Match")
            @Parameter(description = "The ETag of the version this change starts from.", required = true) String ifMatch) {
        return editorial.replace(slug, bodies.parse(body), ifMatch, origin.links(uri), caller.name()).ok();
    }

    @PATCH
    @Path("{slug}")
    @Consumes(MERGE_PATCH)
    @Operation(operationId = "patchNewsItem",
            summary = "Change part of a news item", description = "JSON Merge Patch (RFC 7396) over the item as "
            + "written (the NewsWrite fields): fields given replace, null clears, others stay. With If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH,
            schema = @Schema(implementation = NewsWrite.class)))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewsDetail.class)),
            headers = @Header(name = "ETag", ref = OpenApiDefinition.ETAG))
    @APIResponse(responseCode = "308", description = "An old slug: Location is the item's current URL.",
            headers = @Header(name = "Location", ref = OpenApiDefinition.LOCATION))
    @APIResponse(responseCode = "400", ref = OpenApiDefinition.INVALID_BODY)
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = OpenApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = OpenApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = OpenApiDefinition.UNSUPPORTED)
    @APIResponse(responseCode = "428", ref = OpenApiDefinition.PRECONDITION_REQUIRED)
    public Response patch(@PathParam("slug") @Parameter(example = OpenApiDefinition.EXAMPLE_SLUG) String slug,
            byte[] body, @HeaderParam("If-Match")
            @Parameter(description = "The ETag of the version this change starts from.", required = true) String ifMatch) {
        var patch = bodies.parse(body);
        bodies.refuseReadOnly(patch, NewsWrite.READ_ONLY);
        return editorial.patch(slug, patch, ifMatch, origin.links(uri), caller.name()).ok();
    }

    @DELETE
    @Path("{slug}")
    @Operation(operationId = "retireNewsItem",
            summary = "Retire a news item", description = "It leaves the public API at once and is kept: an editor "
            + "can still read it (status=retired) and bring it back by setting status to published. With If-Match.")
    @APIResponse(responseCode = "204", description = "Retired (or it already was).")
    @APIResponse(responseCode = "308", description = "An old slug: Location is the item's current URL.",
            headers = @Header(name = "Location", ref = OpenApiDefinition.LOCATION))
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = OpenApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = OpenApiDefinition.PRECONDITION_REQUIRED)
    public Response retire(@PathParam("slug") @Parameter(example = OpenApiDefinition.EXAMPLE_SLUG) String slug,
            @HeaderParam("If-Match") @Parameter(description = "The ETag of the version this change starts from.",
                    required = true) String ifMatch) {
        editorial.retire(slug, ifMatch, origin.links(uri), caller.name());
        return Response.noContent().build();
    }

    @GET
    @Path("{slug}/revisions")
    @Operation(operationId = "listNewsRevisions",
            summary = "List an item's revisions", description = "Every change, newest first: who, when, what.")
    @APIResponse(responseCode = "200", description = "The revisions.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionList.class)))
    @APIResponse(responseCode = "301", description = "An old slug: Location is the current URL.",
            headers = @Header(name = "Location", ref = OpenApiDefinition.LOCATION))
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public Response revisions(@PathParam("slug") @Parameter(example = OpenApiDefinition.EXAMPLE_SLUG) String slug) {
        // Editors' reads carry a token, so HttpCaching hands them the primary; EditorialService reads there anyway.
        return caching.get(headers, uri, primary -> Rendered.of(editorial.revisions(slug, origin.links(uri))));
    }

    @GET
    @Path("{slug}/revisions/{number}")
    @Operation(operationId = "getNewsRevision",
            summary = "Get one revision", description = "The change and the item as written then. To restore it, "
            + "PUT its content to the item with the current ETag: that is a new revision like any other.")
    @APIResponse(responseCode = "200", description = "The revision.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionDetail.class)))
    @APIResponse(responseCode = "301", description = "An old slug: Location is the current URL.",
            headers = @Header(name = "Location", ref = OpenApiDefinition.LOCATION))
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public Response revision(@PathParam("slug") @Parameter(example = OpenApiDefinition.EXAMPLE_SLUG) String slug,
            @PathParam("number") @Parameter(example = "1") String number) {
        int n = ParamChecks.wholeNumberOr(number, 0); // revisions count from 1: 0 is a 404 like any unknown one
        return caching.get(headers, uri, primary -> Rendered.of(editorial.revision(slug, n, origin.links(uri))));
    }

    /** An Idempotency-Key as sent, or a 400 naming it when it is blank, padded or too long. */
    private static String checkedKey(String key) {
        ParamChecks checks = new ParamChecks();
        checks.require("Idempotency-Key", key, sent -> KEY.matcher(sent).matches(),
                "must be 1 to 200 visible ASCII characters");
        checks.throwIfAny();
        return key;
    }
}
