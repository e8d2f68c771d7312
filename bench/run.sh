#!/usr/bin/env bash
# Benchmark imsg-guide against an empty Rust binary (the floor) and two tldr
# clients (tealdeer, tlrc) rendering a comparable page, and check the budget.
#
#   bench/run.sh [--quick] [--no-peers] [--runs N]
#
#   --quick     skip hyperfine (no wall times); instructions and memory only
#   --no-peers  do not install or measure tealdeer and tlrc
#   --runs N    hyperfine runs per command (default 30, after 3 warm-ups)
#
# Prints Markdown tables and a summary: every command in every format on the
# default build (what `cargo install --path . --locked` makes), piped and as on an
# 80-column colored terminal, beside the static build; then how custom guides
# scale. It exits 1 when any budget line is missed, so it can run as a check.
set -euo pipefail

# --- budget, from the issue -------------------------------------------------
BUDGET_GUIDE=450000          # instructions, any guide command in any format
BUDGET_SEARCH=600000         # instructions, search
BUDGET_BINARY=$((2 * 1024 * 1024))  # bytes
BUDGET_RSS_KIB=4096          # peak resident memory
BUDGET_PER_CUSTOM=50000      # instructions per custom guide, list and search
BUDGET_CUSTOM_RSS_KIB=16384  # peak resident memory with 1,000 custom guides

# --- options -----------------------------------------------------------------
quick=0
peers=1
runs=30
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --no-peers) peers=0 ;;
    --runs) runs="${2:?--runs needs a number}"; shift ;;
    -h | --help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

# Run from anywhere: everything below is relative to the repository root.
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
started=$SECONDS
# Wall times are only as quiet as the machine: the summary shows its load.
load_before="$(cut -d' ' -f1 /proc/loadavg)"

say() { printf '%s\n' "$*" >&2; }

# --- tools -------------------------------------------------------------------
# valgrind counts instructions, hyperfine times, GNU time reports peak RSS and
# jq reads hyperfine's JSON. Install whichever is missing (we run as root).
ensure_tools() {
  local need=()
  command -v valgrind >/dev/null 2>&1 || need+=(valgrind)
  command -v jq >/dev/null 2>&1 || need+=(jq)
  [ -x /usr/bin/time ] || need+=(time)
  if [ "$quick" = 0 ]; then
    command -v hyperfine >/dev/null 2>&1 || need+=(hyperfine)
  fi
  if [ "${#need[@]}" -gt 0 ]; then
    say "installing ${need[*]} ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
}
ensure_tools

tmp="$(mktemp -d "${TMPDIR:-/tmp}/imsg-guide-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# --- builds ------------------------------------------------------------------
host="$(rustc -vV | sed -n 's/^host: //p')"
target_dir="${CARGO_TARGET_DIR:-$repo/target}"

# The default build is what users get from `cargo install --path . --locked`:
# dynamically linked (build.rs links it without PIE on Linux). The static build
# is the README's: musl, without PIE, so there is no dynamic loader to pay for at
# start-up at all. --target keeps RUSTFLAGS off the build scripts and
# proc-macros, which cannot be linked statically.
static_target="${host%-gnu}-musl"
if ! rustup target list --installed 2>/dev/null | grep -qx "$static_target"; then
  if ! command -v rustup >/dev/null 2>&1; then
    say "bench/run.sh: the static build needs Rust's $static_target target, and rustup to add it"
    exit 2
  fi
  say "installing the $static_target target (rustup) ..."
  rustup target add "$static_target" >&2
fi
build_static() { # DIR [cargo args...]: build the crate in DIR, static
  local dir="$1"; shift
  (cd "$dir" && RUSTFLAGS="-C relocation-model=static" \
    cargo build --release --quiet --target "$static_target" "$@")
}
build_dynamic() { # DIR [cargo args...]: build the crate in DIR, default linking
  local dir="$1"; shift
  (cd "$dir" && cargo build --release --quiet "$@")
}

say "building imsg-guide (static and dynamic) ..."
build_static "$repo" --locked
build_dynamic "$repo" --locked
bin_static="$target_dir/$static_target/release/imsg-guide"
bin_dynamic="$target_dir/release/imsg-guide"

