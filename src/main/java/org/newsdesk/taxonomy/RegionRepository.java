package org.newsdesk.taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class RegionRepository implements PanacheRepository<Region> {

    /** Slug to id for those of the given slugs that exist. */
    public Map<String, Long> idsBySlug(Collection<String> slugs) {
        return list("slug in ?1", slugs).stream().collect(Collectors.toMap(region -> region.slug, region -> region.id));
    }

    /**
     * Regions with their counts of published items, by name; only the one with this slug when it is given.
     * An item counts once for a region whether it is tagged with it, with one of its countries, or both.
     */
    public List<TaxonomyCount> withCounts(String slug) {
        String sql = """
                SELECT r.slug, r.name, count(DISTINCT member.news_id)
                FROM region r LEFT JOIN (
                    SELECT nr.region_id, nr.news_id FROM news_region nr
                    UNION ALL
                    SELECT c.region_id, nc.news_id FROM news_country nc JOIN country c ON c.code = nc.country_code
                ) member ON member.region_id = r.id
                %s
                GROUP BY r.id
                ORDER BY r.name""";
        return TaxonomyCount.list(getEntityManager(), sql, "r.slug", slug);
    }
}
