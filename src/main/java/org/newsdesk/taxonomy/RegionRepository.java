package org.newsdesk.taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.newsdesk.news.api.Visibility;
import org.newsdesk.platform.db.ReadSession;

@ApplicationScoped
public class RegionRepository implements PanacheRepository<Region> {

    /** The region entries with these slugs (those that exist). */
    public List<Region> bySlugs(ReadSession session, Collection<String> slugs) {
        return session.em().createQuery("FROM Region WHERE slug IN :slugs", Region.class)
                .setParameter("slugs", slugs).getResultList();
    }

    /**
     * Regions with their counts of public items, by name; only the one with this slug when it is given.
     * An item's region_ids (kept by the schema's triggers) already holds its tagged regions and those of
     * its countries, each once.
     */
    public List<TaxonomyCount> withCounts(ReadSession session, String slug, LocalDate today) {
        String sql = """
                SELECT r.slug, r.name, CAST(r.names AS text), coalesce(tagged.items, 0)
                FROM region r LEFT JOIN (
                    SELECT tag.id, count(*) AS items FROM news_item n CROSS JOIN unnest(n.region_ids) AS tag(id)
                    WHERE %s GROUP BY tag.id) tagged ON tagged.id = r.id
                %%s
                ORDER BY r.name""".formatted(Visibility.PUBLISHED.condition());
        return TaxonomyCountRepository.list(session.em(), sql, "r.slug", slug, today);
    }
}
