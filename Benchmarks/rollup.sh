#!/usr/bin/env bash
# The PostgreSQL rollup (docs/rollup.md), measured with its baselines in the same run:
#  1. a city-sized backfill (1,000,000 appeals and their events) against PostgreSQL's own COPY
#     of the same rows into tables with the same keys;
#  2. the figures of 74 streets (`jiedao summary --rollup --json`, a whole process) against one
#     GROUP BY scan of the same appeals (`psql`, a whole process);
#  3. how long an edit takes from its acknowledgement in the street to its commit in the rollup
#     database (median and 99th percentile).
# Usage: Benchmarks/rollup.sh [URL]   Without a URL it starts a throwaway cluster (.ci/postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product jiedao --static-swift-stdlib >&2   # as README.md installs it
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)/jiedao"
work="$(mktemp -d)"
chmod 755 "$work"
if [ -n "${1:-}" ]; then
    url="$1"
    trap 'rm -rf "$work"' EXIT
else
    url="$(.ci/postgres start "$work/pg")"
    trap '.ci/postgres stop "$work/pg"; rm -rf "$work"' EXIT
fi
sql() { psql "$url" -X -q -v ON_ERROR_STOP=1 -At "$@"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
sql -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public" >/dev/null

# 1. City backfill against COPY.
"$bin" demo --scale city --out "$work/city" --street-code CITY --today 2026-11-27 >&2
start=$(now_ms)
"$bin" publish --data "$work/city" --to "$url" --once >/dev/null 2>&1
backfill=$(( $(now_ms) - start ))
appeals=$(sql -c "SELECT count(*) FROM appeals WHERE street = 'CITY'")
events=$(sql -c "SELECT count(*) FROM appeal_events WHERE street = 'CITY'")
sql -c "\copy (SELECT * FROM appeals WHERE street = 'CITY') TO '$work/appeals.tsv'"
sql -c "\copy (SELECT * FROM appeal_events WHERE street = 'CITY') TO '$work/events.tsv'"
sql -c "CREATE TABLE copy_appeals (LIKE appeals INCLUDING ALL); CREATE TABLE copy_events (LIKE appeal_events INCLUDING ALL)"
start=$(now_ms)
sql -c "\copy copy_appeals FROM '$work/appeals.tsv'"
sql -c "\copy copy_events FROM '$work/events.tsv'"
copy=$(( $(now_ms) - start ))
sql -c "DROP TABLE copy_appeals, copy_events"
for table in communities compounds volunteers services appeals appeal_events appeal_cells appeal_days projects departments streets; do
    sql -c "DELETE FROM $table WHERE street = 'CITY'"
done

# 2. 74 streets: one street-scale demo published, its rows copied under 73 more codes.
"$bin" demo --scale street --out "$work/street" --street-code S00 --district 全市 --today 2026-11-27 >&2
"$bin" publish --data "$work/street" --to "$url" --once >/dev/null 2>&1
sql >/dev/null <<'SQL'
DO $$
DECLARE t text; cols text;
BEGIN
  FOREACH t IN ARRAY ARRAY['communities', 'compounds', 'volunteers', 'services', 'appeals', 'appeal_events', 'appeal_cells', 'appeal_days', 'projects', 'departments'] LOOP
    SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) INTO cols
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name = t AND column_name <> 'street';
    EXECUTE format('INSERT INTO %I (street, %s) SELECT ''S'' || lpad(n::text, 2, ''0''), %s FROM %I, generate_series(1, 73) n WHERE street = ''S00''',
                   t, cols, cols, t);
  END LOOP;
  INSERT INTO streets (street, name, district, demo, utc_offset, published_sequence, published_at)
    SELECT 'S' || lpad(n::text, 2, '0'), name || n, district, demo, utc_offset, published_sequence, published_at
    FROM streets, generate_series(1, 73) n WHERE street = 'S00';
END $$;
VACUUM ANALYZE;
SQL
streets=$(sql -c "SELECT count(*) FROM streets")
street_appeals=$(sql -c "SELECT count(*) FROM appeals")
rollup_runs=() scan_runs=()
for _ in 1 2 3 4 5; do
    start=$(now_ms); "$bin" summary --rollup "$url" --json >/dev/null; rollup_runs+=($(( $(now_ms) - start )))
    start=$(now_ms); sql -c "SELECT street, count(*) FROM appeals GROUP BY street" >/dev/null; scan_runs+=($(( $(now_ms) - start )))
done
rollup=$(printf '%s\n' "${rollup_runs[@]}" | median)
scan=$(printf '%s\n' "${scan_runs[@]}" | median)

# 3. Edit → committed in the rollup, while the street's publisher follows its journal.
"$bin" publish --data "$work/street" --to "$url" --trace > "$work/commits" 2>/dev/null &
publisher=$!
sleep 2
base=$(sql -c "SELECT published_sequence FROM streets WHERE street = 'S00'")
"$bin" _stress --data "$work/street" --count 100 --pause 50 > "$work/acks"
sleep 2
kill "$publisher"; wait "$publisher" 2>/dev/null || true
# Edit N is journal entry base + N; it reached the rollup with the first commit at or past it.
awk -v base="$base" 'NR == FNR { if ($1 == "committed") { seq[++n] = $2; at[n] = $3 }; next }
     $1 == "ack" { s = base + $2; for (i = 1; i <= n; i++) if (seq[i] >= s) { print (at[i] - $4) / 1e6; break } }' \
    "$work/commits" "$work/acks" | sort -n > "$work/delays"
count=$(wc -l < "$work/delays")
latency=$(sed -n "$(( (count + 1) / 2 ))p" "$work/delays")
p99=$(sed -n "$(( (count * 99 + 99) / 100 ))p" "$work/delays")

printf '| %-62s | %12s |\n' "PostgreSQL rollup" "value"
printf '|%s|%s|\n' "----------------------------------------------------------------" "--------------"
printf '| %-62s | %12s |\n' "city backfill: appeals / events published" "$appeals / $events"
printf '| %-62s | %9d ms |\n' "city backfill, jiedao publish --once (every table)" "$backfill"
printf '| %-62s | %9d ms |\n' "baseline: COPY of the same appeals and events (psql)" "$copy"
printf '| %-62s | %11.1f× |\n' "backfill / COPY" "$(echo "$backfill / $copy" | bc -l)"
printf '| %-62s | %12s |\n' "rollup: streets / appeals" "$streets / $street_appeals"
printf '| %-62s | %9d ms |\n' "jiedao summary --rollup --json, median of 5" "$rollup"
printf '| %-62s | %9d ms |\n' "baseline: SELECT street, count(*) GROUP BY street (psql)" "$scan"
printf '| %-62s | %11.1f× |\n' "rollup / one scan" "$(echo "$rollup / $scan" | bc -l)"
printf '| %-62s | %9.1f ms |\n' "edit → committed in the rollup, median of $count" "$latency"
printf '| %-62s | %9.1f ms |\n' "edit → committed in the rollup, 99th percentile" "$p99"
