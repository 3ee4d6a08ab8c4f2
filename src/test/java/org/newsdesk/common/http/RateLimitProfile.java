package org.newsdesk.common.http;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/** The rate limit on (the test profile turns it off), small enough to reach: bursts of 3, 6 a minute. */
public class RateLimitProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("newsdesk.rate-limit.enabled", "true", "newsdesk.rate-limit.per-minute", "6",
                "newsdesk.rate-limit.burst", "3");
    }

    /** The same behind a reverse proxy: clients are told apart by X-Forwarded-For. */
    public static class BehindProxy extends RateLimitProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("quarkus.http.proxy.proxy-address-forwarding", "true");
            overrides.put("quarkus.http.proxy.allow-x-forwarded", "true");
            return overrides;
        }
    }
}
