package org.newsdesk.news;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a {@link NewsFilter} over {@code news_item n}, with its named parameters.
 * Each condition is served by an index: dates by (published_on, id), tags by the link tables'
 * (tag, news_id) indexes, a region also through country(region_id), text by the GIN index on
 * search_vector, updatedSince by (updated_at, id).
 */
record NewsSql(String where, Map<String, Object> parameters) {

    /** The parsed search query; websearch syntax never fails, whatever the input. */
    static final String TS_QUERY = "websearch_to_tsquery('english', :q)";
    /** Title (A) weighs 1.0, summary (B) 0.4, body (C) 0.2: ts_rank's default weights. */
    static final String RANK = "ts_rank(n.search_vector, " + TS_QUERY + ")";

    static NewsSql of(NewsFilter filter) {
        return of(filter, null);
    }

    /** The filter's conditions, and those that start the list after {@code after} when it is given. */
    static NewsSql of(NewsFilter filter, Cursor after) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        LocalDate lower = filter.lowerDate();
        LocalDate upper = filter.upperDate();
        if (lower != null) {
            conditions.add("n.published_on >= :from");
            parameters.put("from", lower);
        }
        if (upper != null) {
            conditions.add("n.published_on <= :to");
            parameters.put("to", upper);
        }
        if (!filter.types().isEmpty()) {
            conditions.add("n.type IN (:types)");
            parameters.put("types", filter.types().stream().map(NewsType::value).toList());
        }
        if (!filter.topicIds().isEmpty()) {
            conditions.add("EXISTS (SELECT 1 FROM news_topic nt WHERE nt.news_id = n.id AND nt.topic_id IN (:topicIds))");
            parameters.put("topicIds", List.copyOf(filter.topicIds()));
        }
        if (!filter.countryCodes().isEmpty()) {
            conditions.add("EXISTS (SELECT 1 FROM news_country nc WHERE nc.news_id = n.id"
                    + " AND nc.country_code IN (:countryCodes))");
            parameters.put("countryCodes", List.copyOf(filter.countryCodes()));
        }
        if (!filter.regionIds().isEmpty()) {
            conditions.add("(EXISTS (SELECT 1 FROM news_region nr WHERE nr.news_id = n.id AND nr.region_id IN (:regionIds))"
                    + " OR EXISTS (SELECT 1 FROM news_country nc JOIN country c ON c.code = nc.country_code"
                    + " WHERE nc.news_id = n.id AND c.region_id IN (:regionIds)))");
            parameters.put("regionIds", List.copyOf(filter.regionIds()));
        }
        if (filter.query() != null) {
            conditions.add("n.search_vector @@ " + TS_QUERY);
            parameters.put("q", filter.query());
        }
        if (filter.updatedSince() != null) {
            conditions.add("n.updated_at >= :updatedSince");
            parameters.put("updatedSince", filter.updatedSince().atOffset(ZoneOffset.UTC));
        }
        if (after != null) {
            conditions.add(keyset(after, parameters));
        }
        return new NewsSql(conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions), parameters);
    }

    /** ORDER BY for a sort; the keys match {@link #keyset} and the list indexes. */
    static String orderBy(Paging.Sort sort) {
        return switch (sort) {
            case NEWEST -> "n.published_on DESC, n.id DESC";
            case OLDEST -> "n.published_on ASC, n.id ASC";
            case RELEVANCE -> "rank DESC, n.published_on DESC, n.id DESC";
            case UPDATED -> "n.updated_at DESC, n.id DESC";
        };
    }

    /** Rows strictly after the cursor in its sort order, as one row comparison. */
    private static String keyset(Cursor after, Map<String, Object> parameters) {
        parameters.put("afterId", after.id());
        switch (after.sort()) {
            case NEWEST, OLDEST -> parameters.put("afterPublished", after.publishedOn());
            case RELEVANCE -> {
                parameters.put("afterPublished", after.publishedOn());
                parameters.put("afterRank", after.rank());
            }
            case UPDATED -> parameters.put("afterUpdated", after.updatedAt().atOffset(ZoneOffset.UTC));
        }
        return switch (after.sort()) {
            case NEWEST -> "(n.published_on, n.id) < (:afterPublished, :afterId)";
            case OLDEST -> "(n.published_on, n.id) > (:afterPublished, :afterId)";
            case RELEVANCE -> "(" + RANK + ", n.published_on, n.id) < (CAST(:afterRank AS real), :afterPublished, :afterId)";
            case UPDATED -> "(n.updated_at, n.id) < (:afterUpdated, :afterId)";
        };
    }
}
