#!/usr/bin/env bash
# Two instances of the service behind nginx on this machine, against one database: shows that they
# serve the same answers, accept each other's cursors, and that a write through one is visible
# through the other (and through the load balancer) at once, although both cache their answers.
#   bench/scale-out.sh            # builds the committed code, prints a report, exits 1 on a failed check
# Ports 8200 (nginx), 8201 and 8202 (instances); database newsdesk_scale (created, sample content loaded).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

BENCH_DB=${SCALE_DB:-newsdesk_scale}
LB_PORT=8200
PORTS=(8201 8202)
PIDS=()
WORK=$(mktemp -d /tmp/nd-scale.XXXXXX)
FAILED=0
# The instances trust the development key (src/dev/jwt) for this run only, to sign an editor's token.
ISSUER=https://newsdesk.invalid/scale-out

cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -f $WORK/nginx.pid ]] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

check() { # name, detail, then the condition as a command
  local name=$1 detail=$2
  shift 2
  if "$@"; then echo "PASS  $name  $detail"; else echo "FAIL  $name  $detail"; FAILED=1; fi
}

start_instance() { # port
  port_in_use "$1" && die "port $1 is already in use"
  env DB_NAME="$BENCH_DB" DB_HOST=127.0.0.1 PORT="$1" MANAGEMENT_PORT=$(($1 + 1000)) SAMPLE_CONTENT=true RATE_LIMIT=false \
    MP_JWT_VERIFY_ISSUER="$ISSUER" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$DEV_PUBLIC_KEY" \
    MP_JWT_VERIFY_AUDIENCES="$DEV_AUDIENCE" java -jar "$SERVICE_JAR" >"$WORK/instance-$1.log" 2>&1 &
  PIDS+=($!)
}

await_ready() { # port (health is on the management port, 1000 above it)
  local i
  for ((i = 0; i < 240; i++)); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$(($1 + 1000))/q/health/ready") == 200 ]] && return 0
    sleep 0.5
  done
  tail -n 30 "$WORK/instance-$1.log" >&2
  die "instance on $1 not ready after 120 s"
}

millis() { date +%s%3N; }

ensure_packages nginx:nginx curl:curl openssl:openssl
ensure_postgres
ensure_bench_db
[[ ${BENCH_SNAPSHOT_READY:-} == 1 ]] || build_service

# Both start together: the sample content is loaded once (advisory lock), whichever comes first.
for port in "${PORTS[@]}"; do start_instance "$port"; done
for port in "${PORTS[@]}"; do await_ready "$port"; done
log "instances ready on ${PORTS[*]}"

cat >"$WORK/nginx.conf" <<EOF
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 256; }
http {
  access_log off;
  upstream newsdesk { server 127.0.0.1:${PORTS[0]}; server 127.0.0.1:${PORTS[1]}; }
  server {
    listen 127.0.0.1:$LB_PORT;
    location / {
      proxy_pass http://newsdesk;
      proxy_set_header Host \$host:\$server_port;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
EOF
nginx -c "$WORK/nginx.conf"
A=http://127.0.0.1:${PORTS[0]}
B=http://127.0.0.1:${PORTS[1]}
LB=http://127.0.0.1:$LB_PORT

echo "# Scale-out check, $(date -u +%FT%TZ), commit $(git -C "$SRC_SNAPSHOT" rev-parse --short HEAD)"

# 1. The same answers from both instances.
path=/api/v1/news?topic=pensions
# Links in answers (and so ETags) carry the host the client asked for: ask both instances as the load
# balancer's clients do.
HOST="Host: 127.0.0.1:$LB_PORT"
etag() { curl -s -D - -o /dev/null -H "$HOST" "$1" | tr -d '\r' | awk 'tolower($1)=="etag:"{print $2}'; }
etag_a=$(etag "$A$path")
etag_b=$(etag "$B$path")
check "same list, same ETag on both instances" "$etag_a $etag_b" test -n "$etag_a" -a "$etag_a" = "$etag_b"
upstreams=$(for _ in 1 2 3 4; do curl -s -D - -o /dev/null "$LB/api/v1/news" | tr -d '\r' \
  | awk 'tolower($1)=="x-upstream:"{print $2}'; done | sort -u | wc -l)
check "the load balancer uses both instances" "$upstreams upstreams in 4 requests" test "$upstreams" = 2

# 2. A cursor made by one instance is accepted by the other (the signing key is shared in PostgreSQL).
next=$(curl -s "$A/api/v1/news?size=5" | python3 -c 'import json,sys; print(json.load(sys.stdin)["links"]["next"])')
cursor_status=$(curl -s -o /dev/null -w '%{http_code}' "$B${next#"$A"}")
check "a cursor from instance A works on instance B" "status $cursor_status" test "$cursor_status" = 200

# 3. A write through A is visible through B and the load balancer at once, although B has the old
#    answers cached (warmed just before the write).
AUTH="Authorization: Bearer $(dev_token "$ISSUER" scale-out 600)"
title="Scale-out check $(date +%s%N)"
created=$(curl -s -X POST "$A/api/v1/news" -H "$AUTH" -H 'Content-Type: application/json' \
  -d "{\"title\":\"$title\",\"summary\":\"Written through instance A.\",\"publishedOn\":\"2022-07-06\",\"status\":\"published\"}")
slug=$(printf '%s' "$created" | python3 -c 'import json,sys; print(json.load(sys.stdin)["slug"])')
# Five changes in a row: each time, how long after A's answer B serves the new title.
delays=()
for round in 1 2 3 4 5; do
  for _ in 1 2 3; do curl -s -o /dev/null "$B/api/v1/news?size=1"; done
  curl -s -o /dev/null -H "$HOST" -X PATCH "$A/api/v1/news/$slug" -H "$AUTH" -H "If-Match: $(etag "$A/api/v1/news/$slug")" \
    -H 'Content-Type: application/merge-patch+json' -d "{\"title\":\"$title (change $round)\"}"
  written=$(millis)
  seen=""
  for ((i = 0; i < 200; i++)); do
    if curl -s "$B/api/v1/news?size=1" | grep -q "(change $round)"; then seen=$(millis); break; fi
    sleep 0.005
  done
  delays+=("$(( ${seen:-99999} - written ))")
done
check "each change through A is served by B" "ms after A answered: ${delays[*]}" \
  test "$(printf '%s\n' "${delays[@]}" | sort -n | tail -n 1)" -lt 1000
lb_fresh=0
for _ in 1 2 3 4; do curl -s "$LB/api/v1/news?size=1" | grep -q "(change 5)" || lb_fresh=1; done
check "every answer through the load balancer has the change" "4 requests" test "$lb_fresh" = 0

# Leave the database as the sample content: retire the item written here.
curl -s -o /dev/null -H "$HOST" -X DELETE "$A/api/v1/news/$slug" -H "$AUTH" -H "If-Match: $(etag "$A/api/v1/news/$slug")"

exit $FAILED
