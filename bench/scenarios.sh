# The scenarios of bench/run.sh and their parameters, chosen from the data in $BENCH_DB (sourced, not run).
# Sets MONTH, TOPIC, COUNTRY, SLUG, WORD, RARE_WORD, PHRASE (with their item counts), and per scenario
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
# Words are picked on a 2% sample (about 2000 items) and counted on all items through the GIN index:
# - the common word: the least frequent lexeme of the sample that is in at least half of all items and
#   that is a word as written (a stem like "countri" is not);
# - the rare word: in a few dozen items (words seen once in the sample);
# - the phrase: the two adjacent words (no stop word) that most summaries of the sample share.
read -r WORD WORD_ITEMS < <(bpsql -F ' ' <<SQL
SET client_min_messages = warning;
WITH sample AS (
    SELECT search_vector, body FROM news_item TABLESAMPLE SYSTEM ($SAMPLE_PCT) REPEATABLE (42)
), candidates AS (
    SELECT word FROM ts_stat('SELECT search_vector FROM news_item TABLESAMPLE SYSTEM ($SAMPLE_PCT) REPEATABLE (42)')
    WHERE ndoc >= 0.45 * (SELECT count(*) FROM sample) AND word ~ '^[a-z]{4,}$'
      AND EXISTS (SELECT 1 FROM sample WHERE body ~ ('\m' || word || '\M'))
    ORDER BY ndoc LIMIT 12
), counted AS (
    SELECT word, (SELECT count(*) FROM news_item WHERE search_vector @@ websearch_to_tsquery('english', word)) AS n
    FROM candidates
)
SELECT word, n FROM counted WHERE 2 * n >= $ITEMS ORDER BY n, word LIMIT 1;
SQL
) || true
if [[ -z ${WORD:-} ]]; then WORD=social WORD_ITEMS='?'; log "no word in half the items found; searching for '$WORD'"; fi
read -r RARE_WORD RARE_ITEMS < <(bpsql -F ' ' <<SQL
WITH sample AS (
    SELECT body FROM news_item TABLESAMPLE SYSTEM ($SAMPLE_PCT) REPEATABLE (42)
), words AS (
    SELECT w, count(*) AS c FROM sample, regexp_split_to_table(lower(body), '[^a-z]+') AS w
    WHERE length(w) >= 7 GROUP BY w
), candidates AS (
    SELECT w FROM words WHERE c = 1 ORDER BY md5(w) LIMIT 200
), counted AS (
    SELECT w, (SELECT count(*) FROM news_item WHERE search_vector @@ websearch_to_tsquery('english', w)) AS n
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
    FROM news_item TABLESAMPLE SYSTEM ($SAMPLE_PCT) REPEATABLE (42)
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
SELECT count(*) FROM news_item WHERE search_vector @@ websearch_to_tsquery('english', :'q') $filter;
SQL
}
PHRASE_ITEMS="$(phrase_count) items, $(phrase_count filtered) with the topic and the country"
log "month $MONTH, topic $TOPIC, country $COUNTRY, slug $SLUG, common word '$WORD' ($WORD_ITEMS items),"
log "  rare word '$RARE_WORD' ($RARE_ITEMS items), phrase search '$PHRASE_Q' ($PHRASE_ITEMS)"

uri() { jq -rn --arg v "$1" '$v | @uri'; }
FACETS="facets=topic,country,region,type,month,year"
NAMES=("" "month list" "topic+country filter" "region filter" "single item" "search, common word"
       "search, rare word" "facets" "page 1" "cursor 90% deep" "304 (If-None-Match)"
       "topic filter" "search, phrase+word, topic+country" "facets, common word")
PATHS=("" "/api/v1/news?month=$MONTH" "/api/v1/news?topic=$TOPIC&country=$COUNTRY" "/api/v1/news?region=asia-pacific"
       "/api/v1/news/$SLUG" "/api/v1/news?q=$WORD" "/api/v1/news?q=$RARE_WORD"
       "/api/v1/news?$FACETS" "/api/v1/news?size=20" "" "/api/v1/news?size=20"
       "/api/v1/news?topic=$TOPIC" "/api/v1/news?q=$(uri "$PHRASE_Q")&topic=$TOPIC&country=$COUNTRY"
       "/api/v1/news?q=$WORD&$FACETS")
EXPECT=("" 200 200 200 200 200 200 200 200 200 304 200 200 200)
HEADER=("" "" "" "" "" "" "" "" "" "" "" "" "" "")  # If-None-Match per scenario (only 10)
NOTE=("" "" "" "" "" "" "" "" "" "" "" "" "" "")    # why a scenario cannot run, found before its check
TARGET_RPS=("" 1500 1500 1500 3000 500 1500 500 1500 1500 "" 1500 1500 200)
TARGET_RATIO=("" 10 10 10 "" 40 "" "" 10 "" "" 10 "" "")
TARGET_P99=("" "" "" "" "" 100 "" "" "" "" "" "" "" "")
ALL_SCENARIOS=(1 2 3 4 5 6 7 8 9 10 11 12 13)
