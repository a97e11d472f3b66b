#!/usr/bin/env bash
# Lint latency of one article against a generated corpus, without and with the claims index,
# side by side in one run; the index's build time and size; and, with OLD=path/to/factlint, the
# same lint with that build's own index (on a hard-linked copy of the corpus, so that the two
# indexes do not overwrite each other).
#   scripts/bench-index.sh [ARTICLES] [DIR]     (default 10000, /tmp/factlint-bench-index)
# An existing DIR/corpus is reused (it may be a link to a corpus generated elsewhere, such as
# target/bench-corpus/N). Times are wall and CPU (user+sys) seconds, medians.
set -euo pipefail
n=${1:-10000}
dir=${2:-/tmp/factlint-bench-index}
runs=${RUNS:-5}
slow=${SLOW_RUNS:-3}   # runs without the index and of the old build
cargo build --release --quiet --bin factlint --bin gen-corpus
bin=$PWD/target/release/factlint
mkdir -p "$dir"
[ -d "$dir/corpus" ] || target/release/gen-corpus --articles "$n" --seed 1 --out "$dir/corpus" >/dev/null
[ -d "$dir/new" ] || target/release/gen-corpus --articles 1 --seed 2 --out "$dir/new" >/dev/null
article="$dir/new/d0000/a000000.txt"
# t CMD...: "wall cpu" of one run, output discarded.
t() { /usr/bin/time -f "%e %U %S" -o /tmp/bench-index.time "$@" >/dev/null 2>&1 || true
      tail -1 /tmp/bench-index.time | awk '{printf "%s %.2f\n", $1, $2 + $3}'; }
# med N CMD...: medians of wall and cpu over N runs.
med() { local k=$1; shift; for _ in $(seq "$k"); do t "$@"; done |
        sort -n | awk '{w[NR]=$1; c[NR]=$2} END {m=int((NR+1)/2); printf "%.3fs wall, %.2fs cpu", w[m], c[m]}'; }
lint() { local b=$1 c=$2; shift 2; echo "$b" --no-config lint --corpus "$c" --claims claims "$@" "$article"; }
corpus_bytes=$(du -sbL --exclude='.factlint-index*' "$dir/corpus/" | cut -f1)
echo "articles=$n corpus_bytes=$corpus_bytes runs=$runs slow_runs=$slow"
rm -f "$dir/corpus/.factlint-index"
for f in "--format json" "--summary"; do
  echo "lint without index ($f): $(med "$slow" $(lint "$bin" "$dir/corpus" $f))"
done
build=$(t "$bin" --no-config index --claims claims "$dir/corpus")
echo "index build: ${build% *}s wall, ${build#* }s cpu, $(stat -c %s "$dir/corpus/.factlint-index") bytes"
for f in "--format json" "--format human" "--summary"; do
  echo "lint with index ($f): $(med "$runs" $(lint "$bin" "$dir/corpus" $f))"
done
{ "$bin" --no-config lint --corpus "$dir/corpus" --claims claims --format json "$article" 2>/dev/null || true; } | wc -c |
  awk '{print "answer: " $1 " bytes of JSON"}'
if [ -n "${OLD:-}" ]; then
  [ -d "$dir/corpus-old" ] || cp -alL "$dir/corpus/" "$dir/corpus-old"
  rm -f "$dir/corpus-old/.factlint-index"
  build=$(t "$OLD" --no-config index --claims claims "$dir/corpus-old")
  echo "old index build: ${build% *}s wall, ${build#* }s cpu, $(stat -c %s "$dir/corpus-old/.factlint-index") bytes"
  for f in "--format json" "--summary"; do
    echo "old lint with old index ($f): $(med "$slow" $(lint "$OLD" "$dir/corpus-old" $f))"
  done
fi
