package org.newsdesk.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The one writer of answers refused before any resource runs, by the filters of this package and by the
 * router itself: an RFC 9457 problem with the request id, or for a browser asking for a page (its Accept
 * names text/html, outside the API) a small HTML page that says the same. Never the framework's bare page.
 */
@ApplicationScoped
public class Refusals {

    public static final String NO_HOST = "The request has no Host header, or an empty one; send the host name of "
            + "this service.";
    public static final String NOT_A_PATH = "The request target must be the path of a resource, such as /api/v1/news "
            + "(origin-form); absolute URLs and * are for proxies and server-wide OPTIONS, and this service is neither.";
    /** How long a refused request's body may still take to arrive before its connection is closed. */
    static final long LINGER_MILLIS = 2_000;
    private final ObjectMapper json;

    public Refusals(ObjectMapper json) {
        this.json = json;
    }

    /** Refusals the router makes before any filter runs: before every other failure handler, Quarkus' among them. */
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::routerRefusal);
    }

    /**
     * Ends the request with this refusal; headers the caller set (Retry-After, Allow) stay. With Connection:
     * close set, or a body still on its way, the connection is closed once the answer is out.
     */
    public void refuse(RoutingContext context, int status, String type, String detail) {
        String title = HttpResponseStatus.valueOf(status).reasonPhrase();
        String body;
        String contentType;
        if (BrowserRequests.wantsHtml(context.request().path(), context.request().getHeader(HttpHeaders.ACCEPT))) {
            body = page(status, title, detail, RequestIds.current());
            contentType = "text/html; charset=UTF-8";
            context.response().putHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        } else {
            try {
                body = json.writeValueAsString(new Problem(type, title, status, detail, context.request().path(),
                        null, null, null));
            } catch (JsonProcessingException e) {
                context.fail(e);
                return;
            }
            contentType = Problem.MEDIA_TYPE;
        }
        boolean bodyPending = !context.request().isEnded();
        if (bodyPending) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        boolean close = "close".equalsIgnoreCase(context.response().headers().get(HttpHeaders.CONNECTION));
        HttpConnection connection = context.request().connection();
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, contentType)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end(body).onComplete(sent -> {
                    if (close && !bodyPending && connection != null) {
                        connection.close();
                    }
                });
        if (close && bodyPending) {
            lingeringClose(context);
        }
    }

    /**
     * A body is on its way that no one will read: it is discarded until it ends, then the connection closed,
     * so that a client still sending reads the refusal rather than a reset (nginx's lingering close); a body
     * that does not end within LINGER_MILLIS is not waited for.
     */
    private static void lingeringClose(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpConnection connection = request.connection();
        if (connection == null) {
            return;
        }
        long timer = context.vertx().setTimer(LINGER_MILLIS, expired -> connection.close());
        request.handler(discarded -> { }).endHandler(ended -> {
            context.vertx().cancelTimer(timer);
            connection.close();
        });
        request.resume();
    }

    /**
     * The router answers a request without Host (400) and a target that is not a path, such as * (404), before
     * any filter runs: the same refusal, with a request id. Failures that carry an exception go on to the mappers.
     */
    private void routerRefusal(RoutingContext context) {
        int status = context.statusCode();
        // A Host the router cannot read is a failure with its exception; other refusals carry none.
        boolean noHost = status == 400 && !hasHost(context.request());
        if (status < 400 || status > 499 || context.response().headWritten() || context.failure() != null && !noHost) {
            context.next();
            return;
        }
        RequestIds.assign(context);
        String path = context.request().path();
        if (noHost) {
            refuse(context, 400, "about:blank", NO_HOST);
        } else if (path == null || !path.startsWith("/")) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            refuse(context, 400, "about:blank", NOT_A_PATH);
        } else {
            refuse(context, status, "about:blank", HttpResponseStatus.valueOf(status).reasonPhrase() + ".");
        }
    }

    /** Whether the request names a host (Host, or the authority of its target). */
    public static boolean hasHost(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        return authority != null && authority.host() != null && !authority.host().isBlank();
    }

    private static String page(int status, String title, String detail, String requestId) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + status + " "
                + escape(title) + "</title>\n</head>\n<body>\n<main>\n<h1>" + escape(title) + "</h1>\n<p>"
                + escape(detail) + "</p>\n<p>Request id: <code>" + escape(String.valueOf(requestId))
                + "</code></p>\n<p><a href=\"/\">Home page</a></p>\n</main>\n</body>\n</html>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
