#!/usr/bin/env bash
# Plans of the service's own SQL: for every scenario captured by run.sh (raw-*/NN.sql), runs each
# statement under EXPLAIN (ANALYZE, BUFFERS) against the bench database and prints Markdown with
# the plans and the slowest statement per scenario. Usage: bench/explain.sh bench/results/raw-DAY-N
set -euo pipefail
RAW=${1:?usage: bench/explain.sh bench/results/raw-DAY-N}
DB=${BENCH_DB:-newsdesk_bench}
PSQL=(psql -h "${DB_HOST:-127.0.0.1}" -p "${DB_PORT:-5432}" -U "${DB_USER:-postgres}" -d "$DB" -X -q -At -v ON_ERROR_STOP=1)

items=$("${PSQL[@]}" -c "SELECT count(*) FROM news_item")
echo "Plans at $items items ($(date -u +%F), PostgreSQL $("${PSQL[@]}" -c 'SHOW server_version')), each statement run twice, the second (warm) plan shown."
for sql in "$RAW"/[0-9][0-9].sql; do
  scenario=$(grep -m1 '^name=' "${sql%.sql}.meta" | cut -d= -f2-)
  path=$(grep -m1 '^path=' "${sql%.sql}.meta" | cut -d= -f2-)
  echo
  echo "### $scenario"
  echo
  echo "\`GET $path\`"
  slowest=0
  # Statements end with ';' at the end of a line; comments start with '--'.
  while IFS= read -r -d $'\x1e' statement; do
    [[ -n ${statement//[[:space:]]/} ]] || continue
    "${PSQL[@]}" -c "EXPLAIN (ANALYZE) $statement" >/dev/null
    plan=$("${PSQL[@]}" -c "EXPLAIN (ANALYZE, BUFFERS) $statement")
    ms=$(grep -oP 'Execution Time: \K[0-9.]+' <<<"$plan")
    slowest=$(awk -v a="$slowest" -v b="$ms" 'BEGIN { print (b > a ? b : a) }')
    echo
    echo '```'
    echo "$statement" | head -c 600
    [[ ${#statement} -gt 600 ]] && echo " …"
    echo
    echo "$plan"
    echo '```'
  done < <(grep -v '^--' "$sql" | awk 'BEGIN { RS = ";\n"; ORS = "\x1e" } { print }')
  echo
  echo "Slowest statement of this scenario: **${slowest} ms**."
done
