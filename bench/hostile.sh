#!/usr/bin/env bash
# Time the two pathological inputs the checks and the wrapper must stay linear on:
#
#   1. `validate` on a guide with 1,000 methods whose version ranges all overlap
#      (each overlaps every earlier one: about 500,000 overlapping pairs);
#   2. `show` of a custom guide whose summary is one 1 MB paragraph, at --width 40.
#
#   bench/hostile.sh [--methods N] [--runs N]
#
# It builds the release binary (or uses $IMSG_GUIDE if set) and prints the mean wall
# time of each with hyperfine, or with `date` when hyperfine is missing. A report, not
# a test: the exit status says only whether the runs worked.
set -euo pipefail

methods=1000
runs=10
while [ $# -gt 0 ]; do
  case "$1" in
    --methods) methods="${2:?--methods needs a number}"; shift ;;
    --runs) runs="${2:?--runs needs a number}"; shift ;;
    -h | --help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) echo "bench/hostile.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
if [ -z "${IMSG_GUIDE:-}" ]; then
  cargo build --release --locked --quiet
  IMSG_GUIDE="$repo/target/release/imsg-guide"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# 1. Overlapping methods: same devices, same approach, every range from iOS 17 on.
mkdir "$work/overlap"
awk -v n="$methods" 'BEGIN {
  printf "{\n  \"id\": \"overlap\",\n  \"title\": \"Overlap\",\n  \"summary\": \"Every method overlaps every other.\",\n  \"methods\": [\n"
  for (i = 1; i <= n; i++) {
    printf "    { \"id\": \"m%d\", \"title\": \"Method %d\", \"devices\": [\"iphone\", \"ipad\"], \"os\": { \"from\": \"17\" },\n", i, i
    printf "      \"steps\": [{ \"text\": \"Step.\", \"sources\": [\"S0-8\"] }] }%s\n", (i < n ? "," : "")
  }
  printf "  ]\n}\n"
}' > "$work/overlap/overlap.json"

# 2. One 1 MB paragraph (200,000 five-byte words) as a guide's summary.
mkdir "$work/paragraph"
awk 'BEGIN {
  printf "{\n  \"id\": \"paragraph\",\n  \"title\": \"Paragraph\",\n  \"summary\": \""
  for (i = 0; i < 200000; i++) printf "%s", (i % 7 == 6 ? "long " : "word ")
  printf "\",\n  \"methods\": [{ \"id\": \"m\", \"title\": \"M\", \"devices\": [\"iphone\"],\n"
  printf "    \"steps\": [{ \"text\": \"Step.\", \"sources\": [\"S0-8\"] }] }]\n}\n"
}' > "$work/paragraph/paragraph.json"

overlap=(validate "$work/overlap/overlap.json")
wrap=(--guides-dir "$work/paragraph" show paragraph --width 40)

# Both must end as expected before they are timed: exit 2 with problems, exit 0 wrapped.
status=0
"$IMSG_GUIDE" "${overlap[@]}" > "$work/overlap.out" || status=$?
[ "$status" -eq 2 ] || { echo "validate exited $status, expected 2" >&2; exit 1; }
"$IMSG_GUIDE" "${wrap[@]}" > "$work/wrap.out"
widest=$(awk '{ if (length($0) > w) w = length($0) } END { print w }' "$work/wrap.out")

echo "overlap guide: $methods methods, $(wc -c < "$work/overlap/overlap.json") bytes, $(wc -l < "$work/overlap.out") problem lines"
echo "paragraph guide: $(wc -c < "$work/paragraph/paragraph.json") bytes, $(wc -l < "$work/wrap.out") lines at --width 40, the widest $widest columns"

quote() { printf '%q ' "$@"; }
if command -v hyperfine > /dev/null; then
  hyperfine -N --warmup 1 --runs "$runs" -i \
    -n "validate, $methods overlapping methods" "$(quote "$IMSG_GUIDE" "${overlap[@]}")" \
    -n "wrap a 1 MB paragraph at --width 40" "$(quote "$IMSG_GUIDE" "${wrap[@]}")"
else
  for name in overlap wrap; do
    declare -n args=$name
    start=$(date +%s%N)
    for _ in $(seq "$runs"); do "$IMSG_GUIDE" "${args[@]}" > /dev/null || true; done
    end=$(date +%s%N)
    echo "$name: $(( (end - start) / runs / 1000000 )) ms mean over $runs runs"
  done
fi
