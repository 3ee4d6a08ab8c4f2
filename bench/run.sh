#!/usr/bin/env bash
# Newsdesk benchmark: one command, loopback only.
#   bench/run.sh [--items N] [--duration S] [--connections C[,C...]] [--threads T] [--warmup S]
#                [--response-cache both|on|off] [--peer directus|none] [--scenarios N[,N...]] [--ref COMMIT]
# Builds the committed code, makes sure newsdesk_bench holds N items, then for each scenario measures the
# service with wrk, two ceilings: nginx serving the same bytes (HTTP) and pgbench running the same SQL
# (database), and the peer (Directus, with N items of its own) on its equivalent query, all in one run.
# Writes bench/results/<date>-<n>.md and the raw outputs to bench/results/raw-<date>-<n>/.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/peer-directus.sh"

ITEMS=100000 DURATION=20 CONNECTIONS=16 THREADS=2 WARMUP=10 REF=HEAD SCENARIO_LIST=""
# The peer is measured when its setup script is there (each extra connection count doubles the run time).
PEER_SETUP=${PEER_SETUP:-/work/shared/peers/directus-setup.sh}
PEER=none
[[ -f $PEER_SETUP ]] && PEER=directus
# The service keeps whole answers in memory (RESPONSE_CACHE, on by default): it is measured as configured
# ("cached": wrk repeats one URL, so nearly every answer comes from memory) and with that cache off
# ("uncached": every request runs its SQL, the case the database ceiling is about).
CACHE_MODES=(cached uncached)
usage() { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while (($#)); do
  case $1 in
    --items) ITEMS=${2:-}; shift 2 ;;
    --duration) DURATION=${2:-}; shift 2 ;;
    --connections) CONNECTIONS=${2:-}; shift 2 ;;
    --threads) THREADS=${2:-}; shift 2 ;;
    --warmup) WARMUP=${2:-}; shift 2 ;;
    --response-cache)
      case ${2:-} in
        both) CACHE_MODES=(cached uncached) ;; on) CACHE_MODES=(cached) ;; off) CACHE_MODES=(uncached) ;;
        *) echo "--response-cache takes both, on or off" >&2; exit 2 ;;
      esac
      shift 2 ;;
    --peer)
      case ${2:-} in directus | none) PEER=$2 ;; *) echo "--peer takes directus or none" >&2; exit 2 ;; esac
      shift 2 ;;
    --scenarios) SCENARIO_LIST=${2:-}; shift 2 ;;  # a subset, e.g. for a quick check
    --ref) REF=${2:-}; shift 2 ;;  # another commit than HEAD, e.g. to compare
    -h | --help) usage 0 ;;
    *) echo "unknown option: $1" >&2; usage 2 ;;
  esac
done
IFS=, read -r -a CONNECTION_LIST <<<"$CONNECTIONS"
for value in "$ITEMS" "$DURATION" "${CONNECTION_LIST[@]}" "$THREADS" "$WARMUP"; do
  [[ $value =~ ^[1-9][0-9]*$ ]] || { echo "options take positive whole numbers (got '$value')" >&2; exit 2; }
done
for value in "${CONNECTION_LIST[@]}"; do ((value >= THREADS)) || die "wrk needs at least as many connections as threads"; done
[[ $PEER == none || -f $PEER_SETUP ]] || die "--peer directus needs its setup script at $PEER_SETUP (or set PEER_SETUP)"

NGINX_PORT=${NGINX_PORT:-8091}
RUN_START=$(date +%s)
DAY=$(date -u +%F)
RESULTS="$BENCH_DIR/results"
mkdir -p "$RESULTS"
SEQ=1
while [[ -e $RESULTS/$DAY-$SEQ.md || -e $RESULTS/raw-$DAY-$SEQ ]] && ((SEQ < 1000)); do SEQ=$((SEQ + 1)); done
OUT="$RESULTS/$DAY-$SEQ.md"
RAW="$RESULTS/raw-$DAY-$SEQ"
mkdir -p "$RAW"
TMP=$(mktemp -d /tmp/nd-bench.XXXXXX)
chmod 755 "$TMP"  # nginx workers (not root) read the bodies from here
NGINX_PID="" LOGGING_ON=0

