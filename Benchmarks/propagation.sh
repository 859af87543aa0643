#!/usr/bin/env bash
# How long another process's edit takes to reach a follower (the dashboard's journal-following
# rule: inotify, else a poll every second), and how long an edit takes to be acknowledged
# (lock, append, fdatasync). Prints medians and the 99th percentile in ms.
# Usage: Benchmarks/propagation.sh [edits]
set -euo pipefail
edits="${1:-200}"
cd "$(dirname "$0")/.."
swift build -c release --product jiedao --static-swift-stdlib >&2   # as README.md installs it
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)/jiedao"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bin" demo --scale street --out "$work/data" --today 2026-11-27 >&2
"$bin" _follow --data "$work/data" --count "$edits" > "$work/seen" &
follower=$!
sleep 1
"$bin" _stress --data "$work/data" --count "$edits" --pause 20 > "$work/acks"
wait "$follower"
# Edits are numbered from 1 in the same order as journal sequence numbers.
join <(awk '{print $2, $3}' "$work/acks" | sort -k1,1) <(awk '{print $2, $3}' "$work/seen" | sort -k1,1) \
    | awk '{ d = ($3 - $2) / 1e6; if (d < 0) d = 0; print d }' | sort -n > "$work/delays"
awk '{ print ($4 - $3) / 1e6 }' "$work/acks" | sort -n > "$work/appends"
n=$(wc -l < "$work/delays")
append_median=$(sed -n "$(( (n + 1) / 2 ))p" "$work/appends")
median=$(sed -n "$(( (n + 1) / 2 ))p" "$work/delays")
p99=$(sed -n "$(( (n * 99 + 99) / 100 ))p" "$work/delays")
printf '| %-50s | %8s |\n' "propagation, $n edits (ms)" "value"
printf '|%s|%s|\n' "----------------------------------------------------" "----------"
printf '| %-50s | %8.2f |\n' "edit acknowledged (lock+append+fdatasync), median" "$append_median"
printf '| %-50s | %8.2f |\n' "reached the follower, median" "$median"
printf '| %-50s | %8.2f |\n' "reached the follower, 99th percentile" "$p99"
