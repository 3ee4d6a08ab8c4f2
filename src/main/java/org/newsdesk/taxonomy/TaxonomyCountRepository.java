package org.newsdesk.taxonomy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The counted-entries query that TopicRepository and RegionRepository share. */
final class TaxonomyCountRepository {

    private TaxonomyCountRepository() {
    }

    /**
     * Runs a (slug, name, names as JSON text, count) query whose {@code %s} is the place for a WHERE clause on
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
                .map(row -> new TaxonomyCount((String) row[0], (String) row[1], names((String) row[2]),
                        ((Number) row[3]).longValue()))
                .toList();
    }

    /** A names column read as text ({"fr": "…"}); none for null. */
    static Map<String, String> names(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, NAMES);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() {
    };
}
