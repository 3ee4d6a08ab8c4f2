package org.newsdesk.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;

/** JSON Feed 1.1 through the service's own Jackson. */
@ApplicationScoped
public class JsonFeedWriter {

    public static final String TYPE = "application/feed+json";
    public static final String MEDIA_TYPE = TYPE + "; charset=UTF-8";
    private final ObjectMapper json;

    public JsonFeedWriter(ObjectMapper json) {
        this.json = json;
    }

    public byte[] write(NewsFeed feed) {
        try {
            return json.writeValueAsBytes(JsonFeed.of(feed));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
