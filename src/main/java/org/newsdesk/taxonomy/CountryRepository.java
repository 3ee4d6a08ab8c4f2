package org.newsdesk.taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.newsdesk.news.api.Visibility;
import org.newsdesk.platform.db.ReadSession;

@ApplicationScoped
public class CountryRepository implements PanacheRepositoryBase<Country, String> {

    /** The country entries with these codes (those that exist). */
    public List<Country> byCodes(ReadSession session, Collection<String> codes) {
        return session.em().createQuery("FROM Country WHERE code IN :codes", Country.class)
                .setParameter("codes", codes).getResultList();
    }

    /**
     * Countries with region and count of public items, by name. With {@code code}, only that country;
     * otherwise all of them or only those with items.
     */
    @SuppressWarnings("unchecked")
    public List<CountryCount> withCounts(ReadSession session, String code, boolean includeEmpty, LocalDate today) {
        String sql = """
                SELECT c.code, c.name, r.slug, r.name, CAST(r.names AS text), coalesce(tagged.items, 0)
                FROM country c
                LEFT JOIN region r ON r.id = c.region_id
                LEFT JOIN (
                    SELECT tag.code, count(*) AS items FROM news_item n CROSS JOIN unnest(n.country_codes) AS tag(code)
                    WHERE %s GROUP BY tag.code) tagged ON tagged.code = c.code
                WHERE (:includeEmpty OR tagged.items IS NOT NULL) %s
                ORDER BY c.name""".formatted(Visibility.PUBLISHED.condition(), code == null ? "" : "AND c.code = :code");
        Query query = session.em().createNativeQuery(sql).setParameter("includeEmpty", includeEmpty)
                .setParameter("today", today);
        if (code != null) {
            query.setParameter("code", code);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new CountryCount((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                        TaxonomyCountRepository.names((String) row[4]), ((Number) row[5]).longValue()))
                .toList();
    }

    /** A country row with its region (the region fields null when it has none) and count. */
    public record CountryCount(String code, String name, String regionSlug, String regionName,
            Map<String, String> regionNames, long count) {
    }
}
