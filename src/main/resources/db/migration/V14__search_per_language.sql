-- Search in each item's own language: its words are stemmed, and its stop words left out, by PostgreSQL's text search
-- configuration for that language (english, french, spanish); any other language's words are kept as they are
-- (simple: lower-cased, not stemmed). SearchLanguage holds the same mapping for the queries and the highlights.
CREATE FUNCTION search_configuration(language varchar) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE language WHEN 'en' THEN 'english'::regconfig
                         WHEN 'fr' THEN 'french'::regconfig
                         WHEN 'es' THEN 'spanish'::regconfig
                         ELSE 'simple'::regconfig END;

-- A generated column's expression cannot be changed in PostgreSQL 15: the three vectors are made again, with their
-- indexes and storage as V5, V6 and V9 made them.
ALTER TABLE news_item
    DROP COLUMN search_vector,
    DROP COLUMN rank_vector,
    DROP COLUMN title_vector;

ALTER TABLE news_item
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector(search_configuration(language), title), 'A')
        || setweight(to_tsvector(search_configuration(language), summary), 'B')
        || setweight(to_tsvector(search_configuration(language), coalesce(body, '')), 'C')
    ) STORED,
    ADD COLUMN rank_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector(search_configuration(language), title), 'A')
        || setweight(to_tsvector(search_configuration(language), summary), 'B')
    ) STORED,
    ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (to_tsvector(search_configuration(language), title)) STORED;
ALTER TABLE news_item ALTER COLUMN rank_vector SET STORAGE MAIN;
ALTER TABLE news_item ALTER COLUMN title_vector SET STORAGE MAIN;

CREATE INDEX news_item_search_idx ON news_item USING gin (search_vector);
CREATE INDEX news_item_rank_search_idx ON news_item USING gin (rank_vector);
CREATE INDEX news_item_title_search_idx ON news_item USING gin (title_vector);
