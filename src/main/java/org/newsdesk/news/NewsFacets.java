package org.newsdesk.news;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsdesk.news.NewsFacetRepository.FacetCount;
import org.newsdesk.news.NewsFilter.Dimension;
import org.newsdesk.news.NewsViews.FacetValue;
import org.newsdesk.platform.db.ReadSession;

/**
 * Facet counts: for each dimension, the matching items per value, under the request's filters except
 * that dimension's own, so that a UI can offer the alternatives to what is selected. A dimension whose other
 * filters leave every public item is read from the maintained counts ({@link NewsFacetRepository}), in one
 * statement for all such dimensions; the others are grouped over the matching items
 * ({@link GroupedFacetRepository}), in one statement for all the dimensions that share a filter.
 */
@ApplicationScoped
public class NewsFacets {

    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private final NewsFacetRepository maintained;
    private final GroupedFacetRepository grouped;

    public NewsFacets(NewsFacetRepository maintained, GroupedFacetRepository grouped) {
        this.maintained = maintained;
        this.grouped = grouped;
    }

    /** The counts of these dimensions, in the order given. */
    public Map<Dimension, List<FacetValue>> count(ReadSession session, Collection<Dimension> dimensions,
            NewsFilter filter) {
        // Each dimension counts under the filter without its own part: dimensions that filter does not narrow
        // share the same one (say, six facets under a search), and so one reading of its matches.
        Map<NewsFilter, Set<Dimension>> byFilter = new LinkedHashMap<>();
        Set<Dimension> everyPublicItem = EnumSet.noneOf(Dimension.class);
        for (Dimension dimension : dimensions) {
            NewsFilter counted = filter.without(dimension);
            if (counted.everyPublicItem()) {
                everyPublicItem.add(dimension);
            } else {
                byFilter.computeIfAbsent(counted, shared -> EnumSet.noneOf(Dimension.class)).add(dimension);
            }
        }
        Map<Dimension, List<FacetValue>> found = new EnumMap<>(Dimension.class);
        if (!everyPublicItem.isEmpty()) {
            add(found, maintained.everyPublicItem(session, everyPublicItem, filter.today()));
        }
        byFilter.forEach((shared, sharing) -> add(found, grouped.count(session, sharing, shared)));
        Map<Dimension, List<FacetValue>> counts = new LinkedHashMap<>();
        for (Dimension dimension : dimensions) {
            counts.put(dimension, found.getOrDefault(dimension, List.of()));
        }
        return counts;
    }

    private static void add(Map<Dimension, List<FacetValue>> found, List<FacetCount> rows) {
        for (FacetCount row : rows) {
            found.computeIfAbsent(row.dimension(), dimension -> new ArrayList<>())
                    .add(value(row.dimension(), row.value(), row.name(), row.count()));
        }
    }

    private static FacetValue value(Dimension dimension, String value, String name, long count) {
        return switch (dimension) {
            case TYPE -> new FacetValue(value, NewsType.fromValue(value).orElseThrow().label(), count);
            case MONTH -> new FacetValue(value, YearMonth.parse(value).format(MONTH_NAME), count);
            case YEAR -> new FacetValue(value, value, count);
            default -> new FacetValue(value, name, count);
        };
    }
}
