#!/bin/sh
# Times `factlint check --format json` on generated corpora, with MB/s and peak RSS:
#
#   scripts/bench-check.sh [SIZES...]        # default: 1000 10000
#   scripts/bench-check.sh 1000 10000 100000
#
# Builds the release binaries, writes each corpus once (seed 1) under target/bench-corpus/N/,
# and runs every check under /usr/bin/time -v, RUNS times (default 3), reporting the median
# wall time, the median CPU time (user + system) and the largest peak RSS. The JSON goes to a
# file, whose size is reported too.
# NO_BUILD=1 skips the build. BIN=path/to/factlint compares another build on the same corpora (run both in one session:
# the machine is shared, and only side-by-side figures are comparable).
set -eu
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
THREADS=${THREADS:-}
[ -n "${NO_BUILD:-}" ] || cargo build --release --quiet --bin factlint --bin gen-corpus
BIN=${BIN:-target/release/factlint}
[ $# -gt 0 ] || set -- 1000 10000
. scripts/bench-corpus.sh
printf '%-8s %8s %8s %8s %8s %11s %10s %8s\n' articles MB wall MB/s CPU "peak RSS" "RSS/corpus" "JSON MB"
for n in "$@"; do
    dir=$(bench_corpus "$n")
    bytes=$(find -L "$dir" -name 'a*.txt' -o -name 'a*.md' | xargs cat | wc -c)
    walls=""
    cpus=""
    rss=0
    for _ in $(seq "$RUNS"); do
        log=$(mktemp)
        # Exit code 1 (conflicts found) is the expected outcome, not a failure of the bench.
        RAYON_NUM_THREADS=$THREADS /usr/bin/time -v "$BIN" check "$dir" --no-review --format json \
            > target/bench-corpus/out.json 2> "$log" || true
        wall=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$log" \
            | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
        cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log")
        kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
        rm -f "$log"
        walls="$walls $wall"
        cpus="$cpus $cpu"
        [ "$kb" -gt "$rss" ] && rss=$kb
    done
    median() { echo "$1" | tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
    wall=$(median "$walls")
    cpu=$(median "$cpus")
    json=$(wc -c < target/bench-corpus/out.json)
    awk -v n="$n" -v b="$bytes" -v w="$wall" -v c="$cpu" -v r="$rss" -v j="$json" 'BEGIN {
        mb = b / 1e6
        printf "%-8d %8.1f %7.2fs %8.1f %7.2fs %7.0f MiB %9.0f%% %8.1f\n", n, mb, w, mb / w, c, r / 1024, 100 * r * 1024 / b, j / 1e6
    }'
done
