package org.newsdesk.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.feed.FeedDocuments.ATOM;
import static org.newsdesk.feed.FeedDocuments.MEDIA;
import static org.newsdesk.feed.FeedDocuments.RSS_TYPE;
import static org.newsdesk.feed.FeedDocuments.base;
import static org.newsdesk.feed.FeedDocuments.child;
import static org.newsdesk.feed.FeedDocuments.children;
import static org.newsdesk.feed.FeedDocuments.rfc822;
import static org.newsdesk.feed.FeedDocuments.text;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdesk.news.SampleSlugs;
import org.w3c.dom.Element;

/** GET /feeds/news.rss over the 20 sample items: RSS 2.0's required elements and what each item carries. */
@QuarkusTest
class RssFeedIT {

    @Test
    void isRss20WithTheChannelsRequiredElements() {
        Element rss = FeedDocuments.xml("/feeds/news.rss", RSS_TYPE);
        assertEquals("rss", rss.getLocalName());
        assertNull(rss.getNamespaceURI());
        assertEquals("2.0", rss.getAttribute("version"));
        Element channel = child(rss, null, "channel");
        assertEquals("Newsdesk news", text(channel, null, "title"));
        assertEquals(base() + "/", text(channel, null, "link"));
        assertEquals("Newsdesk news: the newest items first.", text(channel, null, "description"));
        assertEquals("en", text(channel, null, "language"));
        Element self = child(channel, ATOM, "link");
        assertEquals("self", self.getAttribute("rel"));
        assertEquals(base() + "/feeds/news.rss", self.getAttribute("href"));
        assertEquals("application/rss+xml", self.getAttribute("type"));
        assertEquals(FeedDocuments.apiItems("").stream().map(item -> Instant.parse((String) item.get("updatedAt"))
                .getEpochSecond()).max(Long::compare).orElseThrow(),
                rfc822(text(channel, null, "lastBuildDate")).getEpochSecond());
    }

    @Test
    void carriesTheTwentySampleItemsNewestFirst() {
        Element channel = child(FeedDocuments.xml("/feeds/news.rss", RSS_TYPE), null, "channel");
        List<Element> items = children(channel, null, "item");
        List<Map<String, Object>> expected = FeedDocuments.apiItems("");
        assertEquals(20, expected.size());
        assertEquals(20, items.size());
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            Map<String, Object> news = expected.get(i);
            assertEquals(news.get("title"), text(item, null, "title"));
            assertEquals(base() + "/news/" + news.get("slug"), text(item, null, "link"));
            Element guid = child(item, null, "guid");
            assertEquals(FeedDocuments.tag(((Number) news.get("id")).longValue()), guid.getTextContent());
            assertEquals("false", guid.getAttribute("isPermaLink"));
            assertEquals(LocalDate.parse((String) news.get("publishedOn")).atStartOfDay(ZoneOffset.UTC).toInstant(),
                    rfc822(text(item, null, "pubDate")));
            assertEquals(html((String) news.get("summary")), text(item, null, "description"));
        }
        assertEquals(base() + "/news/" + SampleSlugs.NEWEST, text(items.get(0), null, "link"));
        assertEquals(base() + "/news/" + SampleSlugs.OLDEST, text(items.get(19), null, "link"));
    }

    /** Readers take a description as HTML: the plain summary is escaped for that. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    @Test
    void anItemHasItsTopicsAsCategoriesAndItsImageCredit() {
        Element channel = child(FeedDocuments.xml("/feeds/news.rss?country=TH", RSS_TYPE), null, "channel");
        Element item = child(channel, null, "item");
        assertEquals("Reform needed for Thailand’s pension system, not new schemes", text(item, null, "title"));
        Element category = child(item, null, "category");
        assertEquals("Pensions", category.getTextContent());
        assertEquals(base() + "/api/v1/topics/pensions", category.getAttribute("domain"));
        // The sample item has a credit but no picture: the credit stands at item level, without media:content.
        assertEquals("© Shutterstock 2022", text(item, MEDIA, "credit"));
        assertTrue(children(item, MEDIA, "content").isEmpty());
        assertTrue(children(item, null, "enclosure").isEmpty());
    }

    @Test
    void itemsWithoutCreditOrPictureHaveNoMedia() {
        Element channel = child(FeedDocuments.xml("/feeds/news.rss?month=2022-07", RSS_TYPE), null, "channel");
        Element item = child(channel, null, "item");
        assertTrue(children(item, MEDIA, "credit").isEmpty());
        assertTrue(children(item, MEDIA, "content").isEmpty());
        assertEquals(3, children(item, null, "category").size());
    }
}
