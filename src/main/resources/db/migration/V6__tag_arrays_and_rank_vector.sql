-- Filters served by one index each. The link tables stay the source of truth; these arrays copy
-- them onto the item (regions include those of the item's countries) so that any mix of topic,
-- country and region filters is a GIN bitmap or a cheap check while walking the date index,
-- with planner statistics per element.
ALTER TABLE news_item
    ADD COLUMN topic_ids     bigint[]     NOT NULL DEFAULT '{}',
    ADD COLUMN country_codes varchar(2)[] NOT NULL DEFAULT '{}',
    ADD COLUMN region_ids    bigint[]     NOT NULL DEFAULT '{}';

CREATE FUNCTION refresh_news_tags(item_ids bigint[]) RETURNS void LANGUAGE sql AS $$
    UPDATE news_item n SET
        topic_ids = ARRAY(SELECT nt.topic_id FROM news_topic nt WHERE nt.news_id = n.id ORDER BY 1),
        country_codes = ARRAY(SELECT nc.country_code FROM news_country nc WHERE nc.news_id = n.id ORDER BY 1),
        region_ids = ARRAY(
            SELECT nr.region_id FROM news_region nr WHERE nr.news_id = n.id
            UNION
            SELECT c.region_id FROM news_country nc JOIN country c ON c.code = nc.country_code
            WHERE nc.news_id = n.id AND c.region_id IS NOT NULL
            ORDER BY 1)
    WHERE n.id = ANY (item_ids);
$$;

-- One refresh per statement, over the items the statement touched (transition tables).
CREATE FUNCTION news_links_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM refresh_news_tags(ARRAY(SELECT DISTINCT news_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM refresh_news_tags(ARRAY(SELECT DISTINCT news_id FROM old_rows));
    ELSE
        PERFORM refresh_news_tags(ARRAY(SELECT news_id FROM old_rows UNION SELECT news_id FROM new_rows));
    END IF;
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    link_table text;
BEGIN
    FOREACH link_table IN ARRAY ARRAY['news_topic', 'news_country', 'news_region'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION news_links_changed()', link_table || '_inserted', link_table);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION news_links_changed()', link_table || '_deleted', link_table);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION news_links_changed()', link_table || '_updated', link_table);
    END LOOP;
END;
$$;

-- A country moving to another region moves its items with it.
CREATE FUNCTION country_region_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_news_tags(ARRAY(
        SELECT DISTINCT nc.news_id FROM news_country nc JOIN new_rows c ON c.code = nc.country_code));
    RETURN NULL;
END;
$$;
CREATE TRIGGER country_region_changed AFTER UPDATE ON country REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION country_region_changed();

SELECT refresh_news_tags(ARRAY(SELECT id FROM news_item));

CREATE INDEX news_item_topic_ids_idx ON news_item USING gin (topic_ids);
CREATE INDEX news_item_country_codes_idx ON news_item USING gin (country_codes);
CREATE INDEX news_item_region_ids_idx ON news_item USING gin (region_ids);

-- Ranking reads only title (weight A) and summary (B): small enough to stay in the row, where the
-- full search_vector (with the body) is stored out of line. Body-only matches rank below both.
ALTER TABLE news_item ADD COLUMN rank_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', summary), 'B')
) STORED;
ALTER TABLE news_item ALTER COLUMN rank_vector SET STORAGE MAIN;
