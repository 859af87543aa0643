#!/usr/bin/env bash
# Runs one libFuzzer target for a while and keeps what it finds.
#
#   Fuzz/run.sh [snapshot|journal|server] [seconds] [extra libFuzzer flags...]
#   (defaults: snapshot, 60 seconds)
#
# 1. builds the target with Fuzz/build.sh when needed;
# 2. seeds Fuzz/out/corpus/<target>/ (kept between runs, so coverage accumulates) from
#    Fuzz/seeds.py (needs python3), from a journal written by .build/debug/jiedao when that
#    binary exists, and from the committed regression inputs that do not trap;
# 3. runs the fuzzer for the given time with -max_len=65536, under nice -n 19;
# 4. copies the crash-* artifacts into Tests/JiedaoStoreTests/FuzzRegressions/<target>/ as
#    crash-<File.swift>-<line>-<sha1>, one (the smallest) per place that traps, where
#    FuzzRegressionTests replays them under `swift test`. Exit status 1 when anything trapped.
#
# libFuzzer stops at the first crash. To keep fuzzing past a known trap, pass
#   Fuzz/run.sh journal 90 -fork=1 -ignore_crashes=1
# (every crash is still written to Fuzz/out/artifacts/<target>/ and sorted as above).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TARGET="${1:-snapshot}"
SECONDS_TO_RUN="${2:-60}"
shift $(( $# > 2 ? 2 : $# ))
case "$TARGET" in snapshot|journal|server) ;; *) echo "usage: Fuzz/run.sh [snapshot|journal|server] [seconds]" >&2; exit 2 ;; esac

OUT="$ROOT/Fuzz/out"
CORPUS="$OUT/corpus/$TARGET"
ARTIFACTS="$OUT/artifacts/$TARGET"
REGRESSIONS="$ROOT/Tests/JiedaoStoreTests/FuzzRegressions/$TARGET"
FUZZER="$OUT/$TARGET-fuzzer"

"$ROOT/Fuzz/build.sh" "$TARGET"
mkdir -p "$CORPUS" "$ARTIFACTS" "$REGRESSIONS"

# Seeds are (re)written every run; the rest of the corpus is what earlier runs found.
python3 "$ROOT/Fuzz/seeds.py" "$TARGET" "$CORPUS"
JIEDAO="$ROOT/.build/debug/jiedao"
if [[ "$TARGET" == journal && -x "$JIEDAO" && ! -e "$CORPUS/seed-jiedao-stress" ]]; then
    # A journal written by the real program: a demo data set, then three acknowledged edits.
    TMP="$(mktemp -d /tmp/jiedao-fuzz-seed.XXXXXX)"
    if "$JIEDAO" demo --out "$TMP/data" >/dev/null 2>&1 &&
       "$JIEDAO" _stress --data "$TMP/data" --count 3 >/dev/null 2>&1; then
        cp "$TMP/data/journal" "$CORPUS/seed-jiedao-stress"
    else
        echo "run.sh: could not write a journal with $JIEDAO; using the generated seeds only" >&2
    fi
    rm -rf "$TMP"
fi
# The committed inputs that do not trap (a crash-* one would stop the fuzzer at once).
find "$REGRESSIONS" -maxdepth 1 -type f ! -name 'crash-*' -exec cp {} "$CORPUS"/ \;

before="$(ls "$ARTIFACTS" | sort)"
set +e
# SWIFT_BACKTRACE=enable=no: let the trap reach libFuzzer's handler (which prints the stack
# and writes the input) instead of the Swift backtracer.
SWIFT_BACKTRACE=enable=no \
    nice -n 19 "$FUZZER" -max_len=65536 -max_total_time="$SECONDS_TO_RUN" -timeout=10 \
    -dict="$ROOT/Fuzz/$TARGET.dict" -artifact_prefix="$ARTIFACTS/" -print_final_stats=1 "$@" "$CORPUS"
status=$?
set -e

# Keep one input per distinct trap: reproduce each new crash, take the first frame in
# Sources/ (file:line) as its place, keep the smallest input per place, and skip places that
# already have a regression file (they are named crash-<File.swift>-<line>-<sha1>).
declare -A best=()
for crash in "$ARTIFACTS"/crash-*; do
    [[ -e "$crash" ]] || continue
    grep -qxF "$(basename "$crash")" <<<"$before" && continue
    place="$(SWIFT_BACKTRACE=enable=no "$FUZZER" "$crash" 2>&1 \
             | grep -m1 -oE '/Sources/[^ ]+\.swift:[0-9]+' | sed -E 's|.*/||; s|:|-|')" || true
    place="${place:-unknown}"
    if [[ -z "${best[$place]:-}" || $(stat -c %s "$crash") -lt $(stat -c %s "${best[$place]}") ]]; then
        best[$place]="$crash"
    fi
done
found=0
for place in "${!best[@]}"; do
    found=1
    if compgen -G "$REGRESSIONS/crash-$place-*" >/dev/null; then
        echo "run.sh: trap at $place again (already in ${REGRESSIONS#"$ROOT"/})" >&2
        continue
    fi
    crash="${best[$place]}"
    name="crash-$place-$(basename "$crash" | sed 's/^crash-//')"
    cp "$crash" "$REGRESSIONS/$name"
    echo "run.sh: NEW trap at $place, input saved as ${REGRESSIONS#"$ROOT"/}/$name" >&2
    echo "run.sh: reproduce with: SWIFT_BACKTRACE=enable=no $FUZZER $REGRESSIONS/$name" >&2
done
if (( found )); then exit 1; fi
exit "$status"
