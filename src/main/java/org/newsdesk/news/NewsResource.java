package org.newsdesk.news;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsdesk.news.NewsFilterParser.ListRequest;
import org.newsdesk.news.NewsViews.Archive;
import org.newsdesk.news.NewsViews.NewsDetail;
import org.newsdesk.news.NewsViews.NewsPage;
import org.newsdesk.news.NewsViews.PageInfo;
import org.newsdesk.platform.http.ApiLinks;
import org.newsdesk.platform.http.ContentLanguage;
import org.newsdesk.platform.http.HttpCaching;
import org.newsdesk.platform.http.PublicOrigin;
import org.newsdesk.platform.http.Rendered;
import org.newsdesk.platform.openapi.OpenApiDefinition;
import org.newsdesk.platform.security.Caller;

/** The public news read API. */
@Path(ApiLinks.API + "/news")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "News")
// Anonymous, or with an editor's token to see past the public view (status, drafts by slug).
@SecurityRequirementsSet
@SecurityRequirementsSet(@SecurityRequirement(name = OpenApiDefinition.BEARER))
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class NewsResource {

    private final NewsService news;
    private final NewsFilterParser parser;
    private final HttpCaching caching;
    private final Caller caller;

    @Context
    UriInfo uri;

    @Inject
    PublicOrigin origin;

    @Context
    HttpHeaders headers;

    public NewsResource(NewsService news, NewsFilterParser parser, HttpCaching caching, Caller caller) {
        this.news = news;
        this.parser = parser;
        this.caching = caching;
        this.caller = caller;
    }

    /** Only editors may look past the public view. */
    private void requireEditorForStatus(NewsFilterParams filter) {
        if (filter.asksForStatus()) {
            caller.requireEditor();
        }
    }

    @GET
    @Operation(operationId = "listNews",
            summary = "List and search news", description = "Published items, newest first (by publication date, "
            + "then id), or by relevance when searching with q. Filters combine: several values of one parameter match "
            + "any of them, different parameters all apply; month, year, from and to narrow the same date range. "
            + "Page by number for the first " + Paging.MAX_OFFSET + " items, or follow links.next (a cursor) at the same "
            + "cost however deep. facets adds counts per dimension; each dimension's counts ignore its own filter.")
    @APIResponse(responseCode = "200", description = "A page of items; empty when nothing matches.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewsPage.class)),
            headers = {
                @Header(name = "X-Total-Count", description = "Items matching the filters, on all pages; sent when "
                        + "the count is exact (up to 1000).",
                        schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = "Link", description = "RFC 8288 links first, prev, next and last, with the same filters.",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", ref = OpenApiDefinition.ETAG)
            })
    @APIResponse(responseCode = "304", ref = OpenApiDefinition.NOT_MODIFIED)
    @APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OpenApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OpenApiDefinition.FORBIDDEN)
    public Response list(@BeanParam NewsFilterParams filter, @BeanParam ListParams list) {
        requireEditorForStatus(filter);
        String language = ContentLanguage.of(uri, headers);
        return caching.get(headers, uri, language, session -> {
            ListRequest request = parser.listRequest(session, filter, list);
            ApiLinks links = origin.links(uri);
            NewsPage page = news.page(session, request, links, language);
            PageInfo info = page.page();
            String link = PageLinks.header(links, info.number(), info.size(), info.totalPages(), page.links().next(),
                    Paging.MAX_OFFSET);
            // X-Total-Count is only sent when the count is exact.
            return new Rendered(page, info.totalItemsExact()
                    ? Map.of("X-Total-Count", Long.toString(info.totalItems()), "Link", link)
                    : Map.of("Link", link), null);
        });
    }

    @GET
    @Path("archive")
    @Operation(operationId = "getNewsArchive",
            summary = "Month archive", description = "Months that have items, newest first, with their counts: "
            + "the headings of a news page. Takes the same filters as the list.")
    @APIResponse(responseCode = "200", description = "The months; empty when nothing matches.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Archive.class)),
            headers = @Header(name = "ETag", ref = OpenApiDefinition.ETAG))
    @APIResponse(responseCode = "304", ref = OpenApiDefinition.NOT_MODIFIED)
    @APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OpenApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OpenApiDefinition.FORBIDDEN)
    public Response archive(@BeanParam NewsFilterParams filter) {
        requireEditorForStatus(filter);
        return caching.get(headers, uri,
                session -> Rendered.of(news.archive(session, parser.filter(session, filter))));
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getNewsItem",
            summary = "Get a news item", description = "One item with its body and timestamps. With an editor's "
            + "token, items in any workflow state. A slug the item had before answers 301 with its current URL.")
    @APIResponse(responseCode = "200", description = "The item.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewsDetail.class)),
            headers = {
                @Header(name = "ETag", ref = OpenApiDefinition.ETAG),
                @Header(name = "Last-Modified", description = "When the item last changed.",
                        schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "301", description = "The item now has another slug; Location has its URL.",
            headers = @Header(name = "Location", ref = OpenApiDefinition.LOCATION))
    @APIResponse(responseCode = "304", ref = OpenApiDefinition.NOT_MODIFIED)
    @APIResponse(responseCode = "401", ref = OpenApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public Response item(@PathParam("slug") @Parameter(description = "The item's slug.",
            example = OpenApiDefinition.EXAMPLE_SLUG) String slug) {
        String language = ContentLanguage.of(uri, headers);
        return caching.get(headers, uri, language, session -> {
            NewsDetail item = news.bySlug(session, slug, origin.links(uri), caller.isEditor(), language);
            return new Rendered(item, Map.of(), item.updatedAt());
        });
    }
}
