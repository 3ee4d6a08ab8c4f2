package org.newsdesk.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Newsdesk's own settings, under the prefix "newsdesk". */
@ConfigMapping(prefix = "newsdesk")
public interface NewsdeskConfig {

    SampleContent sampleContent();

    Http http();

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
}
