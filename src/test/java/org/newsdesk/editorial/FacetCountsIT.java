package org.newsdesk.editorial;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsdesk.editorial.Newsroom.NEWS;
import static org.newsdesk.editorial.Newsroom.delete;
import static org.newsdesk.editorial.Newsroom.draft;
import static org.newsdesk.editorial.Newsroom.editorGet;
import static org.newsdesk.editorial.Newsroom.patch;
import static org.newsdesk.editorial.Newsroom.simultaneously;
import static org.newsdesk.editorial.Newsroom.uniqueWord;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.news.NewsFixture;

/**
 * The facets of the whole public list come from counts the database maintains (news_facet_count): after every
 * kind of write they must be what grouping the items gives, value for value and in the same order, and move
 * by exactly what the write changed.
 */
@QuarkusTest
class FacetCountsIT {

    private static final String ALL = "topic,country,region,type,month,year";
    private static final Map<String, String> REGION_OF = Map.of("TH", "asia-pacific", "ID", "asia-pacific", "PT",
            "europe-central-asia");

    @RegisterExtension
    final NewsFixture news = new NewsFixture();
    private final Newsroom newsroom = new Newsroom(news);

    @Test
    void everyWriteMovesTheCountsByWhatItChanged() throws SQLException {
        Map<String, Long> before = facets();
        Map<String, Object> item = draft("Counted " + uniqueWord());
        item.put("publishedOn", "1903-02-10");
        item.put("countries", List.of("TH"));
        item.put("regions", List.of());
        Response created = newsroom.create(item);
        String slug = created.path("slug");
        assertEquals(Map.of(), changes(before, facets()), "a draft is not public");

        String etag = write(slug, Map.of("status", "published"), created.header("ETag"));
        Map<String, Long> published = facets();
        assertEquals(counted(1, "topic:pensions", "country:TH", "region:asia-pacific", "type:news", "month:1903-02",
                "year:1903"), changes(before, published));
        listsCountWhatTheirFacetsSay(published, "topic:pensions", "country:TH", "region:asia-pacific", "type:news",
                "month:1903-02", "year:1903");
        assertListCounts(Map.of("topic", "pensions", "country", "TH", "month", "1903-02"), 1);

        etag = write(slug, Map.of("topics", List.of("children", "pensions"), "countries", List.of("PT")), etag);
        Map<String, Long> retagged = facets();
        assertEquals(Map.of("topic:children", 1L, "country:TH", -1L, "country:PT", 1L, "region:asia-pacific", -1L,
                "region:europe-central-asia", 1L), changes(published, retagged), "a country brings its region");
        assertListCounts(Map.of("topic", "pensions", "country", "TH", "month", "1903-02"), 0);
        assertListCounts(Map.of("topic", "children", "country", "PT", "year", "1903"), 1);
        assertListCounts(Map.of("topic", "pensions", "country", "PT", "from", "1903-02-01", "to", "1903-02-28"), 1);

        etag = write(slug, Map.of("type", "feature"), etag);
        Map<String, Long> retyped = facets();
        assertEquals(Map.of("type:news", -1L, "type:feature", 1L), changes(retagged, retyped));
        listsCountWhatTheirFacetsSay(retyped, "topic:children", "country:PT", "region:europe-central-asia",
                "type:feature", "type:news", "month:1903-02");
        listsCountOverTheirItems(Map.of("topic", "children", "country", "PT"), Map.of("country", "PT", "type", "feature"));

        write(slug, Map.of("publishedOn", "1904-01-05"), etag);
        Map<String, Long> moved = facets();
        assertEquals(Map.of("month:1903-02", -1L, "year:1903", -1L, "month:1904-01", 1L, "year:1904", 1L),
                changes(retyped, moved));
        List<String> keys = List.of("topic:children", "topic:pensions", "country:PT", "region:europe-central-asia",
                "type:feature", "month:1904-01", "year:1904");

        delete(slug, currentEtag(slug)).then().statusCode(204);
        Map<String, Long> retired = facets();
        assertEquals(counted(-1, keys.toArray(String[]::new)), changes(moved, retired));
        listsCountWhatTheirFacetsSay(retired, keys.toArray(String[]::new));
        assertListCounts(Map.of("topic", "children", "country", "PT", "month", "1904-01"), 0);

        write(slug, Map.of("status", "published"), currentEtag(slug));
        assertEquals(Map.of(), changes(moved, facets()), "restored as it was");

        news.remove(created.<Number>path("id").longValue());
        assertEquals(counted(-1, keys.toArray(String[]::new)), changes(moved, facets()), "deleted");
    }

