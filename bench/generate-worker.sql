-- One loader session of bench/generate.sh: fills news_item and its link tables for ids lo..hi.
-- generate.sh runs two of these side by side (two cores) and sets the psql variables:
--   lo, hi     id range of this worker          chunk   ids per INSERT (one transaction each)
--   total      items in the whole load (N)      today   last publication day, 'YYYY-MM-DD'
--   seed       setseed() value in [-1, 1]       nsent   sentences in this worker's sentence pool
--   vocab      text[] literal, most frequent word first; nvocab its length
--   rare       text[] literal of rare words;    nrare   its length
--   frshare    percentage of items in French (0 in the default load: no French draw is made, the English data
--              is what it was before French existed)
--   vocab_fr   text[] literal of French words, most frequent first; nvocab_fr its length
--   occ_fr     text[] literal of French words each French item carries one of; nocc_fr its length
--   nsent_fr   sentences in this worker's French sentence pool (0 without French items)
-- All text is made by PostgreSQL from these words; the client sends no rows.
\set ON_ERROR_STOP on
\set QUIET on
SET synchronous_commit = off;  -- a bulk load: losing the tail on a crash only means loading again
SET jit = off;                 -- compiling these one-off plans costs more than it saves
-- The sentence look-ups below must be index probes per row, never a hash of the whole pool per item.
SET enable_hashjoin = off;
SET enable_mergejoin = off;
SELECT setseed(:seed) \g /dev/null

-- Zipf-like rank in 1..n: exp(U * ln(n + 1)) is log-uniform, so P(rank = r) ~ 1/r (the first word
-- is ~8% of all words, the 4000th appears a few hundred times in 100k items).
CREATE FUNCTION pg_temp.zipf(n int) RETURNS int LANGUAGE sql VOLATILE
    AS 'SELECT least(n, floor(exp(random() * ln(n + 1)))::int)';

-- A pool of sentences of 9..20 Zipf words; summaries and bodies are random picks from it, so every
-- body is a different mix while the pool stays cheap to build. The vocabulary is a constant array in
-- the plan (never a toasted column, which would be detoasted on every word).
CREATE TEMP TABLE sentence (id int PRIMARY KEY, txt text NOT NULL);
INSERT INTO sentence
SELECT s.id, upper(left(w.words, 1)) || substr(w.words, 2) || '.'
FROM generate_series(1, :nsent) AS s(id)
CROSS JOIN LATERAL (
    SELECT string_agg((:'vocab'::text[])[pg_temp.zipf(:nvocab)], ' ') AS words
    FROM generate_series(1, 9 + floor(random() * 12)::int + 0 * s.id)  -- "+ 0 * s.id": a new length per row
) AS w;
-- French sentences follow the English ones in the same pool (ids nsent+1..nsent+nsent_fr), made the same way
-- from the French words; with no French items there are none, and no random draw is spent on them.
INSERT INTO sentence
SELECT s.id, upper(left(w.words, 1)) || substr(w.words, 2) || '.'
FROM generate_series(:nsent + 1, :nsent + :nsent_fr) AS s(id)
CROSS JOIN LATERAL (
    SELECT string_agg((:'vocab_fr'::text[])[pg_temp.zipf(:nvocab_fr)], ' ') AS words
    FROM generate_series(1, 9 + floor(random() * 12)::int + 0 * s.id)
) AS w;
ANALYZE sentence;

-- Tag preferences: a few topics and countries are far more common than the rest (Zipf over these
-- orders), so filters have both common and rare values.
CREATE TEMP TABLE topic_rank AS
SELECT row_number() OVER (ORDER BY array_position(ARRAY['social-protection-policy', 'pensions',
        'social-health-protection', 'coverage-extension', 'employment', 'children', 'informal-economy',
        'unemployment-protection', 'covid-19', 'older-persons'], slug) NULLS LAST, slug)::int AS rank, id
FROM topic;
CREATE TEMP TABLE country_rank AS
SELECT row_number() OVER (ORDER BY array_position(ARRAY['IN', 'BR', 'ZA', 'ID', 'PH', 'KE', 'NG', 'MX',
        'VN', 'TH', 'BD', 'CN', 'EG', 'ET', 'PK', 'CO', 'JO', 'UA', 'TR', 'GH'], code) NULLS LAST, code)::int AS rank,
       code
