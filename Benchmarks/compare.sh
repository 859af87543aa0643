#!/usr/bin/env bash
# Times the supervisor's summary as whole processes: `jiedao summary` on the snapshot against the
# same figures from sqlite3 (a GROUP BY over the appeals exported to CSV), with `cat snapshot` as the floor.
# Usage: Benchmarks/compare.sh [street|district|city]
set -euo pipefail
scale="${1:-street}"
runs="${RUNS:-5}"
cd "$(dirname "$0")/.."
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed (apt-get install -y sqlite3)" >&2; exit 2; }

echo "building the release binary…" >&2
swift build -c release --product jiedao >&2
bin="$(swift build -c release --show-bin-path)/jiedao"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "making the $scale demo…" >&2
"$bin" demo --scale "$scale" --out "$work/data" --today 2026-11-27 >&2
echo "exporting the appeals and loading them into sqlite3…" >&2
"$bin" export --data "$work/data" --table appeals --format csv --lang en --out "$work/appeals.csv" >&2
# sqlite3 reads the BOM as part of the first header; strip it.
tail -c +4 "$work/appeals.csv" > "$work/appeals-plain.csv"
sqlite3 "$work/appeals.db" <<SQL
.mode csv
.import $work/appeals-plain.csv appeals
CREATE INDEX by_community ON appeals(Community);
SQL

now="$(TZ=Asia/Shanghai date '+%Y-%m-%d %H:%M')"
cat > "$work/summary.sql" <<SQL
SELECT Community,
       SUM(State NOT IN ('Merged','Withdrawn')) AS appeals,
       SUM(State IN ('Received','Dispatched','Returned','In progress','Extended','Reopened')) AS open,
       SUM(State IN ('Received','Dispatched','Returned','In progress','Extended','Reopened') AND Deadline <> '' AND Deadline < '$now') AS overdue,
       1.0 * SUM(State IN ('Resolved','Closed')) / MAX(1, SUM(State NOT IN ('Merged','Withdrawn'))) AS closure_rate
FROM appeals GROUP BY Community;
SQL

# Median wall time in milliseconds of a command run $runs times.
median_ms() {
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" > /dev/null
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

sync
floor=$(median_ms cat "$work/data/snapshot")
jiedao=$(median_ms "$bin" summary --data "$work/data" --json)
sqlite=$(median_ms sqlite3 "$work/appeals.db" ".read $work/summary.sql")
size=$(stat -c %s "$work/data/snapshot")

printf '\n| %-34s | %10s |\n' "measure ($scale, median of $runs)" "ms"
printf '|%s|%s|\n' "------------------------------------" "------------"
printf '| %-34s | %10s |\n' "cat snapshot (${size} bytes)" "$floor"
printf '| %-34s | %10s |\n' "jiedao summary --json" "$jiedao"
printf '| %-34s | %10s |\n' "sqlite3 GROUP BY (same figures)" "$sqlite"
echo
awk -v a="$jiedao" -v b="$sqlite" 'BEGIN { printf "summary ratio jiedao/sqlite3: %.2f\n", (b > 0 ? a / b : 0) }'
