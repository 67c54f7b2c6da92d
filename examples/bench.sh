#!/usr/bin/env bash
# The performance benchmark of issue #7 (SPEC §10): builds in release mode,
# generates synthetic registers of 1,000, 10,000 and 100,000 cards, times
# the daily commands on each, and compares them with two references run on
# the same files:
#
#   the floor  examples/floor.rs: walk the tree, read every card, parse three
#              fields with serde_json, in parallel (and, for `check`, also
#              read every document); for the batch registration, write as
#              many files of a card's size atomically (temp file, fsync,
#              rename, fsync of the directory), one after another;
#   the peer   the report's aggregation done by jq over the card files.
#
# Every timing is the median of --runs runs after one untimed warm-up run
# (warm page cache; the daily work's and the oblast's commands have their
# files brought back into the page cache before each run, `floor warm`, as
# a VM's reclaim evicts idle pages); peak memory is the largest resident
# set of those runs (GNU time's %M). The table, the targets and the machine are written to
# BENCHMARKS.md (or --out FILE).
#
#   examples/bench.sh                          # every section: the sizes' ~10 min on 2 cores, then intake, daily, oblast (below)
#   examples/bench.sh --sizes 1000,10000       # a quick run: ~2 min
#   examples/bench.sh --runs 3 --keep          # keep the registers (in --work DIR)
#   examples/bench.sh --only intake            # just the intake section: ~10 min
#   examples/bench.sh --daily-only             # only the daily work (issue #20): 11 min at --runs 7
#   examples/bench.sh --oblast-only            # only the oblast roll-up (issue #20): 7 min at --runs 7
#
# The intake section (issue #19) registers generated CSV exports of 10,000
# and 200,000 appeals into fresh copies of the demo register, and times
# the refusal of 200,000 records with one bad last line in each format, to
# show that intake's memory doesn't grow with its input. With --only intake
# it replaces its own section of BENCHMARKS.md and leaves the rest as is.
#
# The daily work's section (issue #20) times `deadlines` and `report` on
# three more registers of 100,000 cards: about 1% open, all on control
# over ten years, and twice the closed history beside the same recent work
# (200,000 cards); with --daily-only it runs alone and replaces its section
# of the --out file, leaving the rest as it was.
#
# The oblast's section (issue #20) generates 30 registers of 10,000 cards
# (--oblast N,CARDS to change it; a seed each) and times, against the floor
# over all their card files: `report` over all years of all 30 (one -R run),
# `export --format parquet` of all 30 into one directory (one -R run), and
# DuckDB's roll-up query over that directory (examples/oblast-rollup.sh
# --exported --time: the query alone, timed in Python, and the whole python
# process). With --oblast-only it runs alone and replaces its section of the
# --out file. It needs python3 with duckdb (installed with pip when missing
# and the script runs as root) and about 1.5 GB under $TMPDIR.
#
# Needs bash 5, cargo, GNU time (/usr/bin/time) and jq (the last two are
# installed with apt-get when missing and the script runs as root), and
# about 2.5 GB free under $TMPDIR (or --work) for the three registers.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${EPOCHREALTIME:-}" ]; then echo "error: needs bash 5 or later" >&2; exit 1; fi

sizes=1000,10000,100000
runs=5
batch=10000
seed=1
out=BENCHMARKS.md
work=
keep=false
batch_everywhere=false
only=
intake_sizes=10000,200000
daily_only=false
oblast_only=false
oblast=30,10000
today=2024-12-20   # the generated registers' "today"
month=2024-11      # the last full month before it
topic=015          # ~3% of the cards: list prints a page, not the register
usage() {
  sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
  echo "options: --sizes N,N,... --runs N --batch N --batch-everywhere --daily-only --oblast-only --oblast N,CARDS --seed N --out FILE --work DIR --keep --only intake --intake-sizes N,N"
}
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --batch) batch=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    --batch-everywhere) batch_everywhere=true; shift ;;
    --only) only=$2; shift 2 ;;
    --intake-sizes) intake_sizes=$2; shift 2 ;;
    --daily-only) daily_only=true; shift ;;
    --oblast-only) oblast_only=true; shift ;;
    --oblast) oblast=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "error: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done
case "$only" in ""|intake) ;; *) echo "error: --only takes 'intake'" >&2; exit 2 ;; esac
IFS=, read -r -a SIZES <<<"$sizes"
say() { printf '%s\n' "$*" >&2; }

# --- tools ------------------------------------------------------------------
need() { # command, apt package
  command -v "$1" >/dev/null 2>&1 && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing $2…"
    apt-get update -qq >/dev/null && apt-get install -y -qq "$2" >/dev/null
  else
    say "error: $1 is missing; install the $2 package"; exit 1
  fi
}
need jq jq
[ -x /usr/bin/time ] || need /usr/bin/time time

# --- build ------------------------------------------------------------------
say "building (release)…"
cargo build --release --quiet --bin appeals --example generate --example floor
target=${CARGO_TARGET_DIR:-target}
APPEALS=$target/release/appeals
GENERATE=$target/release/examples/generate
FLOOR=$target/release/examples/floor

if [ -z "$work" ]; then work=$(mktemp -d "${TMPDIR:-/tmp}/appeals-bench.XXXXXX"); fi
mkdir -p "$work"
if [ "$keep" = false ]; then trap 'rm -rf "$work"' EXIT; fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
started=$(date +%s)

# --- measuring --------------------------------------------------------------
declare -A T M X   # median ms, peak RSS KiB, exit status; key "name@size"
declare -A RUNS    # each run's ms, in run order, of a command run interleaved

