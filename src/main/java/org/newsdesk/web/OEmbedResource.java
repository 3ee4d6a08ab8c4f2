package org.newsdesk.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsdesk.platform.http.HttpCaching;
import org.newsdesk.platform.http.PublicOrigin;
import org.newsdesk.platform.http.Rendered;
import org.newsdesk.platform.openapi.OpenApiDefinition;
import org.newsdesk.platform.problem.Problem;
import org.newsdesk.platform.problem.ProblemException;

/**
 * The oEmbed endpoint (JSON only). It answers application/json rather than application/json+oembed, which
 * is what most consumers expect; the discovery links on the pages name the oEmbed type.
 */
@Path("/oembed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Embedding", description = "oEmbed for the public news pages, so that editors that support it "
        + "(CMSs, chat tools) embed a list or an item from its address alone.")
@SecurityRequirements // public: no token
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class OEmbedResource {

    private final OEmbedService oembed;
    private final HttpCaching caching;

    @Context
    UriInfo uri;

    @Inject
    PublicOrigin origin;

    @Context
    HttpHeaders headers;

    public OEmbedResource(OEmbedService oembed, HttpCaching caching) {
        this.oembed = oembed;
        this.caching = caching;
    }

    @GET
    @Operation(operationId = "getOEmbed",
            summary = "oEmbed for a news page", description = "For the address of the news list (\"/\", with "
            + "its filters topic, country, region, type, q, month, year, from, to) or of an item page "
            + "(\"/news/{slug}\") on this site: a rich oEmbed 1.0 answer whose html is an iframe of /embed/news "
            + "with the same filters (lang included), or of /embed/news/{slug}. Lists default to 600×500 (room "
            + "for their 5 items), items to 600×300, never larger than maxwidth and maxheight. language names the "
            + "embed's language.")
    @APIResponse(responseCode = "200", description = "The oEmbed answer.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OEmbed.class)),
            headers = @Header(name = "ETag", ref = OpenApiDefinition.ETAG))
    @APIResponse(responseCode = "304", ref = OpenApiDefinition.NOT_MODIFIED)
    @APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", description = "The URL is not a news page of this site (another site, another "
            + "path, an unknown item, or filters that name nothing).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "another site", value = """
                            {"type":"about:blank","title":"Not Found","status":404,"detail":"There is no \
                            embeddable news page at https://elsewhere.example/news.","instance":"/oembed","requestId":"9b2e4f6a-1c3d-4e5f-8a7b-6c5d4e3f2a1b"}""")))
    @APIResponse(responseCode = "501", description = "A format other than json was asked for.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "xml", value = """
                            {"type":"about:blank","title":"Not Implemented","status":501,\
                            "detail":"Only format=json is offered.","instance":"/oembed","requestId":"9b2e4f6a-1c3d-4e5f-8a7b-6c5d4e3f2a1b"}""")))
    public Response oembed(
            @QueryParam("url") @Parameter(required = true, description = "Address of a news page of this site. "
                    + "The example is dev mode's (./mvnw quarkus:dev); elsewhere, use the service's own address.",
                    example = "http://localhost:8080/?topic=pensions") String url,
            @QueryParam("format") @Parameter(description = "Only json is offered.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = "json", defaultValue = "json")) String format,
            @QueryParam("maxwidth") @Parameter(description = "Widest the embed may be, in pixels.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String maxwidth,
            @QueryParam("maxheight") @Parameter(description = "Tallest the embed may be, in pixels.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String maxheight) {
        if (format != null && !format.isBlank() && !format.strip().equalsIgnoreCase("json")) {
            // oEmbed 1.0 §2.3.4: a format the provider cannot return is a 501.
            throw ProblemException.ofStatus(Response.Status.NOT_IMPLEMENTED, "Only format=json is offered.");
        }
        return caching.get(headers, uri, session -> Rendered.of(oembed.describe(session, url, maxwidth, maxheight,
                new SiteLinks(origin.links(uri)))));
    }
}