# The floor: `fn main() {}` with the same [profile.release] as Cargo.toml, so
# the difference is what imsg-guide itself costs above Rust's own start-up.
say "building the floor (empty main) ..."
mkdir -p "$tmp/floor/src"
{
  printf '[package]\nname = "floor"\nversion = "0.0.0"\nedition = "2021"\n\n[workspace]\n\n'
  # Copy the [profile.release] table verbatim, up to the next table.
  sed -n '/^\[profile\.release\]/,/^\[/p' Cargo.toml | sed '$ { /^\[/d }'
} >"$tmp/floor/Cargo.toml"
echo 'fn main() {}' >"$tmp/floor/src/main.rs"
CARGO_TARGET_DIR="$tmp/floor/target" build_static "$tmp/floor"
CARGO_TARGET_DIR="$tmp/floor/target" build_dynamic "$tmp/floor"
floor_static="$tmp/floor/target/$static_target/release/floor"
floor_dynamic="$tmp/floor/target/release/floor"

# --- peers -------------------------------------------------------------------
# Both peers install a binary called `tldr`, so each gets its own root. The
# install is cached: compiling them takes minutes, measuring them seconds.
peer_cache="${XDG_CACHE_HOME:-$HOME/.cache}/imsg-guide-bench/peers"
install_peer() { # CRATE: prints the path of its tldr binary
  local root="$peer_cache/$1"
  if [ ! -x "$root/bin/tldr" ]; then
    say "installing $1 from crates.io into $root (first run only; takes minutes) ..."
    # --locked first, for the versions the authors tested; a lock file that
    # names a version this registry does not serve (yanked, or a mirror that
    # lags) makes that fail, so fall back to a fresh resolution.
    if ! cargo install --locked --quiet --root "$root" "$1" >&2; then
      say "cargo install --locked $1 failed; retrying without --locked ..."
      cargo install --quiet --root "$root" "$1" >&2
      touch "$root/installed-without-locked"   # said in the summary
    fi
  fi
  printf '%s\n' "$root/bin/tldr"
}
if [ "$peers" = 1 ]; then
  tealdeer="$(install_peer tealdeer)"
  tlrc="$(install_peer tlrc)"
fi

# A tldr page of the same kind as a guide: a title, a summary and six
# example commands, rendered from a local file so no peer touches the network.
page="$tmp/imessage-signout.md"
cat >"$page" <<'EOF'
# imessage-signout

> Sign out of iMessage on an Apple device, or on every device at once.
> Signing out does not delete messages; back them up first to be safe.
> More information: <https://support.apple.com/guide/messages>.

- Open the iMessage settings on an iPhone or iPad running iOS 18 or later:

`open {{Settings}} > {{Apps}} > {{Messages}}`

- Sign out of iMessage on an iPhone running iOS 17 or earlier:

`open {{Settings}} > {{Messages}} > {{Send & Receive}} > {{Apple ID}} > {{Sign Out}}`

- Sign out of iMessage on a Mac running macOS 13 or later:

`open {{Messages}} > {{Settings}} > {{iMessage}} > {{Sign Out}}`

- Turn iMessage off without signing out:

`toggle {{Settings}} > {{Messages}} > {{iMessage}} off`

- Sign out on every device from the Apple Account website:

`open {{account.apple.com}} > {{Devices}} > {{device_name}} > {{Remove from Account}}`

- Fix the "iMessage is Signed Out" alert by signing in again:

`open {{Settings}} > {{Messages}} > {{Send & Receive}} > {{Use your Apple Account for iMessage}}`
EOF

# --- measurement -------------------------------------------------------------
# Every measured program runs in the same small environment: no TERM, no
# NO_COLOR, and a HOME/XDG tree of its own so the peers find no config or
# cache of the user's (and create theirs, if they must, in the temp dir).
mkdir -p "$tmp/home/.config" "$tmp/home/.cache" "$tmp/home/.local/share"
clean_env=(env -i "PATH=$PATH" "HOME=$tmp/home" "LANG=C.UTF-8"
  "XDG_CONFIG_HOME=$tmp/home/.config" "XDG_CACHE_HOME=$tmp/home/.cache"
  "XDG_DATA_HOME=$tmp/home/.local/share")