# Runs "$@" once; sets ms, rss, code. EPOCHREALTIME (bash 5) reads the
# clock without a fork, so a 5 ms command isn't timed with the clock's cost.
once() {
  local s e
  s=$EPOCHREALTIME
  /usr/bin/time -f '%M %x' -o "$work/time.txt" "$@" >"$work/stdout" 2>"$work/stderr" || true
  e=$EPOCHREALTIME
  read -r rss code < <(tail -n 1 "$work/time.txt")
  ms=$(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.1f", (e - s) * 1000 }')
}

# The median of numbers given one a line.
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# Records KEY's result and says it.
note() { # key, median, peak, worst
  T[$1]=$2; M[$1]=$3; X[$1]=$4
  if [ "$4" != 0 ]; then
    say "  ${1%@*}: exit $4: $(head -n 3 "$work/stderr" | tr '\n' ' ')"
  else
    say "  ${1%@*}: $2 ms, $(($3 / 1024)) MiB"
  fi
}

# measure KEY RUNS -- command...: a warm-up, then RUNS timed runs.
measure() {
  local key=$1 n=$2; shift 3
  local times="" peak=0 worst=0
  once "$@"
  for ((i = 0; i < n; i++)); do
    once "$@"
    times+="$ms "
    if [ "$rss" -gt "$peak" ]; then peak=$rss; fi
    if [ "$code" != 0 ]; then worst=$code; fi
  done
  note "$key" "$(printf '%s\n' $times | median)" "$peak" "$worst"
}

# interleaved RUNS KEY...: the commands set with `command_is KEY -- …`, each
# warmed up once, then run in turn RUNS times (floor, report, …, floor,
# report, …), so that a drift in the machine's load falls on all of them
# alike and their ratios stay put. RUNNO in a command becomes the run's
# number (a new appeal each run).
#
# A command given its files with `warm_is KEY -- DIR…` has them brought into
# the page cache (`floor warm`, untimed) before each of its runs, and the
# number that weren't is kept in EVICTED: a VM that hands idle memory back
# to its host (DAMON's reclaim here pages out file pages idle for a minute)
# would otherwise time the disk in some runs and not in others.
declare -A CMD WARM EVICTED
command_is() { local key=$1; shift 2; CMD[$key]=$(printf '%q ' "$@"); }
warm_is() { local key=$1; shift 2; WARM[$key]=$(printf '%q ' "$@"); }
# Brings KEY's files into the page cache; sets evicted (empty without).
warm() {
  evicted=""
  if [ -n "${WARM[$1]:-}" ]; then
    evicted=$(eval "\"\$FLOOR\" warm ${WARM[$1]}" | sed -n 's/^\([0-9]*\) of .*/\1/p')
  fi
}
interleaved() {
  local n=$1; shift
  local key i evicted
  declare -A times=() peak=() worst=()
  for key in "$@"; do
    warm "$key"
    eval "once ${CMD[$key]//RUNNO/w}"
    times[$key]=""; peak[$key]=0; worst[$key]=0; EVICTED[$key]=""
  done
  for ((i = 0; i < n; i++)); do
    for key in "$@"; do
      warm "$key"
      EVICTED[$key]+="${evicted:+$evicted }"
      eval "once ${CMD[$key]//RUNNO/$i}"
      times[$key]+="$ms "
      if [ "$rss" -gt "${peak[$key]}" ]; then peak[$key]=$rss; fi
      if [ "$code" != 0 ]; then worst[$key]=$code; fi
    done
  done
  for key in "$@"; do
    note "$key" "$(printf '%s\n' ${times[$key]} | median)" "${peak[$key]}" "${worst[$key]}"
    RUNS[$key]=${times[$key]}
  done
}

cat >"$work/report.jq" <<'JQ'
# The monitoring report's aggregation (appeals report --month), in jq.
def inc(f): f += 1;
reduce (inputs | select(.received | startswith($month))) as $c ({};
  ($c.resolution.executors[0] // "-") as $e
  | ($c.resolution.coordinator // "-") as $k
  | ($c.status == "sent" or $c.status == "closed") as $closed
  | inc(.totals.received)
  | inc(.by_form[$c.classification.form])
  | inc(.by_sign[$c.classification.sign])
  | inc(.by_kind[$c.classification.kind])
  | inc(.by_gender[$c.applicant.gender // "-"])
  | inc(.by_subject[$c.classification.subject])
  | inc(.by_type[$c.classification.type])
  | reduce $c.applicant.categories[] as $x (.; inc(.by_category[$x]))
  | inc(.by_social_status[$c.applicant.social_status // "-"])
  | reduce $c.classification.topics[] as $x (.; inc(.by_topic[$x]))
  | reduce ([$e, "executors"], [$k, "coordinators"]) as [$who, $role] (.;
      .[$role][$who] |= ((. // {}) as $p | $p
        + {received: (($p.received // 0) + 1)}
        + (if $c.answer == null then {}
           elif $c.answer.late then {answered_late: (($p.answered_late // 0) + 1)}
           else {answered_on_time: (($p.answered_on_time // 0) + 1)} end)
        + (if $c.answer == null then {}
           else {quality_sum: (($p.quality_sum // 0) + $c.answer.quality.score),
                 quality_n: (($p.quality_n // 0) + 1)} end)
        + (if $closed then {results: (($p.results // {}) | .[$c.result // "-"] += 1)}
           else {open: (($p.open // 0) + 1)}
             + (if $c.term.control_date < $today
                then {open_overdue: (($p.open_overdue // 0) + 1)} else {} end)
           end)))
  | if $closed then inc(.totals.closed) | inc(.by_result[$c.result // "-"])
    else inc(.totals.open)
      | if $c.term.control_date < $today then inc(.totals.overdue) else . end end
  | if $c.answer == null then .
    elif $c.answer.late then inc(.totals.answered_late)
    else inc(.totals.answered_on_time) end)
JQ

# --- intake (issue #19) -----------------------------------------------------
# Exports of generated appeals (examples/generate.rs, valid for the demo
# register's Classifier) as CSV with a header, in the columns a contact
# centre sends, lists joined by ';'.
intake_day=2015-07-20
intake_columns='["cc_number","received","name","address","phone","email","gender","categories","social_status","signatories","kind","topics","summary","term","confidential"]'
to_csv() { # JSON Lines in, CSV out
  jq -r -n --argjson cols "$intake_columns" '($cols | @csv),
    (inputs | [.[$cols[]] | if type == "array" then join(";") elif . == null then "" else tostring end] | @csv)'
}
# Registers FILE into a fresh copy of the demo register; sets the key's
# time, peak and exit status. Every run: a fresh copy.
intake_run() { # key, file, more arguments
  local key=$1 file=$2; shift 2
  rm -rf "$work/intake-reg"
  cp -r register "$work/intake-reg"
  once env APPEALS_LANG=en "$APPEALS" -R "$work/intake-reg" --today "$intake_day" --user zarichenko \
    register --from "$file" "$@"
  note "$key" "$ms" "$rss" "$code"
  # What it said: the summary, or the first problem of a refusal.
  if [ "$code" = 0 ]; then
    OUT[$key]=$(tail -n 1 "$work/stderr")
  else
    OUT[$key]=$(grep -m 1 '^  ' "$work/stderr" | sed 's/^ *//')
  fi
  OUT[$key]=$(printf '%s' "${OUT[$key]}" | sed "s|$work/||g" | cut -c1-110)
}
declare -A OUT
intake_section() {
  local n big bad
  IFS=, read -r -a ISIZES <<<"$intake_sizes"
  big=${ISIZES[${#ISIZES[@]} - 1]}
  bad='{"cc_number":"BAD-1","received":"2015-02-30","topics":["009"],"summary":"x"}'
  rm -rf "$work/intake-demo"
  cp -r register "$work/intake-demo"
  for n in "${ISIZES[@]}"; do
    say "intake of $n appeals:"
    "$GENERATE" --out "$work/intake-demo" --seed "$seed" --records "$n" --received "$intake_day" \
      --records-out "$work/intake-$n.jsonl" 2>/dev/null
    to_csv <"$work/intake-$n.jsonl" >"$work/intake-$n.csv"
    IBYTES[$n]=$(stat -c %s "$work/intake-$n.csv")
    intake_run "intake-csv@$n" "$work/intake-$n.csv"
  done
  say "refusals of $big appeals with one bad last record:"
  # $big records in all, the last of them bad (one more would be over the cap).
  { head -n $((big - 1)) "$work/intake-$big.jsonl"; echo "$bad"; } >"$work/bad-$big.jsonl"
  { echo "$bad"; } | to_csv | tail -n 1 | cat <(head -n "$big" "$work/intake-$big.csv") - >"$work/bad-$big.csv"
  { echo '['; head -n $((big - 1)) "$work/intake-$big.jsonl" | sed 's/$/,/'; echo "$bad"; echo ']'; } >"$work/bad-$big.json"
  for f in csv jsonl json; do
    IBYTES[bad-$f]=$(stat -c %s "$work/bad-$big.$f")
    intake_run "intake-bad-$f@$big" "$work/bad-$big.$f"
  done
  say "a dry run of $big appeals:"
  intake_run "intake-dry@$big" "$work/intake-$big.csv" --dry-run
  # The worst a file within both caps can hold for memory: as many records
  # as one registration takes, each with a name and an e-mail of hundreds
  # of characters (the applicant index holds such keys hashed); and one
  # record more than the cap, refused before anything is written.
  say "$big appeals with long names; $big + 1 appeals:"
  jq -c --arg pad "$(printf ' Довгоназвенко%.0s' $(seq 24))" --arg at "$(printf 'x%.0s' $(seq 180))" \
    'if .name == null then . else .name += $pad | .email = ("a" + .cc_number + $at + "@example.com") end' \
    "$work/intake-$big.jsonl" >"$work/long-$big.jsonl"
  IBYTES[long]=$(stat -c %s "$work/long-$big.jsonl")
  intake_run "intake-long@$big" "$work/long-$big.jsonl"
  { cat "$work/intake-$big.jsonl"; echo '{"cc_number":"ONE-MORE","received":"'"$intake_day"'","topics":["009"],"summary":"x"}'; } >"$work/over-$big.jsonl"
  IBYTES[over]=$(stat -c %s "$work/over-$big.jsonl")
  intake_run "intake-over@$big" "$work/over-$big.jsonl"
  rm -rf "$work/intake-reg" "$work/intake-demo" "$work/long-$big.jsonl" "$work/over-$big.jsonl"
}
declare -A IBYTES
# The intake section of BENCHMARKS.md.
intake_table() {
  local n big=${ISIZES[${#ISIZES[@]} - 1]}
  echo "## Intake"
  echo
  echo "Produced by \`examples/bench.sh --only intake --intake-sizes $intake_sizes\` on $(date -u '+%Y-%m-%d %H:%M UTC') (issue #19)."
  echo "\`appeals register --from FILE --today $intake_day\` into a fresh copy of the demo register, once each"
  echo "(a registration changes the register), of CSV exports generated by \`examples/generate.rs\` (seed $seed)."
  echo "A refused file has $big records, the last of them bad (a date that doesn't exist); it is read"
  echo "once and nothing is written. A batch is read twice, a record at a time (to validate, then to register),"
  echo "so memory doesn't grow with the file; one registration takes at most 200,000 appeals (a bigger file is"
  echo "refused before anything is written, to be registered in parts), and the applicant index holds a key"
  echo "longer than 96 bytes as its hash, so what a batch keeps (its cards' index lines and the files it wrote)"
  echo "stays bounded. Memory is the peak resident set (GNU time's %M)."
  echo
  echo "| input | size MiB | exit | wall ms | peak MiB | what it said |"
  echo "|---|---:|---:|---:|---:|---|"
  for n in "${ISIZES[@]}"; do
    echo "| $n appeals, CSV | $(awk -v b="${IBYTES[$n]}" 'BEGIN { printf "%.1f", b / 1048576 }') | ${X[intake-csv@$n]} | $(t intake-csv@$n) | $(mib intake-csv@$n) | ${OUT[intake-csv@$n]} |"
  done
  for f in csv jsonl json; do
    echo "| $big appeals, the last bad, $f | $(awk -v b="${IBYTES[bad-$f]}" 'BEGIN { printf "%.1f", b / 1048576 }') | ${X[intake-bad-$f@$big]} | $(t intake-bad-$f@$big) | $(mib intake-bad-$f@$big) | ${OUT[intake-bad-$f@$big]} |"
  done
  echo "| $big appeals, CSV, \`--dry-run\` | $(awk -v b="${IBYTES[$big]}" 'BEGIN { printf "%.1f", b / 1048576 }') | ${X[intake-dry@$big]} | $(t intake-dry@$big) | $(mib intake-dry@$big) | ${OUT[intake-dry@$big]} |"
  echo "| $big appeals with names and e-mails of hundreds of characters, JSON Lines | $(awk -v b="${IBYTES[long]}" 'BEGIN { printf "%.1f", b / 1048576 }') | ${X[intake-long@$big]} | $(t intake-long@$big) | $(mib intake-long@$big) | ${OUT[intake-long@$big]} |"
  echo "| $big + 1 appeals (over the cap of one registration), JSON Lines | $(awk -v b="${IBYTES[over]}" 'BEGIN { printf "%.1f", b / 1048576 }') | ${X[intake-over@$big]} | $(t intake-over@$big) | $(mib intake-over@$big) | ${OUT[intake-over@$big]} |"
  echo
  echo "| target | measured | |"
  echo "|---|---|---|"
  for k in "${!X[@]}"; do
    case $k in intake-*) ;; *) continue ;; esac
    m=$(mib "$k")
    echo "| intake peak memory < 200 MiB: \`$k\` | $m MiB | $(verdict eval '[ "$m" -lt 200 ]') |"
  done | sort
  for n in "${ISIZES[@]}"; do
    echo "| $n appeals registered | exit ${X[intake-csv@$n]} | $(verdict eval '[ "${X[intake-csv@$n]}" = 0 ]') |"
  done
  echo "| $big appeals with long names registered | exit ${X[intake-long@$big]} | $(verdict eval '[ "${X[intake-long@$big]}" = 0 ]') |"
  echo "| one appeal over the cap refuses the file (exit 1) | exit ${X[intake-over@$big]} | $(verdict eval '[ "${X[intake-over@$big]}" = 1 ]') |"
  for f in csv jsonl json; do
    echo "| the bad record refuses the $f file (exit 1) | exit ${X[intake-bad-$f@$big]} | $(verdict eval '[ "${X[intake-bad-$f@$big]}" = 1 ]') |"
  done
}

if [ "$only" = intake ]; then
  intake_section
  t() { echo "${T[$1]:-}"; }
  mib() { awk -v k="${M[$1]:-0}" 'BEGIN { printf "%.0f", k / 1024 }'; }
  verdict() { if "$@"; then echo pass; else echo "**FAIL**"; fi; }
  intake_table >"$work/intake.md"
  # Replaces the section in $out (to the next "## " heading that isn't its
  # own), or adds it at the end; the other sections stay as they are.
  if [ -f "$out" ]; then
    awk -v f="$work/intake.md" '
      /^## / { if (skip) skip = 0 }
      /^## Intake$/ { while ((getline l < f) > 0) print l; print ""; skip = 1; done = 1; next }
      !skip { print }
      END { if (!done) { print ""; while ((getline l < f) > 0) print l } }' "$out" >"$work/out.md"
    mv "$work/out.md" "$out"
  else
    cp "$work/intake.md" "$out"
  fi
  say ""
  cat "$work/intake.md"
  exit 0
fi

# --- reading the measures ---------------------------------------------------
t() { echo "${T[$1]:-}"; }
ran() { [ "${X[$1]:-1}" = 0 ]; }   # measured, and exited 0
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b > 0) printf "%.2f", a / b; else print "–" }'; }
at_most() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "–" && a + 0 <= b + 0) }'; }
at_least() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "–" && a + 0 >= b + 0) }'; }
shown() { if ran "$1"; then t "$1"; else echo "exit ${X[$1]:-?}"; fi; }
mib() { awk -v k="${M[$1]:-0}" 'BEGIN { printf "%.0f", k / 1024 }'; }
verdict() { if "$@"; then echo pass; else echo "**FAIL**"; fi; }
# A target's row: its words, the command's key, the floor's key, and the
# most their ratio (of the medians) may be.
target_row() {
  local r
  r=$(ratio "$(t "$2")" "$(t "$3")")
  echo "| $1 | ${r}× | $(spread "$2" "$3") | $(verdict eval "ran $2 && at_most $r $4") |"
}
# The lowest and highest of the runs' ratios of A to B, run by run (the
# two were run in turn, so run i of each met the same machine): how far a
# median's verdict could move on a noisy machine.
spread() {
  local a=${RUNS[$1]:-} b=${RUNS[$2]:-}
  if [ -z "$a" ] || [ -z "$b" ]; then echo "–"; return; fi
  awk -v a="$a" -v b="$b" 'BEGIN {
    n = split(a, x, " "); split(b, y, " ")
    for (i = 1; i <= n; i++) if (y[i] > 0) {
      r = x[i] / y[i]; if (lo == "" || r < lo) lo = r; if (hi == "" || r > hi) hi = r
    }
    if (lo == "") print "–"; else printf "%.2f–%.2f", lo, hi
  }'
}
# The fewest and the most files a timed run of KEYS found evicted from the
# page cache (and brought back) before it ran.
evicted_range() {
  local k all=""
  for k in "$@"; do all+="${EVICTED[$k]:-} "; done
  printf '%s\n' $all | sort -n | awk 'NF { if (n++ == 0) lo = $1; hi = $1 }
    END { if (n) printf "%d–%d", lo, hi; else print "–" }'
}
# --- the oblast (issue #20) ---------------------------------------------------
# N registers of CARDS generated cards each (seed, seed+1, ...; no documents:
# nothing timed here reads them), one council's each; every command runs
# over all of them in turn with the floor over the same card files.
oblast_section() {
  local n cards i k reg regs=() rargs=()
  IFS=, read -r n cards <<<"$oblast"
  say "oblast: $n registers of $cards cards:"
  for ((i = 1; i <= n; i++)); do
    reg=$work/oblast-$i
    rm -rf "$reg"
    "$GENERATE" --cards "$cards" --seed $((seed + i - 1)) --until "$today" --no-documents --out "$reg" 2>/dev/null
    regs+=("$reg")
    rargs+=(-R "$reg")
  done
  OCARDS=$(find "${regs[@]/%//cards}" -name '*.json' | wc -l)
  # The generated files written out first: the disk's writeback of a
  # gigabyte of new cards would otherwise run under the first timings.
  sync
  sleep 2   # files younger than two seconds are never taken as settled
  local parquet=$work/oblast-parquet
  rm -rf "$parquet" "$work/query.txt"
  ODUCK=true
  if ! python3 -c 'import duckdb' 2>/dev/null; then
    if [ "$(id -u)" = 0 ]; then
      say "installing duckdb (pip)…"
      python3 -m pip install -q duckdb >/dev/null 2>&1 || true
    fi
    python3 -c 'import duckdb' 2>/dev/null || { ODUCK=false; say "  duckdb is missing (python3 -m pip install duckdb): the roll-up is not timed"; }
  fi
  oblast_load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
  command_is o-floor -- "$FLOOR" read "${regs[@]}"
  command_is o-floor-all -- "$FLOOR" read "${regs[@]}" --all-fields
  command_is o-jsonl -- bash -c 'exec "$@" >/dev/null' _ "$APPEALS" "${rargs[@]}" --today "$today" --quiet export
  command_is o-report -- "$APPEALS" "${rargs[@]}" --today "$today" report --from 2015-01-01 --to "$today"
  command_is o-export -- "$APPEALS" "${rargs[@]}" --today "$today" --quiet export --format parquet -o "$parquet"
  command_is o-duckdb -- bash -c 'exec bash "$1" --exported --time "$2" >/dev/null 2>>"$3"' _ \
    examples/oblast-rollup.sh "$parquet" "$work/query.txt"
  local keys=(o-floor o-floor-all o-report o-jsonl o-export)
  for k in "${keys[@]}"; do warm_is "$k" -- "${regs[@]}"; done
  warm_is o-duckdb -- "$parquet"
  if [ "$ODUCK" = true ]; then keys+=(o-duckdb); fi
  interleaved "$runs" "${keys[@]}"
  # The query's own time, each timed run's (the first line is the warm-up's).
  if [ "$ODUCK" = true ]; then
    T[o-query]=$(sed -n 's/^query: \([0-9.]*\) ms$/\1/p' "$work/query.txt" | tail -n +2 | median)
    RUNS[o-query]=$(sed -n 's/^query: \([0-9.]*\) ms$/\1/p' "$work/query.txt" | tail -n +2 | tr '\n' ' ')
    X[o-query]=${X[o-duckdb]}
    M[o-query]=${M[o-duckdb]}
  fi
  OFILES=$(find "$parquet" -name '*.parquet' | wc -l)
  OBYTES=$(du -sm "$parquet" | cut -f1)
  oblast_load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
  oblast_table >"$work/oblast.md"
  # The section replaces its earlier self in --out, or is added at its end.
  if [ -f "$out" ] && grep -q '^## Oblast roll-up' "$out"; then
    awk -v f="$work/oblast.md" '
      /^## Oblast roll-up/ { while ((getline l < f) > 0) print l; skip = 1; next }
      /^## / { skip = 0 }
      !skip { print }' "$out" >"$out.new"
    mv "$out.new" "$out"
  else
    { if [ -s "$out" ]; then echo; fi; cat "$work/oblast.md"; } >>"$out"
  fi
  rm -rf "${regs[@]}" "$parquet"
}
oblast_table() {
  local n cards f worst=0 m k r
  IFS=, read -r n cards <<<"$oblast"
  f=$(t o-floor)
  echo "## Oblast roll-up (issue #20)"
  echo
  echo "Produced by \`examples/bench.sh --oblast-only --oblast $oblast --runs $runs\` (or a whole run) on $(date -u '+%Y-%m-%d %H:%M UTC'),"
  echo "on $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores; load average before: $oblast_load_before; after: $oblast_load_after."
  echo "$n registers of $cards generated cards each ($OCARDS card files; seeds $seed to $((seed + n - 1)), \`--no-documents\`), commands"
  echo "run with \`--today $today\`, medians of $runs runs after a warm-up run, in turn with the floor over the same files."
  echo "\`report\` and \`export\` run once over all $n registers (\`-R\` each); the export writes one directory ($OFILES Parquet"
  echo "files, a month each with every register's rows, $OBYTES MiB) and replaces the previous run's. The roll-up is \`examples/oblast-rollup.sh"
  echo "--exported --time\` over that directory: DuckDB's monthly totals (oblast-wide and per council, one query) timed in"
  echo "Python (*the query*), and the whole python process (start, \`import duckdb\`, the queries). For reference, the"
  echo "floor that parses every field of every card (what any export of every column must parse) and the JSON Lines"
  echo "export of the same rows. Before each run, the files it reads were brought back into the page cache (\`floor"
  echo "warm\`, untimed): this machine's reclaim of idle memory had evicted $(evicted_range o-floor o-floor-all o-report o-jsonl o-export) of the $OCARDS card"
  echo "files (and the catalogues) before a run."
  echo
  echo "| command | median ms | peak MiB | × floor |"
  echo "|---|---:|---:|---:|"
  echo "| floor: read every card of the $n registers, parse 3 fields | $(shown o-floor) | $(mib o-floor) | 1.00 |"
  echo "| (reference) floor, parsing every field of every card | $(shown o-floor-all) | $(mib o-floor-all) | $(ratio "$(t o-floor-all)" "$f") |"
  echo "| \`report --from 2015-01-01 --to $today\` over all $n | $(shown o-report) | $(mib o-report) | $(ratio "$(t o-report)" "$f") |"
  echo "| (reference) \`export\` (JSON Lines, to /dev/null) of all $n | $(shown o-jsonl) | $(mib o-jsonl) | $(ratio "$(t o-jsonl)" "$f") |"
  echo "| \`export --format parquet\` of all $n | $(shown o-export) | $(mib o-export) | $(ratio "$(t o-export)" "$f") |"
  if [ "$ODUCK" = true ]; then
    echo "| DuckDB roll-up: the query | $(shown o-query) | | $(ratio "$(t o-query)" "$f") |"
    echo "| DuckDB roll-up: the whole python process | $(shown o-duckdb) | $(mib o-duckdb) | $(ratio "$(t o-duckdb)" "$f") |"
  else
    echo "| DuckDB roll-up | not run: duckdb is not installed | | |"
  fi
  echo
  echo "| target | measured (of the medians) | each run's ratio, lowest–highest | |"
  echo "|---|---|---|---|"
  target_row "\`report -R …\` ≤ 1.5× the floor" o-report o-floor 1.5
  target_row "\`export --format parquet\` of all $n ≤ 2× the floor" o-export o-floor 2
  target_row "DuckDB roll-up query ≤ 0.1× the floor" o-query o-floor 0.1
  for k in o-report o-export o-duckdb; do
    m=$(mib "$k")
    if [ "$m" -gt "$worst" ]; then worst=$m; fi
  done
  echo "| everything within 100 MiB (report, export, the python process) | at most $worst MiB | | $(verdict eval 'ran o-duckdb && [ "$worst" -lt 100 ]') |"
  echo
}
declare -A GEN SIZE_B
if [ "$oblast_only" = true ]; then
  oblast_section
  say ""
  cat "$work/oblast.md"
  exit 0
fi
if [ "$daily_only" = false ]; then
for n in "${SIZES[@]}"; do
  reg=$work/reg-$n
  say "register of $n cards:"
  rm -rf "$reg"
  s=$EPOCHREALTIME
  "$GENERATE" --cards "$n" --seed "$seed" --until "$today" --out "$reg" 2>"$work/gen.txt"
  e=$EPOCHREALTIME
  GEN[$n]=$(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.1f", e - s }')
  say "  generated in ${GEN[$n]} s: $(head -n 1 "$work/gen.txt" | sed 's/ in .* into .*//')"
  "$GENERATE" --out "$reg" --seed "$seed" --records "$batch" --received "$today" \
    --records-out "$work/batch-$n.jsonl" 2>/dev/null
  bytes=$(find "$reg/cards" -name '*.json' -printf '%s\n' | awk '{ s += $1 } END { print int(s / NR) }')
  # check takes no file changed in the last two seconds as settled (one
  # tick of the file system's clock could hide a second change); a real
  # register's cards are older than that. The new files are written out
  # first, so that the disk's writeback doesn't run under the timings.
  sync
  sleep 2
  SIZE_B[$n]=$bytes
  a=("$APPEALS" -R "$reg" --today "$today" --user zarichenko)

  command_is floor@$n -- "$FLOOR" read "$reg"
  command_is floor-docs@$n -- "$FLOOR" read "$reg" --docs
  command_is floor-all@$n -- "$FLOOR" read "$reg" --all-fields
  command_is report@$n -- "${a[@]}" report --month "$month"
  command_is deadlines@$n -- "${a[@]}" deadlines
  command_is list@$n -- "${a[@]}" list --topic "$topic"
  # check after the settings changed: a comment added to people.toml each
  # run, so that every card is read and checked again (signed documents
  # unchanged on disk are not hashed again). The plain check runs after it,
  # with the settings as that run left them.
  command_is settings@$n -- bash -c "echo '# bench' >>'$reg/people.toml' && exec \"\$@\"" _ "${a[@]}" check
  command_is check@$n -- "${a[@]}" check
  command_is rehash@$n -- "${a[@]}" check --rehash
  interleaved "$runs" floor@$n report@$n deadlines@$n list@$n floor-docs@$n floor-all@$n settings@$n check@$n rehash@$n
  measure jq@$n $(( runs < 3 ? runs : 3 )) -- bash -c "cd '$reg' && find cards -name '*.json' -print0 | xargs -0 cat | jq -c -n --arg month $month --arg today $today -f '$work/report.jq'"
  # Registers are removed at exit, after the table: deleting 400,000 files
  # takes a while, and inodes freed just before slow down the next generation.
done

# Commands on one card, on every register in turn: their times are compared
# across sizes, so they share the drift of the machine's load. Many runs: a
# 10 ms command is timed to a millisecond or two.
say "one card, on each register in turn:"
keys=()
for n in "${SIZES[@]}"; do
  a=("$APPEALS" -R "$work/reg-$n" --today "$today" --user zarichenko)
  command_is show@$n -- "${a[@]}" show "2024#1"
  command_is register@$n -- "${a[@]}" register --cc-number "SRUNNO-$n" \
    --name "Бенчмарк Олена Петрівна" --topic 009 --summary "Не працює вуличне освітлення"
  keys+=("show@$n" "register@$n")
done
interleaved $((runs * 4)) "${keys[@]}"

# The batch runs once, at the largest size unless --batch-everywhere:
# 10,000 fsyncs take minutes, and the register grows by the batch. The
# write floor runs just before and just after it and counts as the mean of
# the two, since fsync times drift with whatever else uses the disk.
for n in "${SIZES[@]}"; do
  if [ "$n" != "${SIZES[${#SIZES[@]} - 1]}" ] && [ "$batch_everywhere" = false ]; then continue; fi
  say "batch of $batch into the register of $n:"
  measure write-floor-1@$n 1 -- "$FLOOR" write "$work/write-$n" --files "$batch" --size "${SIZE_B[$n]}"
  rm -rf "$work/write-$n"
  once "$APPEALS" -R "$work/reg-$n" --today "$today" --user zarichenko register --from "$work/batch-$n.jsonl"
  note batch@$n "$ms" "$rss" "$code"
  measure write-floor-2@$n 1 -- "$FLOOR" write "$work/write-$n" --files "$batch" --size "${SIZE_B[$n]}"
  rm -rf "$work/write-$n"
  T[write-floor@$n]=$(awk -v a="${T[write-floor-1@$n]}" -v b="${T[write-floor-2@$n]}" 'BEGIN { printf "%.1f", (a + b) / 2 }')
  M[write-floor@$n]=${M[write-floor-1@$n]}
  X[write-floor@$n]=$(( X[write-floor-1@$n] | X[write-floor-2@$n] ))
done
intake_section
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

# --- the table --------------------------------------------------------------
largest=${SIZES[${#SIZES[@]} - 1]}
smallest=${SIZES[0]}
prev=
if [ "${#SIZES[@]}" -ge 2 ]; then prev=${SIZES[${#SIZES[@]} - 2]}; fi

{
  echo "# Benchmarks"
  echo
  echo "Produced by \`examples/bench.sh --sizes $sizes --runs $runs\` (issue #7, SPEC §10) on $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo "Synthetic registers from \`examples/generate.rs\` (seed $seed, appeals from 2015-06-23 to $today,"
  echo "with the executors' documents); commands run with \`--today $today\`. Times are medians of"
  echo "$runs runs (jq: up to 3; show and register: $((runs * 4))) after one untimed warm-up run, with a warm"
  echo "page cache. The floors, report, deadlines, list and check run in turn on a register, and show and"
  echo "register in turn on all registers, so that a change in the machine's load falls on the numbers"
  echo "compared alike. Memory is the peak resident set. The batch registration runs once (at the largest size"
  echo "unless \`--batch-everywhere\`), between two runs of the write floor, whose mean it is compared with."
  echo
  echo "How to read it: *× floor* is a command's median over the floor's on the same register. The"
  echo "floor reads card files only. \`check\` is timed three ways. Plain \`check\` is the daily case:"
  echo "an earlier check found the cards clean, and it reads again only cards that changed on disk since,"
  echo "or whose documents did (same size, inode, modification and change times, as git trusts its"
  echo "index; \`.index/checked.jsonl\`), so it looks at every card file and document but reads none"
  echo "(in the runs here nothing changed between runs). *After a settings change* a comment is added"
  echo "to people.toml before each run: every card is read, parsed and validated in full, and signed"
  echo "documents unchanged on disk are not hashed again; *floor, parsing every field* is the least any"
  echo "whole-card validation can cost. \`check --rehash\` trusts nothing from earlier runs and reads and"
  echo "hashes every document too; *floor, also reading every document* is the least that can cost."
  echo "*jq ÷ command* says how many times faster than the jq peer a command is. Timings move with the"
  echo "machine's other load (see the load average below); rerun \`examples/bench.sh\` to check."
  echo
  echo "## Machine"
  echo
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores"
  echo "- memory: $(free -h | awk '/^Mem:/ { print $2 " total, " $7 " available" }')"
  echo "- disk: $(df -T "$work" | awk 'NR == 2 { print $2 " on " $1 }'); kernel $(uname -r)"
  echo "- $(rustc --version), $(jq --version)"
  echo "- load average before: $load_before; after: $load_after (other work on the machine shows here)"
  echo "- whole run: $(( $(date +%s) - started )) s"
  echo
  for n in "${SIZES[@]}"; do
    f=$(t floor@$n)
    j=$(t jq@$n)
    echo "## $n cards"
    echo
    echo "Generated in ${GEN[$n]} s; a card file averages ${SIZE_B[$n]} bytes."
    echo
    echo "| command | median ms | peak MiB | × floor | jq ÷ command |"
    echo "|---|---:|---:|---:|---:|"
    echo "| floor: read every card, parse 3 fields | $(shown floor@$n) | $(mib floor@$n) | 1.00 | $(ratio "$j" "$f") |"
    echo "| floor, also reading every document | $(shown floor-docs@$n) | $(mib floor-docs@$n) | $(ratio "$(t floor-docs@$n)" "$f") | |"
    echo "| floor, parsing every field of every card | $(shown floor-all@$n) | $(mib floor-all@$n) | $(ratio "$(t floor-all@$n)" "$f") | |"
    echo "| jq peer: the report's aggregation | $(shown jq@$n) | $(mib jq@$n) | $(ratio "$j" "$f") | 1.00 |"
    for c in report deadlines list check; do
      label=$c
      case $c in
        report) label="report --month $month" ;;
        list) label="list --topic $topic" ;;
      esac
      echo "| \`$label\` | $(shown $c@$n) | $(mib $c@$n) | $(ratio "$(t $c@$n)" "$f") | $(ratio "$j" "$(t $c@$n)") |"
    done
    echo "| \`check\` after a settings change | $(shown settings@$n) | $(mib settings@$n) | $(ratio "$(t settings@$n)" "$f") | $(ratio "$j" "$(t settings@$n)") |"
    echo "| \`check --rehash\` | $(shown rehash@$n) | $(mib rehash@$n) | $(ratio "$(t rehash@$n)" "$f") | $(ratio "$j" "$(t rehash@$n)") |"
    echo "| \`show 2024#1\` | $(shown show@$n) | $(mib show@$n) | | |"
    echo "| \`register\` one appeal | $(shown register@$n) | $(mib register@$n) | | |"
    if [ -n "$(t batch@$n)" ]; then
      echo "| \`register --from\` $batch appeals | $(shown batch@$n) | $(mib batch@$n) | $(ratio "$(t batch@$n)" "$(t write-floor@$n)") × write floor | |"
      echo "| write floor: $batch files, atomically, in turn | $(shown write-floor@$n) ($(t write-floor-1@$n), $(t write-floor-2@$n)) | $(mib write-floor@$n) | | |"
    fi
    echo
  done

  L=$largest
  echo "## Targets at $L cards"
  echo
  if [ "$L" != 100000 ]; then
    echo "(The targets are set for 100,000 cards; this run's largest register has $L.)"
    echo
  fi
  echo "| target | measured | |"
  echo "|---|---|---|"
  for c in report deadlines list check; do
    limit=1.5
    if [ "$c" = check ]; then limit=2; fi
    r=$(ratio "$(t $c@$L)" "$(t floor@$L)")
    echo "| \`$c\` ≤ ${limit}× the floor | ${r}× | $(verdict eval 'ran $c@$L && at_most "$r" $limit') |"
  done
  echo "| (no target) \`check\` after a settings change over the floor that parses every field | $(ratio "$(t settings@$L)" "$(t floor-all@$L)")× | |"
  echo "| (no target) \`check --rehash\` over the floor that also reads every document | $(ratio "$(t rehash@$L)" "$(t floor-docs@$L)")× | |"
  for c in report deadlines list check; do
    r=$(ratio "$(t jq@$L)" "$(t $c@$L)")
    echo "| \`$c\` ≥ 5× faster than jq | ${r}× | $(verdict eval 'ran $c@$L && at_least "$r" 5') |"
  done
  for c in report deadlines list check; do
    m=$(mib $c@$L)
    echo "| \`$c\` peak memory < 100 MiB | $m MiB | $(verdict eval 'ran $c@$L && [ "$m" -lt 100 ]') |"
  done
  for c in show register; do
    r=$(ratio "$(t $c@$L)" "$(t $c@$smallest)")
    echo "| \`$c\` at $L ≤ 1.2× at $smallest | $(t $c@$smallest) → $(t $c@$L) ms (${r}×) | $(verdict eval 'ran $c@$L && at_most "$r" 1.2') |"
  done
  r=$(ratio "$(t batch@$L)" "$(t write-floor@$L)")
  echo "| batch \`register\` of $batch ≤ 3× the write floor | $(t batch@$L) vs $(t write-floor@$L) ms (${r}×) | $(verdict eval 'ran batch@$L && at_most "$r" 3') |"
  if [ -n "$prev" ]; then
    for c in report deadlines list check; do
      r=$(ratio "$(t $c@$L)" "$(t $c@$prev)")
      limit=$(awk -v a="$L" -v b="$prev" 'BEGIN { print 1.2 * a / b }')
      echo "| \`$c\` grows linearly: $L within ${limit}× of $prev | ${r}× | $(verdict eval 'ran $c@$L && at_most "$r" $limit') |"
    done
  fi
  echo
  intake_table
} >"$out"
fi

# --- the daily work (issue #20) ---------------------------------------------
# Registers of 100,000 generated cards without the executors' documents (no
# command timed here reads them): "open", the ordinary register, where the
# last weeks' appeals are still on control (about 1%); "backlog", every card
# left on control once dispatched, over ten years (as after a migration);
# and "history", the first one's recent work beside twice its closed history
# (100,000 more cards received before its last 180 days: 200,000 in all).
# Each command runs with the card catalogue (.index/cards.tsv) its warm-up
# run made; `deadlines --no-index` reads every card, as before the catalogue.
declare -A DREG=([open]="$work/daily-open" [backlog]="$work/daily-backlog" [history]="$work/daily-history")
declare -A DOPEN DCARDS
daily_gen() { # name, generator options...
  local name=$1; shift
  rm -rf "${DREG[$name]}"
  say "register \"$name\":"
  "$GENERATE" --seed "$seed" --until "$today" --no-documents --out "${DREG[$name]}" "$@" 2>"$work/gen.txt"
  say "  $(head -n 2 "$work/gen.txt" | tail -n 1 | sed 's/^ *//')"
}
daily_gen open --cards 100000
daily_gen backlog --cards 100000 --backlog
daily_gen history --cards 100000 --history 100000
# The generated files written out first: the disk's writeback of a
# gigabyte of new cards would otherwise run under the first timings.
sync
sleep 2   # files younger than two seconds are never taken as settled
daily_load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
for r in open backlog history; do
  reg=${DREG[$r]}
  # The floor says how many of its cards are open.
  "$FLOOR" read "$reg" >"$work/floor.txt"
  DCARDS[$r]=$(sed -n 's/^\([0-9]*\) cards.*/\1/p' "$work/floor.txt")
  DOPEN[$r]=$(sed -n 's/.*(\([0-9]*\) open.*/\1/p' "$work/floor.txt")
  a=("$APPEALS" -R "$reg" --today "$today" --user zarichenko)
  command_is d-floor@$r -- "$FLOOR" read "$reg"
  command_is d-stat@$r -- "$FLOOR" stat "$reg"
  command_is d-deadlines@$r -- "${a[@]}" deadlines
  command_is d-month@$r -- "${a[@]}" report --month "$month"
  command_is d-all@$r -- "${a[@]}" report --from 2015-01-01 --to "$today"
  command_is d-full@$r -- "${a[@]}" deadlines --no-index
  for c in floor stat deadlines month all full; do warm_is d-$c@$r -- "$reg"; done
done
say "daily work: open and history in turn, then backlog:"
interleaved "$runs" d-floor@open d-stat@open d-deadlines@open d-month@open d-all@open d-full@open \
  d-floor@history d-stat@history d-deadlines@history d-month@history
interleaved "$runs" d-floor@backlog d-deadlines@backlog d-full@backlog
daily_load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

# Cold: the morning's first command, its cards not in the page cache. Where
# this user may drop the caches (root), each command runs with them dropped,
# on one thread a core (RAYON_NUM_THREADS, which turns the readers off) and
# as the program runs by default (store::readers: 8 threads for card files
# not in the cache), in turn; elsewhere the table says why it is missing.
cold_runs=3
cold_ok=false
if [ -w /proc/sys/vm/drop_caches ]; then cold_ok=true; fi
declare -A COLD
cold() { # key, register, command args...
  local key=$1 reg=$2; shift 2
  local threads
  for threads in one readers; do COLD[$key/$threads]=""; done
  for ((i = 0; i < cold_runs; i++)); do
    for threads in one readers; do
      sync
      echo 3 >/proc/sys/vm/drop_caches
      if [ $threads = one ]; then
        once env RAYON_NUM_THREADS="$(nproc)" "$APPEALS" -R "$reg" --today "$today" --user zarichenko "$@"
      else
        once "$APPEALS" -R "$reg" --today "$today" --user zarichenko "$@"
      fi
      COLD[$key/$threads]+="$ms "
    done
  done
  for threads in one readers; do
    COLD[$key/$threads]=$(printf '%s\n' ${COLD[$key/$threads]} | median)
  done
  say "  cold $key: ${COLD[$key/one]} ms on $(nproc) threads, ${COLD[$key/readers]} ms on the readers"
}
if [ "$cold_ok" = true ]; then
  say "daily work, caches dropped:"
  cold all@open "${DREG[open]}" report --from 2015-01-01 --to "$today"
  cold deadlines@backlog "${DREG[backlog]}" deadlines
  # The caches are warm again for whatever runs next.
  "$FLOOR" read "${DREG[open]}" >/dev/null
  "$FLOOR" read "${DREG[backlog]}" >/dev/null
fi

# Says whether a and b differ by less than 20%.
within20() { awk -v r="$1" 'BEGIN { exit !(r != "–" && r + 0 > 0.8 && r + 0 < 1.2) }'; }
section=$work/daily.md
{
  echo "## Daily work: the open cards and the period (issue #20)"
  echo
  echo "Produced by \`examples/bench.sh --daily-only --runs $runs\` (or a whole run) on $(date -u '+%Y-%m-%d %H:%M UTC'),"
  echo "on $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores; load average before: $daily_load_before; after: $daily_load_after."
  echo "Registers of generated cards (seed $seed, \`--no-documents\`: no command here reads them), commands run with"
  echo "\`--today $today\`, medians of $runs runs after a warm-up run, each register's floor in turn with its"
  echo "commands. The warm-up makes the card catalogue (\`.index/cards.tsv\`): a command then lists the card"
  echo "directories, looks up each card file's identity on disk (size, inode, modification and change times)"
  echo "and reads only the cards it shows, and any whose identity changed. For a card on control it keeps"
  echo "what \`deadlines\` and a report read of it, so *backlog*'s \`deadlines\` reads its cards from the catalogue,"
  echo "not from their files. \`--no-index\` reads every card file. Before each run, the register's files were"
  echo "brought back into the page cache (\`floor warm\`, untimed): this machine's reclaim of idle memory had evicted"
  echo "$(evicted_range d-floor@open d-stat@open d-deadlines@open d-month@open d-all@open d-full@open) of *open*'s files, $(evicted_range d-floor@history d-stat@history d-deadlines@history d-month@history) of *history*'s and $(evicted_range d-floor@backlog d-deadlines@backlog d-full@backlog) of *backlog*'s before a run."
  echo
  echo "- *open*: ${DCARDS[open]} cards over ten years, ${DOPEN[open]} of them open (the last weeks' appeals);"
  echo "- *backlog*: ${DCARDS[backlog]} cards, ${DOPEN[backlog]} on control over ten years (\`generate --backlog\`);"
  echo "- *history*: ${DCARDS[history]} cards: the same recent work as *open*, ${DOPEN[history]} open, beside twice its closed"
  echo "  history (\`generate --history 100000\`: 100,000 more cards received before the last 180 days)."
  echo
  echo "| register | command | median ms | peak MiB | × floor |"
  echo "|---|---|---:|---:|---:|"
  for r in open history backlog; do
    f=$(t d-floor@$r)
    echo "| $r | floor: read every card, parse 3 fields | $(shown d-floor@$r) | $(mib d-floor@$r) | 1.00 |"
    for c in stat deadlines month all full; do
      [ -n "${T[d-$c@$r]:-}" ] || continue
      case $c in
        stat) label="floor: look at every card file's identity from its open year directory (fstatat), read none" ;;
        deadlines) label="\`deadlines\`" ;;
        month) label="\`report --month $month\`" ;;
        all) label="\`report --from 2015-01-01 --to $today\` (all years)" ;;
        full) label="\`deadlines --no-index\` (every card read)" ;;
      esac
      echo "| $r | $label | $(shown d-$c@$r) | $(mib d-$c@$r) | $(ratio "$(t d-$c@$r)" "$f") |"
    done
  done
  echo
  echo "| target | measured (of the medians) | each run's ratio, lowest–highest | |"
  echo "|---|---|---|---|"
  target_row "*open*: \`deadlines\` ≤ 0.1× the floor" d-deadlines@open d-floor@open 0.1
  target_row "*open*: \`report --month\` ≤ 0.15× the floor" d-month@open d-floor@open 0.15
  target_row "*open*: \`report\` over all years ≤ 1.3× the floor" d-all@open d-floor@open 1.3
  target_row "*backlog*: \`deadlines\` ≤ 1.5× the floor" d-deadlines@backlog d-floor@backlog 1.5
  for c in deadlines month; do
    r=$(ratio "$(t d-$c@history)" "$(t d-$c@open)")
    label=deadlines
    if [ $c = month ]; then label="report --month"; fi
    echo "| *history* over *open* (closed history doubled): \`$label\` changes by < 20% | $(t d-$c@open) → $(t d-$c@history) ms (${r}×) | $(spread d-$c@history d-$c@open) | $(verdict eval 'ran d-$c@history && within20 "$r"') |"
  done
  worst=0
  for k in d-deadlines@open d-month@open d-all@open d-deadlines@backlog d-deadlines@history d-month@history; do
    m=$(mib "$k")
    if [ "$m" -gt "$worst" ]; then worst=$m; fi
  done
  echo "| every command above within 100 MiB | at most $worst MiB | | $(verdict eval '[ "$worst" -lt 100 ]') |"
  echo
  echo "The catalogue trusts a card's line only while its file is, on disk, as the line says, so a command"
  echo "looks at every card file once: the stat floor above, $(ratio "$(t d-stat@open)" "$(t d-floor@open)")× the floor on *open*, is the least"
  echo "that costs, and it grows with the history as the read does (*history*: $(ratio "$(t d-stat@history)" "$(t d-stat@open)")× *open*'s)."
  echo
  echo "### Cold: the morning's first command"
  echo
  if [ "$cold_ok" = true ]; then
    echo "The page cache dropped before each run (\`echo 3 > /proc/sys/vm/drop_caches\`), medians of $cold_runs runs,"
    echo "on one thread a core (\`RAYON_NUM_THREADS=$(nproc)\`, which also turns the readers off) and as the program runs"
    echo "by default: a walk that finds a sample of its card files not in the cache reads them on 8 threads"
    echo "(\`store::readers\`, \`cli::READERS\`), since such a file waits on the disk, not the processor."
    echo "*Backlog*'s \`deadlines\` reads no card file, only the catalogue and each file's identity."
    echo
    echo "| register | command | one thread a core, ms | the readers, ms | faster |"
    echo "|---|---|---:|---:|---:|"
    echo "| open | \`report --from 2015-01-01 --to $today\` (all years) | ${COLD[all@open/one]} | ${COLD[all@open/readers]} | $(ratio "${COLD[all@open/one]}" "${COLD[all@open/readers]}")× |"
    echo "| backlog | \`deadlines\` | ${COLD[deadlines@backlog/one]} | ${COLD[deadlines@backlog/readers]} | $(ratio "${COLD[deadlines@backlog/one]}" "${COLD[deadlines@backlog/readers]}")× |"
  else
    echo "Not measured in this run: dropping the page cache needs root (\`/proc/sys/vm/drop_caches\`)."
  fi
  echo
} >"$section"
# The section replaces its earlier self in --out, or is added at its end.
if [ -f "$out" ] && grep -q '^## Daily work' "$out"; then
  awk -v f="$section" '
    /^## Daily work/ { while ((getline l < f) > 0) print l; skip = 1; next }
    /^## / { skip = 0 }
    !skip { print }' "$out" >"$out.new"
  mv "$out.new" "$out"
else
  { if [ -s "$out" ]; then echo; fi; cat "$section"; } >>"$out"
fi
if [ "$daily_only" = false ]; then oblast_section; fi
say ""
if [ "$daily_only" = true ]; then cat "$section"; else cat "$out"; fi
