#!/usr/bin/env bash
# Times the supervisor's per-community summary as whole processes, cold start each run:
#   - `jiedao summary --json` on its own data directory, from the snapshot's figures section, and
#     the long way (JIEDAO_SUMMARY_FULL_LOAD=1: load every record), and again after 200 journalled edits;
#   - sqlite3 on a typed table with a covering index on (Community, State, Deadline);
#   - the DuckDB CLI on its own database file, when it is installed;
#   - `cat snapshot` as the floor of reading jiedao's file at all.
# Every tool computes the same figures per community: appeals counted, open, overdue, closure rate.
# Usage: Benchmarks/compare.sh [street|district|city]...   (default: street)
#   RUNS=N    runs per measure (median reported; default 5)
#   DUCKDB=…  the DuckDB CLI (default: `duckdb` on PATH, else .venv-bench/bin/duckdb)
set -euo pipefail
runs="${RUNS:-5}"
cd "$(dirname "$0")/.."
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed (apt-get install -y sqlite3)" >&2; exit 2; }
duckdb="${DUCKDB:-$(command -v duckdb || true)}"
[ -z "$duckdb" ] && [ -x .venv-bench/bin/duckdb ] && duckdb=.venv-bench/bin/duckdb
if [ -z "$duckdb" ]; then
    echo "DuckDB CLI not found: its column is skipped (python3 -m venv .venv-bench && .venv-bench/bin/pip install duckdb-cli)" >&2
fi

echo "building the release binary…" >&2
# Linked as README.md installs it: the Swift runtime in the binary.
swift build -c release --product jiedao --static-swift-stdlib >&2
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)/jiedao"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

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

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else printf "–" }'; }

rows=()
for scale in "${@:-street}"; do
    dir="$work/$scale"
    mkdir -p "$dir"
    echo "making the $scale demo…" >&2
    "$bin" demo --scale "$scale" --out "$dir/data" --today 2026-11-27 >&2
    echo "exporting the appeals and loading them into sqlite3${duckdb:+ and DuckDB}…" >&2
    "$bin" export --data "$dir/data" --table appeals --format csv --lang en --out "$dir/appeals.csv" >&2
    # sqlite3 reads the BOM as part of the first header; strip it.
    tail -c +4 "$dir/appeals.csv" > "$dir/appeals-plain.csv"
    sqlite3 "$dir/appeals.db" <<SQL
.mode csv
.import $dir/appeals-plain.csv staging
CREATE TABLE appeals (id INTEGER PRIMARY KEY, Community TEXT NOT NULL, State TEXT NOT NULL, Deadline TEXT);
INSERT INTO appeals SELECT CAST(id AS INTEGER), Community, State, NULLIF(Deadline, '') FROM staging;
DROP TABLE staging;
CREATE INDEX covering ON appeals (Community, State, Deadline);
VACUUM;
ANALYZE;
SQL
    now="$(TZ=Asia/Shanghai date '+%Y-%m-%d %H:%M')"
    open="'Received','Dispatched','Returned','In progress','Extended','Reopened'"
    cat > "$dir/summary.sql" <<SQL
SELECT Community,
       COUNT(*) FILTER (WHERE State NOT IN ('Merged','Withdrawn')) AS appeals,
       COUNT(*) FILTER (WHERE State IN ($open)) AS open,
       COUNT(*) FILTER (WHERE State IN ($open) AND Deadline < '$now') AS overdue,
       1.0 * COUNT(*) FILTER (WHERE State IN ('Resolved','Closed')) / MAX(1, COUNT(*) FILTER (WHERE State NOT IN ('Merged','Withdrawn'))) AS closure_rate
FROM appeals GROUP BY Community;
SQL
    duck="–"
    if [ -n "$duckdb" ]; then
        "$duckdb" "$dir/appeals.duckdb" -c "CREATE TABLE appeals AS SELECT CAST(id AS INTEGER) AS id, Community, State, NULLIF(Deadline, '') AS Deadline
            FROM read_csv('$dir/appeals-plain.csv', header = true, all_varchar = true);" >&2
        # DuckDB spells MAX of two values GREATEST.
        sed 's/MAX(1,/GREATEST(1,/' "$dir/summary.sql" > "$dir/summary-duckdb.sql"
        duck=$(median_ms "$duckdb" -readonly "$dir/appeals.duckdb" -c ".read $dir/summary-duckdb.sql")
    fi
    sync
    floor=$(median_ms cat "$dir/data/snapshot")
    jiedao=$(median_ms "$bin" summary --data "$dir/data" --json)
    full=$(median_ms env JIEDAO_SUMMARY_FULL_LOAD=1 "$bin" summary --data "$dir/data" --json)
    cmp <("$bin" summary --data "$dir/data" --json) <(JIEDAO_SUMMARY_FULL_LOAD=1 "$bin" summary --data "$dir/data" --json) \
        || { echo "the two summaries differ" >&2; exit 1; }
    sqlite=$(median_ms sqlite3 -readonly "$dir/appeals.db" ".read $dir/summary.sql")
    # 200 edits journalled after the snapshot: the summary folds in their figure changes.
    "$bin" _stress --data "$dir/data" --count 200 > /dev/null
    tail=$(median_ms "$bin" summary --data "$dir/data" --json)
    cmp <("$bin" summary --data "$dir/data" --json) <(JIEDAO_SUMMARY_FULL_LOAD=1 "$bin" summary --data "$dir/data" --json) \
        || { echo "the summaries after the edits differ" >&2; exit 1; }
    appeals=$(sqlite3 "$dir/appeals.db" "SELECT COUNT(*) FROM appeals")
    rows+=("$(printf '| %-8s | %9s | %9s | %14s | %16s | %9s | %10s | %8s | %13s | %13s |' \
        "$scale" "$appeals" "$floor" "$jiedao" "$tail" "$full" "$sqlite" "$duck" "$(ratio "$jiedao" "$sqlite")" "$(ratio "$jiedao" "$duck")")")
    rm -rf "$dir"
done

printf '\nmedian of %s runs, ms\n\n' "$runs"
printf '| %-8s | %9s | %9s | %14s | %16s | %9s | %10s | %8s | %13s | %13s |\n' scale appeals "cat file" "jiedao summary" "after 200 edits" "long way" "sqlite3" "DuckDB" "jiedao/sqlite" "jiedao/DuckDB"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n' ---------- ----------: ----------: ---------------: -----------------: ----------: ----------: ---------: ---------------: ---------------:
printf '%s\n' "${rows[@]}"