# Instructions executed by one run, as callgrind counts them ("Collected : N").
# The exit status is the program's own (the error path exits 2), so ignore it.
count_instructions() { # CMD...
  "${clean_env[@]}" valgrind --tool=callgrind --callgrind-out-file="$tmp/callgrind.out" \
    "$@" >/dev/null 2>"$tmp/valgrind.err" || true
  local n
  n="$(sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' "$tmp/valgrind.err")"
  if [ -z "$n" ]; then
    say "callgrind gave no count for: $*"; cat "$tmp/valgrind.err" >&2; exit 1
  fi
  printf '%s\n' "$n"
}

# Peak resident set size in KiB: the largest of three runs.
peak_rss() { # CMD...
  local max=0 kib _
  for _ in 1 2 3; do
    "${clean_env[@]}" /usr/bin/time -f %M -o "$tmp/rss" "$@" >/dev/null 2>&1 || true
    kib="$(tail -n 1 "$tmp/rss")"
    [ "$kib" -gt "$max" ] && max="$kib"
  done
  printf '%s\n' "$max"
}

# Mean ± standard deviation (median) in ms, from hyperfine without a shell in
# between. The median is there because a busy machine makes the mean jump.
wall_time() { # CMD...
  [ "$quick" = 1 ] && { printf '%s\n' "–"; return; }
  local cmdline
  cmdline="$(printf '%q ' "$@")"
  # -i: the error path exits 2 on purpose; measure it like the rest.
  if ! "${clean_env[@]}" hyperfine -N -i --warmup 3 --runs "$runs" --style none \
    --export-json "$tmp/hyperfine.json" "$cmdline" >"$tmp/hyperfine.log" 2>&1; then
    say "hyperfine failed for: $*"; cat "$tmp/hyperfine.log" >&2; exit 1
  fi
  jq -r '.results[0] | "\(.mean) \(.stddev) \(.median)"' "$tmp/hyperfine.json" |
    awk '{ printf "%.2f ± %.2f (%.2f)\n", $1 * 1000, $2 * 1000, $3 * 1000 }'
}

# 1234567 -> 1,234,567
group() { printf '%s\n' "$1" | sed ':a; s/\B[0-9]\{3\}\>/,&/; ta'; }
# A / B to two decimals, or – when B is unknown.
ratio() { # A B
  if [ -z "${2:-}" ] || [ "$2" = 0 ]; then printf '–\n'; return; fi
  awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f\n", a / b }'
}
kib_of() { printf '%s KiB\n' "$(group "$(( ($1 + 512) / 1024 ))")"; } # BYTES

# --- baselines ---------------------------------------------------------------
# Measured first: every imsg-guide row is a ratio to them.
rows=()
over=0
max_guide=0 max_search=0 max_static=0 max_rss=0 max_rss_static=0

say "measuring the floor ..."
floor_instr="$(count_instructions "$floor_static")"
floor_dyn_instr="$(count_instructions "$floor_dynamic")"
tealdeer_instr="" tlrc_instr=""
if [ "$peers" = 1 ]; then
  # Both render the local page and exit. --color never keeps the output the
  # same whether or not stdout is a terminal; neither reads a cache to render.
  tealdeer_cmd=("$tealdeer" --color never --render "$page")
  tlrc_cmd=("$tlrc" --color never --render "$page")
  say "measuring tealdeer and tlrc ..."
  tealdeer_instr="$(count_instructions "${tealdeer_cmd[@]}")"
  tlrc_instr="$(count_instructions "${tlrc_cmd[@]}")"
fi

# A row for the floor or a peer: no budget, and no dynamic columns except the
# floor's own (the peers are dynamic builds, as `cargo install` makes them).
baseline_row() { # LABEL DYN_INSTR STATIC_INSTR CMD...
  local label="$1" dyn="$2" instr="$3"; shift 3
  local wall rss static_cols="– | –"
  wall="$(wall_time "$@")"
  rss="$(peak_rss "$@")"
  [ -n "$instr" ] && static_cols="$(group "$instr") | $(ratio "$instr" "$floor_instr")"
  rows+=("| $label | – | $(group "$dyn") | – | $(ratio "$dyn" "$floor_dyn_instr") | $(ratio "$dyn" "$tealdeer_instr") | $(ratio "$dyn" "$tlrc_instr") | $wall | $(group "$rss") | $static_cols |")
}
baseline_row "floor: empty \`fn main() {}\`" "$floor_dyn_instr" "$floor_instr" "$floor_dynamic"
if [ "$peers" = 1 ]; then
  baseline_row "tealdeer \`tldr --render PAGE\`" "$tealdeer_instr" "" "${tealdeer_cmd[@]}"
  baseline_row "tlrc \`tldr --render PAGE\`" "$tlrc_instr" "" "${tlrc_cmd[@]}"