    @Test
    void anItemDatedAheadCountsFromItsDayOn() {
        useClock("2031-06-14T23:59:59Z");
        Map<String, Long> before = facets();
        String[] keys = {"topic:pensions", "country:TH", "region:asia-pacific", "type:news"};
        Map<String, Object> item = draft("Scheduled " + uniqueWord());
        item.put("status", "published");
        item.put("publishedOn", "2031-06-15");
        newsroom.create(item);
        Map<String, Long> dayBefore = facets();
        assertEquals(Map.of(), changes(before, dayBefore), "the day before");
        listsCountWhatTheirFacetsSay(dayBefore, keys);
        Map<String, String> pairThisMonth = Map.of("topic", "pensions", "country", "TH", "month", "2031-06");
        assertListCounts(pairThisMonth, 0);
        // Months that hold the current one leave out its items dated ahead; months before it have none to leave out.
        Map<String, String> topicThisYear = Map.of("topic", "pensions", "year", "2031");
        Map<String, String> topicLastMonth = Map.of("topic", "pensions", "month", "2031-05");
        Map<String, String> typeToThisMonth = Map.of("type", "news", "from", "2031-01-01", "to", "2031-06-30");
        listsCountOverTheirItems(topicThisYear, topicLastMonth, typeToThisMonth);

        useClock("2031-06-15T00:00:00Z");
        Map<String, Long> onTheDay = facets();
        assertEquals(counted(1, "topic:pensions", "country:TH", "region:asia-pacific", "type:news", "month:2031-06",
                "year:2031"), changes(before, onTheDay), "counted live in the current month");
        listsCountWhatTheirFacetsSay(onTheDay, keys);
        assertListCounts(pairThisMonth, 1);
        listsCountOverTheirItems(topicThisYear, topicLastMonth, typeToThisMonth);
        listsCountWhatTheirFacetsSay(onTheDay, "month:2031-06", "year:2031");

        useClock("2031-07-01T00:00:00Z");
        assertEquals(Map.of(), changes(onTheDay, facets()), "stored once its month is past");
    }

    @Test
    void simultaneousWritesOnTheSameCountsAllSucceedAndAddUp() throws Exception {
        // Four states that share counts; each writer takes its item through all of them, from another start.
        List<Map<String, Object>> states = List.of(
                state("published", "1905-03-10", "news", List.of("pensions"), List.of("TH")),
                state("published", "1905-04-10", "feature", List.of("children", "pensions"), List.of("PT")),
                state("draft", "1905-04-10", "news", List.of("children"), List.of("ID", "TH")),
                state("published", "1905-03-10", "statement", List.of(), List.of("PT", "TH")));
        int writers = 8;
        Map<String, Long> before = facets();
        List<String> slugs = new ArrayList<>();
        List<String> etags = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Map<String, Object> item = draft("Concurrent " + uniqueWord());
            item.putAll(states.get(0));
            Response created = newsroom.create(item);
            slugs.add(created.path("slug"));
            etags.add(created.header("ETag"));
        }

        simultaneously(writers, i -> () -> {
            String etag = etags.get(i);
            for (int step = 1; step < states.size(); step++) {
                etag = write(slugs.get(i), states.get((i + step) % states.size()), etag);
            }
            return patch(slugs.get(i), states.get(i % states.size()), etag);
        }).forEach(last -> last.then().statusCode(200));