FROM country;
ALTER TABLE topic_rank ADD PRIMARY KEY (rank);
ALTER TABLE country_rank ADD PRIMARY KEY (rank);
SELECT count(*) AS ntopics FROM topic_rank \gset
SELECT count(*) AS ncountries FROM country_rank \gset
SELECT id AS global_region FROM region WHERE slug = 'global' \gset
CREATE TEMP TABLE other_region AS
SELECT row_number() OVER (ORDER BY slug)::int AS rank, id FROM region WHERE slug <> 'global';
ALTER TABLE other_region ADD PRIMARY KEY (rank);
SELECT count(*) AS nregions FROM other_region \gset

-- The tags of a chunk are drawn first, into temp tables, so that the items can carry them (below) and
-- the link tables get the same rows.
CREATE TEMP TABLE chunk_topic (news_id bigint, topic_id bigint, PRIMARY KEY (news_id, topic_id));
CREATE TEMP TABLE chunk_country (news_id bigint, country_code varchar(2), PRIMARY KEY (news_id, country_code));
CREATE TEMP TABLE chunk_region (news_id bigint, region_id bigint, PRIMARY KEY (news_id, region_id));

-- 1..4 topics per item (35/35/20/10 %), Zipf over topic_rank; DISTINCT drops repeated draws.
PREPARE topics(bigint, bigint) AS
INSERT INTO chunk_topic (news_id, topic_id)
SELECT DISTINCT d.id, tr.id
FROM (SELECT g.id, pg_temp.zipf(:ntopics) AS rank
        FROM generate_series($1, $2) AS g(id)
        CROSS JOIN LATERAL (SELECT random() + 0 * g.id AS u) AS k
        CROSS JOIN LATERAL generate_series(1, CASE WHEN k.u < 0.35 THEN 1 WHEN k.u < 0.70 THEN 2
                                                   WHEN k.u < 0.90 THEN 3 ELSE 4 END)
      OFFSET 0) AS d
JOIN topic_rank tr ON tr.rank = d.rank;

-- 0..3 countries per item (30/40/20/10 %), Zipf over country_rank.
PREPARE countries(bigint, bigint) AS
INSERT INTO chunk_country (news_id, country_code)
SELECT DISTINCT d.id, cr.code
FROM (SELECT g.id, pg_temp.zipf(:ncountries) AS rank
        FROM generate_series($1, $2) AS g(id)
        CROSS JOIN LATERAL (SELECT random() + 0 * g.id AS u) AS k
        CROSS JOIN LATERAL generate_series(1, CASE WHEN k.u < 0.30 THEN 0 WHEN k.u < 0.70 THEN 1
                                                   WHEN k.u < 0.90 THEN 2 ELSE 3 END)
      OFFSET 0) AS d
JOIN country_rank cr ON cr.rank = d.rank;

-- About 10% of items tagged 'global' directly, and 5% with one other region directly.
PREPARE regions(bigint, bigint) AS
INSERT INTO chunk_region (news_id, region_id)
SELECT d.id, CASE WHEN d.u < 0.10 THEN :global_region ELSE orr.id END
FROM (SELECT g.id, random() AS u FROM generate_series($1, $2) AS g(id) OFFSET 0) AS d
LEFT JOIN other_region orr ON orr.rank = 1 + floor((d.u - 0.10) / 0.05 * :nregions)::int
WHERE d.u < 0.15;

-- Items of one chunk. Layer p draws each item's random choices once (OFFSET 0 keeps the planner from
-- folding it into the outer query, which would draw them again per use); the outer layer builds text.
-- The schema (V6) copies each item's tags onto the item as arrays, kept up to date by statement
-- triggers on the link tables; those triggers would rewrite every item once per link table (and
-- recompute its search vectors). So the arrays are written here with the item, the link rows are copied
-- with triggers off, and generate.sh checks afterwards, on a sample, that the schema's own triggers
-- produce exactly these rows. Without those columns (older schema) the items are inserted without them.
SELECT count(*) = 3 AS tag_arrays FROM pg_attribute
WHERE attrelid = 'news_item'::regclass AND attname IN ('topic_ids', 'country_codes', 'region_ids') AND NOT attisdropped \gset
\if :tag_arrays
\set tag_columns ', topic_ids, country_codes, region_ids'
\set tag_values ', ARRAY(SELECT ct.topic_id FROM chunk_topic ct WHERE ct.news_id = t.id ORDER BY 1), ARRAY(SELECT cc.country_code FROM chunk_country cc WHERE cc.news_id = t.id ORDER BY 1), ARRAY(SELECT cr.region_id FROM chunk_region cr WHERE cr.news_id = t.id UNION SELECT c.region_id FROM chunk_country cc JOIN country c ON c.code = cc.country_code WHERE cc.news_id = t.id AND c.region_id IS NOT NULL ORDER BY 1)'
\else
\set tag_columns ''
\set tag_values ''
\endif
-- The language column (V13); without it (older schema) the items are inserted without it, all English.
SELECT count(*) = 1 AS language_column FROM pg_attribute
WHERE attrelid = 'news_item'::regclass AND attname = 'language' AND NOT attisdropped \gset
\if :language_column
\set language_columns ', language'
\set language_values ', t.language'
\else
\set language_columns ''
\set language_values ''
\endif

