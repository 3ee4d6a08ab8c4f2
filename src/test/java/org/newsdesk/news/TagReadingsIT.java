package org.newsdesk.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsdesk.news.NewsListRepository.ListRead;
import org.newsdesk.news.NewsListRepository.NewsRow;
import org.newsdesk.news.NewsFilter.Dimension;
import org.newsdesk.news.SearchPlan.Reading;
import org.newsdesk.news.TagShares.TagReading;
import org.newsdesk.news.api.Visibility;
import org.newsdesk.platform.db.ReadSessions;
import org.newsdesk.taxonomy.Vocabulary;

/**
 * However a tag's list is read (walked along the dates with the tags checked on the way, gathered through any one of
 * its tags' indexes, or as the planner likes), it holds the same rows in the same order and the same count, by page number
 * and by cursor, newest and oldest first.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TagReadingsIT {

    private static final int CAP = Paging.MAX_OFFSET + 1;
    private static final int YEAR = 1994;
    private static final List<String> COUNTRIES = List.of("TH", "ID", "FR");

    /** An owned item as created: slug, day, country. */
    private record Owned(String slug, LocalDate day, String country, long id) {
    }

    @RegisterExtension
    static final NewsFixture NEWS = new NewsFixture();

    @Inject
    NewsListRepository lists;

    @Inject
    ReadSessions sessions;

    @Inject
    Vocabulary vocabulary;

    private final List<Owned> owned = new ArrayList<>();

    @BeforeAll
    void createOwnedItems() {
        // Two items on some days, so that the id breaks ties; countries in turn, France's outside Asia and the Pacific.
        for (int i = 0; i < 14; i++) {
            LocalDate day = LocalDate.of(YEAR, 1 + i % 12, 1 + i / 2 % 3);
            String country = COUNTRIES.get(i % COUNTRIES.size());
            String slug = "tag-reading-" + i;
            long id = NEWS.create(slug, day, NewsType.NEWS, List.of("pensions"), List.of(country), List.of());
            owned.add(new Owned(slug, day, country, id));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Paging.Sort.class, names = {"NEWEST", "OLDEST"})
    void everyReadingGivesTheSameTopicList(Paging.Sort sort) {
        NewsFilter filter = filter(topic(), Set.of(), Set.of());
        assertSameEveryWay(filter, sort, expected(sort, item -> true));
    }

    @ParameterizedTest
    @EnumSource(value = Paging.Sort.class, names = {"NEWEST", "OLDEST"})
    void everyReadingGivesTheSameTopicAndCountryList(Paging.Sort sort) {
        NewsFilter filter = filter(topic(), Set.of("TH"), Set.of());
        assertSameEveryWay(filter, sort, expected(sort, item -> item.country().equals("TH")));
    }

    @ParameterizedTest
    @EnumSource(value = Paging.Sort.class, names = {"NEWEST", "OLDEST"})
    void everyReadingGivesTheSameRegionList(Paging.Sort sort) {
        Set<Long> region = Set.copyOf(vocabulary.regionIds(sessions.primary(), List.of("asia-pacific")).values());
        NewsFilter filter = filter(Set.of(), Set.of(), region);
        assertSameEveryWay(filter, sort, expected(sort, item -> !item.country().equals("FR")));
    }

    private void assertSameEveryWay(NewsFilter filter, Paging.Sort sort, List<String> expected) {
        List<Optional<TagReading>> readings = new ArrayList<>(List.of(Optional.empty(),
                Optional.of(new TagReading(Reading.WALK, null))));
        for (Dimension dimension : List.of(Dimension.TOPIC, Dimension.COUNTRY, Dimension.REGION)) {
            if (!filter.without(dimension).equals(filter)) { // gathered through each of the filter's tag indexes
                readings.add(Optional.of(new TagReading(Reading.GATHER, dimension)));
            }
        }
        assertTrue(readings.size() >= 3, "at least one gathering");
        for (Optional<TagReading> reading : readings) {
            for (int size : List.of(3, 5, 20)) {
                assertEquals(expected, byPageNumber(filter, sort, size, reading), reading + ", pages of " + size);
                assertEquals(expected, byCursor(filter, sort, size, reading), reading + ", cursors, pages of " + size);
            }
            long counted = lists.read(sessions.primary(), filter, new Paging(1, 5, sort, null), 6, CAP, reading)
                    .counted();
            assertEquals(expected.size(), counted, reading + ": the count");
        }
    }

    private List<String> byPageNumber(NewsFilter filter, Paging.Sort sort, int size, Optional<TagReading> reading) {
        List<String> slugs = new ArrayList<>();
        for (int page = 1; page <= owned.size() + 1; page++) {
            ListRead read = lists.read(sessions.primary(), filter, new Paging(page, size, sort, null), size + 1, CAP,
                    reading);
            List<NewsRow> rows = rows(read);
            rows.subList(0, Math.min(size, rows.size())).forEach(row -> slugs.add(row.slug()));
            if (rows.size() <= size) {
                return slugs;
            }
        }
        throw new AssertionError("the pages did not end: " + slugs);
    }

    private List<String> byCursor(NewsFilter filter, Paging.Sort sort, int size, Optional<TagReading> reading) {
        List<String> slugs = new ArrayList<>();
        Cursor after = null;
        for (int pages = 0; pages <= owned.size(); pages++) {
            List<NewsRow> rows = rows(lists.read(sessions.primary(), filter, new Paging(null, size, sort, after),
                    size + 1, CAP, reading));
            List<NewsRow> page = rows.subList(0, Math.min(size, rows.size()));
            page.forEach(row -> slugs.add(row.slug()));
            if (rows.size() <= size) {
                return slugs;
            }
            NewsRow last = page.get(page.size() - 1);
            after = new Cursor(sort, "", last.publishedOn(), null, null, last.id());
        }
        throw new AssertionError("the cursors did not end: " + slugs);
    }

    private static List<NewsRow> rows(ListRead read) {
        return read.items().stream().map(NewsListRepository.ListedItem::row).toList();
    }

    private List<String> expected(Paging.Sort sort, Predicate<Owned> kept) {
        Comparator<Owned> oldest = Comparator.comparing(Owned::day).thenComparing(Owned::id);
        return owned.stream().filter(kept).sorted(sort == Paging.Sort.OLDEST ? oldest : oldest.reversed())
                .map(Owned::slug).toList();
    }

    private Set<Long> topic() {
        return Set.copyOf(vocabulary.topicIds(sessions.primary(), List.of("pensions")).values());
    }

    private static NewsFilter filter(Set<Long> topicIds, Set<String> countryCodes, Set<Long> regionIds) {
        return new NewsFilter(null, YEAR, null, null, topicIds, countryCodes, regionIds, EnumSet.noneOf(NewsType.class),
                Set.of(), null, null, EnumSet.of(Visibility.PUBLISHED), LocalDate.now());
    }
}
