#!/usr/bin/env bash
# How each scenario's cost grows with the archive: bench/run.sh without the response cache at each size, one
# after the other, then a table and a plot of req/s and p99 against the number of items.
#   bench/growth.sh [--sizes 10000,100000,1000000] [--duration S] [--connections C] [--warmup S]
# Each size has its own database, made once by bench/generate.sh: newsdesk_bench for 100,000 items (the
# default run's), newsdesk_bench_<N> for any other N. Writes bench/results/growth-<date>.md and .png, next to
# the run.sh result of each size.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

# The warm-up is longer than run.sh's default: the JIT is still compiling the first scenario after 10 s.
SIZES=10000,100000,1000000 DURATION=8 CONNECTIONS=16 WARMUP=30
while (($#)); do
  case $1 in
    --sizes) SIZES=${2:-}; shift 2 ;;
    --duration) DURATION=${2:-}; shift 2 ;;
    --connections) CONNECTIONS=${2:-}; shift 2 ;;
    --warmup) WARMUP=${2:-}; shift 2 ;;
    -h | --help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
IFS=, read -r -a SIZE_LIST <<<"$SIZES"
for value in "${SIZE_LIST[@]}" "$DURATION" "$CONNECTIONS" "$WARMUP"; do
  [[ $value =~ ^[1-9][0-9]*$ ]] || die "options take positive whole numbers (got '$value')"
done
ensure_packages gnuplot:gnuplot-nox python3:python3

RESULTS=()
for items in "${SIZE_LIST[@]}"; do
  db=newsdesk_bench
  ((items == 100000)) || db=newsdesk_bench_$items
  log "size $items in $db"
  before=$(ls "$BENCH_DIR"/results/*.md 2>/dev/null | sort)
  BENCH_DB=$db "$BENCH_DIR/run.sh" --items "$items" --peer none --response-cache off \
    --connections "$CONNECTIONS" --duration "$DURATION" --warmup "$WARMUP"
  made=$(comm -13 <(echo "$before") <(ls "$BENCH_DIR"/results/*.md | sort) | grep -v '/growth-' | tail -n 1)
  [[ -n $made ]] || die "run.sh wrote no result for $items items"
  RESULTS+=("$made")
done
# A second run on the same day gets its own name (growth-<date>-2, ...) instead of replacing the first's.
out="$BENCH_DIR/results/growth-$(date -u +%F)"
for ((n = 2; ; n++)); do
  [[ -e $out.md ]] || break
  out="$BENCH_DIR/results/growth-$(date -u +%F)-$n"
done
python3 "$BENCH_DIR/growth.py" --out "$out" "${RESULTS[@]}"
