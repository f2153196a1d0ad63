#!/usr/bin/env bash
# Speed and memory of `csc report` (a benchmark, not a test: run it by hand, on a quiet
# machine; it builds the release binary first).
#
#   bash benches/report.sh [speed|memory|sheets|plans|all]     (default: all)
#
# speed   A log of ROWS rows (default 1,000,000; gen_log.py: `;`, dd/mm/yyyy,
#         Windows-1252, 97 MB) and the 30-indicator plan plan30.yaml. `csc report` and
#         DuckDB's CLI running the same aggregation (duckdb_query.py) take turns, RUNS
#         times each (default 7): median wall time, median peak RSS, and their ratio.
#         BASELINE=/path/to/an/older/csc also runs it and compares the JSON, byte for byte.
# memory  Peak RSS at 1M, 4M and 10M rows, each log with 1,000 duplicate rows planted:
#         the duplicate warning is shown (its count must be 1000).
# sheets  XLSX and ODS logs of 20k, 40k and 80k rows (gen_sheet.py, needs openpyxl): time,
#         peak RSS, and memory per row.
# plans   `csc check` of a plan without logs (median of 21 runs, in ms), and `csc rollup`
#         of 200 copies of the Molenbeek plan, each with its log (median of 5).
#
# DuckDB's CLI comes from PyPI: `pip install duckdb-cli` (the binary is used directly,
# not through its Python launcher); DUCKDB=/path/to/duckdb picks another.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
rows=${ROWS:-1000000}
runs=${RUNS:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet
csc=$PWD/target/release/csc

# Runs a command: "seconds peak-KiB cpu-seconds" (its output in $work/out and $work/err).
measure() {
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" > "$work/out" 2> "$work/err" || true
  tail -n 1 "$work/time" | awk '{print $1, $2, $3 + $4}'
}

# The plan over one log.
plan() { sed "s#JOURNAL#$1#" benches/plan30.yaml > "$work/plan.yaml"; echo "$work/plan.yaml"; }

duckdb_bin() {
  if [ -n "${DUCKDB:-}" ]; then echo "$DUCKDB"; return; fi
  python3 -c 'import duckdb_cli, os; print(os.path.join(os.path.dirname(duckdb_cli.__file__), "duckdb"))' \
    2>/dev/null || command -v duckdb || true
}

speed() {
  local log=$work/journal.csv duck
  python3 benches/gen_log.py "$rows" "$log"
  local p; p=$(plan "$log")
  duck=$(duckdb_bin)
  [ -x "$duck" ] || { echo "DuckDB's CLI is missing: pip install duckdb-cli" >&2; duck=""; }
  python3 benches/duckdb_query.py "$log" > "$work/query.sql"
  : > "$work/csc.txt"; : > "$work/duckdb.txt"
  for _ in $(seq "$runs"); do
    measure "$csc" report "$p" --as-of 2023-12-31 --format json >> "$work/csc.txt"
    cp "$work/out" "$work/csc.json"
    [ -z "$duck" ] || measure "$duck" -csv -c ".read $work/query.sql" >> "$work/duckdb.txt"
  done
  if [ -n "${BASELINE:-}" ]; then
    measure "$BASELINE" report "$p" --as-of 2023-12-31 --format json > "$work/baseline.txt"
    cmp -s "$work/out" "$work/csc.json" && same="identical JSON" || same="JSON DIFFERS"
    echo "baseline $(awk '{printf "%.2f s, %.1f MiB", $1, $2/1024}' "$work/baseline.txt"): $same"
  fi
  echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg) (other work skews the times)"
  python3 - "$rows" "$work/csc.txt" "$work/duckdb.txt" <<'PY'
import statistics, sys
rows = int(sys.argv[1])
def read(path):
    runs = [tuple(map(float, l.split())) for l in open(path) if l.strip()]
    if not runs:
        return None
    return [statistics.median(r[i] for r in runs) for i in range(3)] + [len(runs)]
csc, duck = read(sys.argv[2]), read(sys.argv[3])
print(f"{rows:,} rows, {csc[3]} runs each, medians (wall time, peak memory, CPU time):")
print(f"  csc report   {csc[0]:.3f} s  {csc[1] / 1024:6.1f} MiB  {csc[2]:.2f} s CPU"
      f"  ({rows / csc[0]:,.0f} rows/s)")
if duck:
    print(f"  DuckDB CLI   {duck[0]:.3f} s  {duck[1] / 1024:6.1f} MiB  {duck[2]:.2f} s CPU")
    print(f"  ratio csc / DuckDB: {csc[0] / duck[0]:.2f} (wall), {csc[2] / duck[2]:.2f} (CPU)")
PY
}

