package org.newsdesk.news;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsdesk.news.NewsFilter.Dimension;
import org.newsdesk.platform.db.NamedStatement;
import org.newsdesk.platform.db.ReadSession;

/**
 * Facet counts of the public's whole list from news_facet_count (V10), which triggers keep exact per value, per
 * month and over all months: the totals, less what is dated after today (the months after the current one, from
 * the table; the rest of the current month, scheduled items, counted live on the list index). No item of the
 * archive is read, so the cost does not grow with it; the answer is the one the GROUP BY of {@link NewsFacets}
 * gives, in its order.
 */
@ApplicationScoped
public class NewsFacetRepository {

    /** The dimensions stored as keys of their own; months and years add up the type rows. */
    private static final Set<Dimension> KEYED = EnumSet.of(Dimension.TOPIC, Dimension.COUNTRY, Dimension.REGION,
            Dimension.TYPE);

    /**
     * The public items counted under each key that {@code keys} selects (a condition over the key columns, written
     * for the table alias {@code %1$s}), over all months: the totals over all months, less the months after the
     * current one, less the rest of the current month (scheduled items) counted live. Opens a WITH list:
     * later_this_month, counts.
     */
    private static String publicCounts(String keys) {
        return """
                WITH later_this_month AS (
                    SELECT n.published_on, n.type, n.topic_ids, n.country_codes, n.region_ids FROM news_item n
                    WHERE n.status = 'published' AND n.published_on > :today AND n.published_on < :nextMonth
                ), counts AS (
                    SELECT c.dimension, c.value, sum(c.count) AS count FROM (
                        SELECT f.dimension, f.value, CASE WHEN f.month = 'infinity' THEN f.count ELSE -f.count END
                        FROM news_facet_count f WHERE %s AND f.month >= :nextMonth
                        UNION ALL
                        SELECT k.dimension, k.value, -1 FROM later_this_month n CROSS JOIN
                            news_facet_keys(n.published_on, n.type, n.topic_ids, n.country_codes, n.region_ids) AS k
                        WHERE k.month = 'infinity' AND %s
                    ) AS c (dimension, value, count)
                    GROUP BY c.dimension, c.value HAVING sum(c.count) > 0
                )""".formatted(keys.formatted("f"), keys.formatted("k"));
    }

    /** After {@link #publicCounts}: the months, from the type rows, then every asked dimension's rows in order. */
    private static final String FACETS = """
            , months AS (
                SELECT to_char(c.month, 'YYYY-MM') AS month, sum(c.count) AS count FROM (
                    SELECT f.month, f.count FROM news_facet_count f WHERE f.dimension = 'type' AND f.month < :nextMonth
                    UNION ALL
                    SELECT CAST(:monthStart AS date), -count(*) FROM later_this_month
                ) AS c (month, count)
                GROUP BY c.month HAVING sum(c.count) > 0
            )
            SELECT * FROM (%s) AS facets (dimension, value, name, count)
            ORDER BY dimension, CASE WHEN dimension IN ('month', 'year') THEN value END DESC, count DESC, name""";

    /** Each dimension's rows: value, name (the GROUP BY's second column, which ties are ordered by) and count. */
    private static String rows(Dimension dimension) {
        return switch (dimension) {
            case TOPIC -> "SELECT 'topic', t.slug, t.name, c.count FROM counts c JOIN topic t "
                    + "ON CAST(t.id AS varchar) = c.value WHERE c.dimension = 'topic'";
            case COUNTRY -> "SELECT 'country', o.code, o.name, c.count FROM counts c JOIN country o ON o.code = c.value "
                    + "WHERE c.dimension = 'country'";
            case REGION -> "SELECT 'region', r.slug, r.name, c.count FROM counts c JOIN region r "
                    + "ON CAST(r.id AS varchar) = c.value WHERE c.dimension = 'region'";
            case TYPE -> "SELECT 'type', c.value, c.value, c.count FROM counts c WHERE c.dimension = 'type'";
            case MONTH -> "SELECT 'month', m.month, NULL, m.count FROM months m";
            case YEAR -> "SELECT 'year', left(m.month, 4), NULL, sum(m.count) FROM months m GROUP BY left(m.month, 4)";
        };
    }

