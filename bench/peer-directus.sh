# The peer of bench/run.sh: Directus (a generic headless CMS over PostgreSQL) answering the equivalent of
# each scenario that has one, measured in the same run with the same wrk settings (sourced, not run).
# Its own script (PEER_SETUP, see /work/shared/peers/README.md) installs it, loads EXTRA_ITEMS generated
# items into its database and starts and stops it; its items differ from newsdesk_bench's, so the
# parameters are chosen from its own data, the same way.

PEER_DB=${PEER_DB:-directus_peer}
PEER_DIR=${PEER_DIR:-/tmp/peer-directus}
PEER_URL="http://127.0.0.1:${PEER_PORT:-8055}"
PEER_STARTED=0
ppsql() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$PEER_DB" "$@"; }
peer_script() { PEER_DIR="$PEER_DIR" DB_NAME="$PEER_DB" PORT="${PEER_PORT:-8055}" bash "$PEER_SETUP" "$@"; }

# Directus running with ITEMS generated items: started, or set up again (npm install the first time:
# minutes) when its database holds another number. Returns non-zero when that fails.
peer_ensure() {
  local have
  have=$(ppsql -c "SELECT count(*) FROM news WHERE slug LIKE 'generated-item-%'" 2>/dev/null || echo 0)
  if [[ $have != "$ITEMS" ]]; then
    log "Directus: $PEER_DB holds ${have:-0} generated items, not $ITEMS: setting it up (log: $RAW/peer-setup.log)"
    EXTRA_ITEMS=$ITEMS peer_script setup >"$RAW/peer-setup.log" 2>&1 || return 1
    PEER_STARTED=1
  elif [[ $(peer_script status) != running* ]]; then
    peer_script start >>"$RAW/peer-setup.log" 2>&1 || return 1
    PEER_STARTED=1
  fi
}

# Stops Directus if this run started it.
peer_stop() {
  ((PEER_STARTED)) && peer_script stop >>"$RAW/peer-setup.log" 2>&1 || true
  PEER_STARTED=0
}

