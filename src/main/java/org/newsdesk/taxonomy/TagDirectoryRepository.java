package org.newsdesk.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.platform.db.ReadSession;
import org.newsdesk.taxonomy.TagDirectory.Entry;
import org.newsdesk.taxonomy.TagRefs.CountryRef;
import org.newsdesk.taxonomy.TagRefs.RegionRef;
import org.newsdesk.taxonomy.TagRefs.TopicRef;

/** Reads the whole taxonomy for a {@link TagDirectory}: a few hundred rows in one statement. */
@ApplicationScoped
class TagDirectoryRepository {

    @SuppressWarnings("unchecked")
    TagDirectory read(ReadSession session) {
        List<Object[]> rows = session.em().createNativeQuery("""
                SELECT 'topic', id, slug, name, row_number() OVER (ORDER BY name, slug), CAST(names AS text) FROM topic
                UNION ALL
                SELECT 'country', NULL, code, name, row_number() OVER (ORDER BY name, code), NULL FROM country
                UNION ALL
                SELECT 'region', id, slug, name, row_number() OVER (ORDER BY name, slug), CAST(names AS text)
                FROM region""")
                .getResultList();
        Map<Long, Entry<TopicRef>> topics = new HashMap<>();
        Map<String, Entry<CountryRef>> countries = new HashMap<>();
        Map<Long, Entry<RegionRef>> regions = new HashMap<>();
        for (Object[] row : rows) {
            String key = (String) row[2];
            String name = (String) row[3];
            int place = ((Number) row[4]).intValue();
            Map<String, String> names = TaxonomyCountRepository.names((String) row[5]);
            switch ((String) row[0]) {
                case "topic" -> topics.put(((Number) row[1]).longValue(),
                        new Entry<>(new TopicRef(key, name), place, names));
                case "country" -> countries.put(key, new Entry<>(new CountryRef(key, name), place));
                default -> regions.put(((Number) row[1]).longValue(), new Entry<>(new RegionRef(key, name), place, names));
            }
        }
        return new TagDirectory(topics, countries, regions);
    }
}