PREPARE items(bigint, bigint) AS
INSERT INTO news_item (id, slug, title, summary, body, published_on, type, image_url, image_alt, image_credit,
                       created_at, updated_at :tag_columns :language_columns) OVERRIDING SYSTEM VALUE
SELECT t.id,
       -- French letters lose their accents in the slug (a no-op on English titles).
       trim(BOTH '-' FROM left(regexp_replace(translate(lower(t.title), 'àâäçéèêëîïôöùûüÿœ', 'aaaceeeeiioouuuyo'),
                                              '[^a-z0-9]+', '-', 'g'), 100)) || '-' || t.id,
       t.title, t.summary,
       -- The rare word (English) or the occasional word (French) after the first "the" or "de" of the body.
       CASE WHEN t.rare_word IS NULL THEN t.body
            WHEN t.language = 'fr' THEN regexp_replace(t.body, ' de ', ' de ' || t.rare_word || ' ')
            ELSE regexp_replace(t.body, ' the ', ' the ' || t.rare_word || ' ') END,  -- first match only
       t.published_on, t.type,
       CASE WHEN t.r_image < 0.6 THEN 'https://media.newsdesk.example/images/' || t.id || '.jpg' END,
       CASE WHEN t.r_image < 0.6 THEN t.image_alt END,
       CASE WHEN t.r_image < 0.3 THEN t.image_credit END,
       t.created_at,
       CASE WHEN t.r_update < 0.2 THEN t.created_at + t.r_update * interval '150 days' ELSE t.created_at END
       :tag_values :language_values
