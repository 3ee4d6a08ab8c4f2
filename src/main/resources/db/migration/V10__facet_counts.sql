-- Facet counts of published items, kept exact by triggers on news_item, so that the facets of the public
-- list read a few hundred rows instead of grouping every item. Per dimension value and month (its first
-- day), and per value over all months together (month 'infinity'): the read takes the totals and removes
-- what is dated after today, the months after the current one from here and the rest of the current month
-- counted live (NewsFacetRepository). Future months are counted like the others: "published_on <= today"
-- changes with the day, not by a write. The month and year facets add up the type rows, as every item has
-- exactly one type.
CREATE TABLE news_facet_count (
    dimension varchar(8)  NOT NULL CHECK (dimension IN ('topic', 'country', 'region', 'type')),
    value     varchar(64) NOT NULL,  -- the topic's or region's id, the country's code, the type
    month     date        NOT NULL CHECK (month = 'infinity' OR extract(day FROM month) = 1),
    count     bigint      NOT NULL,  -- no CHECK (count >= 0): it would judge a negative delta as a row
    PRIMARY KEY (dimension, month, value)
);

-- The keys an item counts under: its type and each of its tags, in its month and in all months.
CREATE FUNCTION news_facet_keys(item_published_on date, item_type varchar, item_topic_ids bigint[],
                                item_country_codes varchar[], item_region_ids bigint[])
    RETURNS TABLE (dimension varchar, value varchar, month date) LANGUAGE sql IMMUTABLE AS $$
    SELECT k.dimension, k.value, m.month
    FROM (SELECT 'type'::varchar, item_type
          UNION ALL SELECT 'topic', id::varchar FROM unnest(item_topic_ids) AS id
          UNION ALL SELECT 'country', code FROM unnest(item_country_codes) AS code
          UNION ALL SELECT 'region', id::varchar FROM unnest(item_region_ids) AS id) AS k (dimension, value)
    CROSS JOIN (VALUES (item_published_on - extract(day FROM item_published_on)::int + 1),
                       (date 'infinity')) AS m (month);
$$;

-- A transaction's changes wait here until it commits, netted per key, and are then applied in one
-- statement in key order: each count row is locked once, late and in the same order by every writer, so
-- concurrent writes never deadlock on them (an editorial write changes news_item in several statements,
-- its tags through the link tables' triggers) and bulk loads update each row once per transaction.
CREATE TABLE news_facet_pending (
    xact      xid8        NOT NULL DEFAULT pg_current_xact_id(),
    dimension varchar(8)  NOT NULL,
    value     varchar(64) NOT NULL,
    month     date        NOT NULL,
    delta     bigint      NOT NULL,
    PRIMARY KEY (xact, dimension, month, value)
);
-- One row per transaction with pending changes, whose deferred trigger applies them once, at commit.
CREATE TABLE news_facet_commit (
    xact xid8 PRIMARY KEY DEFAULT pg_current_xact_id()
);

-- One statement's changes: +1 per key of each published row after it, -1 per key of each before it.
-- Dynamic SQL because an INSERT has no old rows and a DELETE no new ones.
CREATE FUNCTION news_facets_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    columns constant text := 'published_on, type, topic_ids, country_codes, region_ids FROM ';
    changed bigint;
BEGIN
    EXECUTE format($sql$
        INSERT INTO news_facet_pending AS p (dimension, value, month, delta)
        SELECT k.dimension, k.value, k.month, sum(c.sign)
        FROM (%s) AS c (sign, published_on, type, topic_ids, country_codes, region_ids)
        CROSS JOIN news_facet_keys(c.published_on, c.type, c.topic_ids, c.country_codes, c.region_ids) AS k
        GROUP BY 1, 2, 3 HAVING sum(c.sign) <> 0
        ON CONFLICT (xact, dimension, month, value) DO UPDATE SET delta = p.delta + excluded.delta$sql$,
        concat_ws(' UNION ALL ',
            CASE WHEN TG_OP <> 'DELETE' THEN 'SELECT 1, ' || columns || 'new_rows WHERE status = ''published''' END,
            CASE WHEN TG_OP <> 'INSERT' THEN 'SELECT -1, ' || columns || 'old_rows WHERE status = ''published''' END));
    GET DIAGNOSTICS changed = ROW_COUNT;
    IF changed > 0 THEN
        INSERT INTO news_facet_commit DEFAULT VALUES ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER news_facets_inserted AFTER INSERT ON news_item REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION news_facets_changed();
CREATE TRIGGER news_facets_updated AFTER UPDATE ON news_item REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION news_facets_changed();
CREATE TRIGGER news_facets_deleted AFTER DELETE ON news_item REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION news_facets_changed();

-- At commit: the transaction's pending changes into the counts.
CREATE FUNCTION news_facets_commit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    WITH pending AS (
        DELETE FROM news_facet_pending WHERE xact = NEW.xact RETURNING dimension, value, month, delta)
    INSERT INTO news_facet_count AS f (dimension, value, month, count)
    SELECT dimension, value, month, sum(delta) FROM pending
    GROUP BY dimension, month, value HAVING sum(delta) <> 0
    ORDER BY dimension, month, value
    ON CONFLICT (dimension, month, value) DO UPDATE SET count = f.count + excluded.count;
    DELETE FROM news_facet_commit WHERE xact = NEW.xact;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER news_facets_commit AFTER INSERT ON news_facet_commit DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION news_facets_commit();

-- What the transaction has pending, dropped: the counts are about to be made anew.
CREATE FUNCTION forget_pending_news_facets() RETURNS void LANGUAGE sql AS $$
    DELETE FROM news_facet_pending WHERE xact = pg_current_xact_id();
    DELETE FROM news_facet_commit WHERE xact = pg_current_xact_id();
$$;

-- TRUNCATE fires no row or statement trigger of the other kinds (bench/generate.sh empties news_item so).
CREATE FUNCTION news_facets_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM forget_pending_news_facets();
    DELETE FROM news_facet_count;
    RETURN NULL;
END;
$$;
CREATE TRIGGER news_facets_truncated AFTER TRUNCATE ON news_item
    FOR EACH STATEMENT EXECUTE FUNCTION news_facets_truncated();

-- The counts made anew from the items, for loads that bypass the triggers; writers wait meanwhile.
CREATE FUNCTION refresh_news_facet_counts() RETURNS void LANGUAGE sql AS $$
    LOCK TABLE news_item IN SHARE MODE;
    SELECT forget_pending_news_facets();
    DELETE FROM news_facet_count;
    INSERT INTO news_facet_count (dimension, value, month, count)
    SELECT k.dimension, k.value, k.month, count(*)
    FROM news_item n
    CROSS JOIN news_facet_keys(n.published_on, n.type, n.topic_ids, n.country_codes, n.region_ids) AS k
    WHERE n.status = 'published'
    GROUP BY 1, 2, 3;
$$;
SELECT refresh_news_facet_counts();
