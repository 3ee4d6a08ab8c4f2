-- Topic and region names in other languages, as admins write them: an object from ISO 639-1 code to name, such as
-- {"fr": "Retraites", "es": "Pensiones"}. The name column stays the English name, which answers fall back to.
-- Country names in other languages are not stored: they come from the JDK's CLDR data.
ALTER TABLE topic ADD COLUMN names jsonb NOT NULL DEFAULT '{}'
    CONSTRAINT topic_names_object CHECK (jsonb_typeof(names) = 'object');
ALTER TABLE region ADD COLUMN names jsonb NOT NULL DEFAULT '{}'
    CONSTRAINT region_names_object CHECK (jsonb_typeof(names) = 'object');