cleanup() {
  if [[ -n $NGINX_PID ]]; then kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; fi
  stop_service
  [[ $PEER == none ]] || peer_stop
  # The statement log is for one capture only; never leave it on for the bench database.
  if ((LOGGING_ON)); then mpsql -c "ALTER DATABASE $BENCH_DB RESET log_min_duration_statement" || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1. Prerequisites, build, data ---------------------------------------------------------------------
ensure_packages wrk:wrk nginx:nginx curl:curl jq:jq python3:python3 psql:postgresql-client
command -v pgbench >/dev/null || die "pgbench is missing (it comes with the PostgreSQL server package, postgresql-15)"
ensure_postgres
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
BUILD_LOG="$RAW/build.log" build_service "$REF"
ensure_bench_db
HAVE=$(bpsql -c "SELECT count(*) FROM news_item" 2>/dev/null || echo 0)
# The share of French items asked for (BENCH_FRENCH_SHARE, percent, default 0) and the one the data has (0 for a
# schema without languages).
FRENCH_SHARE=${BENCH_FRENCH_SHARE:-0}
HAVE_FRENCH=$(bpsql -c "SELECT round(100.0 * count(*) FILTER (WHERE language = 'fr') / greatest(count(*), 1)) FROM news_item" \
                2>/dev/null || echo 0)
if [[ $HAVE != "$ITEMS" || $HAVE_FRENCH != "$FRENCH_SHARE" || -f $BENCH_DIR/.generate-indexes.sql ]]; then
  log "$BENCH_DB holds ${HAVE:-0} items (${HAVE_FRENCH:-0}% French), not $ITEMS ($FRENCH_SHARE% French): generating"
  BENCH_SNAPSHOT_READY=1 "$BENCH_DIR/generate.sh" "$ITEMS" 2>&1 | tee "$RAW/generate.log" >&2
fi

# Where this cluster's server log is (Debian: /var/log/postgresql/postgresql-15-main.log).
if [[ $(bpsql -c "SHOW logging_collector") == on ]]; then
  PG_LOG="$(bpsql -c "SHOW data_directory")/$(bpsql -c "SELECT pg_current_logfile()")"
else
  PG_LOG=$(pg_lsclusters -h 2>/dev/null | awk -v port="$PGPORT" '$3 == port { print $7; exit }')
  PG_LOG=${PG_LOG:-/var/log/postgresql/postgresql-15-main.log}
fi
[[ -r $PG_LOG ]] || die "cannot read the PostgreSQL log $PG_LOG"

# --- 2. Scenarios and their parameters, from the data ------------------------------------------------------
source "$BENCH_DIR/scenarios.sh"
SCENARIOS=("${ALL_SCENARIOS[@]}")
if [[ -n $SCENARIO_LIST ]]; then
  IFS=, read -r -a SCENARIOS <<<"$SCENARIO_LIST"
  for i in "${SCENARIOS[@]}"; do [[ $i =~ ^[0-9]+$ && -n ${NAMES[i]:-} ]] || die "no scenario $i (1 to ${#ALL_SCENARIOS[@]})"; done
fi
selected() { [[ " ${SCENARIOS[*]} " == *" $1 "* ]]; }
meta() { printf '%s=%s\n' "$2" "$3" >>"$RAW/$(printf %02d "$1").meta"; }
metaget() { sed -n "s/^$2=//p" "$RAW/$(printf %02d "$1").meta" | tail -n 1; }

# --- 3. Capture: each scenario checked once, then its SQL taken from the PostgreSQL log --------------------
# log_min_duration_statement applies when a connection opens, so the setting goes on before a service
# instance that is used for the checks and captures only, and is reset before the measured instance starts.
# That instance runs without its response cache (RESPONSE_CACHE=false), so that every request shows the
# statements it costs when it is not answered from memory.
mpsql -c "ALTER DATABASE $BENCH_DB SET log_min_duration_statement = 0"
LOGGING_ON=1
log "capture instance: statement logging on for $BENCH_DB, response cache off"
CAPTURE_LOG_START=$(stat -c %s "$PG_LOG")
start_service "$RAW/service-capture.log" RESPONSE_CACHE=false

# 9: the cursor, by walking the list at size=100 through links.next until ~90% of the items are behind.
WALK_NOTE="not measured" ETAG=""
if selected 9; then
  WALK=$(timeout 900 python3 "$BENCH_DIR/benchtool.py" walk --base "$SERVICE_URL" --start "/api/v1/news?size=100" \
           --fraction 0.9 --max-pages $((ITEMS / 100 + 20)) --max-seconds 600 \
           --total "$(bpsql -c "SELECT count(*) FROM news_item")" || echo '{"error": "walk failed"}')
  if [[ -n $(jq -r '.cursor // empty' <<<"$WALK") ]]; then
    CURSOR=$(jq -r '.cursor' <<<"$WALK")
    PATHS[9]="/api/v1/news?size=20&cursor=$(uri "$CURSOR")"
    WALK_NOTE="cursor after $(jq -r '.pages' <<<"$WALK") pages of 100 ($(jq -r '.behind' <<<"$WALK") of $(jq -r '.total' <<<"$WALK") items behind"
    [[ $(jq -r '.capped // empty' <<<"$WALK") ]] && WALK_NOTE+="; the API counts up to $(jq -r .capped <<<"$WALK"), the total is the database's"
    WALK_NOTE+=")"
  else
    NOTE[9]="no cursor: $(jq -r '.error' <<<"$WALK")"
    WALK_NOTE=${NOTE[9]}
  fi
  log "scenario 9: $WALK_NOTE"
fi
# 10: the ETag of a 200 for page 1.
if selected 10; then
  ETAG=$(curl -s -o /dev/null -D - --max-time 30 "$SERVICE_URL${PATHS[10]}" | tr -d '\r' | awk 'tolower($1) == "etag:" { sub(/^[^:]*: */, ""); print }')
  if [[ -n $ETAG ]]; then HEADER[10]=$ETAG; else NOTE[10]="HTTP 200 but no ETag header on GET ${PATHS[10]}, nothing to send"; fi
fi

# The unfiltered list (count and item ids), to tell a search that works from a parameter that is ignored; the
# French list likewise for the French search (lang=fr).
list_answer() { curl -s --max-time 30 "$SERVICE_URL$1" | jq -c '[.page.totalItems, [.items[]?.id]]' 2>/dev/null || echo none; }
PLAIN_LIST=$(list_answer /api/v1/news)
FRENCH_LIST=$(list_answer "/api/v1/news?lang=fr")

# One request: status code to stdout, body and headers to files.
fetch() {  # path body_file header_file [if-none-match]
  local extra=()
  [[ -n ${4:-} ]] && extra=(-H "If-None-Match: $4")
  curl -s --max-time 60 -o "$2" -D "$3" -w '%{http_code}' "${extra[@]}" "$SERVICE_URL$1" || echo 000
}

for i in "${SCENARIOS[@]}"; do
  id=$(printf %02d "$i")
  : >"$RAW/$id.meta"
  meta "$i" name "${NAMES[$i]}"; meta "$i" path "${PATHS[$i]:-?}"; meta "$i" expect "${EXPECT[$i]}"
  [[ -n ${HEADER[$i]} ]] && meta "$i" header "${HEADER[$i]}"
  meta "$i" target "${TARGET_RPS[$i]:--} ${TARGET_RATIO[$i]:--} ${TARGET_P99[$i]:--}"
  if [[ -n ${NOTE[$i]} || -z ${PATHS[$i]} ]]; then
    meta "$i" state failed; meta "$i" note "${NOTE[$i]}"; meta "$i" check_status "n/a"
    log "scenario $i (${NAMES[$i]}): FAILED, ${NOTE[$i]}"
    continue
  fi
  # The check is the first request; the SQL is captured from a second one (the steady state: statements
  # prepared, lookups warm). If the second needs no SQL at all (a cache), the first one's is kept.
  first_start=$(stat -c %s "$PG_LOG")
  status=$(fetch "${PATHS[$i]}" "$RAW/$id-response.body" "$RAW/$id-response.headers" "${HEADER[$i]}")
  meta "$i" check_status "$status"
  problem=""
  if [[ $status != "${EXPECT[$i]}" ]]; then
    problem="HTTP $status (expected ${EXPECT[$i]})"
  elif ((i == 5 || i == 6 || i == 14 || i == 16)); then
    # A service that ignores q (or lang) answers the plain list: same count, same items.
    answer=$(jq -c '[.page.totalItems, [.items[]?.id]]' "$RAW/$id-response.body" 2>/dev/null || echo '?')
    [[ $answer != "$PLAIN_LIST" ]] || problem="HTTP 200 but ${PATHS[$i]#*\?} was ignored (the answer is the unfiltered list)"
  elif ((i == 15)); then
    answer=$(jq -c '[.page.totalItems, [.items[]?.id]]' "$RAW/$id-response.body" 2>/dev/null || echo '?')
    [[ $answer != "$FRENCH_LIST" ]] || problem="HTTP 200 but q was ignored (the answer is the lang=fr list)"
  elif ((i == 7 || i == 13)); then
    jq -e '[paths | .[-1] | strings | select(. == "facets")] | length > 0' "$RAW/$id-response.body" >/dev/null 2>&1 \
      || problem="HTTP 200 but no facets in the body (parameter ignored)"
  fi
  if [[ -z $problem ]] && ((i == 14 || i == 15)); then
    jq -e '(.items | length > 0) and all(.items[]; .language == "fr")' "$RAW/$id-response.body" >/dev/null 2>&1 \
      || problem="HTTP 200 but not only French items (or none)"
  fi
  if [[ -n $problem ]]; then
    meta "$i" state failed; meta "$i" note "$problem"
    log "scenario $i (${NAMES[$i]}): FAILED, $problem"
    continue
  fi
  sleep 0.3
  second_start=$(stat -c %s "$PG_LOG")
  fetch "${PATHS[$i]}" "$RAW/$id-response.body" "$RAW/$id-response.headers" "${HEADER[$i]}" >/dev/null
  sleep 0.5  # the server writes its log lines before it answers; this is margin
  captured=$(python3 "$BENCH_DIR/benchtool.py" capture --log "$PG_LOG" --offset "$second_start" --db "$BENCH_DB" \
               --listeners-from "$CAPTURE_LOG_START" --out "$RAW/$id.sql" --label "scenario $i (${NAMES[$i]})")
  if [[ $(jq -r .statements <<<"$captured") == 0 ]]; then
    captured=$(python3 "$BENCH_DIR/benchtool.py" capture --log "$PG_LOG" --offset "$first_start" --end "$second_start" \
                 --db "$BENCH_DB" --listeners-from "$CAPTURE_LOG_START" --out "$RAW/$id.sql" --label "scenario $i (${NAMES[$i]})")
    [[ $(jq -r .statements <<<"$captured") != 0 ]] && meta "$i" sql_note "The repeated request sent no SQL (answered from a cache); these are the first request's statements."
  fi
  meta "$i" sql_count "$(jq -r .statements <<<"$captured")"
  # 16 is there for the search's French condition beside the English one; without it, it is scenario 5 again.
  if ((i == 16)) && ! grep -q "websearch_to_tsquery('french'" "$RAW/$id.sql"; then
    meta "$i" state failed; meta "$i" note "the search was not parsed in French (no French condition in its SQL)"
    log "scenario $i (${NAMES[$i]}): FAILED, no French condition in its SQL"
    continue
  fi
  meta "$i" state ok
  # The HTTP ceiling serves this body: for the 304 scenario, the 200 body of the same URL.
  if [[ ${EXPECT[$i]} == 304 ]]; then
    fetch "${PATHS[$i]}" "$TMP/$id.body" "$TMP/$id.headers" >/dev/null
  else
    cp "$RAW/$id-response.body" "$TMP/$id.body"
    cp "$RAW/$id-response.headers" "$TMP/$id.headers"
  fi
  meta "$i" content_type "$(tr -d '\r' <"$TMP/$id.headers" | awk 'tolower($1) == "content-type:" { sub(/^[^:]*: */, ""); print }')"
  meta "$i" body_bytes "$(stat -c %s "$TMP/$id.body")"
  log "scenario $i (${NAMES[$i]}): HTTP $status, $(jq -r .statements <<<"$captured") SQL statements captured"
done
stop_service
mpsql -c "ALTER DATABASE $BENCH_DB RESET log_min_duration_statement"
LOGGING_ON=0

OK=()
for i in "${SCENARIOS[@]}"; do [[ $(metaget "$i" state) == ok ]] && OK+=("$i"); done
((${#OK[@]} > 0)) || die "no scenario works; see $RAW"

# --- 4. Service: warm-up, then each scenario, once per response-cache mode ---------------------------------
run_wrk() {  # url output connections [if-none-match]
  local script=() args=()
  if [[ -n ${4:-} ]]; then script=(-s "$BENCH_DIR/wrk-header.lua"); args=(-- "$4"); fi
  # --timeout 30s: slow answers are measured as latencies instead of being dropped as 2 s timeouts.
  timeout $((DURATION + 60)) wrk -t "$THREADS" -c "$3" -d "${DURATION}s" --timeout 30s --latency \
    "${script[@]}" "$1" "${args[@]}" >"$2" 2>&1 || log "wrk failed for $1 (see $2)"
}
# Queries of a finished run can go on in PostgreSQL (requests still queued in the service when wrk
# hung up); the next measurement starts when the database ($1, default the bench one) has no active query
# (at most 180 s).
wait_db_idle() {
  local n
  for ((n = 0; n < 360; n++)); do
    [[ $(bpsql -c "SELECT count(*) FROM pg_stat_activity WHERE datname = '${1:-$BENCH_DB}'
                    AND state = 'active' AND pid <> pg_backend_pid()") == 0 ]] && return 0
    sleep 0.5
  done
  log "the database ${1:-$BENCH_DB} is still busy after 180 s; measuring anyway"
}
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$SERVICE_PID/status"; }

measure_service() {  # mode (cached|uncached): one service instance, warm-up, each connection count and scenario
  local mode=$1 suffix="" env=() i id c
  [[ $mode == uncached ]] && { suffix="-uncached"; env=(RESPONSE_CACHE=false); }
  start_service "$RAW/service$suffix.log" "${env[@]}"
  local mix=()
  for i in "${OK[@]}"; do [[ -z ${HEADER[$i]} ]] && mix+=("${PATHS[$i]}"); done
  log "service ($mode): warm-up, ${WARMUP}s of the mix of ${#mix[@]} scenarios"
  timeout $((WARMUP + 60)) wrk -t "$THREADS" -c "${CONNECTION_LIST[0]}" -d "${WARMUP}s" --timeout 30s -s "$BENCH_DIR/wrk-mix.lua" \
    "$SERVICE_URL" -- "${mix[@]}" >"$RAW/warmup$suffix.wrk.txt" 2>&1 || log "warm-up: wrk failed (see warmup$suffix.wrk.txt)"
  wait_db_idle
  echo "rss_start_mb$suffix=$(( $(rss_kb) / 1024 ))" >>"$RAW/run.meta"
  for c in "${CONNECTION_LIST[@]}"; do
    for i in "${OK[@]}"; do
      id=$(printf %02d "$i")
      log "service ($mode): scenario $i (${NAMES[$i]}), $c connections, ${DURATION}s"
      run_wrk "$SERVICE_URL${PATHS[$i]}" "$RAW/$id-service$suffix-c$c.wrk.txt" "$c" "${HEADER[$i]}"
      meta "$i" "rss_kb$suffix-c$c" "$(rss_kb)"
      log "  $(awk '/Requests\/sec/ { print $2 " req/s" }' "$RAW/$id-service$suffix-c$c.wrk.txt"), RSS $(( $(rss_kb) / 1024 )) MiB"
      wait_db_idle
    done
  done
  echo "rss_peak_mb$suffix=$(( $(awk '/^VmHWM:/ { print $2 }' "/proc/$SERVICE_PID/status") / 1024 ))" >>"$RAW/run.meta"
  stop_service
}
: >"$RAW/run.meta"
for mode in "${CACHE_MODES[@]}"; do measure_service "$mode"; done

# --- 5. HTTP ceiling: nginx serves the saved bodies with the same Content-Type ---------------------------
port_in_use "$NGINX_PORT" && die "port $NGINX_PORT is already in use"
mkdir -p "$TMP/www/s"
LOCATIONS=""
for i in "${OK[@]}"; do
  id=$(printf %02d "$i")
  cp "$TMP/$id.body" "$TMP/www/s/$id.json"
  LOCATIONS+="        location = /s/$id.json { default_type \"$(metaget "$i" content_type)\"; }"$'\n'
done
chmod -R a+rX "$TMP/www"
awk -v prefix="$TMP" -v port="$NGINX_PORT" -v locations="$LOCATIONS" \
  '{ gsub(/@PREFIX@/, prefix); gsub(/@PORT@/, port); if ($0 == "@LOCATIONS@") { printf "%s", locations; next } print }' \
  "$BENCH_DIR/nginx.conf.template" >"$TMP/nginx.conf"
cp "$TMP/nginx.conf" "$RAW/nginx.conf"
nginx -t -q -p "$TMP" -e "$TMP/error.log" -c "$TMP/nginx.conf" || die "nginx configuration rejected"
nginx -p "$TMP" -e "$TMP/error.log" -c "$TMP/nginx.conf" &
NGINX_PID=$!
for ((n = 0; n < 50; n++)); do port_in_use "$NGINX_PORT" && break; sleep 0.1; done
port_in_use "$NGINX_PORT" || die "nginx did not start (see $TMP/error.log)"
NGINX_URL="http://127.0.0.1:$NGINX_PORT"
for i in "${OK[@]}"; do
  id=$(printf %02d "$i")
  etag="" conditional=()
  if [[ -n ${HEADER[$i]} ]]; then  # the 304 ceiling: nginx's own ETag for the file
    etag=$(curl -s -o /dev/null -D - --max-time 10 "$NGINX_URL/s/$id.json" | tr -d '\r' | awk 'tolower($1) == "etag:" { sub(/^[^:]*: */, ""); print }')
    meta "$i" nginx_etag "$etag"
    conditional=(-H "If-None-Match: $etag")
  fi
  code=$(curl -s -o "$TMP/check.body" -w '%{http_code}' --max-time 10 "${conditional[@]}" "$NGINX_URL/s/$id.json" || echo 000)
  [[ $code == "${EXPECT[$i]}" ]] || log "nginx: scenario $i answered $code, not ${EXPECT[$i]}"
  [[ -n $etag ]] || cmp -s "$TMP/check.body" "$TMP/$id.body" || log "nginx: scenario $i body differs from the service's"
  for c in "${CONNECTION_LIST[@]}"; do
    log "nginx: scenario $i (${NAMES[$i]}), $c connections, ${DURATION}s"
    run_wrk "$NGINX_URL/s/$id.json" "$RAW/$id-nginx-c$c.wrk.txt" "$c" "$etag"
  done
done
kill "$NGINX_PID" 2>/dev/null || true
wait "$NGINX_PID" 2>/dev/null || true
NGINX_PID=""

# --- 6. Database ceiling: pgbench runs each scenario's captured statements as one transaction ------------
for c in "${CONNECTION_LIST[@]}"; do
  for i in "${OK[@]}"; do
    id=$(printf %02d "$i")
    [[ $(metaget "$i" sql_count) != 0 ]] || { log "pgbench: scenario $i sends no SQL, skipped"; continue; }
    wait_db_idle
    log "pgbench: scenario $i (${NAMES[$i]}), $c clients, ${DURATION}s, $(metaget "$i" sql_count) statements per transaction"
    # -l logs every transaction's latency, for p50/p99 comparable with wrk's. -M prepared: each statement is
    # parsed and planned once per client, as the service's statements planned once are; in simple mode pgbench
    # planned every one at every transaction and understated the ceiling of those.
    (cd "$TMP" && timeout $((DURATION + 120)) pgbench -n -M prepared -f "$RAW/$id.sql" -c "$c" -j 2 -T "$DURATION" \
        -l --log-prefix="$TMP/pgbench-$id" "$BENCH_DB") >"$RAW/$id-pgbench-c$c.txt" 2>&1 \
      || log "pgbench failed for scenario $i (see $RAW/$id-pgbench-c$c.txt)"
    meta "$i" "pgbench_p50_p99-c$c" "$(python3 "$BENCH_DIR/benchtool.py" pgbench-latency --prefix "$TMP/pgbench-$id")"
    rm -f "$TMP/pgbench-$id".*
  done
done

# --- 7. Peer: Directus on the equivalent queries, same wrk settings -----------------------------------------
[[ $PEER == none ]] || measure_peer

# --- 8. Report ----------------------------------------------------------------------------------------------
ELAPSED=$(( $(date +%s) - RUN_START ))
FRENCH_PARAMETERS=""
((FR_ITEMS == 0)) || FRENCH_PARAMETERS="\\n- French: $FR_ITEMS items in French (\`BENCH_FRENCH_SHARE=$FRENCH_SHARE\`); French word: \`$FR_WORD\` (written \`$FR_WORD_STORED\`, in $FR_WORD_ITEMS French items); the common word parsed in French matches $FR_COMMON_ITEMS French items"
{
  echo "modes=${CACHE_MODES[*]}"
  echo "stamp=$DAY run $SEQ ($(date -u '+%H:%M UTC'))"
  echo "commit=$(git -C "$SRC_SNAPSHOT" log -1 --format=%h)"
  echo "commit_subject=$(git -C "$SRC_SNAPSHOT" log -1 --format=%s | cut -c1-90)"
  echo "items=$ITEMS"
  echo "db=$BENCH_DB"
  echo "db_size=$(bpsql -c "SELECT pg_size_pretty(pg_database_size(current_database()))")"
  echo "pg_version=$(bpsql -c "SHOW server_version" | awk '{ print $1 }')"
  echo "java=$(java -version 2>&1 | head -n 1 | sed 's/.*version "\([^"]*\)".*/\1/')"
  echo "wrk_version=$(wrk -v 2>&1 | head -n 1 | awk '{ print $2 }')"
  echo "nginx_version=$(nginx -v 2>&1 | sed 's/.*nginx\///')"
  echo "peer=$PEER"
  echo "threads=$THREADS"; echo "connections=${CONNECTION_LIST[*]}"; echo "duration=$DURATION"; echo "warmup=$WARMUP"
  echo "service_port=$SERVICE_PORT"
  echo "cpus=$(nproc)"
  echo "mem=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "os=$(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "elapsed=$((ELAPSED / 60)) min $((ELAPSED % 60)) s"
  echo "load=$LOAD_START at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
  printf 'parameters=%s\n' "- month: \`$MONTH\` ($MONTH_ITEMS items)\\n- topic + country: \`$TOPIC\` + \`$COUNTRY\` (the most used of each)\\n- single item: \`$SLUG\`\\n- common word: \`$WORD\` (in $WORD_ITEMS items by the GIN index)\\n- rare word: \`$RARE_WORD\` (in $RARE_ITEMS items)\\n- phrase and word: \`$PHRASE_Q\` ($PHRASE_ITEMS)$FRENCH_PARAMETERS\\n- cursor: $WALK_NOTE\\n- ETag of page 1: \`${ETAG:-none}\`"
} >>"$RAW/run.meta"
python3 "$BENCH_DIR/report.py" --raw "$RAW" --out "$OUT"
log "results: $OUT (raw outputs in $RAW), $((ELAPSED / 60)) min $((ELAPSED % 60)) s"
