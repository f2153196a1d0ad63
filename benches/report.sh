#!/usr/bin/env bash
# Benchmark: generates a log of N rows (default 1,000,000) for the Molenbeek plan and
# reports rows per second and peak memory of `csc report`. Not a test: run it by hand.
#   bash benches/report.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet
python3 - "$rows" "$work/journal.csv" <<'PY'
import random, sys
n, path = int(sys.argv[1]), sys.argv[2]
acts = ["Prise en charge", "Formation donnée", "Sensibilisation", "Réunion CSIL",
        "Contact police", "Projet collectif", "Colloque", "Intervision"]
random.seed(1)
with open(path, "w", encoding="cp1252", newline="") as f:
    f.write("Date;Activité;Quantité;Dossier;Participants;Public;Commentaire\r\n")
    for i in range(n):
        f.write(f"{random.randint(1,28):02d}/{random.randint(1,12):02d}/2023;{random.choice(acts)};;"
                f"D-{random.randint(1,5000):05d};{random.randint(1,30)};professionnels;ligne {i}\r\n")
PY
sed "s#journaux: \[.*\]#journaux: [$work/journal.csv]#" plans/molenbeek-2023.yaml > "$work/plan.yaml"
start=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$work/rss" ./target/release/csc report "$work/plan.yaml" --as-of 2023-12-31 --format json > /dev/null
end=$(date +%s.%N)
python3 - "$rows" "$start" "$end" "$(cat "$work/rss")" <<'PY'
import sys
rows, start, end, rss = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
secs = end - start
print(f"{rows} lignes en {secs:.2f} s : {rows/secs:,.0f} lignes/s, mémoire maximale {rss/1024:.1f} Mio")
PY
