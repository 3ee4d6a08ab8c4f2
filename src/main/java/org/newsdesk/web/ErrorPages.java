package org.newsdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.newsdesk.platform.config.NewsdeskConfig;
import org.newsdesk.platform.http.PublicOrigin;
import org.newsdesk.platform.problem.DatabaseFaultMappers;
import org.newsdesk.platform.problem.Problem.Violation;
import org.newsdesk.platform.problem.RequestIds;
import org.newsdesk.web.WebViews.ErrorView;

/**
 * Errors of the public pages as HTML pages with the right status (the API keeps its problem+json):
 * 400 names every wrong parameter, 404 says there is nothing there, 503 (with Retry-After) says the database
 * cannot serve just now, 500 gives only an error id that the log has with the details. Embedded pages get a compact version that may be framed.
 */
@ApplicationScoped
public class ErrorPages {

    static final String HTML = "text/html; charset=UTF-8";
    private static final Logger LOG = Logger.getLogger(ErrorPages.class);
    private final int retryAfterSeconds;
    private final PublicOrigin origin;

    public ErrorPages(NewsdeskConfig config, PublicOrigin origin) {
        this.retryAfterSeconds = config.database().retryAfter();
        this.origin = origin;
    }

    public Response badRequest(List<Violation> violations, UriInfo uri) {
        return page(400, "Invalid parameters", "This page cannot be shown with these parameters:", violations, uri);
    }

    public Response notFound(UriInfo uri) {
        return page(404, "Page not found", "There is no page at this address. It may have been moved or "
                + "removed, or the address may be mistyped.", List.of(), uri);
    }

    public Response methodNotAllowed(UriInfo uri) {
        return page(405, "Method not allowed", "This page can only be read (GET or HEAD).", List.of(), uri);
    }

    /** As the API's DatabaseFaultMappers: a database that cannot serve now is a 503 with Retry-After. */
    public Response unexpected(Throwable e, UriInfo uri, Request request) {
        Throwable fault = DatabaseFaultMappers.unavailability(e);
        if (fault != null) {
            LOG.warnf("Database unavailable on %s: %s", uri.getRequestUri().getRawPath(), fault);
            return Response.fromResponse(page(503, "Temporarily unavailable", "The news cannot be fetched just "
                    + "now. Please try again in a few moments.", List.of(), uri))
                    .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
        }
        return failed(e, uri, request);
    }

    /** Logs as ProblemMappers does: ids, method and path only. */
    private Response failed(Throwable e, UriInfo uri, Request request) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s (request %s) on %s %s", errorId, RequestIds.current(), request.getMethod(),
                uri.getRequestUri().getRawPath());
        return page(500, "Something went wrong", "The page could not be made. Please try again later; if it "
                + "keeps failing, quote the error id " + errorId + " when reporting it.", List.of(), uri);
    }

    private Response page(int status, String heading, String message, List<Violation> violations, UriInfo uri) {
        SiteLinks links = new SiteLinks(origin.links(uri));
        String path = uri.getPath();
        PageHead head = PageHead.page(links, heading, message, null, "website", null, "");
        ErrorView view = new ErrorView(heading, message, violations, links.home(""));
        String html = (ContentSecurity.isEmbed(path) ? Pages.embedError(head, view) : Pages.error(head, view)).render();
        return Response.status(status).type(HTML).entity(html)
                .header(ContentSecurity.HEADER, ContentSecurity.forPath(path))
                .header("Cache-Control", "no-store").build();
    }
}
