package org.newsdesk.platform.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.newsdesk.platform.config.NewsdeskConfig;
import org.newsdesk.platform.problem.Refusals;

/**
 * Per-client rate limit (a token bucket per client address) with the RateLimit-Policy and RateLimit headers
 * of draft-ietf-httpapi-ratelimit-headers-10 on every answer, and 429 with Retry-After over the limit. The
 * client is the peer address, or on a connection from a trusted proxy the right-most X-Forwarded-For hop
 * that is not a trusted proxy ({@link TrustedProxies}). /q/* is exempt: on this port it is only OpenAPI and
 * Swagger UI, documents built once, so developers' tools never meet a 429 (decided on the path the router
 * serves, which NormalPaths makes the path sent). Health and metrics are on the management port, where no
 * filter of ours runs.
 */
@ApplicationScoped
public class RateLimiter {

    private final boolean enabled;
    private final TrustedProxies proxies;
    private final int burst;
    private final double perSecond;
    private final String policy;
    private final Cache<String, TokenBucket> clients;
    private final Refusals refusals;

    public RateLimiter(NewsdeskConfig config, Refusals refusals, TrustedProxies proxies) {
        NewsdeskConfig.RateLimit limit = config.rateLimit();
        this.enabled = limit.enabled();
        this.proxies = proxies;
        this.burst = Math.max(1, limit.burst());
        this.perSecond = Math.max(1, limit.perMinute()) / 60d;
        this.policy = "\"default\";q=" + Math.max(1, limit.perMinute()) + ";w=60";
        // A client idle long enough to have a full bucket again loses nothing by being forgotten.
        long refillMillis = (long) Math.ceil(burst / perSecond * 1000);
        this.clients = Caffeine.newBuilder().maximumSize(limit.maxClients())
                .expireAfterAccess(Duration.ofMillis(Math.max(1000, refillMillis))).build();
        this.refusals = refusals;
    }

    void register(@Observes Filters filters) {
        // After CorsPolicy (400), so that a browser can read a 429; preflights are answered before this.
        filters.register(this::handle, 300);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!enabled || request.path() == null || context.normalizedPath().startsWith("/q/")) {
            context.next();
            return;
        }
        TokenBucket.Take take = clients.get(client(request), key -> new TokenBucket(burst, perSecond, System.nanoTime()))
                .take(System.nanoTime());
        long reset = take.allowed() ? take.secondsUntilFull() : take.secondsUntilNext();
        context.response().putHeader("RateLimit-Policy", policy)
                .putHeader("RateLimit", "\"default\";r=" + take.remaining() + ";t=" + reset);
        if (take.allowed()) {
            context.next();
        } else {
            refuse(context, take.secondsUntilNext());
        }
    }

    private String client(HttpServerRequest request) {
        // The connection's own peer: request.remoteAddress() is already Quarkus' reading of the headers.
        SocketAddress peer = request.connection() == null ? null : request.connection().remoteAddress();
        String client = proxies.client(peer == null ? null : peer.hostAddress(),
                request.headers().getAll("X-Forwarded-For"));
        return client == null ? "unknown" : client;
    }

    private void refuse(RoutingContext context, long retryAfter) {
        context.response().putHeader("Retry-After", Long.toString(retryAfter));
        refusals.refuse(context, 429, "urn:newsdesk:problem:rate-limited", "Over the limit of "
                + Math.round(perSecond * 60) + " requests a minute (bursts of " + burst + "); retry in " + retryAfter
                + " s.");
    }
}
