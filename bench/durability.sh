#!/usr/bin/env bash
# Durability of acknowledged writes: writers keep a ledger of the items the service acknowledged (201)
# while PostgreSQL is crashed (stop -m immediate, so it recovers from its WAL) and started again; then
# every acknowledged item must be in the database exactly once, and no item at all twice (retries reuse
# their Idempotency-Key). Like db-restart.sh, without --really-crash PostgreSQL is left alone.
#
#   bench/durability.sh                    # dry run: the same writers and check, no crash
#   bench/durability.sh --really-crash     # crashes the cluster 15/main 10 s into a 30 s run
set -euo pipefail

BENCH_DB=${BENCH_DB:-newsdesk_faults}
SERVICE_PORT=${SERVICE_PORT:-8112}
SRC_SNAPSHOT=${SRC_SNAPSHOT:-/tmp/nd-faults-src}
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

really=false duration=30 crash_at=10 writers=4 jar="" cluster="15 main"
ISSUER=https://newsdesk.invalid/durability
usage() {
  echo "usage: $0 [--really-crash] [--duration S] [--crash-at S] [--writers N] [--jar PATH] [--cluster 'VER NAME']" >&2
  exit 2
}
while (($#)); do
  case $1 in
    --really-crash) really=true ;;
    --duration) duration=${2:?}; shift ;;
    --crash-at) crash_at=${2:?}; shift ;;
    --writers) writers=${2:?}; shift ;;
    --jar) jar=${2:?}; shift ;;
    --cluster) cluster=${2:?}; shift ;;
    -h | --help) usage ;;
    *) echo "unknown option: $1" >&2; usage ;;
  esac
  shift
done
[[ $duration =~ ^[0-9]+$ && $crash_at =~ ^[0-9]+$ && $writers =~ ^[0-9]+$ ]] || usage
((crash_at < duration)) || die "--crash-at must come before the end of --duration"

ensure_packages curl:curl python3:python3 psql:postgresql-client openssl:openssl
ensure_postgres
ensure_bench_db
use_jar_or_build "$jar"

out=$(mktemp -d /tmp/nd-durability.XXXXXX)
trap stop_service EXIT
start_service "$out/service.log" MP_JWT_VERIFY_ISSUER="$ISSUER" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$DEV_PUBLIC_KEY" MP_JWT_VERIFY_AUDIENCES="$DEV_AUDIENCE" \
  JWT_MAX_LIFETIME=$((duration + 600))
crash=()
if $really; then
  read -r -a version_name <<<"$cluster"
  # Stop without a checkpoint (as a crash leaves it), then start: PostgreSQL replays its WAL.
  crash=(sh -c "pg_ctlcluster --skip-systemctl-redirect ${version_name[*]} stop -m immediate \
    && sleep 2 && pg_ctlcluster --skip-systemctl-redirect ${version_name[*]} start")
  log "will crash PostgreSQL ($cluster) ${crash_at} s into the writes"
else
  log "dry run: PostgreSQL will not be crashed (pass --really-crash to crash it)"
fi
run="d$(date +%s)"
TOKEN=$(dev_token "$ISSUER" durability $((duration + 600))) python3 "$BENCH_DIR/durability.py" --url "$SERVICE_URL/api/v1/news" --run "$run" \
  --duration "$duration" --crash-at "$crash_at" --writers "$writers" -- "${crash[@]}" >"$out/ledger.jsonl"

# The check: the ledger against what the database holds now.
bpsql -c "SELECT title, count(*) FROM news_item WHERE title LIKE 'Durability $run-%' GROUP BY title" >"$out/stored.txt"
python3 - "$out/ledger.jsonl" "$out/stored.txt" <<'EOF'
import json, sys
ledger = [json.loads(line) for line in open(sys.argv[1])]
stored = dict(line.rsplit("|", 1) for line in open(sys.argv[2]).read().splitlines())
acknowledged = [e for e in ledger if e["acknowledged"]]
lost = [e["title"] for e in acknowledged if e["title"] not in stored]
twice = [title for title, count in stored.items() if int(count) > 1]
unacknowledged_stored = [e["title"] for e in ledger if not e["acknowledged"] and e["title"] in stored]
retried = [e for e in acknowledged if e["attempts"] > 1]
print(f"writes attempted {len(ledger)}, acknowledged {len(acknowledged)} "
      f"({len(retried)} after retries, at most {max((e['attempts'] for e in ledger), default=0)} attempts)")
print(f"acknowledged but missing: {len(lost)}  stored twice or more: {len(twice)}  "
      f"stored without acknowledgement: {len(unacknowledged_stored)}")
sys.exit(1 if lost or twice or not acknowledged else 0)
EOF
