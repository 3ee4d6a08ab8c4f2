package org.newsdesk.taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class TopicRepository implements PanacheRepository<Topic> {

    /** Slug to id for those of the given slugs that exist. */
    public Map<String, Long> idsBySlug(Collection<String> slugs) {
        return list("slug in ?1", slugs).stream().collect(Collectors.toMap(topic -> topic.slug, topic -> topic.id));
    }

    /** Topics with their counts of published items, by name; only the one with this slug when it is given. */
    public List<TaxonomyCount> withCounts(String slug) {
        String sql = """
                SELECT t.slug, t.name, count(nt.news_id)
                FROM topic t LEFT JOIN news_topic nt ON nt.topic_id = t.id
                %s
                GROUP BY t.id
                ORDER BY t.name""";
        return TaxonomyCount.list(getEntityManager(), sql, "t.slug", slug);
    }
}
