package org.newsdesk.feed;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.platform.openapi.OpenApiDocument;

/** The feeds in the OpenAPI document: tag, media types, parameters and responses. */
@QuarkusTest
class FeedOpenApiIT {

    @ParameterizedTest
    @CsvSource({"/feeds/news.rss,application/rss+xml", "/feeds/news.atom,application/atom+xml",
        "/feeds/news.json,application/feed+json"})
    void documentsEachFeed(String path, String mediaType) {
        JsonPath spec = OpenApiDocument.jsonPath();
        String operation = "paths.'" + path + "'.get";
        assertThat(spec.getList(operation + ".tags"), contains("Feeds"));
        assertThat(spec.getMap(operation + ".responses"),
                allOf(hasKey("200"), hasKey("304"), hasKey("400"), hasKey("500")));
        assertThat(spec.getMap(operation + ".responses.'200'.content").keySet(), contains(mediaType));
        assertThat(spec.getMap(operation + ".responses.'200'.headers"), allOf(hasKey("ETag"), hasKey("Last-Modified")));
        assertThat(spec.getList(operation + ".parameters.name"),
                hasItems("limit", "topic", "country", "region", "type", "q"));
        assertThat(spec.getString(operation + ".parameters.find { it.name == 'limit' }.schema.maximum"), is("100"));
        assertThat(spec.getList("tags.name"), hasItems("Feeds"));
    }
}
