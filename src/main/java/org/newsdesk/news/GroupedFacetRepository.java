package org.newsdesk.news;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsdesk.news.NewsFacetRepository.FacetCount;
import org.newsdesk.news.NewsFilter.Dimension;
import org.newsdesk.platform.db.NamedStatement;
import org.newsdesk.platform.db.ReadSession;

/**
 * Facet counts grouped over the matching items, for the filters the maintained counts do not cover (a search, a
 * date, a tag). The dimensions asked under one filter are counted from one reading of its matches, kept for the
 * statement (a MATERIALIZED CTE): six facets under a common word read its 50,000 matches once, not six times.
 */
@ApplicationScoped
public class GroupedFacetRepository {

    /** The counts of these dimensions over the items {@code filter} matches, each dimension's in facet order. */
    public List<FacetCount> count(ReadSession session, Set<Dimension> dimensions, NewsFilter filter) {
        NewsSql sql = NewsSql.of(filter);
        String statement = """
                WITH m AS MATERIALIZED (
                    SELECT n.published_on, n.type, n.topic_ids, n.country_codes, n.region_ids FROM news_item n %s
                )
                SELECT * FROM (%s) AS facets (dimension, value, name, count, place)
                ORDER BY dimension, place""".formatted(sql.where(),
                dimensions.stream().map(GroupedFacetRepository::rows).collect(Collectors.joining(" UNION ALL ")));
        return NamedStatement.of(statement).query(session, sql.parameters(), rows -> {
            List<FacetCount> counts = new ArrayList<>();
            while (rows.next()) {
                counts.add(new FacetCount(Dimension.valueOf(rows.getString("dimension").toUpperCase(Locale.ROOT)),
                        rows.getString("value"), rows.getString("name"), rows.getLong("count")));
            }
            return counts;
        });
    }

    /**
     * One dimension's rows from the matches {@code m}: value, name, count, and the place in its facet (tags and
     * types by count, then name; months and years newest first).
     */
    private static String rows(Dimension dimension) {
        return switch (dimension) {
            case TOPIC -> """
                    SELECT 'topic', t.slug, t.name, count(*), row_number() OVER (ORDER BY count(*) DESC, t.name)
                    FROM m CROSS JOIN unnest(m.topic_ids) AS tag(id) JOIN topic t ON t.id = tag.id GROUP BY t.id""";
            case COUNTRY -> """
                    SELECT 'country', c.code, c.name, count(*), row_number() OVER (ORDER BY count(*) DESC, c.name)
                    FROM m CROSS JOIN unnest(m.country_codes) AS tag(code) JOIN country c ON c.code = tag.code
                    GROUP BY c.code""";
            case REGION -> """
                    SELECT 'region', r.slug, r.name, count(*), row_number() OVER (ORDER BY count(*) DESC, r.name)
                    FROM m CROSS JOIN unnest(m.region_ids) AS tag(id) JOIN region r ON r.id = tag.id GROUP BY r.id""";
            case TYPE -> """
                    SELECT 'type', m.type, m.type, count(*), row_number() OVER (ORDER BY count(*) DESC, m.type)
                    FROM m GROUP BY m.type""";
            case MONTH -> """
                    SELECT 'month', to_char(m.published_on, 'YYYY-MM'), NULL, count(*),
                           row_number() OVER (ORDER BY to_char(m.published_on, 'YYYY-MM') DESC)
                    FROM m GROUP BY 2""";
            case YEAR -> """
                    SELECT 'year', to_char(m.published_on, 'YYYY'), NULL, count(*),
                           row_number() OVER (ORDER BY to_char(m.published_on, 'YYYY') DESC)
                    FROM m GROUP BY 2""";
        };
    }
}
