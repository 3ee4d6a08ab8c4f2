package org.newsdesk.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The client behind trusted proxies: the right-most hop that is not one of them. */
class TrustedProxiesTest {

    private final TrustedProxies proxies =
            new TrustedProxies(true, Optional.of(List.of("10.0.0.0/8", "2001:db8::/32")));

    @Test
    void theRightMostUntrustedHopIsTheClient() {
        assertEquals("203.0.113.9", proxies.client("10.1.2.3", List.of("198.51.100.1, 203.0.113.9, 10.0.0.7")));
        assertEquals("203.0.113.9", proxies.client("10.1.2.3", List.of("198.51.100.1", "203.0.113.9:4711")));
        assertEquals("203.0.113.9", proxies.client("2001:db8::1", List.of("[2001:db8::2]:80, 203.0.113.9")));
    }

    @Test
    void anUntrustedPeerIsItsOwnClient() {
        assertEquals("203.0.113.50", proxies.client("203.0.113.50", List.of("198.51.100.1")));
    }

    @Test
    void whatNoProxyWroteIsNotBelieved() {
        assertEquals("10.0.0.7", proxies.client("10.1.2.3", List.of("unknown, 10.0.0.7")));
        assertEquals("10.1.2.3", proxies.client("10.1.2.3", List.of()));
    }

    @Test
    void behindAProxyTheProxiesMustBeNamed() {
        assertThrows(IllegalStateException.class, () -> new TrustedProxies(true, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(true, Optional.of(List.of("proxy.local"))));
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(true, Optional.of(List.of("10.0.0.0/33"))));
    }
}
