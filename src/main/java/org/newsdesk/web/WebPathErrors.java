package org.newsdesk.web;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.newsdesk.platform.problem.AllowedMethods;
import org.newsdesk.platform.problem.BrowserRequests;
import org.newsdesk.platform.problem.ProblemException;
import org.newsdesk.platform.problem.ProblemMappers;

/**
 * Framework errors on the public pages' paths, which the API's mappers would describe as the API's:
 * a path nothing answers is an HTML 404 page under /news/… and /embed/… and for browsers anywhere outside
 * the API; a method a page does not take is an HTML 405 (with Allow); a page asked for in another media type
 * is a 406 that says pages are HTML. Everything else
 * goes to {@link ProblemMappers} as before.
 */
public class WebPathErrors {

    private final ProblemMappers problems;
    private final ErrorPages pages;
    private final AllowedMethods allowedMethods;

    public WebPathErrors(ProblemMappers problems, ErrorPages pages, AllowedMethods allowedMethods) {
        this.problems = problems;
        this.pages = pages;
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, HttpHeaders headers, Request request) {
        return wantsPage(uri.getPath(), headers) ? pages.notFound(uri) : problems.httpError(e, uri, request);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri, Request request) {
        if (!isPage(uri.getPath())) {
            return problems.httpError(e, uri, request);
        }
        return Response.fromResponse(pages.methodNotAllowed(uri))
                .header(HttpHeaders.ALLOW, allowedMethods.forPath(uri.getPath())).build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri, Request request) {
        if (!isPage(uri.getPath())) {
            return problems.httpError(e, uri, request);
        }
        return problems.decided(ProblemException.ofStatus(Response.Status.NOT_ACCEPTABLE,
                "This page is only served as text/html; the same content is in the API under /api/v1."), uri);
    }

    private static boolean isPage(String path) {
        return path.equals("/") || path.equals("/news") || path.startsWith("/news/") || path.startsWith("/embed/");
    }

    private static boolean wantsPage(String path, HttpHeaders headers) {
        return isPage(path) || BrowserRequests.wantsHtml(path, headers.getHeaderString(HttpHeaders.ACCEPT));
    }
}
