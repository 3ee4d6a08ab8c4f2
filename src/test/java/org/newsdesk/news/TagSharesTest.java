package org.newsdesk.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsdesk.news.NewsFilter.Dimension;
import org.newsdesk.news.api.Visibility;
import org.newsdesk.news.SearchPlan.Reading;

/** A tag's list is walked along the dates when the walk is shorter than gathering every match of the tag. */
class TagSharesTest {

    @Test
    void aCommonTagIsWalkedAndARareOneGathered() {
        // 100,000 items, page 1 (21 rows): the line is at 1,450 tagged items (1,450² ≥ 2,100,000 > 1,449²).
        assertEquals(Reading.WALK, TagShares.reading(39_890, 100_000, 21));
        assertEquals(Reading.WALK, TagShares.reading(1_450, 100_000, 21));
        assertEquals(Reading.GATHER, TagShares.reading(1_449, 100_000, 21));
        assertEquals(Reading.GATHER, TagShares.reading(8, 100_000, 21));
    }

    @Test
    void deeperPagesAndLargerArchivesMoveTheLineUp() {
        assertEquals(Reading.WALK, TagShares.reading(5_000, 100_000, 21));
        assertEquals(Reading.GATHER, TagShares.reading(5_000, 100_000, 1_001));
        assertEquals(Reading.GATHER, TagShares.reading(4_000, 1_000_000, 21));
        assertEquals(Reading.WALK, TagShares.reading(4_600, 1_000_000, 21));
    }

    @Test
    void aGatheringGoesThroughTheRarestOfTheFiltersTags() {
        Map<String, Long> totals = Map.of("topic 18", 39_890L, "country IN", 13_257L, "country ZW", 380L,
                "region 4", 34_061L);
        assertEquals(Dimension.COUNTRY, TagShares.rarest(filter(Set.of(18L), Set.of("IN"), Set.of()), totals));
        assertEquals(Dimension.TOPIC, TagShares.rarest(filter(Set.of(18L), Set.of("IN", "ZW", "FR"), Set.of(4L)),
                Map.of("topic 18", 9_000L, "country IN", 5_000L, "country ZW", 4_000L, "region 4", 34_061L)));
        assertEquals(Dimension.REGION, TagShares.rarest(filter(Set.of(), Set.of(), Set.of(4L)), totals));
    }

    private static NewsFilter filter(Set<Long> topics, Set<String> countries, Set<Long> regions) {
        return new NewsFilter(null, null, null, null, topics, countries, regions, EnumSet.noneOf(NewsType.class),
                Set.of(), null, null, EnumSet.of(Visibility.PUBLISHED), LocalDate.of(2026, 12, 2));
    }

    @Test
    void aTagWithoutItemsOrAnEmptyArchiveIsGathered() {
        assertEquals(Reading.GATHER, TagShares.reading(0, 100_000, 21));
        assertEquals(Reading.GATHER, TagShares.reading(0, 0, 21));
    }
}
