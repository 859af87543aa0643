#!/usr/bin/env bash
# Builds the libFuzzer targets into Fuzz/out/:
#   Fuzz/out/snapshot-fuzzer   (Fuzz/SnapshotFuzzer.swift → SnapshotDecoder.decode)
#   Fuzz/out/journal-fuzzer    (Fuzz/JournalFuzzer.swift  → JournalReader.scan)
#   Fuzz/out/server-fuzzer     (Fuzz/ServerFrameFuzzer.swift → WireFrameReader, the data server's frames)
#
# How: SwiftPM is not used, so this never touches .build/ and can run beside `swift build`.
# The two library modules are compiled with swiftc exactly as SwiftPM sees them — as
# separate modules, so every `import JiedaoCore` resolves and no source is rewritten:
#   1. JiedaoCore  → out/build/JiedaoCore.swiftmodule + JiedaoCore.o   (-emit-module -emit-object, whole-module)
#   2. JiedaoStore → out/build/JiedaoStore.swiftmodule + JiedaoStore.o (-I out/build)
#   3. each entry file is compiled and linked against both objects with -sanitize=fuzzer,address,
#      which also links libFuzzer's main().
# All three steps use -sanitize=fuzzer,address, so the library code carries the coverage
# instrumentation that libFuzzer needs, and ASan checks its memory accesses.
# The modules are rebuilt only when a source under Sources/JiedaoCore or Sources/JiedaoStore
# (or this script) is newer than the object; pass --clean to force a rebuild (e.g. after a
# source file was deleted).
#
# Usage: Fuzz/build.sh [--clean] [snapshot|journal|server|all]   (default all)
# Runs under `nice -n 19`; set NICE= to disable.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/Fuzz/out"
BUILD="$OUT/build"
SWIFTC="${SWIFTC:-swiftc}"
NICE="${NICE-nice -n 19}"
FLAGS=(-O -g -swift-version 6 -parse-as-library -sanitize=fuzzer,address)
LINK_FLAGS=(-use-ld=lld)   # gold links too, but prints hundreds of "Cannot export local symbol __asan_*" warnings

if [[ "${1:-}" == "--clean" ]]; then rm -rf "$BUILD"; shift; fi
WHAT="${1:-all}"
mkdir -p "$BUILD"

# Files that need a package dependency (ZIPFoundation, for .xlsx) are left out: no decoder uses them.
sources() { find "$ROOT/Sources/$1" -name '*.swift' | LC_ALL=C sort | xargs grep -L '^import ZIPFoundation'; }

# stale TARGET FILE... : true when TARGET is missing or older than any FILE
stale() {
    local target="$1"; shift
    [[ -e "$target" ]] || return 0
    local f
    for f in "$@"; do [[ "$f" -nt "$target" ]] && return 0; done
    return 1
}

module() {   # module NAME [OBJECT IT DEPENDS ON...]
    local name="$1"; shift
    local -a srcs
    mapfile -t srcs < <(sources "$name")
    if stale "$BUILD/$name.o" "${srcs[@]}" "$0" "$@"; then
        echo "build.sh: compiling module $name (${#srcs[@]} files)" >&2
        $NICE "$SWIFTC" "${FLAGS[@]}" -wmo -module-name "$name" -I "$BUILD" \
            -emit-module -emit-module-path "$BUILD/$name.swiftmodule" \
            -emit-object -o "$BUILD/$name.o" "${srcs[@]}"
    fi
}

target() {   # target snapshot|journal
    local t="$1" entry
    case "$t" in
        snapshot) entry="$ROOT/Fuzz/SnapshotFuzzer.swift" ;;
        journal)  entry="$ROOT/Fuzz/JournalFuzzer.swift" ;;
        server)   entry="$ROOT/Fuzz/ServerFrameFuzzer.swift" ;;
        *) echo "build.sh: unknown target $t (snapshot|journal|server)" >&2; exit 2 ;;
    esac
    local exe="$OUT/$t-fuzzer"
    if stale "$exe" "$entry" "$BUILD/JiedaoCore.o" "$BUILD/JiedaoStore.o"; then
        echo "build.sh: linking $exe" >&2
        $NICE "$SWIFTC" "${FLAGS[@]}" -module-name "${t^}Fuzzer" -I "$BUILD" \
            "${LINK_FLAGS[@]}" "$entry" "$BUILD/JiedaoCore.o" "$BUILD/JiedaoStore.o" -o "$exe"
    fi
}

module JiedaoCore
module JiedaoStore "$BUILD/JiedaoCore.o"
case "$WHAT" in
    all) target snapshot; target journal; target server ;;
    *) target "$WHAT" ;;
esac
