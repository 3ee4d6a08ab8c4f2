-- Published items per topic and country together (dimension 'topic_country', value '<topic id> <country code>'),
-- kept exactly as the other counts of V10 are: a list narrowed by one topic and one country (a partner site's
-- usual filter) is counted from a handful of rows instead of walking the list index until 1,001 items carry both.
-- They are keys of the counts, not a facet: facets read the dimensions they name.
ALTER TABLE news_facet_count DROP CONSTRAINT news_facet_count_dimension_check;
ALTER TABLE news_facet_count ALTER COLUMN dimension TYPE varchar(16),
    ADD CONSTRAINT news_facet_count_dimension_check
        CHECK (dimension IN ('topic', 'country', 'region', 'type', 'topic_country'));
ALTER TABLE news_facet_pending ALTER COLUMN dimension TYPE varchar(16);

CREATE OR REPLACE FUNCTION news_facet_keys(item_published_on date, item_type varchar, item_topic_ids bigint[],
                                           item_country_codes varchar[], item_region_ids bigint[])
    RETURNS TABLE (dimension varchar, value varchar, month date) LANGUAGE sql IMMUTABLE AS $$
    SELECT k.dimension, k.value, m.month
    FROM (SELECT 'type'::varchar, item_type
          UNION ALL SELECT 'topic', id::varchar FROM unnest(item_topic_ids) AS id
          UNION ALL SELECT 'country', code FROM unnest(item_country_codes) AS code
          UNION ALL SELECT 'region', id::varchar FROM unnest(item_region_ids) AS id
          UNION ALL SELECT 'topic_country', id::varchar || ' ' || code
                    FROM unnest(item_topic_ids) AS id CROSS JOIN unnest(item_country_codes) AS code
         ) AS k (dimension, value)
    CROSS JOIN (VALUES (item_published_on - extract(day FROM item_published_on)::int + 1),
                       (date 'infinity')) AS m (month);
$$;

SELECT refresh_news_facet_counts();
