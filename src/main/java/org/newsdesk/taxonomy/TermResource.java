package org.newsdesk.taxonomy;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsdesk.platform.http.ContentLanguage;
import org.newsdesk.platform.http.HttpCaching;
import org.newsdesk.platform.http.JsonBodies;
import org.newsdesk.platform.http.PublicOrigin;
import org.newsdesk.platform.http.Rendered;
import org.newsdesk.platform.openapi.OpenApiDefinition;
import org.newsdesk.platform.security.Caller;
import org.newsdesk.taxonomy.TaxonomyViews.RegionList;
import org.newsdesk.taxonomy.TaxonomyViews.RegionView;
import org.newsdesk.taxonomy.TaxonomyViews.TopicList;
import org.newsdesk.taxonomy.TaxonomyViews.TopicView;

/**
 * Topics and regions: one set of endpoints, served at /api/v1/topics by {@link TopicResource} and at
 * /api/v1/regions by {@link RegionResource}. Reads are public; writes are admins'. The OpenAPI annotations
 * here speak of a "term" that answers with either kind's schema; {@link TermOperationsOpenApi} names each
 * operation for its kind (listTopics, createRegion) with that kind's schema alone. Java passes no class annotation down to a subclass, so every
 * method states its own security.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class TermResource {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String IF_MATCH = "The ETag of the version this change starts from (of the answer in "
            + "English: without lang or Accept-Language, as a write answers).";
    /** The language parameter of the taxonomy's reads. */
    static final String LANG = "The language to name entries in: one ISO 639-1 code. Names an entry has not in it "
            + "fall back to English (the answer's language field says which). Without it, Accept-Language chooses "
            + "among en, fr and es; Content-Language says the result.";

    private final TermKind kind;
    private final TaxonomyService taxonomy;
    private final TaxonomyEditor editor;
    private final HttpCaching caching;
    private final JsonBodies bodies;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Inject
    PublicOrigin origin;

    TermResource(TermKind kind, TaxonomyService taxonomy, TaxonomyEditor editor, HttpCaching caching,
            JsonBodies bodies) {
        this.kind = kind;
        this.taxonomy = taxonomy;
        this.editor = editor;
        this.caching = caching;
        this.bodies = bodies;
    }

    @GET
    @Tag(name = "Taxonomy")
    @SecurityRequirements // public: no token
    @Operation(operationId = "listTerms",
            summary = "List terms", description = "Every term by name, with its count of published items.")
    @APIResponse(responseCode = "200", description = "The terms.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {TopicList.class, RegionList.class})),
            headers = @Header(name = "ETag", ref = OpenApiDefinition.ETAG))
    @APIResponse(responseCode = "304", ref = OpenApiDefinition.NOT_MODIFIED)
    public Response list(@QueryParam("lang") @Parameter(description = LANG,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, examples = "[\"fr\"]"))
            List<String> lang) {
        String language = ContentLanguage.named(lang, headers);
        return caching.get(headers, uri, language,
                session -> Rendered.of(taxonomy.entries(kind, session, origin.links(uri), language)));
    }

    @GET
    @Path("{slug}")
    @Tag(name = "Taxonomy")
    @SecurityRequirements // public: no token
    @Operation(operationId = "getTerm",
            summary = "Get a term", description = "One term by slug, with its count of published items.")
    @APIResponse(responseCode = "200", description = "The term.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {TopicView.class, RegionView.class})),
            headers = @Header(name = "ETag", ref = OpenApiDefinition.ETAG))
    @APIResponse(responseCode = "304", ref = OpenApiDefinition.NOT_MODIFIED)
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public Response get(@PathParam("slug") String slug,
            @QueryParam("lang") @Parameter(description = LANG,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, examples = "[\"fr\"]"))
            List<String> lang) {
        String language = ContentLanguage.named(lang, headers);
        return caching.get(headers, uri, language,
                session -> Rendered.of(taxonomy.entry(kind, session, slug, origin.links(uri), language)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Editorial")
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = OpenApiDefinition.BEARER)
    @Operation(operationId = "createTerm",
            summary = "Create a term", description = "The slug is made from the name unless given.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TermWrite.class)))
    @APIResponse(responseCode = "201", description = "Created.", headers = {
        @Header(name = "Location", ref = OpenApiDefinition.LOCATION),
        @Header(name = "ETag", ref = OpenApiDefinition.ETAG)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {TopicView.class, RegionView.class})))
    @APIResponse(responseCode = "400", ref = OpenApiDefinition.INVALID_BODY)
    @APIResponse(responseCode = "409", ref = OpenApiDefinition.CONFLICT)
    @APIResponse(responseCode = "413", ref = OpenApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = OpenApiDefinition.UNSUPPORTED)
    public Response create(byte[] body) {
        TermWrite write = bodies.read(bodies.parse(body), TermWrite.class, TermWrite.READ_ONLY);
        return editor.create(kind, write, origin.links(uri)).created();
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Editorial")
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = OpenApiDefinition.BEARER)
    @Operation(operationId = "replaceTerm",
            summary = "Replace a term", description = "Rename it, or give it a new slug. With If-Match.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TermWrite.class)))
    @APIResponse(responseCode = "200", description = "Replaced.", headers = @Header(name = "ETag", ref = OpenApiDefinition.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {TopicView.class, RegionView.class})))
    @APIResponse(responseCode = "400", ref = OpenApiDefinition.INVALID_BODY)
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = OpenApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = OpenApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = OpenApiDefinition.UNSUPPORTED)
    @APIResponse(responseCode = "428", ref = OpenApiDefinition.PRECONDITION_REQUIRED)
    public Response replace(@PathParam("slug") String slug, byte[] body,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        TermWrite write = bodies.read(bodies.parse(body), TermWrite.class, TermWrite.READ_ONLY);
        return editor.replace(kind, slug, write, ifMatch, origin.links(uri)).ok();
    }

    @PATCH
    @Path("{slug}")
    @Consumes(MERGE_PATCH)
    @Tag(name = "Editorial")
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = OpenApiDefinition.BEARER)
    @Operation(operationId = "patchTerm",
            summary = "Change a term", description = "JSON Merge Patch (RFC 7396). With If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = TermWrite.class)))
    @APIResponse(responseCode = "200", description = "Changed.", headers = @Header(name = "ETag", ref = OpenApiDefinition.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {TopicView.class, RegionView.class})))
    @APIResponse(responseCode = "400", ref = OpenApiDefinition.INVALID_BODY)
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = OpenApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = OpenApiDefinition.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = OpenApiDefinition.UNSUPPORTED)
    @APIResponse(responseCode = "428", ref = OpenApiDefinition.PRECONDITION_REQUIRED)
    public Response patch(@PathParam("slug") String slug, byte[] body,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        var patch = bodies.parse(body);
        bodies.refuseReadOnly(patch, TermWrite.READ_ONLY);
        return editor.patch(kind, slug, patch, ifMatch, origin.links(uri)).ok();
    }

    @DELETE
    @Path("{slug}")
    @Tag(name = "Editorial")
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = OpenApiDefinition.BEARER)
    @Operation(operationId = "deleteTerm", summary = "Delete a term", description = "Only once nothing uses it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = OpenApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = OpenApiDefinition.PRECONDITION_REQUIRED)
    public Response delete(@PathParam("slug") String slug,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        editor.delete(kind, slug, ifMatch, origin.links(uri));
        return Response.noContent().build();
    }
}
