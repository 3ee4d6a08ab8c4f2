package org.newsdesk.taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.newsdesk.news.api.Visibility;
import org.newsdesk.platform.db.ReadSession;

@ApplicationScoped
public class TopicRepository implements PanacheRepository<Topic> {

    /** The topic entries with these slugs (those that exist). */
    public List<Topic> bySlugs(ReadSession session, Collection<String> slugs) {
        return session.em().createQuery("FROM Topic WHERE slug IN :slugs", Topic.class)
                .setParameter("slugs", slugs).getResultList();
    }

    /**
     * Topics with their counts of public items, by name; only the one with this slug when it is given.
     * Counted from the items' tag arrays in one index-only pass over the public list index, which is
     * cheaper than joining the link table to the items to check each one's visibility.
     */
    public List<TaxonomyCount> withCounts(ReadSession session, String slug, LocalDate today) {
        String sql = """
                SELECT t.slug, t.name, CAST(t.names AS text), coalesce(tagged.items, 0)
                FROM topic t LEFT JOIN (
                    SELECT tag.id, count(*) AS items FROM news_item n CROSS JOIN unnest(n.topic_ids) AS tag(id)
                    WHERE %s GROUP BY tag.id) tagged ON tagged.id = t.id
                %%s
                ORDER BY t.name""".formatted(Visibility.PUBLISHED.condition());
        return TaxonomyCountRepository.list(session.em(), sql, "t.slug", slug, today);
    }
}
