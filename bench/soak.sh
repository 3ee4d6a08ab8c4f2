#!/usr/bin/env bash
# Soak: the service under a steady mixed load at half its measured peak for a while (10 minutes by
# default): reads with wrk at a fixed pace, writes by an editor (create, change, retire) in a loop.
# Pass: zero errors of any kind, and memory that stays flat (heap after GC and RSS, sampled every 10 s).
#   bench/soak.sh [--minutes M] [--connections C] [--write-every S]
# Every write drops every instance's cached answers, so the write pace (one create-change-change-retire
# cycle every S seconds, default 10) sets how much of the read load runs its SQL.
# Uses the bench database (bench/generate.sh fills it) and port 8090; results in bench/results/soak-<date>.md.
# --connections is for measuring the peak; the soak itself uses as many as its pace needs.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

MINUTES=10
CONNECTIONS=16
WRITE_EVERY=10
while (($#)); do
  case $1 in
    --minutes) MINUTES=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --write-every) WRITE_EVERY=$2; shift 2 ;;
    *) die "unknown option $1 (use --minutes M, --connections C, --write-every S)" ;;
  esac
done
[[ $MINUTES =~ ^[1-9][0-9]*$ && $CONNECTIONS =~ ^[1-9][0-9]*$ && $WRITE_EVERY =~ ^[1-9][0-9]*$ ]] \
  || die "minutes, connections and write-every are whole numbers"

WORK=$(mktemp -d /tmp/nd-soak.XXXXXX)
WRITER_PID=""
SAMPLER_PID=""
ISSUER=https://newsdesk.invalid/soak
cleanup() {
  [[ -n $WRITER_PID ]] && kill "$WRITER_PID" 2>/dev/null || true
  [[ -n $SAMPLER_PID ]] && kill "$SAMPLER_PID" 2>/dev/null || true
  stop_service
  rm -rf "$WORK"
}
trap cleanup EXIT

