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
import java.util.stream.Collectors;
import org.newsdesk.news.NewsFacetRepository.FacetCount;
import org.newsdesk.news.NewsFilter.Dimension;
import org.newsdesk.news.NewsViews.FacetValue;
import org.newsdesk.platform.db.ReadSession;

/**
 * Facet counts: for each dimension, the matching items per value, under the request's filters except
 * that dimension's own, so that a UI can offer the alternatives to what is selected. A dimension whose other
 * filters leave every public item is read from the maintained counts ({@link NewsFacetRepository}), in one
 * statement for all such dimensions; any other is grouped over the matching items.
 */
@ApplicationScoped
public class NewsFacets {

    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private final NewsRepository news;
    private final NewsFacetRepository maintained;

    public NewsFacets(NewsRepository news, NewsFacetRepository maintained) {
        this.news = news;
        this.maintained = maintained;
    }

    /** The counts of these dimensions, in the order given. */
    public Map<Dimension, List<FacetValue>> count(ReadSession session, Collection<Dimension> dimensions,
            NewsFilter filter) {
        Set<Dimension> everyPublicItem = dimensions.stream().filter(dimension -> filter.without(dimension)
                .everyPublicItem()).collect(Collectors.toCollection(() -> EnumSet.noneOf(Dimension.class)));
        Map<Dimension, List<FacetValue>> stored = new EnumMap<>(Dimension.class);
        if (!everyPublicItem.isEmpty()) {
            for (FacetCount row : maintained.everyPublicItem(session, everyPublicItem, filter.today())) {
                stored.computeIfAbsent(row.dimension(), dimension -> new ArrayList<>())
                        .add(value(row.dimension(), row.value(), row.name(), row.count()));
            }
        }
        Map<Dimension, List<FacetValue>> counts = new LinkedHashMap<>();
        for (Dimension dimension : dimensions) {
            counts.put(dimension, everyPublicItem.contains(dimension) ? stored.getOrDefault(dimension, List.of())
                    : grouped(session, dimension, filter));
        }
        return counts;
    }

    private List<FacetValue> grouped(ReadSession session, Dimension dimension, NewsFilter filter) {
        NewsSql sql = NewsSql.of(filter.without(dimension));
        String query = switch (dimension) {
            case TOPIC -> """
                    SELECT t.slug, t.name, count(*) FROM news_item n
                    CROSS JOIN unnest(n.topic_ids) AS tag(id) JOIN topic t ON t.id = tag.id
                    %s GROUP BY t.id ORDER BY 3 DESC, 2""".formatted(sql.where());
            case COUNTRY -> """
                    SELECT c.code, c.name, count(*) FROM news_item n
                    CROSS JOIN unnest(n.country_codes) AS tag(code) JOIN country c ON c.code = tag.code
                    %s GROUP BY c.code ORDER BY 3 DESC, 2""".formatted(sql.where());
            case REGION -> """
                    SELECT r.slug, r.name, count(*) FROM news_item n
                    CROSS JOIN unnest(n.region_ids) AS tag(id) JOIN region r ON r.id = tag.id
                    %s GROUP BY r.id ORDER BY 3 DESC, 2""".formatted(sql.where());
            case TYPE -> "SELECT n.type, n.type, count(*) FROM news_item n %s GROUP BY n.type ORDER BY 3 DESC, 1"
                    .formatted(sql.where());
            case MONTH -> """
                    SELECT to_char(n.published_on, 'YYYY-MM') AS month, NULL, count(*) FROM news_item n %s
                    GROUP BY month ORDER BY month DESC""".formatted(sql.where());
            case YEAR -> """
                    SELECT to_char(n.published_on, 'YYYY') AS year, NULL, count(*) FROM news_item n %s
                    GROUP BY year ORDER BY year DESC""".formatted(sql.where());
        };
        @SuppressWarnings("unchecked")
        List<Object[]> rows = news.query(session, query, sql).getResultList();
        return rows.stream().map(row -> value(dimension, (String) row[0], (String) row[1], ((Number) row[2]).longValue()))
                .toList();
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
