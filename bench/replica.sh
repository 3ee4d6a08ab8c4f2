#!/usr/bin/env bash
# Public reads on a PostgreSQL streaming replica (DB_REPLICA_URL) against the primary alone, with the
# response cache off so that every request runs its SQL, on the bench database (100k items):
#   bench/replica.sh [--duration S] [--writes-per-second W]
# For each scenario: req/s and p99 of the primary alone, of the replica, and of the replica while an
# editor's change commits W times a second (each change leaves the reads to the primary until the
# replica has replayed it), with who served the reads (newsdesk_replica_reads_total). The replica comes
# from .ci/replica (port 5433). Writes bench/results/replica-<date>.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION=10
WARMUP=5
WRITES=5
while [[ $# -gt 0 ]]; do
  case $1 in
    --duration) DURATION=$2; shift 2 ;;
    --writes-per-second) WRITES=$2; shift 2 ;;
    *) echo "usage: $0 [--duration S] [--writes-per-second W]" >&2; exit 2 ;;
  esac
done
REPLICA_PORT=5433
OUT="$BENCH_DIR/results/replica-$(date -u +%F).md"
WORK=$(mktemp -d /tmp/nd-replica.XXXXXX)
WRITER_PID=""
cleanup() {
  [[ -n $WRITER_PID ]] && kill "$WRITER_PID" 2>/dev/null || true
  stop_service
  rm -rf "$WORK"
}
trap cleanup EXIT

ensure_postgres
command -v wrk >/dev/null || ensure_packages wrk:wrk
bash "$REPO_DIR/.ci/replica" >&2
ITEMS=$(bpsql -c "SELECT count(*) FROM news_item" 2>/dev/null || echo 0)
[[ $ITEMS -ge 100000 ]] || die "$BENCH_DB holds $ITEMS items: run bench/generate.sh 100000 first"
build_service

SLUG=$(bpsql -c "SELECT slug FROM news_item WHERE id >= (SELECT (min(id) + max(id)) / 2 FROM news_item) ORDER BY id LIMIT 1")
TOPIC=$(bpsql -c "SELECT t.slug FROM news_topic nt JOIN topic t ON t.id = nt.topic_id GROUP BY t.slug ORDER BY count(*) DESC LIMIT 1")
WRITE_ID=$(bpsql -c "SELECT min(id) FROM news_item")
declare -A PATHS=(
  [page1]="/api/v1/news"
  [item]="/api/v1/news/$SLUG"
  [topic]="/api/v1/news?topic=$TOPIC&size=20"
)
SCENARIOS=(page1 item topic)

outcomes() { # the replica read counters: served lagging unavailable failed
  local metrics outcome
  metrics=$(curl -s "$MANAGEMENT_URL/q/metrics")
  for outcome in served lagging unavailable failed; do
    awk -v series="newsdesk_replica_reads_total{outcome=\"$outcome\"}" \
      '$1 == series {value = $2} END {printf "%d ", value}' <<<"$metrics"
  done
}

measure() { # mode, scenario -> "req/s p99 served lagging unavailable failed" (counts of this run)
  local mode=$1 scenario=$2 rps p99
  local -a before after
  read -r -a before <<<"$(outcomes)"
  wrk -t2 -c32 -d"${DURATION}s" --latency "$SERVICE_URL${PATHS[$scenario]}" >"$WORK/$mode-$scenario.txt"
  grep -q "Non-2xx" "$WORK/$mode-$scenario.txt" && die "non-2xx answers in $mode $scenario"
  rps=$(awk '/Requests\/sec/ {printf "%d", $2}' "$WORK/$mode-$scenario.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/$mode-$scenario.txt")
  read -r -a after <<<"$(outcomes)"
  echo "$rps $p99 $((after[0] - before[0])) $((after[1] - before[1])) $((after[2] - before[2])) $((after[3] - before[3]))"
}

# An editor's change W times a second: a title set to itself still commits, bumps the content version
# and notifies, as any write does.
writer() {
  while true; do
    bpsql -c "UPDATE news_item SET title = title WHERE id = $WRITE_ID" >/dev/null
    sleep "$(awk -v w="$WRITES" 'BEGIN {printf "%.3f", 1 / w}')"
  done
}

declare -A RESULT CHANGES LAG
for mode in primary replica replica-writes; do
  settings=(RESPONSE_CACHE=false)
  [[ $mode == primary ]] || settings+=(DB_REPLICA_URL="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/$BENCH_DB")
  start_service "$WORK/service-$mode.log" "${settings[@]}"
  if [[ $mode == replica-writes ]]; then
    writer &
    WRITER_PID=$!
  fi
  # The JIT warms up on every scenario first, so that the order of the rows does not matter.
  for scenario in "${SCENARIOS[@]}"; do
    wrk -t2 -c32 -d"${WARMUP}s" "$SERVICE_URL${PATHS[$scenario]}" >/dev/null
  done
  versions_before=$(bpsql -c "SELECT version FROM content_version")
  for scenario in "${SCENARIOS[@]}"; do
    RESULT[$mode,$scenario]=$(measure "$mode" "$scenario")
    log "$mode $scenario: ${RESULT[$mode,$scenario]}"
  done
  CHANGES[$mode]=$(($(bpsql -c "SELECT version FROM content_version") - versions_before))
  if [[ -n $WRITER_PID ]]; then
    LAG[$mode]=$(bpsql -c "SELECT coalesce(max(replay_lag)::text, 'none') FROM pg_stat_replication")
    kill "$WRITER_PID"
    wait "$WRITER_PID" 2>/dev/null || true
    WRITER_PID=""
  fi
  stop_service
done

{
  echo "# Read replica: public reads on a streaming replica ($(date -u +%F))"
  echo
  echo "\`bench/replica.sh --duration $DURATION --writes-per-second $WRITES\` on $BENCH_DB ($ITEMS items), commit"
  echo "$(git -C "$SRC_SNAPSHOT" log -1 --format='%h'), response cache off (every request runs its SQL), wrk 2 threads ×"
  echo "32 connections × ${DURATION} s per row; primary (port 5432) and replica (port $REPLICA_PORT, \`.ci/replica\`)"
  echo "share this machine's $(nproc) cores and disk with the service and wrk, so the replica adds no capacity"
  echo "here: the rows show what routing costs and who serves, not the gain of a replica on its own machine."
  echo
  echo "Content changes committed while each mode was measured: primary ${CHANGES[primary]}, replica"
  echo "${CHANGES[replica]}, replica with writes ${CHANGES[replica-writes]} (the replica's replay lag as PostgreSQL last"
  echo "reported it: ${LAG[replica-writes]})."
  echo
  echo "| scenario | mode | req/s | p99 | served by replica | primary: replica lagging | primary: unavailable | primary: failed |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  for scenario in "${SCENARIOS[@]}"; do
    for mode in primary replica replica-writes; do
      read -r rps p99 served lagging unavailable failed <<<"${RESULT[$mode,$scenario]}"
      label=$mode
      [[ $mode == primary ]] && served=– lagging=– unavailable=– failed=–
      [[ $mode == replica-writes ]] && label="replica, $WRITES writes/s"
      echo "| \`${PATHS[$scenario]}\` | $label | $rps | $p99 | $served | $lagging | $unavailable | $failed |"
    done
  done
} >"$OUT"
cat "$OUT"
