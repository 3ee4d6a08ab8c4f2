#!/usr/bin/env bash
# Graceful shutdown, shown end to end: starts the packaged service, holds a lock on news_item so that
# list requests stay in flight, sends SIGTERM, and polls readiness while the process is still up.
# Expected: readiness answers 503 DOWN during the shutdown delay, the in-flight requests all end with
# 200, then the process exits. Usage (after ./mvnw package -DskipTests):
#   DB_NAME=newsdesk_shutdown PORT=8101 MANAGEMENT_PORT=9101 bench/shutdown-check.sh
# The database is created if missing and gets the sample content. Everything talks to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

export DB_HOST=${DB_HOST:-127.0.0.1} DB_PORT=${DB_PORT:-5432} DB_NAME=${DB_NAME:-newsdesk_shutdown}
export DB_USER=${DB_USER:-postgres} PORT=${PORT:-8101} SHUTDOWN_DELAY=${SHUTDOWN_DELAY:-5S}
export MANAGEMENT_PORT=${MANAGEMENT_PORT:-9101}
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
URL="http://127.0.0.1:$PORT"
MANAGEMENT_URL="http://127.0.0.1:$MANAGEMENT_PORT"
PSQL=(psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -X -q -At -v ON_ERROR_STOP=1)
OUT=$(mktemp -d)
t0=$(date +%s.%N)

say() { printf '[%5.1fs] %s\n' "$(echo "$(date +%s.%N) - $t0" | bc)" "$*"; }
status() { curl -s -o /dev/null -m 2 -w '%{http_code}' "$1" || true; }
# Readiness as "<HTTP status> <overall status>", such as "503 DOWN".
ready() {
  local out
  out=$(curl -s -m 2 -w '\n%{http_code}' "$MANAGEMENT_URL/q/health/ready" || true)
  printf '%s %s' "${out##*$'\n'}" "$(grep -m1 -oE '"status": *"[A-Z]+"' <<<"$out" | grep -oE '[A-Z]{2,}')"
}
alive() { kill -0 "$1" 2>/dev/null && echo up || echo gone; }

[[ -f $JAR ]] || { echo "no $JAR: run ./mvnw package -DskipTests first" >&2; exit 1; }
if [[ -z $("${PSQL[@]}" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'") ]]; then
  "${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB_NAME"
fi

java -jar "$JAR" >"$OUT/service.log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null || true; rm -rf "$OUT"' EXIT
for _ in $(seq 120); do
  [[ $(status "$MANAGEMENT_URL/q/health/ready") == 200 ]] && break
  sleep 0.5
done
say "service $service up on port $PORT: ready $(status "$MANAGEMENT_URL/q/health/ready"), shutdown delay $SHUTDOWN_DELAY"

# Requests that need news_item wait while another session holds it locked: they are "slow requests".
"${PSQL[@]}" -d "$DB_NAME" -c "BEGIN; LOCK TABLE news_item IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(9); COMMIT;" \
  >/dev/null &
locker=$!
sleep 1
for size in 3 4 5; do
  curl -s -o /dev/null -w "GET /api/v1/news?size=$size -> %{http_code} after %{time_total}s\n" \
    "$URL/api/v1/news?size=$size" >"$OUT/request-$size" &
done
sleep 1
say "3 list requests in flight (waiting on the lock); sending SIGTERM"
kill -TERM "$service"
for _ in 1 2 3 4 5 6; do
  sleep 0.7
  say "process $(alive "$service"); GET /q/health/ready -> $(ready); GET /q/health/live -> $(status "$MANAGEMENT_URL/q/health/live")"
done
wait "$locker"
say "lock released"
for size in 3 4 5; do
  while [[ ! -s $OUT/request-$size ]]; do sleep 0.2; done
  say "$(cat "$OUT/request-$size")"
done
set +e
wait "$service"
code=$?
set -e
say "process exited with status $code"
grep -E "Shutting down|stopped in" "$OUT/service.log" | sed 's/^/  log: /' || true
