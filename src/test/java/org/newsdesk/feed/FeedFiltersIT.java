package org.newsdesk.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsdesk.feed.FeedDocuments.ATOM;
import static org.newsdesk.feed.FeedDocuments.ATOM_TYPE;
import static org.newsdesk.feed.FeedDocuments.RSS_TYPE;
import static org.newsdesk.feed.FeedDocuments.base;
import static org.newsdesk.feed.FeedDocuments.child;
import static org.newsdesk.feed.FeedDocuments.children;
import static org.newsdesk.feed.FeedDocuments.text;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/** The list filters and limit on the feeds: which items, in which order, under which title; bad values are 400s. */
@QuarkusTest
class FeedFiltersIT {

    private static final String THAILAND = "Reform needed for Thailand’s pension system, not new schemes";
    private static final String LEBANON =
            "Older people in Lebanon face desperate circumstances due to lack of basic social protection guarantees";

    /** Title and item titles of the same feed in all three formats, checked to agree. */
    private static void assertFeed(String query, String title, List<String> itemTitles) {
        JsonPath json = FeedDocuments.json("/feeds/news.json" + query);
        assertEquals(title, json.getString("title"));
        assertEquals(itemTitles, json.getList("items.title"));

        Element channel = child(FeedDocuments.xml("/feeds/news.rss" + query, RSS_TYPE), null, "channel");
        assertEquals(title, text(channel, null, "title"));
        assertEquals(itemTitles, children(channel, null, "item").stream().map(item -> text(item, null, "title")).toList());

        Element feed = FeedDocuments.xml("/feeds/news.atom" + query, ATOM_TYPE);
        assertEquals(title, text(feed, ATOM, "title"));
        assertEquals(itemTitles, children(feed, ATOM, "entry").stream().map(entry -> text(entry, ATOM, "title")).toList());
    }

    @Test
    void byTopic() {
        assertFeed("?topic=pensions", "News on Pensions", List.of(LEBANON, THAILAND));
    }

    @Test
    void byTopicAndCountry() {
        assertFeed("?topic=pensions&country=TH", "News on Pensions in Thailand", List.of(THAILAND));
        assertFeed("?country=th,lb", "News in Lebanon or Thailand", List.of(LEBANON, THAILAND));
    }

    @Test
    void byRegion() {
        assertFeed("?region=asia-pacific", "News in Asia and the Pacific", List.of(
                "ILO and Portugal sign cooperation agreement on Social Protection",
                "ILO facilitates bipartite discussions on strengthening social security system",
                THAILAND,
                "Government intervention is needed for the compliance of maternity rights",
                "1.6 billion across Asia and the Pacific lack access to social health protection",
                "Timor-Leste develops a National Strategy for Social Protection",
                "ILO facilitates stakeholders learning on social protection",
                "Indonesia to prepare integrated public employment service to assist unemployed finds new job"));
    }

    @Test
    void bySearchInTheOrderOfTheApi() {
        assertFeed("?q=pension%20reform", "News matching “pension reform”", List.of(THAILAND));
        assertFeed("?q=%22pension%20system%22", "News matching “pension system”", List.of(THAILAND));
        List<String> byRelevance = FeedDocuments.apiItems("&q=social%20security").stream()
                .map(item -> (String) item.get("title")).toList();
        assertFeed("?q=social%20security&limit=100", "News matching “social security”", byRelevance);
    }

    @Test
    void namesEveryKindOfFilterInTheTitle() {
        assertFeed("?type=statement,feature&topic=pensions,children&country=TH&region=asia-pacific&year=2022",
                "Features and statements on Children or Pensions in Thailand within Asia and the Pacific, 2022",
                List.of());
        assertFeed("?type=news&month=2022-07", "News, July 2022", List.of(
                "Expand social protection coverage to limit the effects of the pandemic, say trade unions"));
    }

    @Test
    void homePageLinksKeepTheFiltersButNotTheLimit() {
        JsonPath json = FeedDocuments.json("/feeds/news.json?topic=pensions&limit=1&country=TH");
        assertEquals(base() + "/?topic=pensions&country=TH", json.getString("home_page_url"));
        assertEquals(base() + "/feeds/news.json?topic=pensions&limit=1&country=TH", json.getString("feed_url"));
    }

    @Test
    void limitTakesTheNewestItems() {
        List<String> newest = FeedDocuments.apiItems("").stream().map(item -> (String) item.get("title")).toList();
        assertFeed("?limit=5", "Newsdesk news", newest.subList(0, 5));
        assertFeed("?limit=1", "Newsdesk news", newest.subList(0, 1));
        assertEquals(newest, FeedDocuments.json("/feeds/news.json?limit=100").getList("items.title"));
        assertEquals(newest, FeedDocuments.json("/feeds/news.json?limit=").getList("items.title"));
    }

    @ParameterizedTest
    @CsvSource({"rss,101", "atom,0", "json,abc", "rss,-1", "atom,1.5", "json,99999999999"})
    void limitOutsideOneToAHundredIsABadRequest(String format, String limit) {
        given().queryParam("limit", limit).get("/feeds/news." + format).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("urn:newsdesk:problem:invalid-parameters"))
                .body("instance", is("/feeds/news." + format))
                .body("violations", hasSize(1))
                .body("violations[0].field", is("limit"))
                .body("violations[0].message", is("must be a whole number from 1 to 100"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rss", "atom", "json"})
    void everyProblemIsNamedInOneAnswer(String format) {
        given().get("/feeds/news." + format + "?topic=no-such-topic&limit=101&month=2022-13").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("month", "topic", "limit"))
                .body("violations[1].message", is("unknown topic 'no-such-topic'"));
    }

    @Test
    void onlyEditorsMayAskForOtherStates() {
        given().get("/feeds/news.rss?status=draft").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void feedReadersGetTheFeedWhateverTheyAccept() {
        given().accept("application/xml").get("/feeds/news.rss?limit=1").then().statusCode(200)
                .header("Content-Type", RSS_TYPE)
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("X-Content-Type-Options", "nosniff");
        given().accept("text/xml").get("/feeds/news.atom?limit=1").then().statusCode(200)
                .header("Content-Type", ATOM_TYPE);
        given().accept("application/json").get("/feeds/news.json?limit=1").then().statusCode(200)
                .header("Content-Type", FeedDocuments.JSON_FEED_TYPE);
    }

    @Test
    void anEmptyFeedIsStillAValidFeed() {
        assertFeed("?year=1990", "News, 1990", List.of());
        Element feed = FeedDocuments.xml("/feeds/news.atom?year=1990", ATOM_TYPE);
        // Atom requires updated: an empty feed never changed.
        assertEquals("1970-01-01T00:00:00Z", text(feed, ATOM, "updated"));
        Element channel = child(FeedDocuments.xml("/feeds/news.rss?year=1990", RSS_TYPE), null, "channel");
        assertEquals(List.of(), children(channel, null, "lastBuildDate"));
        assertEquals(List.of(), FeedDocuments.json("/feeds/news.json?year=1990").getList("items", Map.class));
    }
}
