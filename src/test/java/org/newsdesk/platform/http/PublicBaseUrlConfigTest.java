package org.newsdesk.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** PUBLIC_BASE_URL is checked at start: the root of an http(s) origin, nothing else. */
class PublicBaseUrlConfigTest {

    @Test
    void anOriginIsTakenAsItsSchemeHostAndPort() {
        assertEquals("https://news.example.org", PublicOrigin.parse("https://News.Example.org/").toString());
        assertEquals("http://news.example.org:8080", PublicOrigin.parse("http://news.example.org:8080").toString());
    }

    @Test
    void anythingElseFailsTheStart() {
        for (String value : new String[] {"news.example.org", "ftp://news.example.org", "https://news.example.org/news",
            "https://news.example.org/?a=1", "https://news.example.org/#top", "https://user@news.example.org",
            "https://news.example.org:99999", "https:///path"}) {
            assertThrows(IllegalArgumentException.class, () -> PublicOrigin.parse(value), value);
        }
    }
}
