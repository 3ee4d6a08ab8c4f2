package org.newsdesk.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsdesk.feed.FeedDocuments.ATOM;
import static org.newsdesk.feed.FeedDocuments.ATOM_TYPE;
import static org.newsdesk.feed.FeedDocuments.child;
import static org.newsdesk.feed.FeedDocuments.text;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.platform.http.StrongETags;
import org.newsdesk.news.NewsFixture;
import org.newsdesk.news.NewsType;
import org.w3c.dom.Element;

/** The feeds' HTTP caching: ETag and If-None-Match, Last-Modified and If-Modified-Since, and fresh content after a change. */
@QuarkusTest
class FeedCachingIT {

    @RegisterExtension
    final NewsFixture news = new NewsFixture();

    private static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/feeds/news.rss", "/feeds/news.atom?topic=pensions", "/feeds/news.json?limit=5"})
    void aStrongETagAnswersIfNoneMatchWith304(String path) {
        StrongETags.answerIfNoneMatchWith304(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rss", "atom", "json"})
    void lastModifiedIsTheNewestChangeAndAnswersIfModifiedSince(String format) {
        String path = "/feeds/news." + format;
        Instant newestChange = FeedDocuments.apiItems("").stream()
                .map(item -> Instant.parse((String) item.get("updatedAt"))).max(Instant::compareTo).orElseThrow();
        String lastModified = given().get(path).then().statusCode(200)
                .header("Last-Modified", is(httpDate(newestChange))).extract().header("Last-Modified");
        given().header("If-Modified-Since", lastModified).get(path).then().statusCode(304).body(is(emptyString()));
        given().header("If-Modified-Since", httpDate(newestChange.minusSeconds(1))).get(path).then().statusCode(200);
        given().header("If-Modified-Since", "not a date").get(path).then().statusCode(200);
    }

    @Test
    void aNewItemChangesTheFeedAtOnceAndItsRemovalToo() throws SQLException {
        String path = "/feeds/news.json?year=1996";
        String before = given().get(path).then().statusCode(200).header("Last-Modified", nullValue())
                .extract().header("ETag");
        long id = news.create("feed-cache-item", LocalDate.of(1996, 6, 6), NewsType.NEWS, List.of("pensions"),
                List.of(), List.of());
        given().header("If-None-Match", before).get(path).then().statusCode(200)
                .header("ETag", not(is(before)))
                .body("items[0].id", is(FeedDocuments.tag(id)))
                .body("items[0].tags[0]", is("Pensions"))
                .body("items[0].image", is("https://example.org/feed-cache-item.jpg"));
        news.remove(id);
        given().get(path).then().statusCode(200).header("ETag", is(before));
    }

    @Test
    void anItemWrittenBeforeItsDayChangesTheFeedOnItsDay() throws Exception {
        // Scheduled days ahead, the item appears today: the feed changed today, not when the item was written.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant written = today.minusDays(3).atTime(12, 0).toInstant(ZoneOffset.UTC);
        long id = news.create("feed-scheduled-item", today, NewsType.NEWS, List.of(), List.of(), List.of());
        news.execute("UPDATE news_item SET updated_at = ? WHERE id = ?", Timestamp.from(written), id);
        String path = "/feeds/news.atom?from=" + today;
        Instant dayStart = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        given().get(path).then().statusCode(200).header("Last-Modified", is(httpDate(dayStart)));
        given().header("If-Modified-Since", httpDate(written)).get(path).then().statusCode(200);
        Element feed = FeedDocuments.xml(path, ATOM_TYPE);
        assertEquals(dayStart.toString(), text(feed, ATOM, "updated"));
        assertEquals(written.toString(), text(child(feed, ATOM, "entry"), ATOM, "updated"));
    }
}
