-- Full-text search: title weighs more than summary, which weighs more than body (English stemming).
ALTER TABLE news_item ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', title), 'A')
    || setweight(to_tsvector('english', summary), 'B')
    || setweight(to_tsvector('english', coalesce(body, '')), 'C')
) STORED;
CREATE INDEX news_item_search_idx ON news_item USING gin (search_vector);

-- Incremental sync: updatedSince filter and sort=updated.
CREATE INDEX news_item_updated_idx ON news_item (updated_at DESC, id DESC);

-- One counter for all published content. Every statement that changes content bumps it and notifies
-- listeners, so that each instance can drop cached answers at once (see ContentVersion).
CREATE TABLE content_version (
    id         boolean     PRIMARY KEY DEFAULT true CHECK (id),
    version    bigint      NOT NULL,
    changed_at timestamptz NOT NULL
);
INSERT INTO content_version (version, changed_at) VALUES (1, now());

CREATE FUNCTION bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    next_version bigint;
BEGIN
    UPDATE content_version SET version = version + 1, changed_at = now() RETURNING version INTO next_version;
    PERFORM pg_notify('newsdesk_content', next_version::text);
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    content_table text;
BEGIN
    FOREACH content_table IN ARRAY ARRAY['news_item', 'news_topic', 'news_country', 'news_region',
                                         'topic', 'region', 'country'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version()',
                       content_table || '_content_version', content_table);
    END LOOP;
END;
$$;

-- Secrets the service makes for itself and shares across instances, such as the cursor signing key.
CREATE TABLE service_secret (
    name  varchar(64) PRIMARY KEY,
    value bytea       NOT NULL
);
