# Sourced by .ci/readme-examples before the README's blocks, in the shell that runs them: a `curl` that
# checks each answer, and the printing of each block with its output and outcome.

exec 3>&1            # the run's own output; a block's output goes to its log, shown after it
__expected=          # the status the current command's comment names, or empty for "a 2xx"
__block=             # the number of the block running, until it has passed
__block_file=

__expect() {
  __expected=${1:-}
}

# An answer that should show something and shows an empty list or feed.
__lists_nothing() {
  local headers=$1 body=$2 type
  type=$(awk 'tolower($1) == "content-type:" { type = tolower($2) } END { print type }' "$headers" | tr -d '\r;')
  case $type in
    application/rss+xml) ! grep -qE '<item[ >]' "$body" ;;
    application/atom+xml) ! grep -qE '<entry[ >]' "$body" ;;  # entries carry xml:lang
    *json) grep -Eq '"(items|months)":\[\]' "$body" ;;
    *) return 1 ;;
  esac
}

# curl as the README runs it; also fails when the answer is not what the command's comment expects.
curl() {
  local headers body status rc=0 url problem=
  headers=$(mktemp)
  body=$(mktemp)
  command curl --no-progress-meter --dump-header "$headers" "$@" | tee "$body" || rc=$?
  status=$(awk '/^HTTP\// { status = $2 } END { print status }' "$headers")
  url=$(printf '%s\n' "$@" | grep -m1 -E '^https?://' || true)
  if [ "$rc" -ne 0 ]; then
    problem="curl failed (exit $rc)"
  elif [ -n "$__expected" ] && [ "$status" != "$__expected" ]; then
    problem="expected HTTP $__expected, got $status"
  elif [ -z "$__expected" ] && [[ $status != 2?? ]]; then
    problem="expected a 2xx answer, got $status"
  elif [ -z "$__expected" ] && __lists_nothing "$headers" "$body"; then
    problem="the answer lists nothing"
  fi
  # The status after the output, on a line of its own (most JSON answers end without a newline).
  if [ -n "$(tail -c 1 "$body")" ]; then
    echo >&2
  fi
  [ -z "$status" ] || echo "[HTTP $status]" >&2
  rm -f "$headers" "$body"
  if [ -n "$problem" ]; then
    echo "README example failed: $problem: $url ($README_EXAMPLES_FILE line ${BASH_LINENO[0]})" >&2
    return 1
  fi
}

__begin() {
  __block=$1 __block_file=$3
  printf '\n== Example %s (%s line %s)\n' "$__block" "$README_EXAMPLES_FILE" "$2" >&3
  sed 's/^/  $ /' "$__block_file.md" >&3
}

# What a block printed, 20 lines at most (its start when it passed, its end when it failed), long lines cut.
__show_output() {
  local part=$1 lines which=first
  lines=$(wc -l < "$__block_file.log")
  [ "$lines" -gt 0 ] || return 0
  if [ "$lines" -gt 20 ]; then
    [ "$part" = head ] || which=last
    echo "  -- output, the $which 20 of $lines lines:" >&3
  else
    echo "  -- output:" >&3
  fi
  "$part" -n 20 "$__block_file.log" | cut -c 1-160 | sed 's/^/  | /' >&3
}

__end() {
  __show_output head
  echo "  PASSED" >&3
  echo passed >> "$README_EXAMPLES_RESULTS"
  __block=
}

__on_exit() {
  local rc=$?
  if [ -n "$__block" ]; then
    __show_output tail
    echo "  FAILED (exit $rc)" >&3
    echo failed >> "$README_EXAMPLES_RESULTS"
  fi
}
trap __on_exit EXIT