fi

# --- imsg-guide --------------------------------------------------------------
# The command as a reader would type it: arguments with spaces in quotes.
label_of() { # ARGS...
  local out="" a
  for a in "$@"; do
    case "$a" in *' '*) a="\"$a\"" ;; esac
    out="${out:+$out }$a"
  done
  printf '%s\n' "$out"
}

# One command in one format: the default build in full (instructions, wall
# time, peak memory), the static build's instructions beside it. Both must fit.
measure() { # BUDGET EXPECTED_EXIT FORMAT ARGS...
  local budget="$1" expected="$2" format="$3"; shift 3
  local args=("$@")
  case "$format" in
    markdown) args+=(-f markdown) ;;
    json) args+=(--json) ;;
    checklist) args+=(--checklist) ;;
    terminal) args+=(--color always --width 80) ;;
    "terminal, markdown") args+=(-f markdown --color always --width 80) ;;
  esac
  local label; label="$(label_of "$@")"
  say "measuring $label ($format) ..."

  # A command that stopped working would be measured as its error message:
  # show the exit status in the row when it is not the expected one.
  local rc=0 shown="$format"
  "${clean_env[@]}" "$bin_dynamic" "${args[@]}" >/dev/null 2>&1 || rc=$?
  [ "$rc" != 0 ] && shown="$format, exit $rc"
  if [ "$rc" != "$expected" ]; then
    shown="$shown **(expected $expected)**"
    over=1
  fi

  local instr dyn wall rss rss_static verdict="ok"
  dyn="$(count_instructions "$bin_dynamic" "${args[@]}")"
  instr="$(count_instructions "$bin_static" "${args[@]}")"
  wall="$(wall_time "$bin_dynamic" "${args[@]}")"
  rss="$(peak_rss "$bin_dynamic" "${args[@]}")"
  rss_static="$(peak_rss "$bin_static" "${args[@]}")"

  if [ "$dyn" -gt "$budget" ] || [ "$instr" -gt "$budget" ]; then
    verdict="**OVER** $(group "$budget")"
    over=1
  fi
  if [ "$budget" = "$BUDGET_SEARCH" ]; then
    [ "$dyn" -gt "$max_search" ] && max_search="$dyn"
  else
    [ "$dyn" -gt "$max_guide" ] && max_guide="$dyn"
  fi
  [ "$instr" -gt "$max_static" ] && max_static="$instr"
  [ "$rss" -gt "$max_rss" ] && max_rss="$rss"
  [ "$rss_static" -gt "$max_rss_static" ] && max_rss_static="$rss_static"
  rows+=("| \`imsg-guide $label\` | $shown | $(group "$dyn") | $verdict | $(ratio "$dyn" "$floor_dyn_instr") | $(ratio "$dyn" "$tealdeer_instr") | $(ratio "$dyn" "$tlrc_instr") | $wall | $(group "$rss") | $(group "$instr") | $(ratio "$instr" "$floor_instr") |")
}

each_format() { # BUDGET ARGS...: text, Markdown and JSON piped; text and Markdown on a terminal
  local budget="$1" f; shift
  for f in text markdown json terminal "terminal, markdown"; do measure "$budget" 0 "$f" "$@"; done
}

# Commands that are not in every build are measured only when --help lists them.
has_command() { "$bin_dynamic" --help | grep -qE "^  $1( |\$)"; }

