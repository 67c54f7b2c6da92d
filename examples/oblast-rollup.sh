#!/usr/bin/env bash
# An oblast's monthly totals over its councils' registers (issue #20): the
# registers are exported to Parquet together (`appeals -R A -R B ... export
# --format parquet`: a file per month holds every council's appeals), and
# DuckDB (its Python package) reads the export.
#
#   examples/oblast-rollup.sh REGISTER...              # exports into a temporary directory
#   examples/oblast-rollup.sh --out DIR REGISTER...    # keeps the export in DIR
#   examples/oblast-rollup.sh --exported DIR...        # queries exports made before (one or more)
#
# Prints, per month of receipt (oblast-wide, then per council): the
# registers counted, appeals registered, answered, answered late, closed,
# gone by one of the Law's exits (forwarded, returned, declined, duplicate),
# and still on control. With --time, says on standard error how
# long DuckDB's query took (the query alone, timed in Python); DuckDB runs
# on one thread unless OBLAST_THREADS says more. Set APPEALS
# to the binary (default: appeals on PATH); the exports are as of
# $APPEALS_TODAY or today. Needs python3 with duckdb
# (python3 -m pip install duckdb).
set -euo pipefail
appeals=${APPEALS:-appeals}
out=
exported=false
timed=false
usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --exported) exported=true; shift ;;
    --time) timed=true; shift ;;
    -h|--help) usage; exit 0 ;;
    --) shift; break ;;
    -*) echo "oblast-rollup: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) break ;;
  esac
done
if [ $# -eq 0 ]; then usage >&2; exit 2; fi

if ! python3 -c 'import duckdb' 2>/dev/null; then
  echo "oblast-rollup: needs DuckDB's Python package; install it with: python3 -m pip install duckdb" >&2
  exit 1
fi

dirs=()
if [ "$exported" = true ]; then
  dirs=("$@")
else
  if [ -z "$out" ]; then
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/oblast-rollup.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    out=$tmp/parquet
  fi
  registers=()
  for reg in "$@"; do registers+=(-R "$reg"); done
  $appeals "${registers[@]}" --quiet export --format parquet -o "$out"
  dirs=("$out")
fi

python3 - "$timed" "${dirs[@]}" <<'PY'
import os, sys, time
import duckdb

timed, dirs = sys.argv[1] == "true", sys.argv[2:]
files = [d.rstrip("/") + "/**/*.parquet" for d in dirs]
# One thread by default: an oblast's month files are read in a fraction of
# a second, and each more thread keeps buffers of its own (with two, the
# process passed 100 MiB on 30 registers); OBLAST_THREADS asks for more.
con = duckdb.connect(config={"threads": int(os.environ.get("OBLAST_THREADS", "1"))})
# Counted from the typed columns, in one pass over the files: a row per
# month for the oblast, and one per month and council. The month is the
# files' Hive partition (the month received), read from their paths. The
# Law's exits take a card off control as closing it does.
query = """
select received_year || '-' || received_month as month,
       case when grouping(council) = 1 then 'oblast' else council end as who,
       count(distinct coalesce(register, council)) as registers,
       count(*) as registered,
       count(answered) as answered,
       count(*) filter (where answer_late) as answered_late,
       count(*) filter (where status = 'closed') as closed,
       count(*) filter (where status in ('forwarded', 'returned', 'declined', 'duplicate')) as exits,
       count(*) filter (where status not in ('closed', 'forwarded', 'returned', 'declined', 'duplicate')) as on_control
from read_parquet(?, hive_partitioning = true)
group by grouping sets ((month), (month, council))
order by grouping(council) desc, month, who
"""
started = time.perf_counter()
rows = con.execute(query, [files]).fetchall()
elapsed = time.perf_counter() - started
head = ["month", "council", "registers", "registered", "answered", "answered_late", "closed", "exits", "on_control"]
print("\t".join(head))
for row in rows:
    print("\t".join(str(v) for v in row))
if timed:
    print(f"query: {elapsed * 1000:.1f} ms", file=sys.stderr)
PY
