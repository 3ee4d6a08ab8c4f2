# Shared helpers of bench/run.sh and bench/generate.sh (sourced, not run).
# Everything here talks to 127.0.0.1 only and every wait is bounded.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)

BENCH_DB=${BENCH_DB:-newsdesk_bench}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER

SERVICE_PORT=${SERVICE_PORT:-8090}
SERVICE_URL="http://127.0.0.1:$SERVICE_PORT"
# Health and metrics are on the management port, 1000 above the service's unless given.
MANAGEMENT_PORT=${MANAGEMENT_PORT:-$((SERVICE_PORT + 1000))}
MANAGEMENT_URL="http://127.0.0.1:$MANAGEMENT_PORT"
# The service is built from a clone of the committed code, never from the work tree (someone edits it).
SRC_SNAPSHOT=${SRC_SNAPSHOT:-/tmp/nd-bench-src}
SERVICE_JAR="$SRC_SNAPSHOT/target/quarkus-app/quarkus-run.jar"
SERVICE_PID=""

# An editor's JWT (RS256) signed with the development key in src/dev/jwt, for scripts whose service is
# started with MP_JWT_VERIFY_ISSUER=<issuer>, MP_JWT_VERIFY_PUBLICKEY_LOCATION=$DEV_PUBLIC_KEY and
# MP_JWT_VERIFY_AUDIENCES=$DEV_AUDIENCE (and JWT_MAX_LIFETIME at least the token's lifetime, past 3600 s).
DEV_PUBLIC_KEY="$REPO_DIR/src/dev/jwt/public-key.pem"
DEV_AUDIENCE=newsdesk
dev_token() { # issuer, user, lifetime in seconds
  local now header payload
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | base64url)
  payload=$(printf '{"iss":"%s","aud":"%s","upn":"%s","groups":["editor"],"iat":%d,"exp":%d}' "$1" "$DEV_AUDIENCE" "$2" "$now" \
    $((now + $3)) | base64url)
  printf '%s.%s.%s' "$header" "$payload" "$(printf '%s.%s' "$header" "$payload" \
    | openssl dgst -sha256 -sign "$REPO_DIR/src/dev/jwt/private-key.pem" | base64url)"
}
base64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# psql against the bench database: unaligned, tuples only, stop on the first error.
bpsql() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$BENCH_DB" "$@"; }
# psql against the maintenance database (create/alter the bench database from outside it).
mpsql() { psql -X -q -v ON_ERROR_STOP=1 -At -d postgres "$@"; }

# Installs the Debian packages whose commands are missing ("cmd:package" pairs).
ensure_packages() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
  done
  ((${#missing[@]} == 0)) && return 0
  log "installing Debian packages: ${missing[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Installs Debian package $2 when file $1 is missing (for packages that bring data, not a command).
ensure_packages_file() {
  [[ -e $1 ]] && return 0
  log "installing Debian package $2"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

ensure_postgres() {
  pg_isready -q || die "PostgreSQL is not answering on $PGHOST:$PGPORT"
}

ensure_bench_db() {
  if [[ -z $(mpsql -c "SELECT 1 FROM pg_database WHERE datname = '$BENCH_DB'") ]]; then
    log "creating database $BENCH_DB"
    mpsql -c "CREATE DATABASE $BENCH_DB"
  fi
}

# Clones the committed code (HEAD, or the commit in $1) and builds the runnable jar (about 30 s with a
# warm Maven cache).
build_service() {
  local ref=${1:-HEAD}
  log "building the service from a clone of the committed code ($ref) in $SRC_SNAPSHOT"
  rm -rf "$SRC_SNAPSHOT"
  git clone -q "$REPO_DIR" "$SRC_SNAPSHOT"
  [[ $ref == HEAD ]] || git -C "$SRC_SNAPSHOT" checkout -q --detach "$ref" || die "no commit $ref"
  (cd "$SRC_SNAPSHOT" && ./mvnw -B -q package -DskipTests) >"${BUILD_LOG:-/tmp/nd-bench-build.log}" 2>&1 \
    || { tail -n 40 "${BUILD_LOG:-/tmp/nd-bench-build.log}" >&2; die "build failed"; }
  log "built $(git -C "$SRC_SNAPSHOT" log -1 --format='%h %s' | cut -c1-100)"
}

# The jar given (a path, for a run against a build of your own), else a build of the committed code.
use_jar_or_build() {
  if [[ -n ${1:-} ]]; then
    SERVICE_JAR=$(realpath "$1")
  else
    build_service
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Starts the service on SERVICE_PORT against the bench database; output goes to $1, further arguments
# are extra VAR=value settings. Sets SERVICE_PID; waits (bounded, 120 s) until /q/health/ready (on the
# management port) is 200.
start_service() {
  local out=$1 i code
  [[ -f $SERVICE_JAR ]] || die "no service jar at $SERVICE_JAR"
  port_in_use "$SERVICE_PORT" && die "port $SERVICE_PORT is already in use"
  port_in_use "$MANAGEMENT_PORT" && die "port $MANAGEMENT_PORT is already in use"
  # wrk sends everything from one address: the per-client rate limit would measure itself, so it is off.
  env DB_NAME="$BENCH_DB" DB_HOST=127.0.0.1 SAMPLE_CONTENT=false RATE_LIMIT=false PORT="$SERVICE_PORT" \
    MANAGEMENT_PORT="$MANAGEMENT_PORT" "${@:2}" \
    java -jar "$SERVICE_JAR" >"$out" 2>&1 &
  SERVICE_PID=$!
  for ((i = 0; i < 240; i++)); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$MANAGEMENT_URL/q/health/ready" || true)
    [[ $code == 200 ]] && { log "service ready (pid $SERVICE_PID)"; return 0; }
    kill -0 "$SERVICE_PID" 2>/dev/null || { tail -n 30 "$out" >&2; die "service exited during start"; }
    sleep 0.5
  done
  tail -n 30 "$out" >&2
  die "service not ready after 120 s"
}

# Stops the service started by start_service (TERM, then KILL after 20 s).
stop_service() {
  [[ -n $SERVICE_PID ]] || return 0
  if kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID" 2>/dev/null || true
    local i
    for ((i = 0; i < 40; i++)); do
      kill -0 "$SERVICE_PID" 2>/dev/null || break
      sleep 0.5
    done
    kill -0 "$SERVICE_PID" 2>/dev/null && kill -9 "$SERVICE_PID" 2>/dev/null
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=""
}
