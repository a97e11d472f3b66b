#!/usr/bin/env bash
# Lint latency of one article against a generated corpus, without and with the claims index,
# side by side in one run; the index's build time and size; and, with OLD=path/to/factlint, the
# same lint with that build's own index (on a hard-linked copy of the corpus, so that the two
# indexes do not overwrite each other), the two builds' runs alternated.
#   scripts/bench-index.sh [ARTICLES] [DIR]     (default 10000, /tmp/factlint-bench-index)
# An existing DIR/corpus is reused (it may be a link to a corpus generated elsewhere, such as
# target/bench-corpus/N). Times are wall and CPU (user+sys) seconds, medians.
set -euo pipefail
n=${1:-10000}
dir=${2:-/tmp/factlint-bench-index}
runs=${RUNS:-5}
slow=${SLOW_RUNS:-3}   # runs without the index and of the old build
# NO_BUILD=1: the release binaries as they are (built already, from the code being measured).
[ -n "${NO_BUILD:-}" ] || cargo build --release --quiet --bin factlint --bin gen-corpus
bin=$PWD/target/release/factlint
mkdir -p "$dir"
[ -d "$dir/corpus" ] || target/release/gen-corpus --articles "$n" --seed 1 --out "$dir/corpus" >/dev/null
[ -d "$dir/new" ] || target/release/gen-corpus --articles 1 --seed 2 --out "$dir/new" >/dev/null
article="$dir/new/d0000/a000000.txt"
# t CMD...: "wall cpu" of one run, output discarded.
t() { /usr/bin/time -f "%e %U %S" -o "$dir/time.txt" "$@" >"$dir/out.txt" 2>/dev/null || true
      tail -1 "$dir/time.txt" | awk '{printf "%s %.2f\n", $1, $2 + $3}'; }
# medcols: "wall cpu" lines on stdin to the median of each column.
medcols() { local in; in=$(cat)
  col() { echo "$in" | cut -d' ' -f"$1" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  printf "%.3fs wall, %.2fs cpu" "$(col 1)" "$(col 2)"; }
# med N CMD...: medians of wall and cpu over N runs.
med() { local k=$1; shift; for _ in $(seq "$k"); do t "$@"; done | medcols; }
lint() { local b=$1 c=$2; shift 2; echo "$b" --no-config lint --corpus "$c" --claims claims "$@" "$article"; }
corpus_bytes=$(du -sbL --exclude='.factlint-index*' "$dir/corpus/" | cut -f1)
echo "articles=$n corpus_bytes=$corpus_bytes runs=$runs slow_runs=$slow"
rm -f "$dir/corpus/.factlint-index"
for f in "--format json" "--summary"; do
  echo "lint without index ($f): $(med "$slow" $(lint "$bin" "$dir/corpus" $f))"
  [ "$f" = "--summary" ] || cp "$dir/out.txt" "$dir/without.json"
done
build=$(t "$bin" --no-config index --claims claims "$dir/corpus")
echo "index build: ${build% *}s wall, ${build#* }s cpu, $(stat -c %s "$dir/corpus/.factlint-index") bytes"
if [ -n "${OLD:-}" ]; then
  [ -d "$dir/corpus-old" ] || cp -alL "$dir/corpus/" "$dir/corpus-old"
  rm -f "$dir/corpus-old/.factlint-index"
  build=$(t "$OLD" --no-config index --claims claims "$dir/corpus-old")
  echo "old index build: ${build% *}s wall, ${build#* }s cpu, $(stat -c %s "$dir/corpus-old/.factlint-index") bytes"
fi
for f in "--format json" "--format human" "--summary"; do
  if [ -n "${OLD:-}" ]; then
    # Alternated: new, old, new, old…; each side's medians.
    for _ in $(seq "$runs"); do
      echo "new $(t $(lint "$bin" "$dir/corpus" $f))"
      echo "old $(t $(lint "$OLD" "$dir/corpus-old" $f))"
    done > "$dir/pairs.txt"
    for side in new old; do
      echo "$side lint with index ($f): $(grep "^$side " "$dir/pairs.txt" | cut -d' ' -f2- | medcols)"
    done
  else
    echo "lint with index ($f): $(med "$runs" $(lint "$bin" "$dir/corpus" $f))"
  fi
done
{ "$bin" --no-config lint --corpus "$dir/corpus" --claims claims --format json "$article" 2>/dev/null || true; } > "$dir/with.json"
echo "answer: $(wc -c < "$dir/with.json") bytes of JSON, $(cmp -s "$dir/with.json" "$dir/without.json" && echo identical || echo DIFFERENT) with and without the index"