# Parameters from Directus's data, like scenarios.sh's: the newest month with 20 items, the most used topic,
# the most used topic and country pair (its generated tags are correlated: the most used topic and the
# most used country may share no item), asia-pacific, an item from the middle of the ids, and for search=
# (ILIKE '%term%' over the string fields) a term in at least half the items and one in a few dozen.
peer_parameters() {
  local text="concat_ws(' ', slug, title, summary, image_credit)"
  P_MONTH=$(ppsql -c "SELECT to_char(published_on, 'YYYY-MM') FROM news GROUP BY 1 HAVING count(*) >= 20 ORDER BY 1 DESC LIMIT 1")
  P_MONTH_END=$(ppsql -c "SELECT to_char(date '$P_MONTH-01' + interval '1 month - 1 day', 'YYYY-MM-DD')")
  P_TOPIC=$(ppsql -c "SELECT topics_slug FROM news_topics GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
  read -r P_PAIR_TOPIC P_PAIR_COUNTRY < <(ppsql -F ' ' -c "SELECT t.topics_slug, c.countries_code
      FROM news_topics t JOIN news_countries c USING (news_id) GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT 1")
  P_REGION=$(ppsql -c "SELECT slug FROM regions ORDER BY slug <> 'asia-pacific', slug LIMIT 1")
  P_SLUG=$(ppsql -c "SELECT slug FROM news WHERE id >= (SELECT (min(id) + max(id)) / 2 FROM news) ORDER BY id LIMIT 1")
  read -r P_WORD P_WORD_ITEMS < <(ppsql -F ' ' <<SQL
WITH candidates AS (
    SELECT word FROM ts_stat(\$\$SELECT to_tsvector('simple', $text) FROM news TABLESAMPLE SYSTEM (2) REPEATABLE (42)\$\$)
    WHERE word ~ '^[a-z]{4,}$' ORDER BY ndoc LIMIT 40
), counted AS (
    SELECT word, (SELECT count(*) FROM news WHERE $text ILIKE '%' || word || '%') AS n FROM candidates
)
SELECT word, n FROM counted WHERE 2 * n >= (SELECT count(*) FROM news) ORDER BY n, word LIMIT 1;
SQL
  ) || true
  # Generated summaries carry an md5: four of its hex digits (a letter and a digit among them) are in a few dozen items.
  read -r P_RARE P_RARE_ITEMS < <(ppsql -F ' ' <<SQL
WITH candidates AS (
    SELECT DISTINCT substr(md5(g::text), 1 + g % 28, 4) AS term FROM generate_series(1, 60) g
), counted AS (
    SELECT term, (SELECT count(*) FROM news WHERE $text ILIKE '%' || term || '%') AS n
    FROM candidates WHERE term ~ '[a-f]' AND term ~ '[0-9]' LIMIT 30
)
SELECT term, n FROM counted WHERE n BETWEEN 12 AND 100 ORDER BY abs(n - 36), term LIMIT 1;
SQL
  ) || true
  local d='/items/news?' sort='sort=-published_on,-id&limit=20'
  local f='fields=id,slug,title,summary,published_on,image_credit,topics.topics_slug.slug,topics.topics_slug.name,countries.countries_code.code,countries.countries_code.name,regions.regions_slug.slug,regions.regions_slug.name'
  PEER_PATHS=("" "${d}filter[published_on][_between]=$P_MONTH-01,$P_MONTH_END&$sort&$f"
    "${d}filter[topics][topics_slug][_eq]=$P_PAIR_TOPIC&filter[countries][countries_code][_eq]=$P_PAIR_COUNTRY&$sort&$f"
    "${d}filter[_or][0][regions][regions_slug][_eq]=$P_REGION&filter[_or][1][countries][countries_code][region][_eq]=$P_REGION&$sort&$f"
    "${d}filter[slug][_eq]=$P_SLUG&limit=1&$f" "${d}search=${P_WORD:-social}&$sort&$f" "${d}search=${P_RARE:-zyzzyva}&$sort&$f"
    "" "${d}$sort&$f" "" "" "${d}filter[topics][topics_slug][_eq]=$P_TOPIC&$sort&$f" "" "")
  local i
  for i in "${!PEER_PATHS[@]}"; do PEER_PATHS[i]=$(sed 's/\[/%5B/g; s/\]/%5D/g' <<<"${PEER_PATHS[i]}"); done
  PEER_PARAMETERS="month \`$P_MONTH\`, topic \`$P_TOPIC\`, topic + country \`$P_PAIR_TOPIC\` + \`$P_PAIR_COUNTRY\` (the most used pair), region \`$P_REGION\`, item \`$P_SLUG\`, common term \`${P_WORD:-none found}\` (in ${P_WORD_ITEMS:-?} items), rare term \`${P_RARE:-none found}\` (in ${P_RARE_ITEMS:-?} items)"
  log "Directus: $PEER_PARAMETERS"
}

# Checks each equivalent once (HTTP 200 and at least one item) and records it in the scenario's meta.
peer_check() {
  local i status count
  for i in "${OK[@]}"; do
    [[ -n ${PEER_PATHS[i]:-} ]] || continue
    meta "$i" peer_path "${PEER_PATHS[i]}"
    status=$(curl -s --max-time 120 -o "$RAW/$(printf %02d "$i")-peer.body" -w '%{http_code}' "$PEER_URL${PEER_PATHS[i]}" || echo 000)
    count=$(jq -r '.data | length' "$RAW/$(printf %02d "$i")-peer.body" 2>/dev/null || echo '?')
    if [[ $status == 200 && $count =~ ^[1-9] ]]; then
      meta "$i" peer_state ok; meta "$i" peer_items "$count"
    else
      meta "$i" peer_state failed; meta "$i" peer_note "HTTP $status, $count items"
      log "Directus: scenario $i (${NAMES[$i]}) FAILED its check: HTTP $status, $count items"
    fi
  done
}

# Directus phase of run.sh: set up or start, parameters, checks, warm-up, each equivalent per connection count.
measure_peer() {
  local i c mix=()
  if ! peer_ensure; then
    log "Directus could not be set up or started (see $RAW/peer-setup.log); its columns stay empty"
    echo "peer_note=could not be set up or started (see peer-setup.log)" >>"$RAW/run.meta"
    return 0
  fi
  echo "peer_version=$(node -p "require('$PEER_DIR/node_modules/directus/package.json').version" 2>/dev/null || echo '?')" >>"$RAW/run.meta"
  peer_parameters
  peer_check
  for i in "${OK[@]}"; do [[ $(metaget "$i" peer_state) == ok ]] && mix+=("${PEER_PATHS[i]}"); done
  if ((${#mix[@]} > 0)); then
    log "Directus: warm-up, ${WARMUP}s of the mix of ${#mix[@]} equivalents"
    timeout $((WARMUP + 60)) wrk -t "$THREADS" -c "${CONNECTION_LIST[0]}" -d "${WARMUP}s" --timeout 30s -s "$BENCH_DIR/wrk-mix.lua" \
      "$PEER_URL" -- "${mix[@]}" >"$RAW/warmup-peer.wrk.txt" 2>&1 || log "Directus warm-up: wrk failed"
    wait_db_idle "$PEER_DB"
    for c in "${CONNECTION_LIST[@]}"; do
      for i in "${OK[@]}"; do
        [[ $(metaget "$i" peer_state) == ok ]] || continue
        log "Directus: scenario $i (${NAMES[$i]}), $c connections, ${DURATION}s"
        run_wrk "$PEER_URL${PEER_PATHS[i]}" "$RAW/$(printf %02d "$i")-peer-c$c.wrk.txt" "$c"
        log "  $(awk '/Requests\/sec/ { print $2 " req/s" }' "$RAW/$(printf %02d "$i")-peer-c$c.wrk.txt")"
        wait_db_idle "$PEER_DB"
      done
    done
  fi
  printf 'peer_parameters=%s\n' "$PEER_PARAMETERS" >>"$RAW/run.meta"
  peer_stop
}
