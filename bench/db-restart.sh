#!/usr/bin/env bash
# Restarts PostgreSQL under load and reports what the clients saw: responses by kind (200, 503, other,
# connection errors) and how long until the service answered 200 again, with no restart of the service.
# Without --really-restart it is a dry run: the same load and report, and PostgreSQL is left alone
# (a real restart breaks every other user of the cluster: run it only on a machine of your own).
#
#   bench/db-restart.sh                         # dry run: build, start, load, report
#   bench/db-restart.sh --really-restart        # restarts the cluster 15/main 10 s into a 30 s run
#   bench/db-restart.sh --jar target/quarkus-app/quarkus-run.jar --duration 20 --restart-at 5
set -euo pipefail

BENCH_DB=${BENCH_DB:-newsdesk_faults}
SERVICE_PORT=${SERVICE_PORT:-8111}
SRC_SNAPSHOT=${SRC_SNAPSHOT:-/tmp/nd-faults-src}
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

really=false duration=30 restart_at=10 connections=8 jar="" cluster="15 main"
usage() {
  echo "usage: $0 [--really-restart] [--duration S] [--restart-at S] [--connections C] [--jar PATH] [--cluster 'VER NAME']" >&2
  exit 2
}
while (($#)); do
  case $1 in
    --really-restart) really=true ;;
    --duration) duration=${2:?}; shift ;;
    --restart-at) restart_at=${2:?}; shift ;;
    --connections) connections=${2:?}; shift ;;
    --jar) jar=${2:?}; shift ;;
    --cluster) cluster=${2:?}; shift ;;
    -h | --help) usage ;;
    *) echo "unknown option: $1" >&2; usage ;;
  esac
  shift
done
[[ $duration =~ ^[0-9]+$ && $restart_at =~ ^[0-9]+$ && $connections =~ ^[0-9]+$ ]] || usage
((restart_at < duration)) || die "--restart-at must come before the end of --duration"

ensure_packages curl:curl python3:python3 psql:postgresql-client
ensure_postgres
ensure_bench_db
use_jar_or_build "$jar"

out=$(mktemp -d /tmp/nd-db-restart.XXXXXX)
trap stop_service EXIT
# The list runs its SQL on every request (no response cache), so every request needs the database.
start_service "$out/service.log" SAMPLE_CONTENT=true RESPONSE_CACHE=false
restart=()
if $really; then
  read -r -a version_name <<<"$cluster"
  restart=(pg_ctlcluster --skip-systemctl-redirect "${version_name[@]}" restart)
  log "will restart PostgreSQL ($cluster) ${restart_at} s into the load"
else
  log "dry run: PostgreSQL will not be restarted (pass --really-restart to restart it)"
fi
python3 "$BENCH_DIR/dbfaults.py" --url "$SERVICE_URL/api/v1/news?size=5" --duration "$duration" \
  --restart-at "$restart_at" --connections "$connections" -- "${restart[@]}" | tee "$out/report.txt"
log "report in $out/report.txt, service log in $out/service.log"
