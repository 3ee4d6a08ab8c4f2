-- Every item's language: the primary tag of BCP 47, an ISO 639-1 code in lower case (en, fr, es, ...). The service
-- checks the code against the JDK's list of ISO 639 languages; the CHECK keeps anything else out of the table.
-- Items written before languages existed, and the sample content, are English. A column with a constant default is
-- added without rewriting the table.
ALTER TABLE news_item ADD COLUMN language varchar(2) NOT NULL DEFAULT 'en'
    CONSTRAINT news_item_language_check CHECK (language ~ '^[a-z]{2}$');

-- The lang filter: one language's items in list order straight from this index, whether the language is common or
-- rare (walking the list index for a rare one would read every item).
CREATE INDEX news_item_language_idx ON news_item (language, published_on DESC, id DESC);