memory() {
  local n log p
  for n in 1000000 4000000 10000000; do
    log=$work/journal-$n.csv
    python3 benches/gen_log.py "$n" "$log" --dups 1000
    p=$(plan "$log")
    read -r secs kib _ < <(measure "$csc" report "$p" --as-of 2023-12-31 --format json)
    printf "%'11d rows  %6.2f s  peak %5.1f MiB  %s\n" "$n" "$secs" "$(echo "$kib / 1024" | bc -l)" \
      "$(grep -o 'ligne-en-double.*' "$work/err" | head -n 1)"
    grep -A1 'ligne-en-double' "$work/err" | tail -n 1 | sed 's/^/      /'
    rm -f "$log"
  done
}

sheets() {
  local n ext log p first=""
  for ext in xlsx ods; do
    for n in 20000 40000 80000; do
      log=$work/journal-$n.$ext
      python3 benches/gen_sheet.py "$n" "$log"
      p=$(plan "$log")
      read -r secs kib _ < <(measure "$csc" report "$p" --as-of 2023-12-31 --format json)
      [ "$n" = 20000 ] && first=$kib
      printf "%s %'7d rows  %5.2f s  peak %5.1f MiB" "$ext" "$n" "$secs" "$(echo "$kib / 1024" | bc -l)"
      [ "$n" = 20000 ] && echo || echo "  ($(( (kib - first) * 1024 / (n - 20000) )) bytes a row above 20k)"
    done
  done
}

# Milliseconds of wall time of a command, median of $2 runs (the command is "$@" after it).
median_ms() {
  local n=$1 start; shift
  for _ in $(seq "$n"); do
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1 || true
    echo $(( ($(date +%s%N) - start) / 1000 ))
  done | sort -n | awk '{a[NR] = $1} END {printf "%.1f", a[int((NR + 1) / 2)] / 1000}'
}

# `csc check` of a plan without logs, and `csc rollup` of 200 plans with their logs.
plans() {
  grep -v '^journaux:' plans/molenbeek-2023.yaml > "$work/seul.yaml"
  echo "csc check, the Molenbeek plan without logs: $(median_ms 21 "$csc" check "$work/seul.yaml") ms (median of 21)"
  local i
  for i in $(seq -w 1 200); do
    mkdir -p "$work/communes/c$i"
    sed "s#^journaux:.*#journaux: [journal.csv]#; s#^commune:.*#commune: Commune $i#" \
      plans/molenbeek-2023.yaml > "$work/communes/c$i/plan.yaml"
    cp examples/journal-molenbeek-2023.csv "$work/communes/c$i/journal.csv"
  done
  echo "csc rollup, 200 plans with their logs: $(median_ms 5 "$csc" rollup "$work/communes" --as-of 2023-12-31) ms (median of 5)"
}

case $what in
  speed) speed ;;
  memory) memory ;;
  sheets) sheets ;;
  plans) plans ;;
  all) speed; memory; sheets; plans ;;
  *) echo "usage: benches/report.sh [speed|memory|sheets|plans|all]" >&2; exit 2 ;;
esac
