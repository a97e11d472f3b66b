#!/usr/bin/env bash
# Lint latency of one article against a generated corpus, without and with the claims index,
# side by side in one run; and the index's build time and size.
#   scripts/bench-index.sh [ARTICLES] [DIR]     (default 10000, /tmp/factlint-bench-index)
set -euo pipefail
n=${1:-10000}
dir=${2:-/tmp/factlint-bench-index}
cargo build --release --quiet --bin factlint --bin gen-corpus
bin=target/release/factlint
rm -rf "$dir" && mkdir -p "$dir"
target/release/gen-corpus --articles "$n" --seed 1 --out "$dir/corpus" >/dev/null
target/release/gen-corpus --articles 1 --seed 2 --out "$dir/new" >/dev/null
article=$(find "$dir/new" -name '*.txt' -o -name '*.md' | sort | head -1)
t() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc; }
med() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
lint=("$bin" --no-config lint --corpus "$dir/corpus" --claims claims --format json "$article")
without=$(for _ in 1 2 3; do t "${lint[@]}"; done | med)
build=$( t "$bin" --no-config index --claims claims "$dir/corpus")
size=$(stat -c %s "$dir/corpus/.factlint-index")
with=$(for _ in 1 2 3; do t "${lint[@]}"; done | med)
corpus_bytes=$(du -sb --exclude=.factlint-index "$dir/corpus" | cut -f1)
echo "articles=$n corpus_bytes=$corpus_bytes"
echo "lint without index: ${without}s (median of 3)"
echo "index build:        ${build}s, ${size} bytes"
echo "lint with index:    ${with}s (median of 3)"
