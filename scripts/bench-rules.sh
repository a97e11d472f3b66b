#!/bin/sh
# What rules that never match cost: `check` with the bundled pack, side by side with the bundled
# pack plus N generated rules, on a generated corpus; and how long N rules in one file take to
# load.
#
#   scripts/bench-rules.sh                 # 1 000 extra rules, 10k articles
#   RULES=5000 ARTICLES=1000 scripts/bench-rules.sh
#
# The generated rules are realistic and never match: each names a made-up but plausible French
# word ("valorine", "bemitage"), checked absent from the corpus; two in three are cue rules
# (`counts`/`near`/`cues`), one in three has regex `patterns` (`\b{count} valorines`,
# `valorine (?:en|du) {date}`, `de {duration} de bemitage`). They go into a copy of claims/ in
# a temporary folder. Each check runs at one thread (RAYON_NUM_THREADS=1, pinned to one core
# with taskset when there is one), RUNS times (default 3), the two rule sets taking turns; the
# CPU time (user + system, less sensitive than wall time to other work on a shared machine) of
# each pair of runs gives a ratio, and the median ratio is reported, with the median times; the
# findings of both are checked to be the same. IR=1 counts instructions instead (valgrind's
# callgrind, about 20 times slower): the same on every run, however busy the machine.
# NO_BUILD=1 skips the build; BIN=path/to/factlint measures another build; KEEP=1 keeps the
# temporary folder (its path goes to stderr), to profile a check with the generated rules.
set -eu
cd "$(dirname "$0")/.."
RULES=${RULES:-1000}
ARTICLES=${ARTICLES:-10000}
RUNS=${RUNS:-3}
[ -n "${NO_BUILD:-}" ] || cargo build --release --quiet --bin factlint --bin gen-corpus
BIN=${BIN:-target/release/factlint}
. scripts/bench-corpus.sh
corpus=$(bench_corpus "$ARTICLES")
tmp=$(mktemp -d)
[ -n "${KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT; echo "rules in $tmp" >&2
mkdir -p "$tmp/claims" "$tmp/load"
cp claims/*.yaml "$tmp/claims/"
python3 - "$RULES" "$corpus" "$tmp/claims/generated.yaml" "$tmp/load" <<'EOF'
import itertools, os, sys
n, corpus, out, load_dir = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
text = []
for root, _, files in os.walk(corpus):
    for f in files:
        if f.endswith((".txt", ".md")):
            text.append(open(os.path.join(root, f), encoding="utf-8", errors="replace").read().lower())
for f in os.listdir("corpus"):
    if f.endswith(".txt"):
        text.append(open(os.path.join("corpus", f), encoding="utf-8").read().lower())
seen = set(w for t in text for w in t.replace("'", " ").split())
heads = ["ba", "be", "ca", "da", "fe", "ga", "la", "ma", "ne", "pa", "ra", "sa", "ta", "va", "vi", "mo", "lu", "ro"]
mids = ["lo", "mi", "ve", "ri", "to", "na", "ru", "di", "pe", "gu", "fi", "so", "bi", "co", "du", "le"]
tails = ["rine", "tage", "ment", "lure", "nade", "rie", "lion", "chon", "nelle", "vure", "quet", "tier"]
# Absent from the corpus, even as the start of a longer word.
prefixes = set(s[:k] for s in seen for k in range(4, len(s) + 1))
def words():
    for m2, h, m, t in itertools.product([""] + mids, heads, mids, tails):
        w = h + m + m2 + t
        if w not in prefixes:
            yield w
pool = words()
def rule(i):
    w, v = next(pool), next(pool)
    kind = ["count", "date", "duration"][i % 3]
    head = f"  - id: gen-{i:05d}-{w}\n    title: Generated rule {i} ({w})\n    kind: {kind}\n"
    if i % 3 == 2 and (i // 3) % 2 == 0:
        # A pattern rule.
        pats = {
            "count": [rf"\\b{{count}} {w}s?\\b", rf"\\b{w}s? au nombre de {{count}}"],
            "date": [rf"\\b{w} (?:en|du|le) {{date}}", rf"\\b{{date}},? (?:le|la) {w}"],
            "duration": [rf"\\b{w} de {{duration}}", rf"\\b{{duration}} de {v}s?\\b"],
        }[kind]
        body = "    patterns:\n" + "".join(f'      - "{p}"\n' for p in pats)
        ex = {"count": (f"Il y avait 300 {w}s.", "300"), "date": (f"Le {w} du 19 septembre 2023.", "2023-09-19"),
              "duration": (f"Un {w} de six semaines.", "P6W")}[kind]
    else:
        body = {
            "count": f"    counts: [{w}, {v}]\n    near: [[{w}, {v}]]\n    unless: [recenser]\n",
            "date": f"    cues: [{w}]\n    near: [[{v}, lancement]]\n    window: 6\n",
            "duration": f"    near: [{w}, [durer, pendant]]\n    rivals: [{v}]\n",
        }[kind]
        ex = {"count": (f"On a recensé 300 {w}s.", "300"), "date": (f"Le {w} a eu lieu au {v} du 19 septembre 2023.", "2023-09-19"),
              "duration": (f"Le {w} a duré six semaines.", "P6W")}[kind]
    return head + body + f'    examples:\n      - text: "{ex[0]}"\n        value: "{ex[1]}"\n\n'
with open(out, "w", encoding="utf-8") as f:
    f.write(f"# {n} generated rules that never match (scripts/bench-rules.sh)\nlang: fr\nrules:\n")
    for i in range(n):
        f.write(rule(i))
# One file of 1 300 and one of 5 000 rules for the load times.
for m in (1300, 5000):
    pool = words()
    os.makedirs(f"{load_dir}/{m}", exist_ok=True)
    with open(f"{load_dir}/{m}/generated.yaml", "w", encoding="utf-8") as f:
        f.write(f"lang: fr\nrules:\n")
        for i in range(m):
            f.write(rule(i))
EOF
pin=""
command -v taskset > /dev/null && pin="taskset -c 0"
median() { echo "$1" | tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# run_cpu CLAIMS OUT: the CPU seconds (user + system) of one check with that claims folder.
run_cpu() {
    log=$(mktemp)
    RAYON_NUM_THREADS=1 /usr/bin/time -v $pin "$BIN" check --claims "$1" "$corpus" --no-review \
        --format json > "$2" 2> "$log" || true
    awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log"
    rm -f "$log"
}
# run_ir CLAIMS OUT: the instructions one check executes (valgrind's callgrind): the same on
# every run, whatever else the machine does, so that two builds compare on a busy machine.
run_ir() {
    log=$(mktemp)
    RAYON_NUM_THREADS=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$BIN" check \
        --claims "$1" "$corpus" --no-review --format json > "$2" 2> "$log" || true
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$log"
    rm -f "$log"
}
# The runs of the two rule sets take turns (pack, pack + N, pack, pack + N, …), so that a
# change in the machine's load falls on both; the ratio is the median of each pair's.
bases=""; pluses=""; ratios=""
for _ in $(seq "$RUNS"); do
    if [ -n "${IR:-}" ]; then
        x=$(run_ir claims "$tmp/base.json"); y=$(run_ir "$tmp/claims" "$tmp/plus.json")
    else
        x=$(run_cpu claims "$tmp/base.json"); y=$(run_cpu "$tmp/claims" "$tmp/plus.json")
    fi
    bases="$bases $x"; pluses="$pluses $y"
    ratios="$ratios $(awk -v x="$x" -v y="$y" 'BEGIN { printf "%.4f", y / x }')"
done
base=$(median "$bases")
plus=$(median "$pluses")
ratio=$(median "$ratios")
# The findings without the rule list and the run's header (the rule counts differ).
findings() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(json.dumps([r.get(k) for k in ("findings","claims")], sort_keys=True))' "$1"; }
same=no
[ "$(findings "$tmp/base.json")" = "$(findings "$tmp/plus.json")" ] && same=yes
bytes=$(find "$corpus/" -name 'a*.txt' -o -name 'a*.md' | xargs cat | wc -c)
if [ -n "${IR:-}" ]; then
    awk -v x="$base" -v y="$plus" -v r="$ratio" -v n="$RULES" -v a="$ARTICLES" -v s="$same" 'BEGIN {
        printf "check, 1 thread, %d articles, median instructions (callgrind) of runs:\n", a
        printf "  bundled pack           %14.0f\n", x
        printf "  bundled + %5d rules  %14.0f\n", n, y
        printf "  ratio %.2fx (median of pairs); same findings and claims: %s\n", r, s
    }'
else
    awk -v b="$bytes" -v x="$base" -v y="$plus" -v r="$ratio" -v n="$RULES" -v a="$ARTICLES" -v s="$same" 'BEGIN {
        mb = b / 1e6
        printf "check, 1 thread, %d articles (%.1f MB), median CPU of runs:\n", a, mb
        printf "  bundled pack           %7.2f s  %6.1f MB/s\n", x, mb / x
        printf "  bundled + %5d rules  %7.2f s  %6.1f MB/s\n", n, y, mb / y
        printf "  ratio %.2fx (median of pairs); same findings and claims: %s\n", r, s
    }'
fi
# Loading: `rules list` reads and compiles the rules and prints one line per rule.
for m in 1300 5000; do
    log=$(mktemp)
    /usr/bin/time -v $pin "$BIN" rules list --claims "$tmp/load/$m" > /dev/null 2> "$log" || true
    awk -F': ' -v m="$m" '/Elapsed \(wall clock\)/ { w = $2 } /User time|System time/ { s += $2 }
        END { printf "load %5d rules in one file: %.2f s CPU (wall %s)\n", m, s, w }' "$log"
    rm -f "$log"
done
