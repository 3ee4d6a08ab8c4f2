# The scenarios of bench/run.sh and their parameters, chosen from the data in $BENCH_DB (sourced, not run).
# Sets MONTH, TOPIC, COUNTRY, SLUG, WORD, RARE_WORD, PHRASE, FR_WORD (with their item counts), and per scenario
# NAMES, PATHS, EXPECT, HEADER, NOTE and the issue's targets at 100k items without the response cache:
# TARGET_RPS (req/s at least), TARGET_RATIO (times the peer's equivalent at least), TARGET_P99 (ms at most).

# A recent complete month with items, the most common topic and country, an item from the middle of the ids.
MONTH=$(bpsql -c "SELECT to_char(published_on, 'YYYY-MM') FROM news_item
                  WHERE published_on < date_trunc('month', current_date) GROUP BY 1 HAVING count(*) >= 20
                  ORDER BY 1 DESC LIMIT 1")
MONTH_ITEMS=$(bpsql -c "SELECT count(*) FROM news_item WHERE to_char(published_on, 'YYYY-MM') = '$MONTH'")
TOPIC=$(bpsql -c "SELECT t.slug FROM news_topic nt JOIN topic t ON t.id = nt.topic_id GROUP BY t.slug ORDER BY count(*) DESC LIMIT 1")
COUNTRY=$(bpsql -c "SELECT country_code FROM news_country GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
SLUG=$(bpsql -c "SELECT slug FROM news_item WHERE id >= (SELECT (min(id) + max(id)) / 2 FROM news_item) ORDER BY id LIMIT 1")
SAMPLE_PCT=$(awk -v n="$ITEMS" 'BEGIN { p = 200000 / n; if (p > 100) p = 100; if (p < 0.05) p = 0.05; print p }')
# The English words are chosen among the English items and counted there (the search's English condition is bound
# to them); on English-only data that is every item. A schema before V13 has no language: every item is English.
if [[ $(bpsql -c "SELECT count(*) FROM pg_attribute WHERE attrelid = 'news_item'::regclass AND attname = 'language'") == 1 ]]; then
  EN="language = 'en'"
  FR_ITEMS=$(bpsql -c "SELECT count(*) FROM news_item WHERE language = 'fr'")
else
  EN=true FR_ITEMS=0
fi
EN_ITEMS=$(bpsql -c "SELECT count(*) FROM news_item WHERE $EN")
EN_QUOTED=${EN//"'"/"''"}  # inside ts_stat's query string
# Words are picked on a 2% sample (about 2000 items) and counted on all items through the GIN index:
# - the common word: the least frequent lexeme of the sample that is in at least half of all items and
#   that is a word as written (a stem like "countri" is not);
# - the rare word: in a few dozen items (words seen once in the sample);
# - the phrase: the two adjacent words (no stop word) that most summaries of the sample share.
read -r WORD WORD_ITEMS < <(bpsql -F ' ' <<SQL
SET client_min_messages = warning;
WITH sample AS (
    SELECT search_vector, body FROM news_item TABLESAMPLE SYSTEM ($SAMPLE_PCT) REPEATABLE (42) WHERE $EN
), candidates AS (
    SELECT word FROM ts_stat('SELECT search_vector FROM news_item TABLESAMPLE SYSTEM ($SAMPLE_PCT) REPEATABLE (42)
                              WHERE $EN_QUOTED')
    WHERE ndoc >= 0.45 * (SELECT count(*) FROM sample) AND word ~ '^[a-z]{4,}$'
      AND EXISTS (SELECT 1 FROM sample WHERE body ~ ('\m' || word || '\M'))
    ORDER BY ndoc LIMIT 12
), counted AS (
    SELECT word, (SELECT count(*) FROM news_item WHERE $EN AND search_vector @@ websearch_to_tsquery('english', word)) AS n
    FROM candidates
)
SELECT word, n FROM counted WHERE 2 * n >= $EN_ITEMS ORDER BY n, word LIMIT 1;
SQL
) || true
if [[ -z ${WORD:-} ]]; then WORD=social WORD_ITEMS='?'; log "no word in half the items found; searching for '$WORD'"; fi
read -r RARE_WORD RARE_ITEMS < <(bpsql -F ' ' <<SQL
WITH sample AS (
    SELECT body FROM news_item TABLESAMPLE SYSTEM ($SAMPLE_PCT) REPEATABLE (42) WHERE $EN
), words AS (
    SELECT w, count(*) AS c FROM sample, regexp_split_to_table(lower(body), '[^a-z]+') AS w
    WHERE length(w) >= 7 GROUP BY w
), candidates AS (
    SELECT w FROM words WHERE c = 1 ORDER BY md5(w) LIMIT 200
), counted AS (
    SELECT w, (SELECT count(*) FROM news_item WHERE $EN AND search_vector @@ websearch_to_tsquery('english', w)) AS n
    FROM candidates
)
SELECT w, n FROM counted WHERE n BETWEEN 12 AND 100 ORDER BY abs(n - 36), w LIMIT 1;
SQL
) || true
if [[ -z ${RARE_WORD:-} ]]; then RARE_WORD=zyzzyva RARE_ITEMS=0; log "no word in 12..100 items found; searching for '$RARE_WORD'"; fi
PHRASE=$(bpsql <<SQL
SET client_min_messages = warning;
WITH words AS (
    SELECT id, regexp_split_to_array(lower(summary), '[^a-z]+') AS a
    FROM news_item TABLESAMPLE SYSTEM ($SAMPLE_PCT) REPEATABLE (42) WHERE $EN
), pairs AS (
    SELECT id, a[i] || ' ' || a[i + 1] AS pair FROM words, generate_subscripts(a, 1) AS i
    WHERE length(a[i]) >= 4 AND length(a[i + 1]) >= 4
)
SELECT pair FROM pairs WHERE numnode(plainto_tsquery('english', pair)) = 3  -- two lexemes, no stop word
GROUP BY pair ORDER BY count(DISTINCT id) DESC, pair LIMIT 1;
SQL
) || true
PHRASE=${PHRASE:-social protection}
PHRASE_Q="\"$PHRASE\" $WORD"
phrase_count() {  # items matching the phrase search, with the topic and country filters when given "filtered"
  local filter=""
  [[ ${1:-} == filtered ]] && filter="AND id IN (SELECT news_id FROM news_topic nt JOIN topic t ON t.id = nt.topic_id WHERE t.slug = '$TOPIC')
                                         AND id IN (SELECT news_id FROM news_country WHERE country_code = '$COUNTRY')"
  bpsql -v q="$PHRASE_Q" <<SQL
SELECT count(*) FROM news_item WHERE $EN AND search_vector @@ websearch_to_tsquery('english', :'q') $filter;
SQL
}
PHRASE_ITEMS="$(phrase_count) items, $(phrase_count filtered) with the topic and the country"

# French (scenarios 14 to 16, when the data has French items, BENCH_FRENCH_SHARE): a word in a few percent of the
# French items (about 3%), asked for in another form than the one written, so that the French stemmer has to join
# them: the lexemes in 1% to 6% of a sample of the French items (ts_stat), the words of the sample that stem to one,
# and of each such word its plural (or its singular, "-al" <-> "-aux") when that stems the same and is written in
# none of the sample's items; counted on all French items with the search's French condition.
FR_WORD="" FR_WORD_ITEMS=0 FR_WORD_STORED=""
if ((FR_ITEMS > 0)); then
  # About 2000 French items in the sample, as for the English words.
  FR_SAMPLE_PCT=$(awk -v fr="$FR_ITEMS" 'BEGIN { p = 200000 / fr; if (p > 100) p = 100; print p }')
  read -r FR_WORD FR_WORD_STORED FR_WORD_ITEMS < <(bpsql -F ' ' <<SQL
SET client_min_messages = warning;
WITH sample AS (
    SELECT body FROM news_item TABLESAMPLE SYSTEM ($FR_SAMPLE_PCT) REPEATABLE (42) WHERE language = 'fr'
), lexemes AS (
    SELECT word AS lexeme FROM ts_stat('SELECT search_vector FROM news_item TABLESAMPLE SYSTEM ($FR_SAMPLE_PCT) REPEATABLE (42)
                                        WHERE language = ''fr''')
    WHERE ndoc BETWEEN 0.01 * (SELECT count(*) FROM sample) AND 0.06 * (SELECT count(*) FROM sample)
), written AS (
    SELECT DISTINCT w FROM sample, regexp_split_to_table(lower(body), '[^a-zàâäçéèêëîïôöùûüÿœ]+') AS w WHERE length(w) >= 4
), variants AS (
    SELECT l.lexeme, w.w AS stored,
           CASE WHEN w.w ~ 'al\$' THEN regexp_replace(w.w, 'al\$', 'aux') WHEN w.w ~ 'aux\$' THEN regexp_replace(w.w, 'aux\$', 'al')
                WHEN w.w ~ '[sx]\$' THEN left(w.w, -1) ELSE w.w || 's' END AS query
    FROM written w JOIN lexemes l ON ts_lexize('french_stem', w.w) = ARRAY[l.lexeme]
), counted AS (
    SELECT query, stored,
           (SELECT count(*) FROM news_item WHERE language = 'fr' AND search_vector @@ websearch_to_tsquery('french', query)) AS n
    FROM variants
    WHERE ts_lexize('french_stem', query) = ARRAY[lexeme] AND query NOT IN (SELECT w FROM written)
)
SELECT query, stored, n FROM counted WHERE n BETWEEN 0.01 * $FR_ITEMS AND 0.06 * $FR_ITEMS
ORDER BY abs(n - 0.03 * $FR_ITEMS), query LIMIT 1;
SQL
  ) || true
  if [[ -z ${FR_WORD:-} ]]; then FR_WORD=cotisations FR_WORD_ITEMS='?'; log "no French word in a few % of the French items found; searching for '$FR_WORD'"; fi
  # The common word's other branch: the French items it matches when parsed in French (a search without lang).
  FR_COMMON_ITEMS=$(bpsql -v q="$WORD" <<'SQL'
SELECT count(*) FROM news_item WHERE language = 'fr' AND search_vector @@ websearch_to_tsquery('french', :'q');
SQL
)
fi
log "month $MONTH, topic $TOPIC, country $COUNTRY, slug $SLUG, common word '$WORD' ($WORD_ITEMS English items),"
log "  rare word '$RARE_WORD' ($RARE_ITEMS items), phrase search '$PHRASE_Q' ($PHRASE_ITEMS)"
((FR_ITEMS == 0)) || log "  $FR_ITEMS French items, French word '$FR_WORD' (written '$FR_WORD_STORED', in $FR_WORD_ITEMS French items)"

uri() { jq -rn --arg v "$1" '$v | @uri'; }
FACETS="facets=topic,country,region,type,month,year"
NAMES=("" "month list" "topic+country filter" "region filter" "single item" "search, common word"
       "search, rare word" "facets" "page 1" "cursor 90% deep" "304 (If-None-Match)"
       "topic filter" "search, phrase+word, topic+country" "facets, common word"
       "lang=fr list" "French word, lang=fr" "common word, mixed languages")
PATHS=("" "/api/v1/news?month=$MONTH" "/api/v1/news?topic=$TOPIC&country=$COUNTRY" "/api/v1/news?region=asia-pacific"
       "/api/v1/news/$SLUG" "/api/v1/news?q=$WORD" "/api/v1/news?q=$RARE_WORD"
       "/api/v1/news?$FACETS" "/api/v1/news?size=20" "" "/api/v1/news?size=20"
       "/api/v1/news?topic=$TOPIC" "/api/v1/news?q=$(uri "$PHRASE_Q")&topic=$TOPIC&country=$COUNTRY"
       "/api/v1/news?q=$WORD&$FACETS"
       "/api/v1/news?lang=fr" "/api/v1/news?q=$(uri "$FR_WORD")&lang=fr" "/api/v1/news?q=$WORD")
EXPECT=("" 200 200 200 200 200 200 200 200 200 304 200 200 200 200 200 200)
HEADER=("" "" "" "" "" "" "" "" "" "" "" "" "" "" "" "" "")  # If-None-Match per scenario (only 10)
NOTE=("" "" "" "" "" "" "" "" "" "" "" "" "" "" "" "" "")    # why a scenario cannot run, found before its check
# 16 is scenario 5's request: on data with French items it is parsed in English and in French (two conditions),
# which is what it measures; on English-only data it would be scenario 5 again, so it is not run there.
if ((FR_ITEMS == 0)); then
  for i in 14 15 16; do NOTE[i]="no French items in $BENCH_DB (generate it with BENCH_FRENCH_SHARE)"; done
fi
# Issue 14's targets; issue 15 set none of its own for the French scenarios ("within the benchmark's figures").
TARGET_RPS=("" 1500 1500 1500 3000 500 1500 500 1500 1500 "" 1500 1500 200 "" "" "")
TARGET_RATIO=("" 10 10 10 "" 40 "" "" 10 "" "" 10 "" "" "" "" "")
TARGET_P99=("" "" "" "" "" 100 "" "" "" "" "" "" "" "" "" "" "")
ALL_SCENARIOS=(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16)
