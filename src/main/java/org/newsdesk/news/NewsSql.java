package org.newsdesk.news;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a {@link NewsFilter} over {@code news_item n}, with its named parameters.
 * Each condition is served by an index: dates by (published_on, id), tags by the link tables'
 * (tag, news_id) indexes, a region also through country(region_id).
 */
record NewsSql(String where, Map<String, Object> parameters) {

    static NewsSql of(NewsFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.from() != null) {
            conditions.add("n.published_on >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("n.published_on <= :to");
            parameters.put("to", filter.to());
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
        return new NewsSql(conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions), parameters);
    }
}
