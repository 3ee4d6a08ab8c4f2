-- Newsdesk schema. Changed only through new migrations; Hibernate validates against it.

CREATE TABLE region (
    id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug varchar(64)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name varchar(128) NOT NULL
);

CREATE TABLE country (
    code      varchar(2)   PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    name      varchar(128) NOT NULL,
    region_id bigint REFERENCES region (id)
);
-- Serves "items in a region through one of their countries".
CREATE INDEX country_region_idx ON country (region_id, code);

CREATE TABLE topic (
    id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug varchar(64)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name varchar(128) NOT NULL
);

CREATE TABLE news_item (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug         varchar(120)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title        varchar(300)  NOT NULL,
    summary      varchar(2000) NOT NULL,
    body         text,
    published_on date          NOT NULL,
    type         varchar(20)   NOT NULL DEFAULT 'news'
                 CHECK (type IN ('news', 'feature', 'press-release', 'statement')),
    image_url    varchar(2048),
    image_alt    varchar(300),
    image_credit varchar(300),
    created_at   timestamptz   NOT NULL DEFAULT now(),
    updated_at   timestamptz   NOT NULL DEFAULT now()
);
-- The default order (newest first, ties by id) and every date filter.
CREATE INDEX news_item_published_idx ON news_item (published_on DESC, id DESC);
CREATE INDEX news_item_type_published_idx ON news_item (type, published_on DESC, id DESC);

-- Tag links: the primary key serves "tags of these items", the second index serves the filter.
CREATE TABLE news_topic (
    news_id  bigint NOT NULL REFERENCES news_item (id) ON DELETE CASCADE,
    topic_id bigint NOT NULL REFERENCES topic (id),
    PRIMARY KEY (news_id, topic_id)
);
CREATE INDEX news_topic_topic_idx ON news_topic (topic_id, news_id);

CREATE TABLE news_country (
    news_id      bigint     NOT NULL REFERENCES news_item (id) ON DELETE CASCADE,
    country_code varchar(2) NOT NULL REFERENCES country (code),
    PRIMARY KEY (news_id, country_code)
);
CREATE INDEX news_country_country_idx ON news_country (country_code, news_id);

-- Regions tagged directly on an item; regions implied by its countries are derived through country.region_id.
CREATE TABLE news_region (
    news_id   bigint NOT NULL REFERENCES news_item (id) ON DELETE CASCADE,
    region_id bigint NOT NULL REFERENCES region (id),
    PRIMARY KEY (news_id, region_id)
);
CREATE INDEX news_region_region_idx ON news_region (region_id, news_id);
