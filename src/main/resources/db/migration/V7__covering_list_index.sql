-- The list order with the tag arrays and type alongside: a filtered count or page walks this index
-- alone (index-only, checking the arrays as it goes) and stops at its LIMIT, while rare filters
-- still go through the GIN indexes. It replaces the plain (published_on, id) index.
CREATE INDEX news_item_list_idx ON news_item (published_on DESC, id DESC)
    INCLUDE (type, topic_ids, country_codes, region_ids);
DROP INDEX news_item_published_idx;
