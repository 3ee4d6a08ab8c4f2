-- Translations: items that say the same thing in other languages share a translation group, at most one item per
-- language. A group's number comes from its own sequence and not from a member's id, so that an item leaving its
-- group and being translated again starts a new group instead of joining the old one. An item in no group has none.
CREATE SEQUENCE news_translation_group_seq;
ALTER TABLE news_item ADD COLUMN translation_group bigint;
-- One item per language in a group; the index also finds a group's items for an item's answer.
CREATE UNIQUE INDEX news_item_translation_idx ON news_item (translation_group, language)
    WHERE translation_group IS NOT NULL;
