#!/usr/bin/env bash
# The data server's figures, from outside, release build: how long an edit takes to be
# acknowledged through the server, how long until every other connected client has applied it
# (median and 99th percentile over all of them), and how long a new client takes to its first
# frame (connect, hello, the masked snapshot received and decoded; process start included).
# Usage: Benchmarks/server.sh [edits] [other clients] [scale]   (defaults: 200 19 street)
set -euo pipefail
edits="${1:-200}"
followers="${2:-19}"
scale="${3:-street}"
cd "$(dirname "$0")/.."
swift build -c release --product jiedao --static-swift-stdlib >&2   # as README.md installs it
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)/jiedao"
work="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
"$bin" demo --scale "$scale" --out "$work/data" --today 2026-11-27 >&2
/usr/bin/time -f "%e s %M KB" -o "$work/server.time" "$bin" serve --data "$work/data" --socket "$work/s.sock" 2> "$work/server.log" &
server=$!
until grep -q "listening on" "$work/server.log"; do sleep 0.1; done
sock="$work/s.sock"

# A new client's first frame, five times in a row (the first also pays for masking the snapshot).
for i in 1 2 3 4 5; do
    "$bin" _follow --server "$sock" --count 0 | awk '/^connected/ { print $2 / 1000 }' >> "$work/first"
done

for i in $(seq "$followers"); do
    "$bin" _follow --server "$sock" --count "$edits" > "$work/seen.$i" &
done
until [ "$(cat "$work"/seen.* 2>/dev/null | grep -c '^connected')" -ge "$followers" ]; do sleep 0.2; done
"$bin" _stress --server "$sock" --count "$edits" --pause 20 > "$work/acks"
wait $(jobs -p | grep -v "^$server$") 2>/dev/null || true

# A new client after the edits: the snapshot encoded before them, and the records after it.
"$bin" _follow --server "$sock" --count 0 | awk '/^connected/ { print $2 / 1000 }' > "$work/after"

# Records are numbered from 1 in the order of the edits (the demo's journal starts empty).
awk '{ print $2, $3 }' "$work/acks" | sort -k1,1 > "$work/acks.sorted"
for i in $(seq "$followers"); do
    join "$work/acks.sorted" <(awk '/^seen/ { print $2, $3 }' "$work/seen.$i" | sort -k1,1) \
        | awk '{ d = ($3 - $2) / 1e6; if (d < 0) d = 0; print d }'
done | sort -n > "$work/delays"
awk '{ print ($4 - $3) / 1e6 }' "$work/acks" | sort -n > "$work/appends"
pick() { sed -n "$2p" "$1"; }
n=$(wc -l < "$work/appends"); d=$(wc -l < "$work/delays")
# Stop the server itself, so that time(1) around it reports.
pkill -TERM -P "$server" || true; wait "$server" 2>/dev/null || true; server=""
printf '| %-62s | %9s |\n' "through the server, $scale, $edits edits, $((followers + 1)) clients (ms)" "value"
printf '|%s|%s|\n' "----------------------------------------------------------------" "-----------"
printf '| %-62s | %9.2f |\n' "edit acknowledged, median" "$(pick "$work/appends" $(( (n + 1) / 2 )))"
printf '| %-62s | %9.2f |\n' "edit acknowledged, 99th percentile" "$(pick "$work/appends" $(( (n * 99 + 99) / 100 )))"
printf '| %-62s | %9.2f |\n' "applied by each other client, median ($d deliveries)" "$(pick "$work/delays" $(( (d + 1) / 2 )))"
printf '| %-62s | %9.2f |\n' "applied by each other client, 99th percentile" "$(pick "$work/delays" $(( (d * 99 + 99) / 100 )))"
printf '| %-62s | %9s |\n' "new client's first frame, 5 in a row" "$(paste -sd/ "$work/first")"
printf '| %-62s | %9s |\n' "new client's first frame after the edits" "$(cat "$work/after")"
printf '| %-62s | %9s |\n' "server: wall time, peak memory" "$(cat "$work/server.time" | tail -1)"