# Create an item, change it twice with If-Match, retire it; every status is counted.
writer() {
  local auth="Authorization: Bearer $(dev_token "$ISSUER" soak $((MINUTES * 60 + 600)))" n=0 slug etag code
  while :; do
    n=$((n + 1))
    slug=$(curl -s -X POST "$SERVICE_URL/api/v1/news" -H "$auth" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: soak-$$-$n" \
      -d "{\"title\":\"Soak item $$ $n\",\"summary\":\"Written during the soak.\",\"publishedOn\":\"2026-01-01\",\"status\":\"published\",\"topics\":[\"pensions\"]}" \
      -w '\n%{http_code}' | tail -n 2 | { read -r body; read -r code; echo "$code" >>"$WORK/writes"; \
        python3 -c 'import json,sys; print(json.loads(sys.argv[1]).get("slug",""))' "$body" 2>/dev/null || true; })
    [[ -n $slug ]] || { sleep 1; continue; }
    for change in 1 2; do
      etag=$(curl -s -D - -o /dev/null -H "$auth" "$SERVICE_URL/api/v1/news/$slug" | tr -d '\r' \
        | awk 'tolower($1)=="etag:"{print $2}')
      code=$(curl -s -o /dev/null -w '%{http_code}' -X PATCH "$SERVICE_URL/api/v1/news/$slug" -H "$auth" \
        -H "If-Match: $etag" -H 'Content-Type: application/merge-patch+json' -d "{\"summary\":\"Change $change.\"}")
      echo "$code" >>"$WORK/writes"
    done
    etag=$(curl -s -D - -o /dev/null -H "$auth" "$SERVICE_URL/api/v1/news/$slug" | tr -d '\r' \
      | awk 'tolower($1)=="etag:"{print $2}')
    curl -s -o /dev/null -w '%{http_code}\n' -X DELETE "$SERVICE_URL/api/v1/news/$slug" -H "$auth" \
      -H "If-Match: $etag" >>"$WORK/writes"
    sleep "$WRITE_EVERY"
  done
}

# Every 10 s: seconds since start, RSS (MiB), heap in use (MiB, from /q/metrics).
sampler() {
  local start=$SECONDS rss heap
  while :; do
    rss=$(($(ps -o rss= -p "$SERVICE_PID") / 1024))
    heap=$(curl -s "$MANAGEMENT_URL/q/metrics" | awk '/^jvm_memory_used_bytes\{area="heap"/ {s += $NF} END {printf "%d", s / 1048576}')
    echo "$((SECONDS - start)) $rss ${heap:-?}" >>"$WORK/memory"
    sleep 10
  done
}

ensure_packages wrk:wrk curl:curl openssl:openssl python3:python3
ensure_postgres
ensure_bench_db
items=$(bpsql -c "SELECT count(*) FROM news_item" 2>/dev/null || echo 0)
((items > 0)) || die "the bench database is empty: run bench/generate.sh 100000 first"
[[ ${BENCH_SNAPSHOT_READY:-} == 1 ]] || build_service
start_service "$WORK/service.log" MP_JWT_VERIFY_ISSUER="$ISSUER" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$DEV_PUBLIC_KEY" MP_JWT_VERIFY_AUDIENCES="$DEV_AUDIENCE" \
  JWT_MAX_LIFETIME=$((MINUTES * 60 + 600))

# The read mix: the benchmark's scenarios (see run.sh), some cached, some not.
slug=$(bpsql -c "SELECT slug FROM news_item WHERE status = 'published' ORDER BY published_on DESC LIMIT 1 OFFSET 50")
PATHS=(/api/v1/news "/api/v1/news?month=2024-03" "/api/v1/news?topic=pensions&country=TH" "/api/v1/news/$slug"
  "/api/v1/news?q=pension%20reform" "/api/v1/news?facets=topic,country" /api/v1/topics /feeds/news.rss /)

log "warming up, then measuring the peak of the mix with the writer running (20 s)"
wrk -t2 -c"$CONNECTIONS" -d10s -s "$BENCH_DIR/wrk-mix.lua" "$SERVICE_URL" -- "${PATHS[@]}" >/dev/null
writer & WRITER_PID=$!
peak=$(wrk -t2 -c"$CONNECTIONS" -d20s -s "$BENCH_DIR/wrk-mix.lua" "$SERVICE_URL" -- "${PATHS[@]}" \
  | awk '/^Requests\/sec/ {printf "%d", $2}')
target=$((peak / 2))
# wrk paces in whole milliseconds: 20 ms between a connection's requests and as many connections as
# the target rate needs (at least one).
pause=20
paced=$(((target * pause + 999) / 1000))
log "peak $peak req/s: soaking at about $target req/s ($paced connections, ${pause} ms apart) for $MINUTES min"

sampler & SAMPLER_PID=$!
wrk -t2 -c"$paced" -d"${MINUTES}m" --latency -s "$BENCH_DIR/wrk-paced.lua" "$SERVICE_URL" -- "$pause" \
  "${PATHS[@]}" >"$WORK/wrk.txt"
kill "$WRITER_PID" "$SAMPLER_PID" 2>/dev/null || true
wait "$WRITER_PID" "$SAMPLER_PID" 2>/dev/null || true
WRITER_PID=""
SAMPLER_PID=""

reads=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
read_errors=$(awk '/Non-2xx or 3xx/ {print $NF} /Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$WORK/wrk.txt" \
  | awk '{s += $1} END {print s + 0}')
writes=$(wc -l <"$WORK/writes")
write_errors=$(grep -cvE '^(200|201|204)$' "$WORK/writes" || true)
# Flat memory: the lowest heap of the first and of the last third of the run (the floor after GCs).
samples=$(wc -l <"$WORK/memory")
first_heap=$(awk -v n="$samples" 'NR <= n / 3 {if (m == "" || $3 < m) m = $3} END {print m}' "$WORK/memory")
last_heap=$(awk -v n="$samples" 'NR > 2 * n / 3 {if (m == "" || $3 < m) m = $3} END {print m}' "$WORK/memory")
max_rss=$(awk '{if ($2 > m) m = $2} END {print m}' "$WORK/memory")
out="$BENCH_DIR/results/soak-$(date -u +%F).md"
{
  echo "# Soak, $(date -u +%F)"
  echo
  echo "Commit $(git -C "$SRC_SNAPSHOT" rev-parse --short HEAD), $(bpsql -c 'SELECT count(*) FROM news_item') items, $MINUTES minutes,"
  echo "peak of the read mix (with the writer, $CONNECTIONS connections) $peak req/s; soak at about $target req/s"
  echo "($paced connections, each waiting $pause ms between requests),"
  echo "plus an editor creating, changing twice and retiring an item every $WRITE_EVERY s."
  echo
  echo "| | count | errors |"
  echo "| --- | --: | --: |"
  echo "| reads | $reads | $read_errors |"
  echo "| writes | $writes | $write_errors |"
  echo
  echo "Memory: lowest heap in use ${first_heap} MiB in the first third, ${last_heap} MiB in the last third; RSS at most ${max_rss} MiB."
  echo
  echo '```'
  cat "$WORK/wrk.txt"
  echo '```'
  echo
  echo "Samples (seconds, RSS MiB, heap in use MiB):"
  echo
  echo '```'
  cat "$WORK/memory"
  echo '```'
} >"$out"
log "results in $out"
cat "$out" | head -n 14
((read_errors == 0 && write_errors == 0)) || { log "errors during the soak"; exit 1; }