        Map<String, Long> expected = new TreeMap<>();
        for (int i = 0; i < writers; i++) {
            counted(states.get(i % states.size())).forEach((key, count) -> expected.merge(key, count, Long::sum));
        }
        assertEquals(expected, new TreeMap<>(changes(before, facets())));
    }

    /** PATCH that must succeed; the new ETag. */
    private static String write(String slug, Map<String, Object> change, String etag) {
        return patch(slug, change, etag).then().statusCode(200).extract().header("ETag");
    }

    private static String currentEtag(String slug) {
        return editorGet(slug).then().statusCode(200).extract().header("ETag");
    }

    private static Map<String, Object> state(String status, String publishedOn, String type, List<String> topics,
            List<String> countries) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", status);
        state.put("publishedOn", publishedOn);
        state.put("type", type);
        state.put("topics", topics);
        state.put("countries", countries);
        state.put("regions", List.of());
        return state;
    }

    /** The facet values an item in this state adds: none unless published. */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> counted(Map<String, Object> state) {
        List<String> keys = new ArrayList<>();
        if (state.get("status").equals("published")) {
            String day = (String) state.get("publishedOn");
            keys.addAll(List.of("type:" + state.get("type"), "month:" + day.substring(0, 7),
                    "year:" + day.substring(0, 4)));
            ((List<String>) state.get("topics")).forEach(topic -> keys.add("topic:" + topic));
            ((List<String>) state.get("countries")).forEach(country -> keys.add("country:" + country));
            ((List<String>) state.get("countries")).stream().map(REGION_OF::get).distinct()
                    .forEach(region -> keys.add("region:" + region));
        }
        return counted(1, keys.toArray(String[]::new));
    }

    private static Map<String, Long> counted(long count, String... keys) {
        Map<String, Long> counts = new HashMap<>();
        for (String key : keys) {
            counts.put(key, count);
        }
        return counts;
    }

    /**
     * A filter that leaves out no item (every item was updated since) but that the maintained counts do not
     * cover, so that lists and facets with it are counted over the items.
     */
    private static final Map<String, String> OVER_THE_ITEMS = Map.of("updatedSince", "2000-01-01T00:00:00Z");

    /**
     * The facets of the whole public list as served, checked first against the same facets grouped over the
     * items; as "dimension:value" to count.
     */
    private static Map<String, Long> facets() {
        Map<String, List<Map<String, Object>>> served = facets(Map.of());
        assertEquals(facets(OVER_THE_ITEMS), served);
        Map<String, Long> counts = new HashMap<>();
        served.forEach((dimension, values) -> values.forEach(value -> counts.put(dimension + ":" + value.get("value"),
                ((Number) value.get("count")).longValue())));
        return counts;
    }

    private static Map<String, List<Map<String, Object>>> facets(Map<String, String> filter) {
        return given().queryParams(filter).queryParam("facets", ALL).queryParam("size", 1).get(NEWS).then()
                .statusCode(200).extract().path("facets");
    }

    /**
     * The public list narrowed by each of these facet values ("dimension:value", where the dimension is the list's
     * parameter), and the whole list, count their items from the maintained counts: as many as the facets say (up to
     * the lists' cap of 1,000), and as many as the same lists counted over the items.
     */
    private static void listsCountWhatTheirFacetsSay(Map<String, Long> facets, String... keys) {
        long everyItem = facets.entrySet().stream().filter(facet -> facet.getKey().startsWith("type:"))
                .mapToLong(Map.Entry::getValue).sum();
        assertListCounts(Map.of(), everyItem);
        for (String key : keys) {
            String[] parts = key.split(":", 2);
            assertListCounts(Map.of(parts[0], parts[1]), facets.getOrDefault(key, 0L));
        }
    }

    /** These lists count from the maintained counts what the same lists count over their items. */
    @SafeVarargs
    private static void listsCountOverTheirItems(Map<String, String>... filters) {
        for (Map<String, String> filter : filters) {
            Map<String, String> overTheItems = new HashMap<>(filter);
            overTheItems.putAll(OVER_THE_ITEMS);
            assertListCounts(filter, given().queryParams(overTheItems).queryParam("size", 1).get(NEWS).then()
                    .statusCode(200).extract().<Number>path("page.totalItems").longValue());
        }
    }

    /** The list counts this many items, from the maintained counts and over its items (up to the cap). */
    private static void assertListCounts(Map<String, String> filter, long expected) {
        Map<String, String> overTheItems = new HashMap<>(filter);
        overTheItems.putAll(OVER_THE_ITEMS);
        for (Map<String, String> path : List.of(filter, overTheItems)) {
            Response list = given().queryParams(path).queryParam("size", 1).get(NEWS).then().statusCode(200).extract()
                    .response();
            assertEquals(Math.min(expected, 1000), list.<Number>path("page.totalItems").longValue(), path.toString());
            assertEquals(expected <= 1000, list.<Boolean>path("page.totalItemsExact"), path.toString());
        }
    }

    /** What moved from one set of counts to the next. */
    private static Map<String, Long> changes(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> changes = new HashMap<>();
        after.forEach((key, count) -> changes.put(key, count - before.getOrDefault(key, 0L)));
        before.forEach((key, count) -> changes.putIfAbsent(key, -count));
        changes.values().removeIf(change -> change == 0);
        return changes;
    }

    /** Moves the service's "today" for the rest of this test method only. */
    private static void useClock(String instant) {
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), Clock.class);
    }
}
