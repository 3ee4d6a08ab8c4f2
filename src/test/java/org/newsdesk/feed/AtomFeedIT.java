package org.newsdesk.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.feed.FeedDocuments.ATOM;
import static org.newsdesk.feed.FeedDocuments.ATOM_TYPE;
import static org.newsdesk.feed.FeedDocuments.MEDIA;
import static org.newsdesk.feed.FeedDocuments.XML;
import static org.newsdesk.feed.FeedDocuments.atomLink;
import static org.newsdesk.feed.FeedDocuments.base;
import static org.newsdesk.feed.FeedDocuments.child;
import static org.newsdesk.feed.FeedDocuments.children;
import static org.newsdesk.feed.FeedDocuments.text;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** GET /feeds/news.atom over the 20 sample items: RFC 4287's required elements and what each entry carries. */
@QuarkusTest
class AtomFeedIT {

    @Test
    void isAnAtomFeedWithTheRequiredElements() {
        Element feed = FeedDocuments.xml("/feeds/news.atom", ATOM_TYPE);
        assertEquals("feed", feed.getLocalName());
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("en", feed.getAttributeNS(XML, "lang"));
        assertEquals(base() + "/feeds/news.atom", text(feed, ATOM, "id"));
        Element title = child(feed, ATOM, "title");
        assertEquals("Newsdesk news", title.getTextContent());
        assertEquals("text", title.getAttribute("type"));
        assertEquals("Newsdesk news: the newest items first.", text(feed, ATOM, "subtitle"));
        Instant newestChange = FeedDocuments.apiItems("").stream()
                .map(item -> Instant.parse((String) item.get("updatedAt"))).max(Instant::compareTo).orElseThrow();
        assertEquals(newestChange.truncatedTo(ChronoUnit.SECONDS), Instant.parse(text(feed, ATOM, "updated")));
        Element self = atomLink(feed, "self");
        assertEquals(base() + "/feeds/news.atom", self.getAttribute("href"));
        assertEquals("application/atom+xml", self.getAttribute("type"));
        assertEquals(base() + "/", atomLink(feed, "alternate").getAttribute("href"));
        // One author for the feed stands for every entry's.
        assertEquals("Newsdesk", text(child(feed, ATOM, "author"), ATOM, "name"));
    }

    @Test
    void carriesTheTwentySampleItemsNewestFirst() {
        List<Element> entries = children(FeedDocuments.xml("/feeds/news.atom", ATOM_TYPE), ATOM, "entry");
        List<Map<String, Object>> expected = FeedDocuments.apiItems("");
        assertEquals(20, entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Element entry = entries.get(i);
            Map<String, Object> news = expected.get(i);
            assertEquals(FeedDocuments.tag(((Number) news.get("id")).longValue()), text(entry, ATOM, "id"));
            assertEquals(news.get("title"), text(entry, ATOM, "title"));
            Element link = atomLink(entry, "alternate");
            assertEquals(base() + "/news/" + news.get("slug"), link.getAttribute("href"));
            assertEquals("text/html", link.getAttribute("type"));
            assertEquals(Instant.parse((String) news.get("updatedAt")).truncatedTo(ChronoUnit.SECONDS),
                    Instant.parse(text(entry, ATOM, "updated")));
            assertEquals(news.get("publishedOn") + "T00:00:00Z", text(entry, ATOM, "published"));
            Element summary = child(entry, ATOM, "summary");
            assertEquals("text", summary.getAttribute("type"));
            assertEquals(news.get("summary"), summary.getTextContent());
        }
    }

    @Test
    void anEntryHasItsTopicsAsCategoriesAndItsImageCredit() {
        Element feed = FeedDocuments.xml("/feeds/news.atom?country=TH", ATOM_TYPE);
        Element entry = child(feed, ATOM, "entry");
        Element category = child(entry, ATOM, "category");
        assertEquals("pensions", category.getAttribute("term"));
        assertEquals("Pensions", category.getAttribute("label"));
        assertEquals(base() + "/api/v1/topics/", category.getAttribute("scheme"));
        assertEquals("© Shutterstock 2022", text(entry, MEDIA, "credit"));
        // No picture in the sample: no enclosure.
        assertTrue(children(entry, ATOM, "link").stream().noneMatch(link -> "enclosure".equals(link.getAttribute("rel"))));
    }
}