each_format "$BUDGET_GUIDE" signin -d iphone -o 17
each_format "$BUDGET_GUIDE" signout -d iphone -o 18
each_format "$BUDGET_GUIDE" signout
each_format "$BUDGET_GUIDE" signout --all-devices
each_format "$BUDGET_GUIDE" deactivate -d mac -o 14
each_format "$BUDGET_GUIDE" fix-signed-out -d iphone -o 16
each_format "$BUDGET_GUIDE" fix-signed-out
each_format "$BUDGET_GUIDE" show fix-signed-out   # the largest guide
measure "$BUDGET_GUIDE" 0 checklist show fix-signed-out
each_format "$BUDGET_GUIDE" list
if has_command faq; then
  each_format "$BUDGET_GUIDE" faq
  each_format "$BUDGET_GUIDE" faq "delete messages"
fi
if has_command search; then
  each_format "$BUDGET_SEARCH" search "singout iphone"
  each_format "$BUDGET_SEARCH" search "iMessage is Signed Out"
fi
# The error path: a misspelled device is a usage error (exit 2) with a hint.
measure "$BUDGET_GUIDE" 2 text signout -d iphon

# --- custom guides -------------------------------------------------------------
# A team's folder of N guides, each named after its id as the folder rule wants:
# copies of the custom-guide fixtures, which are the size of a company guide.
say "measuring custom guides ..."
make_folder() { # N DIR
  local n="$1" dir="$2" i template id
  local templates=(tests/fixtures/valid/base/company-signout.json tests/fixtures/valid/addition/mdm-reset.json)
  mkdir -p "$dir"
  for ((i = 1; i <= n; i++)); do
    template="${templates[$((i % ${#templates[@]}))]}"
    id="team-guide-$i"
    sed "0,/\"id\": \"[a-z-]*\"/s//\"id\": \"$id\"/" "$template" >"$dir/$id.json"
  done
}
custom_rows=()
declare -A custom_cost
for n in 0 10 100 1000; do
  dir="$tmp/custom-$n"
  make_folder "$n" "$dir"
  if [ "$n" -gt 0 ] && ! "$bin_dynamic" validate "$dir" >/dev/null; then
    say "the generated folder of $n guides does not validate:"; "$bin_dynamic" validate "$dir" | head -n 3 >&2; exit 1
  fi
  row="| $(group "$n")"
  for cmd in "signout -d iphone -o 18" "show signin" list "search sign out"; do
    read -ra words <<<"$cmd"
    [ "$cmd" = "search sign out" ] && words=(search "sign out")
    cost="$(count_instructions "$bin_dynamic" --guides-dir "$dir" "${words[@]}")"
    custom_cost["$n $cmd"]="$cost"
    row="$row | $(group "$cost")"
  done
  rss="$(peak_rss "$bin_dynamic" --guides-dir "$dir" list)"
  custom_cost["$n rss"]="$rss"
  custom_rows+=("$row | $(group "$rss") |")
done

# The budget lines for custom guides, each with its verdict.
custom_lines=()
check_line() { # TEXT VALUE LIMIT
  local verdict
  if [ "$2" -le "$3" ]; then verdict="ok"; else verdict="**OVER**"; over=1; fi
  custom_lines+=("- $1: $(group "$2"), budget $(group "$3"): $verdict.")
}
for cmd in "signout -d iphone -o 18" "show signin"; do
  check_line "\`$cmd\` with 100 custom guides, instructions (at most 2× the $(group "${custom_cost["0 $cmd"]}") with none)" \
    "${custom_cost["100 $cmd"]}" "$((2 * ${custom_cost["0 $cmd"]}))"
done
for cmd in list "search sign out"; do
  for n in 100 1000; do
    per=$(( (${custom_cost["$n $cmd"]} - ${custom_cost["0 $cmd"]}) / n ))
    check_line "\`$cmd\`, instructions per custom guide with $(group "$n")" "$per" "$BUDGET_PER_CUSTOM"
  done
done
check_line "peak memory of \`list\` with 1,000 custom guides, KiB" "${custom_cost["1000 rss"]}" "$BUDGET_CUSTOM_RSS_KIB"

# --- report ------------------------------------------------------------------
# ok or OVER. Runs in $(...), so the caller also records the overrun itself.
verdict_of() { # VALUE LIMIT
  if [ "$1" -le "$2" ]; then printf 'ok\n'; else printf '**OVER**\n'; fi
}
size_static="$(stat -c %s "$bin_static")"
size_dynamic="$(stat -c %s "$bin_dynamic")"
for pair in "$max_guide $BUDGET_GUIDE" "$max_search $BUDGET_SEARCH" "$size_static $BUDGET_BINARY" \
  "$size_dynamic $BUDGET_BINARY" "$max_rss $BUDGET_RSS_KIB" "$max_rss_static $BUDGET_RSS_KIB"; do
  read -r value limit <<<"$pair"
  [ "$value" -gt "$limit" ] && over=1
