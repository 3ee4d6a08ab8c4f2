package org.newsdesk.taxonomy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsdesk.platform.http.ApiLinks;
import org.newsdesk.platform.http.JsonBodies;
import org.newsdesk.platform.http.PublicOrigin;
import org.newsdesk.platform.openapi.OpenApiDefinition;
import org.newsdesk.platform.security.Caller;
import org.newsdesk.taxonomy.TaxonomyEditor.Written;
import org.newsdesk.taxonomy.TaxonomyViews.RegionView;
import org.newsdesk.taxonomy.TaxonomyViews.TopicView;

/** Admins' writes to topics and regions. Countries are ISO 3166-1 reference data, changed by migrations only. */
@Path(ApiLinks.API)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial")
@RolesAllowed(Caller.ADMIN)
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = OpenApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = OpenApiDefinition.FORBIDDEN)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class TaxonomyEditingResource {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String IF_MATCH = "The ETag of the version this change starts from.";

    private final TaxonomyEditor editor;
    private final JsonBodies bodies;

    @Context
    UriInfo uri;

    @Inject
    PublicOrigin origin;

    public TaxonomyEditingResource(TaxonomyEditor editor, JsonBodies bodies) {
        this.editor = editor;
        this.bodies = bodies;
    }

    @POST
    @Path("topics")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTopic",
            summary = "Create a topic", description = "The slug is made from the name unless given.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TermWrite.class)))
    @APIResponse(responseCode = "201", description = "Created.", headers = {
        @Header(name = "Location", ref = OpenApiDefinition.LOCATION),
        @Header(name = "ETag", ref = OpenApiDefinition.ETAG)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicView.class)))
    @APIResponse(responseCode = "400", ref = OpenApiDefinition.INVALID_BODY)
    @APIResponse(responseCode = "409", ref = OpenApiDefinition.CONFLICT)
    @APIResponse(responseCode = "413", ref = OpenApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = OpenApiDefinition.UNSUPPORTED)
    public Response createTopic(byte[] body) {
        return create(TermKind.TOPIC, body);
    }

    @PUT
    @Path("topics/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceTopic",
            summary = "Replace a topic", description = "Rename it, or give it a new slug. With If-Match.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TermWrite.class)))
    @APIResponse(responseCode = "200", description = "Replaced.", headers = @Header(name = "ETag", ref = OpenApiDefinition.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicView.class)))
    @APIResponse(responseCode = "400", ref = OpenApiDefinition.INVALID_BODY)
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = OpenApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = OpenApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = OpenApiDefinition.UNSUPPORTED)
    @APIResponse(responseCode = "428", ref = OpenApiDefinition.PRECONDITION_REQUIRED)
    public Response replaceTopic(@PathParam("slug") @Parameter(example = "pensions") String slug,
            byte[] body,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        return replace(TermKind.TOPIC, slug, body, ifMatch);
    }

    @PATCH
    @Path("topics/{slug}")
    @Consumes(MERGE_PATCH)
    @Operation(operationId = "patchTopic",
            summary = "Change a topic", description = "JSON Merge Patch (RFC 7396). With If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = TermWrite.class)))
    @APIResponse(responseCode = "200", description = "Changed.", headers = @Header(name = "ETag", ref = OpenApiDefinition.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicView.class)))
    @APIResponse(responseCode = "400", ref = OpenApiDefinition.INVALID_BODY)
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = OpenApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = OpenApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = OpenApiDefinition.UNSUPPORTED)
    @APIResponse(responseCode = "428", ref = OpenApiDefinition.PRECONDITION_REQUIRED)
    public Response patchTopic(@PathParam("slug") @Parameter(example = "pensions") String slug,
            byte[] body,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        return patch(TermKind.TOPIC, slug, body, ifMatch);
    }

    @DELETE
    @Path("topics/{slug}")
    @Operation(operationId = "deleteTopic",
            summary = "Delete a topic", description = "Only once no news item (in any state) is tagged with it; "
            + "otherwise 409 says by how many. With If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = OpenApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = OpenApiDefinition.PRECONDITION_REQUIRED)
    public Response deleteTopic(@PathParam("slug") @Parameter(example = "pensions") String slug,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        editor.delete(TermKind.TOPIC, slug, ifMatch, origin.links(uri));
        return Response.noContent().build();
    }

    @POST
    @Path("regions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRegion",
            summary = "Create a region", description = "The slug is made from the name unless given.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TermWrite.class)))
    @APIResponse(responseCode = "201", description = "Created.", headers = {
        @Header(name = "Location", ref = OpenApiDefinition.LOCATION),
        @Header(name = "ETag", ref = OpenApiDefinition.ETAG)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionView.class)))
    @APIResponse(responseCode = "400", ref = OpenApiDefinition.INVALID_BODY)
    @APIResponse(responseCode = "409", ref = OpenApiDefinition.CONFLICT)
    @APIResponse(responseCode = "413", ref = OpenApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = OpenApiDefinition.UNSUPPORTED)
    public Response createRegion(byte[] body) {
        return create(TermKind.REGION, body);
    }

    @PUT
    @Path("regions/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceRegion",
            summary = "Replace a region", description = "Rename it, or give it a new slug. With If-Match.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TermWrite.class)))
    @APIResponse(responseCode = "200", description = "Replaced.", headers = @Header(name = "ETag", ref = OpenApiDefinition.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionView.class)))
    @APIResponse(responseCode = "400", ref = OpenApiDefinition.INVALID_BODY)
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = OpenApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = OpenApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = OpenApiDefinition.UNSUPPORTED)
    @APIResponse(responseCode = "428", ref = OpenApiDefinition.PRECONDITION_REQUIRED)
    public Response replaceRegion(@PathParam("slug") @Parameter(example = "asia-pacific") String slug,
            byte[] body,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        return replace(TermKind.REGION, slug, body, ifMatch);
    }

    @PATCH
    @Path("regions/{slug}")
    @Consumes(MERGE_PATCH)
    @Operation(operationId = "patchRegion",
            summary = "Change a region", description = "JSON Merge Patch (RFC 7396). With If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = TermWrite.class)))
    @APIResponse(responseCode = "200", description = "Changed.", headers = @Header(name = "ETag", ref = OpenApiDefinition.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionView.class)))
    @APIResponse(responseCode = "400", ref = OpenApiDefinition.INVALID_BODY)
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = OpenApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = OpenApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = OpenApiDefinition.UNSUPPORTED)
    @APIResponse(responseCode = "428", ref = OpenApiDefinition.PRECONDITION_REQUIRED)
    public Response patchRegion(@PathParam("slug") @Parameter(example = "asia-pacific") String slug,
            byte[] body,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        return patch(TermKind.REGION, slug, body, ifMatch);
    }

    @DELETE
    @Path("regions/{slug}")
    @Operation(operationId = "deleteRegion",
            summary = "Delete a region", description = "Only once no news item is tagged with it directly and no "
            + "country belongs to it; otherwise 409 says by how many. With If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = OpenApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = OpenApiDefinition.PRECONDITION_REQUIRED)
    public Response deleteRegion(@PathParam("slug") @Parameter(example = "asia-pacific") String slug,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        editor.delete(TermKind.REGION, slug, ifMatch, origin.links(uri));
        return Response.noContent().build();
    }

    private Response create(TermKind kind, byte[] body) {
        TermWrite write = bodies.read(bodies.parse(body), TermWrite.class, TermWrite.READ_ONLY);
        Written written = editor.create(kind, write, origin.links(uri));
        return answer(Response.created(written.location()), written);
    }

    private Response replace(TermKind kind, String slug, byte[] body, String ifMatch) {
        TermWrite write = bodies.read(bodies.parse(body), TermWrite.class, TermWrite.READ_ONLY);
        return answer(Response.ok(), editor.replace(kind, slug, write, ifMatch, origin.links(uri)));
    }

    private Response patch(TermKind kind, String slug, byte[] body, String ifMatch) {
        var patch = bodies.parse(body);
        bodies.refuseReadOnly(patch, TermWrite.READ_ONLY);
        return answer(Response.ok(), editor.patch(kind, slug, patch, ifMatch, origin.links(uri)));
    }

    private static Response answer(Response.ResponseBuilder response, Written written) {
        return response.entity(written.body()).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, written.etag()).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
