#!/bin/sh
# factlint beside ripgrep, per core, on the same files:
#
#   scripts/bench-rg.sh [ARTICLES]        # default 10000
#
# Uses the generated corpus of scripts/bench-check.sh (target/bench-corpus/N, seed 1), and
# times, one core each (RAYON_NUM_THREADS=1, rg -j1), median of RUNS (default 3):
#   rg      ripgrep with seven date, count and duration patterns, counting matches per file:
#           with Unicode word boundaries (rg's default) and with ASCII ones, (?-u:\b), which keep rg
#           on its fastest engine for this text
#   scan    `factlint scan` of all articles concatenated: the value grammars alone
#   check   `factlint check --format json`: the whole job (walk, read, grammar, cues, compare, report)
# and prints MB/s of each and the ratio to ripgrep. Needs rg (Debian package ripgrep).
set -eu
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
n=${1:-10000}
command -v rg > /dev/null || { echo "bench-rg: rg (ripgrep) not found; apt-get install ripgrep" >&2; exit 2; }
[ -n "${NO_BUILD:-}" ] || cargo build --release --quiet --bin factlint --bin gen-corpus
BIN=${BIN:-target/release/factlint}
. scripts/bench-corpus.sh
dir=$(bench_corpus "$n")
all=target/bench-corpus/$n.all.txt
[ -f "$all" ] || find -L "$dir" -name 'a*.txt' -o -name 'a*.md' | sort | xargs cat > "$all"
bytes=$(wc -c < "$all")
months='janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre'
median() { tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
wall() { # command... -> seconds
    log=$(mktemp)
    /usr/bin/time -f %e -o "$log" "$@" > /dev/null 2>&1 || true
    tail -n 1 "$log"; rm -f "$log"
}
run() { # name command...
    name=$1; shift
    ts=""
    for _ in $(seq "$RUNS"); do ts="$ts $(wall "$@")"; done
    echo "$name $(echo "$ts" | median)"
}
{
    for mode in unicode ascii; do
        B="\\b"; [ "$mode" = ascii ] && B="(?-u:\\b)"
        run "rg-$mode" rg -j1 --count-matches --no-ignore --hidden \
            -e "$B[0-9]{1,2}(er)? ($months)( [0-9]{4})?$B" \
            -e "$B($months) [0-9]{4}$B" \
            -e "$B[0-9]{1,3}(( | |\\.)[0-9]{3})+$B" \
            -e "$B[0-9]+([,.][0-9]+)? (millions?|milliards?|mille)$B" \
            -e "$B(il y a|depuis|pendant) [^ ]+ (ans|mois|semaines|jours)$B" \
            -e "$B[0-9]+ (ans|mois|semaines|jours|heures)$B" \
            -e "$B(hier|demain|la veille|le lendemain|l'an dernier)$B" \
            "$dir"
    done
    run scan env RAYON_NUM_THREADS=1 "$BIN" scan --format json --published 2024-01-01 "$all"
    run check env RAYON_NUM_THREADS=1 "$BIN" check "$dir" --no-review --format json
} | awk -v b="$bytes" 'BEGIN { printf "%-12s %8s %8s %10s\n", "tool", "wall", "MB/s", "vs rg" }
    { t[NR] = $1; s[NR] = $2 }
    END { for (i = 1; i <= NR; i++) printf "%-12s %7.2fs %8.1f %9.2fx\n", t[i], s[i], b / 1e6 / s[i], s[1] / s[i] }'
echo "($((bytes / 1000000)) MB in $n articles, one core each, median of $RUNS)"
