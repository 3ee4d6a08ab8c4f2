package org.newsdesk.platform.http;

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

    /** Forwarded headers on, believed from the given proxies only. */
    static Map<String, String> behindProxy(Map<String, String> base, String trustedProxies) {
        Map<String, String> overrides = new HashMap<>(base);
        overrides.put("quarkus.http.proxy.proxy-address-forwarding", "true");
        overrides.put("quarkus.http.proxy.allow-x-forwarded", "true");
        overrides.put("quarkus.http.proxy.enable-forwarded-host", "true");
        overrides.put("quarkus.http.proxy.trusted-proxies", trustedProxies);
        return overrides;
    }

    /** Behind a trusted reverse proxy: the tests connect from 127.0.0.1, which plays the proxy. */
    public static class BehindProxy extends RateLimitProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return behindProxy(super.getConfigOverrides(), "127.0.0.1");
        }
    }

    /** Forwarded headers on, but the tests' connections do not come from the one trusted proxy; bursts of 10. */
    public static class UntrustedPeer extends RateLimitProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = behindProxy(super.getConfigOverrides(), "192.0.2.1");
            overrides.put("newsdesk.rate-limit.burst", "10");
            return overrides;
        }
    }

    /** Behind a trusted proxy with a public base URL configured, and no rate limit. */
    public static class PublicBaseUrl implements QuarkusTestProfile {
        public static final String BASE = "https://news.example.org";

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = behindProxy(Map.of(), "127.0.0.1");
            overrides.put("newsdesk.public-base-url", BASE);
            return overrides;
        }
    }
}
