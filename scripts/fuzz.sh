#!/usr/bin/env bash
# Fuzzes one target of tests/fuzz for a while (see README, "Fuzzing"):
#   scripts/fuzz.sh scan|rules|check [SECONDS, default 600] [more libFuzzer flags]
# One process, no sanitizer (the toolchain is stable: RUSTC_BOOTSTRAP=1 lets cargo-fuzz use
# the nightly flags it needs). The corpus grows in tests/fuzz/corpus/TARGET (not in git) from
# the committed seeds in tests/fuzz/seeds/TARGET; a crash, a hang (-timeout) or an
# out-of-memory (-rss_limit_mb) stops the run and lands in tests/fuzz/artifacts/TARGET.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh scan|rules|check [SECONDS]}
seconds=${2:-600}
shift $(($# < 2 ? $# : 2))
mkdir -p "tests/fuzz/corpus/$target"
RUSTC_BOOTSTRAP=1 exec cargo fuzz run --fuzz-dir tests/fuzz --sanitizer none "$target" \
  "tests/fuzz/corpus/$target" "tests/fuzz/seeds/$target" \
  -- -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 "$@"