done

echo "| command | format | instructions | budget | ×floor | ×tealdeer | ×tlrc | wall time, ms: mean ± σ (median) | peak RSS (KiB) | instructions, static build | ×floor, static |"
echo "| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
echo
echo "Custom guides in \`--guides-dir\`, instructions on the default build:"
echo
echo "| custom guides | \`signout -d iphone -o 18\` | \`show signin\` | \`list\` | \`search \"sign out\"\` | peak RSS of \`list\` (KiB) |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${custom_rows[@]}"
echo
echo "- Default build: \`cargo build --release\`, as \`cargo install --path . --locked\` makes it (dynamic; linked without PIE by build.rs). \"terminal\" rows add \`--color always --width 80\`, as on an 80-column colored terminal."
echo "- Floor (empty \`fn main() {}\`, same release profile): $(group "$floor_dyn_instr") instructions dynamic, $(group "$floor_instr") static."
if [ "$peers" = 1 ]; then
  echo "- Peers, run as \`tldr --color never --render PAGE\` on a six-example page with empty HOME/XDG dirs (no cache, no network), dynamically linked as \`cargo install\` builds them: $("$tealdeer" --version | head -n 1): $(group "$tealdeer_instr") instructions, binary $(kib_of "$(stat -c %s "$tealdeer")"); $("$tlrc" --version | head -n 1 | cut -d' ' -f1-2): $(group "$tlrc_instr") instructions, binary $(kib_of "$(stat -c %s "$tlrc")")."
  for p in tealdeer tlrc; do
    [ -e "$peer_cache/$p/installed-without-locked" ] &&
      echo "- $p was installed without \`--locked\`: its lock file names a dependency version this registry does not serve."
  done
else
  echo "- Peers: not measured (--no-peers)."
fi
echo "- Guide commands, default build: at most $(group "$max_guide") instructions, budget $(group "$BUDGET_GUIDE"): $(verdict_of "$max_guide" "$BUDGET_GUIDE")."
if has_command search; then
  echo "- Search, default build: at most $(group "$max_search") instructions, budget $(group "$BUDGET_SEARCH"): $(verdict_of "$max_search" "$BUDGET_SEARCH")."
fi
echo "- Static build: at most $(group "$max_static") instructions for any command; each row is held to the same budget."
echo "- Binary size, budget 2 MiB: default $(kib_of "$size_dynamic") ($(verdict_of "$size_dynamic" "$BUDGET_BINARY")), static $(kib_of "$size_static") ($(verdict_of "$size_static" "$BUDGET_BINARY"))."
echo "- Peak memory, budget $(group "$BUDGET_RSS_KIB") KiB: default at most $(group "$max_rss") KiB ($(verdict_of "$max_rss" "$BUDGET_RSS_KIB")), static at most $(group "$max_rss_static") KiB ($(verdict_of "$max_rss_static" "$BUDGET_RSS_KIB"))."
printf '%s\n' "${custom_lines[@]}"
if [ "$quick" = 1 ]; then
  echo "- Wall time: not measured (--quick)."
else
  echo "- Wall time: hyperfine, no shell, $runs runs after 3 warm-ups, output to /dev/null; mean ± standard deviation (median)."
fi
# The load after the run includes this script's own (about 1), so only the
# load before it says whether something else was running.
load_after="$(cut -d' ' -f1 /proc/loadavg)"
busy=""
if awk -v a="$load_before" 'BEGIN { exit !(a > 0.5) }'; then
  busy=" The machine was busy before the run: read the wall times as upper bounds."
fi
echo "- Load average (1 min) before / after the run: $load_before / $load_after; other work on the machine shows up in wall times, not in instruction counts.$busy"
echo "- Machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1); $(rustc --version | cut -d' ' -f1-2); $(valgrind --version); $((SECONDS - started)) s for this run."
if [ "$over" = 1 ]; then
  echo
  echo "**Over budget**: see the rows and lines marked OVER."
  exit 1
fi
