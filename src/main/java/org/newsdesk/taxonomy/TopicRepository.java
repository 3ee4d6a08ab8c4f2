package org.newsdesk.taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsdesk.news.Visibility;

@ApplicationScoped
public class TopicRepository implements PanacheRepository<Topic> {

    /** Slug to id for those of the given slugs that exist. */
    public Map<String, Long> idsBySlug(Collection<String> slugs) {
        return list("slug in ?1", slugs).stream().collect(Collectors.toMap(topic -> topic.slug, topic -> topic.id));
    }

    /** Topics with their counts of public items, by name; only the one with this slug when it is given. */
    public List<TaxonomyCount> withCounts(String slug, LocalDate today) {
        String sql = """
                SELECT t.slug, t.name, count(nt.news_id)
                FROM topic t LEFT JOIN (news_topic nt JOIN news_item n ON n.id = nt.news_id AND %s)
                    ON nt.topic_id = t.id
                %%s
                GROUP BY t.id
                ORDER BY t.name""".formatted(Visibility.PUBLISHED.condition());
        return TaxonomyCount.list(getEntityManager(), sql, "t.slug", slug, today);
    }
}
