package org.newsdesk.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Newsdesk's own settings, under the prefix "newsdesk". */
@ConfigMapping(prefix = "newsdesk")
public interface NewsdeskConfig {

    SampleContent sampleContent();

    Http http();

    /**
     * The public URL of the service's root, such as https://news.example.org: every absolute link is built on
     * it. Unset, links use the request's scheme and host.
     */
    Optional<String> publicBaseUrl();

    /** The zone whose calendar decides the day scheduled items become public (an IANA zone id). */
    @WithDefault("UTC")
    String timeZone();

    Editorial editorial();

    Database database();

    RateLimit rateLimit();

    Metrics metrics();

    interface SampleContent {
        /** Whether the 20 sample items are loaded on start (idempotent; turn off in production). */
        @WithDefault("true")
        boolean enabled();
    }

    interface Http {
        /** Cache-Control of successful GET answers. */
        @WithDefault("public, max-age=60, stale-while-revalidate=60")
        String cacheControl();

        /** Whether answers are kept in memory until the content changes. */
        @WithDefault("true")
        boolean responseCacheEnabled();

        /** Memory the response cache may use, in MiB. */
        @WithDefault("64")
        int responseCacheMib();
    }

    interface Metrics {
        /** How long the business gauges' figures are reused before the database is asked again. */
        @WithDefault("30S")
        Duration refresh();
    }

    interface Editorial {
        /**
         * Origins (scheme://host[:port]) from which browsers may send writes; the service's own origin
         * (Swagger UI) always may. Reads are open to every origin.
         */
        Optional<List<String>> writeOrigins();
    }

    interface Database {
        /** Retry-After, in seconds, of the 503 answered while the database is unreachable or saturated. */
        @WithDefault("5")
        int retryAfter();

        /** After the read replica fails, how long public reads stay on the primary before it is tried again. */
        @WithDefault("5S")
        Duration replicaRetry();
    }

    interface RateLimit {
        /** Whether each client's requests are limited (everything but /q/*, OpenAPI and Swagger UI). */
        @WithDefault("true")
        boolean enabled();

        /** Requests a client may make per minute, sustained. */
        @WithDefault("600")
        int perMinute();

        /** Requests a client may make at once, after being idle; refilled at the per-minute rate. */
        @WithDefault("100")
        int burst();

        /** Clients remembered at once; the least recently seen are forgotten first. */
        @WithDefault("100000")
        int maxClients();
    }
}
