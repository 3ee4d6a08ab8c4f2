package org.newsdesk.feed;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsdesk.feed.FeedDocuments.base;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /feeds/news.json over the 20 sample items: JSON Feed 1.1's required fields and what each item carries. */
@QuarkusTest
class JsonFeedIT {

    @Test
    void isAJsonFeed11WithTheTopLevelFields() {
        JsonPath feed = FeedDocuments.json("/feeds/news.json");
        assertEquals("https://jsonfeed.org/version/1.1", feed.getString("version"));
        assertEquals("Newsdesk news", feed.getString("title"));
        assertEquals(base() + "/", feed.getString("home_page_url"));
        assertEquals(base() + "/feeds/news.json", feed.getString("feed_url"));
        assertEquals("Newsdesk news: the newest items first.", feed.getString("description"));
        assertEquals("en", feed.getString("language"));
        assertEquals(List.of(Map.of("name", "Newsdesk")), feed.getList("authors"));
    }

    @Test
    void carriesTheTwentySampleItemsNewestFirst() {
        List<Map<String, Object>> items = FeedDocuments.json("/feeds/news.json").getList("items");
        List<Map<String, Object>> expected = FeedDocuments.apiItems("");
        assertEquals(20, items.size());
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = items.get(i);
            Map<String, Object> news = expected.get(i);
            assertEquals(FeedDocuments.tag(((Number) news.get("id")).longValue()), item.get("id"));
            assertEquals(base() + "/news/" + news.get("slug"), item.get("url"));
            assertEquals(news.get("title"), item.get("title"));
            assertEquals(news.get("summary"), item.get("summary"));
            assertEquals(news.get("summary"), item.get("content_text"));
            assertEquals(news.get("publishedOn") + "T00:00:00Z", item.get("date_published"));
            assertEquals(news.get("updatedAt"), item.get("date_modified"));
            List<?> topicNames = ((List<?>) news.get("topics")).stream().map(topic -> ((Map<?, ?>) topic).get("name"))
                    .toList();
            assertEquals(topicNames, item.get("tags"));
            // The sample has no pictures, only credits.
            assertThat(item, not(hasKey("image")));
        }
    }

    @Test
    void anImageCreditIsInTheNewsdeskExtension() {
        JsonPath feed = FeedDocuments.json("/feeds/news.json?country=TH");
        assertEquals("© Shutterstock 2022", feed.getString("items[0]._newsdesk.imageCredit"));
        assertEquals(List.of("Pensions"), feed.getList("items[0].tags"));
        assertNull(FeedDocuments.json("/feeds/news.json?month=2022-07").get("items[0]._newsdesk"));
    }
}
