package org.newsdesk.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Newsdesk's own settings, under the prefix "newsdesk". */
@ConfigMapping(prefix = "newsdesk")
public interface NewsdeskConfig {

    SampleContent sampleContent();

    interface SampleContent {
        /** Whether the 20 sample items are loaded on start (idempotent; turn off in production). */
        @WithDefault("true")
        boolean enabled();
    }
}
