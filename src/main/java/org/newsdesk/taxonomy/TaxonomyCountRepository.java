package org.newsdesk.taxonomy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;

/** The counted-entries query that TopicRepository and RegionRepository share. */
final class TaxonomyCountRepository {

    private TaxonomyCountRepository() {
    }

    /**
     * Runs a (slug, name, count) query whose {@code %s} is the place for a WHERE clause on
     * {@code slugColumn}, with {@code :today} for the public items' condition: all rows when {@code slug} is null, else only that one.
     */
    @SuppressWarnings("unchecked")
    static List<TaxonomyCount> list(EntityManager em, String sql, String slugColumn, String slug, LocalDate today) {
        Query query = em.createNativeQuery(sql.formatted(slug == null ? "" : "WHERE " + slugColumn + " = :slug"))
                .setParameter("today", today);
        if (slug != null) {
            query.setParameter("slug", slug);
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new TaxonomyCount((String) row[0], (String) row[1], ((Number) row[2]).longValue()))
                .toList();
    }
}
