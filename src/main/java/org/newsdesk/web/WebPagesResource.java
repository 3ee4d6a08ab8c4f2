package org.newsdesk.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.newsdesk.platform.db.ReadSession;
import org.newsdesk.platform.http.HttpCaching;
import org.newsdesk.platform.http.PublicOrigin;
import org.newsdesk.platform.http.Rendered;
import org.newsdesk.platform.problem.InvalidParametersException;
import org.newsdesk.platform.problem.ResourceMovedException;
import org.newsdesk.platform.problem.ResourceNotFoundException;

/**
 * The public HTML pages: the news list, item pages, the embeddable list and item, and the embed demo.
 * Every page goes through {@link HttpCaching} (ETag, 304, in-memory answers) and carries its CSP; errors
 * here are HTML pages too (the mappers below apply to this class only). Not part of the API document.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class WebPagesResource {

    private final NewsPages newsPages;
    private final EmbedPages embedPages;
    private final ErrorPages errorPages;
    private final HttpCaching caching;

    @Context
    UriInfo uri;

    @Inject
    PublicOrigin origin;

    @Context
    HttpHeaders headers;

    public WebPagesResource(NewsPages newsPages, EmbedPages embedPages, ErrorPages errorPages, HttpCaching caching) {
        this.newsPages = newsPages;
        this.embedPages = embedPages;
        this.errorPages = errorPages;
        this.caching = caching;
    }

    @GET
    @Operation(hidden = true)
    public Response home() {
        return page(session -> newsPages.home(session, WebQuery.from(uri.getQueryParameters()), new SiteLinks(origin.links(uri))));
    }

    @GET
    @Path("news/{slug}")
    @Operation(hidden = true)
    public Response item(@PathParam("slug") String slug) {
        return page(session -> newsPages.item(session, slug, new SiteLinks(origin.links(uri))));
    }

    @GET
    @Path("embed/news")
    @Operation(hidden = true)
    public Response embedList(@QueryParam("limit") String limit) {
        return page(session -> embedPages.list(session, WebQuery.from(uri.getQueryParameters()), limit, new SiteLinks(origin.links(uri))));
    }

    @GET
    @Path("embed/news/{slug}")
    @Operation(hidden = true)
    public Response embedItem(@PathParam("slug") String slug) {
        return page(session -> embedPages.item(session, slug, new SiteLinks(origin.links(uri))));
    }

    @GET
    @Path("embed/demo")
    @Operation(hidden = true)
    public Response demo(@QueryParam("limit") String limit) {
        return page(session -> embedPages.demo(session, WebQuery.from(uri.getQueryParameters()), limit, new SiteLinks(origin.links(uri))));
    }

    private Response page(Function<ReadSession, String> html) {
        Response response = caching.get(headers, uri,
                session -> Rendered.of(new Rendered.Bytes(html.apply(session).getBytes(UTF_8), ErrorPages.HTML)));
        return Response.fromResponse(response)
                .header(ContentSecurity.HEADER, ContentSecurity.forPath(uri.getPath())).build();
    }

    @ServerExceptionMapper
    public Response invalidParameters(InvalidParametersException e) {
        return errorPages.badRequest(e.violations(), uri);
    }

    @ServerExceptionMapper
    public Response notFound(ResourceNotFoundException e) {
        return errorPages.notFound(uri);
    }

    /** An old slug: the service names the item's API URL; the page moved to the same slug here. */
    @ServerExceptionMapper
    public Response moved(ResourceMovedException e) {
        String path = e.location().getPath();
        String slug = path.substring(path.lastIndexOf('/') + 1);
        SiteLinks links = new SiteLinks(origin.links(uri));
        String page = uri.getPath().startsWith("/embed/") ? links.embedItem(slug) : links.item(slug);
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(page)).build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, Request request) {
        return errorPages.unexpected(e, uri, request);
    }
}
