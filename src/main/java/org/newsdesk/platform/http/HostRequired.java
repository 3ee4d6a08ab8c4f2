package org.newsdesk.platform.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsdesk.platform.problem.Refusals;
import org.newsdesk.platform.problem.RequestIds;

/**
 * A request without a usable Host (none, or an empty one) is a 400 problem: every absolute link, canonical
 * URL and problem instance is built from the host, and the framework fails on a request URI without one.
 * So is a malformed one, as sent or as a trusted proxy's forwarded headers (X-Forwarded-Host, -Proto, -Port)
 * make it: a scheme other than http(s), a host that is not a name or an IP literal, a port out of range.
 * So is more than one Host (RFC 9112 §3.2), which servers and caches in a chain may each read differently.
 * The router itself refuses an HTTP/1.1 request without Host before any filter runs; {@link Refusals}
 * answers that. Load balancers' probes, which may send HTTP/1.0 without Host, go to the management port,
 * where this filter does not run.
 */
@ApplicationScoped
public class HostRequired {

    static final String MALFORMED = "The request's host, port or scheme (Host, or a proxy's X-Forwarded-Host, "
            + "X-Forwarded-Port or X-Forwarded-Proto) is malformed: a host name or IP literal, a port from 1 to "
            + "65535 and http or https are needed.";
    static final String DUPLICATE = "The request has more than one Host header; send exactly one.";
    /** A DNS name (underscores too, as container names have them), an IPv4 address or a bracketed IPv6 one. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9_~-]+(\\.[A-Za-z0-9_~-]+)*\\.?|\\[[0-9A-Fa-f:.]+]");
    /** Right after RequestIds, before the filters whose answers would use the host. */
    static final int PRIORITY = RequestIds.PRIORITY - 1;
    private final Refusals refusals;
    private final TrustedProxies proxies;

    public HostRequired(Refusals refusals, TrustedProxies proxies) {
        this.refusals = refusals;
        this.proxies = proxies;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext context) {
        String refusal = refusal(context.request());
        if (refusal == null) {
            context.next();
        } else {
            refusals.refuse(context, 400, "about:blank", refusal);
        }
    }

    /** The detail of the refusal, or null for a usable host. */
    private String refusal(HttpServerRequest request) {
        // Quarkus reads a trusted proxy's forwarded headers lazily, here: a value it cannot parse is malformed.
        try {
            request.remoteAddress(); // the left-most X-Forwarded-For hop, which Quarkus fails on if unparseable
            if (request.headers().getAll(HttpHeaders.HOST).size() > 1) {
                return DUPLICATE;
            }
            // The Host as sent (Quarkus replaces the header with the forwarded host), or the authority itself.
            HostAndPort authority = request.authority();
            HostAndPort sent = request.authority(true) == null ? authority : request.authority(true);
            if (sent == null || sent.host() == null || sent.host().isBlank()) {
                String header = request.headers().get(HttpHeaders.HOST);
                return header == null || header.isBlank() ? Refusals.NO_HOST : MALFORMED;
            }
            boolean wellFormed = wellFormed(sent) && authority != null && wellFormed(authority)
                    && isHttp(request.scheme());
            // Quarkus quietly drops what it cannot parse (a port out of range): the values as sent are checked.
            if (wellFormed && request.connection() != null
                    && proxies.forwards(request.connection().remoteAddress().hostAddress())) {
                MultiMap headers = request.headers();
                wellFormed = allMatch(headers.getAll("X-Forwarded-Host"), HostRequired::isAuthority)
                        && allMatch(headers.getAll("X-Forwarded-Proto"), HostRequired::isHttp)
                        && allMatch(headers.getAll("X-Forwarded-Port"), HostRequired::isPort)
                        && allMatch(headers.getAll("X-Forwarded-For"), TrustedProxies::isHop);
            }
            return wellFormed ? null : MALFORMED;
        } catch (RuntimeException e) {
            return MALFORMED;
        }
    }

    /** Every comma-separated value of every line passes. */
    private static boolean allMatch(List<String> lines, Predicate<String> check) {
        return lines.stream().flatMap(line -> Arrays.stream(line.split(",", -1))).map(String::strip).allMatch(check);
    }

    private static boolean isAuthority(String value) {
        HostAndPort authority = HostAndPort.parseAuthority(value, -1);
        return authority != null && wellFormed(authority);
    }

    private static boolean wellFormed(HostAndPort authority) {
        return HOST.matcher(authority.host()).matches() && authority.port() <= 65_535
                && (authority.port() > 0 || authority.port() == -1);
    }

    static boolean isPort(String port) {
        return port.matches("\\d{1,5}") && Integer.parseInt(port) >= 1 && Integer.parseInt(port) <= 65_535;
    }

    private static boolean isHttp(String scheme) {
        return "http".equals(scheme) || "https".equals(scheme);
    }
}
