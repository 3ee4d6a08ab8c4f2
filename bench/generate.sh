#!/usr/bin/env bash
# Loads N synthetic news items into the bench database (default newsdesk_bench), replacing what it held.
#   bench/generate.sh 100000
#   BENCH_DB=newsdesk_bench_fr BENCH_FRENCH_SHARE=10 bench/generate.sh 100000   # 10% of the items in French
# The schema comes from the service itself (its Flyway migrations run when it starts); the rows are made
# by PostgreSQL with generate_series in two sessions side by side (see generate-worker.sql).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

N=${1:-}
[[ $N =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 N   (number of items, e.g. 100000)" >&2; exit 2; }
# The share of items in French, in percent (words-fr.txt); 0, the default, makes the English-only data of the
# runs before it.
FRENCH_SHARE=${BENCH_FRENCH_SHARE:-0}
[[ $FRENCH_SHARE =~ ^[0-9]+$ ]] && ((FRENCH_SHARE <= 100)) \
  || { echo "BENCH_FRENCH_SHARE is a whole percentage, 0 to 100 (got '$FRENCH_SHARE')" >&2; exit 2; }
# Indexes dropped for the load are listed here until they are back: a load that was interrupted is
# finished by the next one, and run.sh regenerates while this file exists.
STATE_FILE="$BENCH_DIR/.generate-indexes.sql"
TODAY=$(date -u +%F)
START=$(date +%s)
WORK=$(mktemp -d /tmp/nd-generate.XXXXXX)
WORKER_PIDS=()

cleanup() {
  local pid
  for pid in "${WORKER_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  stop_service
  # Put dropped indexes back whatever happened; the service must never meet a schema without them.
  if [[ -f $STATE_FILE ]]; then
    log "restoring the indexes listed in $STATE_FILE"
    bpsql -f "$STATE_FILE" >/dev/null 2>&1 || log "could not restore them: run generate.sh again"
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ensure_postgres
ensure_bench_db

# 1. Schema: start the service once against the bench database so that its migrations run.
# The jar must be of the committed HEAD (run.sh builds it and says so with BENCH_SNAPSHOT_READY=1, also
# for --ref); a clone of another commit would migrate to another schema, or refuse a newer one.
if [[ ${BENCH_SNAPSHOT_READY:-} != 1 ]] && { [[ ! -f $SERVICE_JAR ]] ||
   [[ $(git -C "$SRC_SNAPSHOT" rev-parse HEAD 2>/dev/null) != "$(git -C "$REPO_DIR" rev-parse HEAD)" ]]; }; then
  build_service
fi
log "starting the service once to migrate $BENCH_DB"
start_service "$WORK/service.log"
stop_service

# 2. Vocabulary: the hand-written head (words-core.txt, most frequent first) and a tail of dictionary
#    words, shuffled with a fixed random source so that every load is the same. Rare words come from
#    the rest of the dictionary; each one is put in about 30 items so that a search for one finds a
#    few dozen.
[[ -r /usr/share/dict/words ]] || ensure_packages_file /usr/share/dict/words wamerican || true
grep -v '^#' "$BENCH_DIR/words-core.txt" | awk 'NF && !seen[$0]++' >"$WORK/core.txt"
fixed_shuffle() { shuf --random-source=<(yes newsdesk); }
if [[ -r /usr/share/dict/words ]]; then
  grep -E '^[a-z]{3,12}$' /usr/share/dict/words | grep -vxF -f "$WORK/core.txt" >"$WORK/dict.txt" || true
  awk 'NR % 13 == 1 && ++n <= 4000' "$WORK/dict.txt" | fixed_shuffle >"$WORK/tail.txt"
  awk 'NR % 13 != 1 && length($0) >= 6' "$WORK/dict.txt" | awk 'NR % 5 == 2' | fixed_shuffle >"$WORK/rare-pool.txt"
else
  # No dictionary (no package registry): the head alone, and made-up compounds of it as rare words.
  log "no /usr/share/dict/words: using the built-in word list only"
  : >"$WORK/tail.txt"
  awk 'length($0) >= 5 { w[n++] = $0 } END { for (i = 0; i < n; i++) for (j = n - 1; j > i; j -= 7) print w[i] w[j] }' \
    "$WORK/core.txt" | fixed_shuffle >"$WORK/rare-pool.txt"
fi
cat "$WORK/core.txt" "$WORK/tail.txt" >"$WORK/vocab.txt"
NVOCAB=$(wc -l <"$WORK/vocab.txt")
NRARE=$(( N / 600 > 20 ? N / 600 : 20 ))   # 5% of items carry one rare word: N * 0.05 / 30 words
head -n "$NRARE" "$WORK/rare-pool.txt" >"$WORK/rare.txt"
NRARE=$(wc -l <"$WORK/rare.txt")
as_array() { printf '{%s}' "$(paste -sd, "$1")"; }
log "vocabulary: $NVOCAB words ($(wc -l <"$WORK/core.txt") hand-written), $NRARE rare words"
# French: the hand-written list alone (no French dictionary is assumed), Zipf over its head; the words after its
# "# occasional" line are each put in a few percent of the French items instead.
awk '/^# occasional/ { occasional = 1 } /^#/ || !NF { next } !seen[$0]++ { print > (occasional ? OCC : HEAD) }' \
  HEAD="$WORK/fr.txt" OCC="$WORK/fr-occasional.txt" "$BENCH_DIR/words-fr.txt"
NVOCAB_FR=$(wc -l <"$WORK/fr.txt") NOCC_FR=$(wc -l <"$WORK/fr-occasional.txt")
if ((FRENCH_SHARE > 0)); then
  log "French: $FRENCH_SHARE% of the items, $NVOCAB_FR words and $NOCC_FR occasional ones"
  bpsql -c "SELECT 1 FROM pg_attribute WHERE attrelid = 'news_item'::regclass AND attname = 'language'" | grep -q 1 \
    || die "BENCH_FRENCH_SHARE needs a schema with news_item.language (V13)"
fi

# 3. Empty the tables and drop their secondary indexes (rebuilt in bulk afterwards, much faster than
#    maintaining them row by row, GIN above all). Constraint indexes (primary keys, unique slug) stay.
bpsql >"$WORK/indexes.sql" <<'SQL'
SELECT regexp_replace(pg_get_indexdef(i.indexrelid), '^CREATE (UNIQUE )?INDEX ', 'CREATE \1INDEX IF NOT EXISTS ') || ';'
FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
WHERE t.relnamespace = 'public'::regnamespace
  AND t.relname IN ('news_item', 'news_topic', 'news_country', 'news_region')
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
ORDER BY 1;
SQL
[[ -f $STATE_FILE ]] && cat "$STATE_FILE" >>"$WORK/indexes.sql"
sort -u "$WORK/indexes.sql" >"$STATE_FILE"
log "loading $N items; secondary indexes rebuilt afterwards: $(grep -o 'EXISTS [a-z_]*' "$STATE_FILE" | cut -d' ' -f2 | paste -sd' ')"
bpsql <<'SQL'
TRUNCATE news_item CASCADE;
DO $$
DECLARE
    index_name text;
BEGIN
    FOR index_name IN
        SELECT i.indexrelid::regclass::text
        FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
        WHERE t.relnamespace = 'public'::regnamespace
          AND t.relname IN ('news_item', 'news_topic', 'news_country', 'news_region')
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
    LOOP
        EXECUTE 'DROP INDEX ' || index_name;
    END LOOP;
END;
$$;
SQL

# 4. Two loader sessions, one per core, each with its own half of the ids and its own seed.
LOAD_START=$(date +%s)
HALF=$(( (N + 1) / 2 ))
CHUNK=$(( N / 40 > 5000 ? N / 40 : 5000 ))
NSENT=$(( N / 10 > 100000 ? 100000 : (N / 10 < 20000 ? 20000 : N / 10) ))
# The French pool in proportion to the French items, at least 5000 sentences; none without French items.
NSENT_FR=$(( FRENCH_SHARE == 0 ? 0 : (NSENT * FRENCH_SHARE / 100 < 5000 ? 5000 : NSENT * FRENCH_SHARE / 100) ))
run_worker() {  # worker lo hi seed
  timeout 3h psql -X -At -d "$BENCH_DB" -v worker="$1" -v lo="$2" -v hi="$3" -v seed="$4" \
    -v total="$N" -v chunk="$CHUNK" -v today="$TODAY" -v nsent="$NSENT" \
    -v vocab="$(as_array "$WORK/vocab.txt")" -v nvocab="$NVOCAB" \
    -v rare="$(as_array "$WORK/rare.txt")" -v nrare="$NRARE" \
    -v frshare="$FRENCH_SHARE" -v nsent_fr="$NSENT_FR" \
    -v vocab_fr="$(as_array "$WORK/fr.txt")" -v nvocab_fr="$NVOCAB_FR" \
    -v occ_fr="$(as_array "$WORK/fr-occasional.txt")" -v nocc_fr="$NOCC_FR" \
    -f "$BENCH_DIR/generate-worker.sql"
}
run_worker 1 1 "$HALF" 0.42 >&2 &
WORKER_PIDS+=($!)
if ((N > HALF)); then
  run_worker 2 $((HALF + 1)) "$N" -0.17 >&2 &
  WORKER_PIDS+=($!)
fi
for pid in "${WORKER_PIDS[@]}"; do wait "$pid" || die "a loader session failed"; done
WORKER_PIDS=()
log "rows loaded in $(( $(date +%s) - LOAD_START )) s"

# 5. The link rows were copied with triggers off and the items written with what those triggers derive
#    from them (generate-worker.sql). Check on a sample that the schema's own triggers agree: fire them with
#    a no-op update of the sample's link rows and compare the items, then roll back. If they do not (the
#    schema derives something else now), fire them for every item, and VACUUM FULL away the old row versions.
MISMATCHES=$(bpsql <<'SQL' | tail -n 1
BEGIN;
CREATE TEMP TABLE check_ids AS SELECT id FROM news_item ORDER BY random() LIMIT 300;
CREATE TEMP TABLE check_before AS SELECT n.id, to_jsonb(n) AS row FROM news_item n JOIN check_ids USING (id);
UPDATE news_topic SET topic_id = topic_id WHERE news_id IN (SELECT id FROM check_ids);
UPDATE news_country SET country_code = country_code WHERE news_id IN (SELECT id FROM check_ids);
UPDATE news_region SET region_id = region_id WHERE news_id IN (SELECT id FROM check_ids);
SELECT count(*) FROM check_before b JOIN news_item n ON n.id = b.id WHERE to_jsonb(n) <> b.row;
ROLLBACK;
SQL
)
if [[ $MISMATCHES != 0 ]]; then
  log "$MISMATCHES of 300 sampled items differ from what the link-table triggers make: firing them for all items"
  REPAIR_START=$(date +%s)
  timeout 3h psql -X -q -v ON_ERROR_STOP=1 -d "$BENCH_DB" <<'SQL'
UPDATE news_topic SET topic_id = topic_id;
UPDATE news_country SET country_code = country_code;
UPDATE news_region SET region_id = region_id;
VACUUM FULL news_item;
SQL
  log "items brought in line with the triggers in $(( $(date +%s) - REPAIR_START )) s"
else
  log "the schema's link-table triggers agree with the loaded items (300 sampled)"
fi

# The facet counts (V10) followed the items through news_item's triggers, which the load leaves on; they are
# made anew all the same, since the link rows went in with triggers off (a schema before V10 has none).
if [[ $(bpsql -c "SELECT to_regproc('refresh_news_facet_counts') IS NOT NULL") == t ]]; then
  FACETS_START=$(date +%s)
  bpsql -c "SELECT refresh_news_facet_counts()" >/dev/null
  bpsql -c "VACUUM ANALYZE news_facet_count"
  log "facet counts made anew in $(( $(date +%s) - FACETS_START )) s"
fi

# 6. Identity past the loaded ids (rows were inserted with explicit ids); indexes back, the GIN one in
#    its own session beside the others; then VACUUM so that index-only scans work, and ANALYZE.
bpsql -c "SELECT setval(pg_get_serial_sequence('news_item', 'id'), $N)" >/dev/null
INDEX_START=$(date +%s)
grep -i 'using gin' "$STATE_FILE" >"$WORK/gin.sql" || true
grep -vi 'using gin' "$STATE_FILE" >"$WORK/btree.sql" || true
build_indexes() { timeout 2h psql -X -q -v ON_ERROR_STOP=1 -d "$BENCH_DB" -c "SET maintenance_work_mem = '2GB'" -f "$1"; }
build_indexes "$WORK/gin.sql" & WORKER_PIDS+=($!)
build_indexes "$WORK/btree.sql" & WORKER_PIDS+=($!)
for pid in "${WORKER_PIDS[@]}"; do wait "$pid" || die "an index build failed"; done
WORKER_PIDS=()
rm -f "$STATE_FILE"
log "indexes built in $(( $(date +%s) - INDEX_START )) s"
VACUUM_START=$(date +%s)
timeout 2h vacuumdb -q -j 2 --analyze -d "$BENCH_DB" -t news_item -t news_topic -t news_country -t news_region
log "vacuum and analyze in $(( $(date +%s) - VACUUM_START )) s"

bpsql -F ' ' <<'SQL'
SELECT 'items ' || count(*) || ', from ' || min(published_on) || ' to ' || max(published_on) FROM news_item;
SELECT 'topic links ' || (SELECT count(*) FROM news_topic) || ', country links ' || (SELECT count(*) FROM news_country)
    || ', region links ' || (SELECT count(*) FROM news_region);
SELECT 'average body ' || round(avg(octet_length(body))) || ' bytes, with image credit ' || round(100.0 * count(image_credit) / count(*)) || '%'
FROM news_item;
SELECT 'database size ' || pg_size_pretty(pg_database_size(current_database()));
SQL
if ((FRENCH_SHARE > 0)); then
  bpsql -F ' ' -c "SELECT 'items per language: ' || string_agg(language || ' ' || n, ', ' ORDER BY n DESC)
                   FROM (SELECT language, count(*) AS n FROM news_item GROUP BY 1) AS l"
fi
log "generated $N items in $(( $(date +%s) - START )) s"
