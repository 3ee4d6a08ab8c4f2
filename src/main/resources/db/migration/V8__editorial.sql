-- The editorial side: workflow status, revisions, old slugs and idempotent creation.

-- draft: only editors see it; published: public from its published_on day (scheduled before that);
-- retired: withdrawn from the public API, kept and recoverable. revision counts every change.
ALTER TABLE news_item
    ADD COLUMN status   varchar(16) NOT NULL DEFAULT 'published'
        CHECK (status IN ('draft', 'published', 'retired')),
    ADD COLUMN revision integer     NOT NULL DEFAULT 1 CHECK (revision >= 1);

-- Public lists (and editors' scheduled list) only read published rows: the covering list index becomes
-- partial on them, so index-only scans need no status check. Drafts and retired items, the few
-- others, have a small index of their own that never competes with it.
DROP INDEX news_item_list_idx;
CREATE INDEX news_item_list_idx ON news_item (published_on DESC, id DESC)
    INCLUDE (type, topic_ids, country_codes, region_ids) WHERE status = 'published';
CREATE INDEX news_item_unpublished_idx ON news_item (status, published_on DESC, id DESC)
    WHERE status <> 'published';

-- Slugs an item had before: they keep resolving (301) to its current slug. A slug is taken for good,
-- by an item or by an alias, so an old link never starts pointing at another item.
CREATE TABLE news_slug_alias (
    slug       varchar(120) PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    news_id    bigint       NOT NULL REFERENCES news_item (id) ON DELETE CASCADE,
    created_at timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX news_slug_alias_news_idx ON news_slug_alias (news_id);

-- Every change to an item: who, when, which fields, and the item as it was written (the body of a
-- PUT that would restore it).
CREATE TABLE news_revision (
    news_id    bigint       NOT NULL REFERENCES news_item (id) ON DELETE CASCADE,
    number     integer      NOT NULL CHECK (number >= 1),
    author     varchar(200) NOT NULL,
    created_at timestamptz  NOT NULL,
    action     varchar(16)  NOT NULL CHECK (action IN ('create', 'update', 'retire')),
    changed    text[]       NOT NULL,
    content    jsonb        NOT NULL,
    PRIMARY KEY (news_id, number)
);

-- POST with Idempotency-Key: the first answer, replayed for retries of the same request by the same
-- client. Keys expire after a day (removed by the next POST that carries a key).
CREATE TABLE idempotency_key (
    principal     varchar(200) NOT NULL,
    key           varchar(200) NOT NULL,
    request_hash  varchar(64)  NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    location      text,
    etag          varchar(100),
    response_body bytea,
    PRIMARY KEY (principal, key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);

-- Items written without going through the editorial API (before it existed, or loaded as sample
-- content) get a first revision as they are, so that every item's history starts with its content.
CREATE FUNCTION record_first_revisions() RETURNS integer LANGUAGE sql AS $$
    WITH added AS (
        INSERT INTO news_revision (news_id, number, author, created_at, action, changed, content)
        SELECT n.id, n.revision, 'system', n.updated_at, 'create', ARRAY[]::text[], jsonb_build_object(
            'slug', n.slug, 'title', n.title, 'summary', n.summary, 'body', n.body,
            'publishedOn', n.published_on, 'type', n.type, 'status', n.status,
            'image', CASE WHEN coalesce(n.image_url, n.image_alt, n.image_credit) IS NULL THEN NULL
                          ELSE jsonb_build_object('url', n.image_url, 'alt', n.image_alt, 'credit', n.image_credit) END,
            'topics', coalesce((SELECT jsonb_agg(t.slug ORDER BY t.slug) FROM news_topic nt
                                JOIN topic t ON t.id = nt.topic_id WHERE nt.news_id = n.id), '[]'::jsonb),
            'countries', coalesce((SELECT jsonb_agg(nc.country_code ORDER BY nc.country_code) FROM news_country nc
                                   WHERE nc.news_id = n.id), '[]'::jsonb),
            'regions', coalesce((SELECT jsonb_agg(r.slug ORDER BY r.slug) FROM news_region nr
                                 JOIN region r ON r.id = nr.region_id WHERE nr.news_id = n.id), '[]'::jsonb))
        FROM news_item n
        WHERE NOT EXISTS (SELECT 1 FROM news_revision r WHERE r.news_id = n.id)
        RETURNING 1)
    SELECT count(*)::integer FROM added;
$$;
SELECT record_first_revisions();
