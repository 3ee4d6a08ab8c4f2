-- Relevance in tiers: the query in the title, else in the title and summary, else in the body only; newest
-- first within a tier. Each tier is a date-ordered walk (news_item_list_idx) that stops at one page, or a
-- small bitmap from the tier's own GIN index when its words are rare there, so a top-20 never scores every
-- match: a word in most items costs the same as a rare one.
ALTER TABLE news_item ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (to_tsvector('english', title)) STORED;
ALTER TABLE news_item ALTER COLUMN title_vector SET STORAGE MAIN;
CREATE INDEX news_item_title_search_idx ON news_item USING gin (title_vector);
CREATE INDEX news_item_rank_search_idx ON news_item USING gin (rank_vector);