    /** The counts of these dimensions over every public item of {@code today}, each dimension's in facet order. */
    public List<FacetCount> everyPublicItem(ReadSession session, Set<Dimension> dimensions, LocalDate today) {
        String tagged = dimensions.stream().filter(KEYED::contains)
                .map(NewsFacetRepository::name).collect(Collectors.joining(", "));
        String statement = publicCounts("%1$s.dimension IN (" + (tagged.isEmpty() ? "NULL" : tagged) + ")")
                + FACETS.formatted(dimensions.stream().map(NewsFacetRepository::rows)
                        .collect(Collectors.joining(" UNION ALL ")));
        // No value of its own decides its plan (the counts' primary key, the current month on the list index).
        return NamedStatement.of(statement, NamedStatement.Plan.GENERIC).query(session,
                Map.of("monthStart", today.withDayOfMonth(1), "nextMonth", today.withDayOfMonth(1).plusMonths(1),
                        "today", today),
                rows -> {
                    List<FacetCount> counts = new ArrayList<>();
                    while (rows.next()) {
                        counts.add(new FacetCount(Dimension.valueOf(rows.getString(1).toUpperCase(Locale.ROOT)),
                                rows.getString(2), rows.getString(3), rows.getLong(4)));
                    }
                    return counts;
                });
    }

    /**
     * The count of the filter's matches, stopped at :cap, read from the maintained counts when the filter is
     * counted under one of their keys ({@link NewsFilter#countedKey}), as the facets are; for the whole list, the sum
     * over the types. A scalar expression, its parameters put in {@code values}; empty for any other filter.
     *
     * <p>Unlike the facets it names one key, so the rest of the current month (scheduled items) is counted with the
     * filter's own conditions. Through news_facet_keys, as the facets do, it took three quarters of the list
     * statement's planning (docs/performance.md).
     */
    static Optional<String> countUpTo(NewsFilter filter, Map<String, Object> values) {
        return filter.countedKey().map(key -> {
            values.put("countedDimension", key.dimension());
            values.put("nextMonth", filter.today().withDayOfMonth(1).plusMonths(1));
            List<String> keys = new ArrayList<>(List.of("f.dimension = :countedDimension"));
            if (key.value() != null) {
                values.put("countedValue", key.value());
                keys.add("f.value = :countedValue");
            }
            String counted;
            if (key.fromMonth() == null && key.toMonth() == null) {
                // Over all months: the total, less the months after the current one. Two reads, so that the total is
                // one lookup of the primary key (dimension, month, value), not a scan of every value's total.
                counted = sum(keys, "f.month = 'infinity'") + " - "
                        + sum(keys, "f.month >= :nextMonth AND f.month < 'infinity'");
            } else {
                List<String> months = new ArrayList<>(List.of("f.month < :nextMonth"));
                if (key.fromMonth() != null) {
                    values.put("fromMonth", key.fromMonth());
                    months.add("f.month >= :fromMonth");
                }
                if (key.toMonth() != null) {
                    values.put("toMonth", key.toMonth());
                    months.add("f.month <= :toMonth");
                }
                counted = sum(keys, String.join(" AND ", months));
            }
            // Less the filter's scheduled items up to the end of the current month, which the counts hold already.
            // They lie in the few days left of the month: read along the dates, whatever the plan thinks of the tags.
            NewsSql scheduled = NewsSql.alongDates(filter.scheduled(), null);
            values.putAll(scheduled.parameters());
            counted += " - (SELECT count(*) FROM news_item n " + scheduled.where() + " AND n.published_on < :nextMonth)";
            return "SELECT least(:cap, greatest(0, " + counted + "))";
        });
    }

    private static String sum(List<String> keys, String months) {
        return "(SELECT coalesce(sum(f.count), 0) FROM news_facet_count f WHERE %s AND %s)"
                .formatted(String.join(" AND ", keys), months);
    }

    private static String name(Dimension dimension) {
        return "'" + dimension.name().toLowerCase(Locale.ROOT) + "'";
    }

    /**
     * Every key's count over all months, scheduled items included, as "dimension value" (see {@link
     * NewsFilter#countedKey}); all items under "type" alone: how common each tag is, for choosing how to read a list.
     */
    Map<String, Long> totals(ReadSession session) {
        return NamedStatement.of("SELECT f.dimension, f.value, f.count FROM news_facet_count f WHERE f.month = 'infinity'",
                NamedStatement.Plan.GENERIC).query(session, Map.of(), rows -> {
                    Map<String, Long> totals = new HashMap<>();
                    while (rows.next()) {
                        long count = rows.getLong(3);
                        totals.put(rows.getString(1) + " " + rows.getString(2), count);
                        if (rows.getString(1).equals("type")) {
                            totals.merge("type", count, Long::sum);
                        }
                    }
                    return totals;
                });
    }

    /** One value of a facet as stored: the name is null for months and years. */
    public record FacetCount(Dimension dimension, String value, String name, long count) {
    }
}