FROM (
    SELECT p.*,
           -- Titles skip the ten most common words, so that they read less like "The the of".
           (SELECT upper(left(x.w, 1)) || substr(x.w, 2) FROM (
                -- "+ 0 * g.n": an aggregate over outer columns only would be the outer query's
                SELECT string_agg(l.vocab[10 + pg_temp.zipf(l.nvocab - 10) + 0 * g.n], ' ') AS w
                FROM generate_series(1, p.title_words) AS g(n)) AS x) AS title,
           (SELECT string_agg(s.txt, ' ')
              FROM (SELECT l.first_sentence + floor(random() * l.nsentences)::int AS sid
                      FROM generate_series(1, 3 + 0 * p.id) OFFSET 0) AS r
              JOIN sentence s ON s.id = r.sid) AS summary,
           -- Sentences until the body reaches its drawn length, a paragraph every four sentences.
           (SELECT string_agg(b.txt, CASE WHEN b.n % 4 = 1 THEN E'\n\n' ELSE ' ' END ORDER BY b.n)
              FROM (SELECT r.n, s.txt, sum(length(s.txt) + 1) OVER (ORDER BY r.n) AS upto
                      FROM (SELECT n, l.first_sentence + floor(random() * l.nsentences)::int AS sid
                              FROM generate_series(1, p.body_len / 60 + 2) AS n OFFSET 0) AS r
                      JOIN sentence s ON s.id = r.sid) AS b
             WHERE b.upto <= p.body_len OR b.n = 1) AS body,
           (SELECT string_agg(l.vocab[pg_temp.zipf(l.nvocab) + 0 * g.n], ' ')
              FROM generate_series(1, 4 + (p.r_image * 10)::int) AS g(n)) AS image_alt,
           -- A credit line with a made-up name from the vocabulary's tail.
           '© ' || initcap(l.vocab[greatest(1, l.nvocab - floor(random() * least(2000, l.nvocab))::int)]) || ' '
                || initcap(l.vocab[greatest(1, l.nvocab - floor(random() * least(2000, l.nvocab))::int)])
                || ' / Newsdesk ' || extract(year FROM p.published_on) AS image_credit,
           p.published_on + time '08:00' + p.r_update * interval '10 hours' AS created_at
    FROM (
        SELECT g.id,
               -- Newer items have higher ids, and there are more of them per year lately: the day
               -- goes from 25 years ago (id 1) to today (id N) along a curve, with a few days of jitter.
               greatest(date :'today' - 9131, least(date :'today',
                   date :'today' - floor(9131 * power(1 - g.id::float8 / :total, 1.3))::int
                                 + floor(random() * 7)::int - 3)) AS published_on,
               CASE WHEN r.t < 0.75 THEN 'news' WHEN r.t < 0.87 THEN 'feature'
                    WHEN r.t < 0.95 THEN 'press-release' ELSE 'statement' END AS type,
               6 + floor(random() * 9)::int AS title_words,               -- 6..14 words
               1250 + floor(random() * 1800)::int AS body_len,            -- about 1 to 3 KB
               lang.language,
               -- English items: 5% carry a rare word. French items: each carries an occasional word (the
               -- random() < 0.05 draw is still made, so that English items draw as without French).
               CASE WHEN random() < 0.05 AND lang.language = 'en' THEN (:'rare'::text[])[1 + floor(random() * :nrare)::int]
                    WHEN lang.language = 'fr' THEN (:'occ_fr'::text[])[1 + floor(random() * :nocc_fr)::int] END AS rare_word,
               random() AS r_image,
               random() AS r_update
        FROM generate_series($1, $2) AS g(id)
        CROSS JOIN LATERAL (SELECT random() + 0 * g.id AS t) AS r
        -- Which items are French: a hash of the id, not a random draw, so that the English items' draws are
        -- the same whatever the share (and the share is exact over the ids, whichever worker makes them).
        CROSS JOIN LATERAL (SELECT CASE WHEN (hashint8(g.id)::bigint & 2147483647) % 100 < :frshare
                                        THEN 'fr' ELSE 'en' END AS language) AS lang
        OFFSET 0
    ) AS p
    -- The item's words: its language's vocabulary and part of the sentence pool.
    CROSS JOIN LATERAL (
        SELECT CASE WHEN p.language = 'fr' THEN :'vocab_fr'::text[] ELSE :'vocab'::text[] END AS vocab,
               CASE WHEN p.language = 'fr' THEN :nvocab_fr ELSE :nvocab END AS nvocab,
               CASE WHEN p.language = 'fr' THEN :nsent + 1 ELSE 1 END AS first_sentence,
               CASE WHEN p.language = 'fr' THEN :nsent_fr ELSE :nsent END AS nsentences
    ) AS l
) AS t;

-- Run the chunks, each statement its own transaction (psql autocommit): the statement triggers on
-- news_item update one counter row, and a long transaction would make the other worker wait on it.
-- The link rows are copied with session_replication_role = replica: no user triggers (see above) and no
-- foreign key checks, which the rows pass by construction.
SELECT format('TRUNCATE chunk_topic, chunk_country, chunk_region'),
       format('EXECUTE topics(%1$s, %2$s)', lo, hi),
       format('EXECUTE countries(%1$s, %2$s)', lo, hi),
       format('EXECUTE regions(%1$s, %2$s)', lo, hi),
       format('EXECUTE items(%1$s, %2$s)', lo, hi),
       'SET session_replication_role = replica',
       'INSERT INTO news_topic (news_id, topic_id) SELECT news_id, topic_id FROM chunk_topic',
       'INSERT INTO news_country (news_id, country_code) SELECT news_id, country_code FROM chunk_country',
       'INSERT INTO news_region (news_id, region_id) SELECT news_id, region_id FROM chunk_region',
       'RESET session_replication_role',
       format('SELECT %L || to_char(clock_timestamp(), ''HH24:MI:SS'')',
              format('worker %s: items %s..%s loaded at ', :'worker', lo, hi))
FROM (SELECT lo, least(lo + :chunk - 1, :hi) AS hi FROM generate_series(:lo, :hi, :chunk) AS lo) AS c
ORDER BY lo
\gexec
