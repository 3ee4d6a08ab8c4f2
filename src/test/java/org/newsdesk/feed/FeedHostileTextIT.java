package org.newsdesk.feed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newsdesk.feed.FeedDocuments.ATOM;
import static org.newsdesk.feed.FeedDocuments.ATOM_TYPE;
import static org.newsdesk.feed.FeedDocuments.MEDIA;
import static org.newsdesk.feed.FeedDocuments.atomLink;
import static org.newsdesk.feed.FeedDocuments.child;
import static org.newsdesk.feed.FeedDocuments.text;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.news.NewsFixture;
import org.w3c.dom.Element;

/**
 * Text that looks like markup, breaks CDATA or XML itself stays text in every format: escaped, parseable,
 * and with the characters XML cannot carry dropped. The item is written straight to the database, past
 * the write API's checks, as an older import might have.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedHostileTextIT {

    private static final String TITLE = "<script>alert(\"x\")</script> ]]> & Tom's \u0001bell\u000B 😀";
    private static final String SUMMARY = "Costs < 5 & > 3 ]]> <b>not bold</b> &amp; \u0007end\ttab";
    private static final String CREDIT = "© <i>\"Cred\"</i> & co \u0002\uFFFE";
    private static final String QUERY = "?year=1997";

    @RegisterExtension
    static final NewsFixture NEWS = new NewsFixture();

    @BeforeAll
    void createItem() throws SQLException {
        long id = NEWS.createText("feed-hostile-item", TITLE, SUMMARY, "<p>Body</p>", LocalDate.of(1997, 3, 3));
        NEWS.execute("UPDATE news_item SET image_credit = ? WHERE id = ?", CREDIT, id);
    }

    /** What XML can carry of the text: the control characters and U+FFFE are gone, the rest is intact. */
    private static String carried(String text) {
        return text.replace("\u0001", "").replace("\u000B", "").replace("\u0007", "").replace("\u0002", "")
                .replace("\uFFFE", "");
    }

    @Test
    void rssKeepsTheTextAsTextAndTheDescriptionAsEscapedHtml() {
        byte[] body = given().get("/feeds/news.rss" + QUERY).then().statusCode(200).extract().asByteArray();
        String raw = new String(body, StandardCharsets.UTF_8);
        assertFalse(raw.contains("<script>"), raw);
        assertFalse(raw.contains("<b>"), raw);
        Element item = child(child(FeedDocuments.parse(body).getDocumentElement(), null, "channel"), null, "item");
        assertEquals(carried(TITLE), text(item, null, "title"));
        // A description is HTML to readers: the plain summary arrives as HTML that shows it verbatim.
        assertEquals("Costs &lt; 5 &amp; &gt; 3 ]]&gt; &lt;b&gt;not bold&lt;/b&gt; &amp;amp; end\ttab",
                text(item, null, "description"));
        Element content = child(item, MEDIA, "content");
        assertEquals("https://example.org/feed-hostile-item.jpg", content.getAttribute("url"));
        assertEquals("image", content.getAttribute("medium"));
        assertEquals(carried(CREDIT), text(content, MEDIA, "credit"));
    }

    @Test
    void atomKeepsTheTextAsText() {
        Element entry = child(FeedDocuments.xml("/feeds/news.atom" + QUERY, ATOM_TYPE), ATOM, "entry");
        assertEquals(carried(TITLE), text(entry, ATOM, "title"));
        assertEquals(carried(SUMMARY), text(entry, ATOM, "summary"));
        assertEquals("https://example.org/feed-hostile-item.jpg", atomLink(entry, "enclosure").getAttribute("href"));
        assertEquals(carried(CREDIT), text(entry, MEDIA, "credit"));
    }

    @Test
    void jsonFeedCarriesTheSameText() {
        JsonPath feed = FeedDocuments.json("/feeds/news.json" + QUERY);
        assertEquals(carried(TITLE), feed.getString("items[0].title"));
        assertEquals(carried(SUMMARY), feed.getString("items[0].summary"));
        assertEquals(carried(SUMMARY), feed.getString("items[0].content_text"));
        assertEquals("https://example.org/feed-hostile-item.jpg", feed.getString("items[0].image"));
        assertEquals(carried(CREDIT), feed.getString("items[0]._newsdesk.imageCredit"));
    }

    @Test
    void aHostileSearchStaysTextInTheFeedTitle() {
        String query = "<b>x</b> ]]> & \u0001";
        byte[] body = given().queryParam("q", query).get("/feeds/news.rss").then().statusCode(200)
                .extract().asByteArray();
        Element channel = child(FeedDocuments.parse(body).getDocumentElement(), null, "channel");
        assertEquals("News matching “<b>x</b> ]]> &”", text(channel, null, "title"));
    }
}
