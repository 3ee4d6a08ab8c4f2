package org.newsdesk.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A resource's link written as text, the quick way for plain keys, is the link the URI builder makes. */
class ApiLinksTest {

    @ParameterizedTest
    @CsvSource({
        "https://news.example.org,            news,   some-slug-12,     https://news.example.org/api/v1/news/some-slug-12",
        "http://127.0.0.1:8080,               news,   a.b_c~d,          http://127.0.0.1:8080/api/v1/news/a.b_c~d",
        "http://[::1]:8080,                   topics, pensions,         http://[::1]:8080/api/v1/topics/pensions",
        "https://news.example.org/ignored/,   news,   x,                https://news.example.org/api/v1/news/x",
        "https://news.example.org,            news,   with space,       https://news.example.org/api/v1/news/with%20space",
        "https://news.example.org,            news,   é,                https://news.example.org/api/v1/news/%C3%A9",
    })
    void aResourceLinkIsWhatTheBuilderMakes(String origin, String collection, String key, String expected) {
        ApiLinks links = new ApiLinks(URI.create(origin), URI.create(origin));
        assertEquals(expected, links.resource(collection, key));
        assertEquals(links.resourceUri(collection, key).toString(), links.resource(collection, key));
    }
}
