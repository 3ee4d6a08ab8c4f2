package org.newsdesk.news;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsdesk.news.SearchPlan.Reading;
import org.newsdesk.platform.db.ContentVersion;
import org.newsdesk.platform.db.PerContentVersion;
import org.newsdesk.platform.db.ReadSession;

/**
 * How a list narrowed by one tag, or by one topic and one country, is read: walked newest first along the date index
 * (which holds the tag arrays), or gathered from the tags' GIN indexes and sorted. A tag's frequency decides, so
 * PostgreSQL planned such a list at every request, and planning cost more than running it (docs/performance.md).
 * The choice is made here, from the maintained counts (read once per content version), and the list's statement is
 * then planned once for each of the two ways.
 */
@ApplicationScoped
public class TagShares {

    /** The counted keys that are tags; a type's list is left to the planner. */
    private static final Set<String> TAGS = Set.of("topic", "country", "region", "topic_country");

    private final NewsFacetRepository counts;
    private final PerContentVersion<Map<String, Long>> totals;

    public TagShares(NewsFacetRepository counts, ContentVersion contentVersion) {
        this.counts = counts;
        this.totals = new PerContentVersion<>(contentVersion);
    }

    /**
     * How a tag's list is read: walked along the dates, or gathered through {@code indexed}'s GIN index (the rarest
     * of the filter's tags; the others are checked on its rows, as reading two GIN indexes and intersecting them cost
     * more than the common one's alone).
     */
    record TagReading(Reading reading, NewsFilter.Dimension indexed) {
    }

    /**
     * How to read the page of {@code rowsNeeded} rows (the page and the rows before it), newest or oldest first, of
     * a public list narrowed by one tag or by a topic and a country, and by dates at most; empty for any other.
     */
    Optional<TagReading> reading(ReadSession session, NewsFilter filter, Paging.Sort sort, long rowsNeeded) {
        if (filter.query() != null || filter.updatedSince() != null || sort == Paging.Sort.UPDATED
                || sort == Paging.Sort.RELEVANCE) {
            return Optional.empty();
        }
        return filter.countedKey().filter(key -> key.value() != null && TAGS.contains(key.dimension())).map(key -> {
            Map<String, Long> totals = this.totals.get(() -> Map.copyOf(counts.totals(session)));
            Reading reading = reading(totals.getOrDefault(key.dimension() + " " + key.value(), 0L),
                    totals.getOrDefault("type", 0L), rowsNeeded);
            return new TagReading(reading, rarest(filter, totals));
        });
    }

    /** The filter's tag dimension with the fewest items. */
    static NewsFilter.Dimension rarest(NewsFilter filter, Map<String, Long> totals) {
        Map<NewsFilter.Dimension, Long> counts = new EnumMap<>(NewsFilter.Dimension.class);
        filter.topicIds().forEach(id -> counts.merge(NewsFilter.Dimension.TOPIC, totals.getOrDefault("topic " + id, 0L),
                Long::sum));
        filter.countryCodes().forEach(code -> counts.merge(NewsFilter.Dimension.COUNTRY,
                totals.getOrDefault("country " + code, 0L), Long::sum));
        filter.regionIds().forEach(id -> counts.merge(NewsFilter.Dimension.REGION,
                totals.getOrDefault("region " + id, 0L), Long::sum));
        return counts.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /**
     * A walk checks about {@code rowsNeeded / share} entries of the date index, a gathering reads {@code tagged}
     * rows and sorts them; walk when the walk is the shorter, that is when {@code tagged² ≥ rowsNeeded × all}: at
     * 100,000 items a tag in 1,450 of them or more, for page 1.
     */
    static Reading reading(long tagged, long all, long rowsNeeded) {
        return tagged > 0 && (double) tagged * tagged >= (double) rowsNeeded * all ? Reading.WALK : Reading.GATHER;
    }
}
