#!/bin/sh
# The acceptance run of "robust on real-world input": one folder that mixes what CMS exports,
# wire feeds and scraped archives hold, checked in ONE run of the release binary.
#
#   scripts/acceptance-mixed.sh            # builds, makes target/acceptance-mixed/, runs
#   NO_BUILD=1 BIN=path/to/factlint scripts/acceptance-mixed.sh
#   MB=10 scripts/acceptance-mixed.sh      # a smaller huge article (default 100 MB)
#
# The folder holds one article in UTF-8 and its re-encoded copies (Latin-1, Windows-1252,
# UTF-16 LE and BE with a byte-order mark, UTF-8 with a BOM, CRLF and lone-CR line endings),
# a binary, an empty, an unreadable (chmod 000; as root that one is still readable, so a link
# to /proc/self/mem, whose read fails with EIO, stands in too), a FIFO, a dangling link, a
# symbolic link loop, an `.html` page, and a huge article: gen-corpus articles (the bundled
# pack's facts among filler with dates and counts) concatenated to MB megabytes.
#
# It runs `/usr/bin/time -v factlint check DIR --no-review --format json > out.json`, and
# prints the wall time, the peak RSS, every file's fate from the JSON (read with its claim
# count, skipped or failed with its reason), and whether each copy's claims equal the
# original's (rule, value, line, column). Exit 1 when a copy differs or a fate is missing.
set -eu
cd "$(dirname "$0")/.."
MB=${MB:-100}
[ -n "${NO_BUILD:-}" ] || cargo build --release --quiet --bin factlint --bin gen-corpus
BIN=${BIN:-target/release/factlint}
GEN=${GEN:-target/release/gen-corpus}
root=target/acceptance-mixed
dir=$root/mixed
huge=$root/huge-$MB.txt

# The huge article, made once per size: 2 000 generated articles' bodies (no front matter:
# the .txt ones), repeated until it reaches MB megabytes.
if [ ! -f "$huge" ]; then
    rm -rf "$root/gen"
    "$GEN" --articles 2000 --seed 7 --out "$root/gen" >/dev/null 2>&1
    cat "$root"/gen/d*/a*.txt > "$root/block.txt"
    want=$((MB * 1000 * 1000))
    : > "$huge.part"
    while [ "$(wc -c < "$huge.part")" -lt "$want" ]; do
        cat "$root/block.txt" >> "$huge.part"
    done
    head -c "$want" "$huge.part" > "$huge"
    # End on a whole line.
    printf '\n' >> "$huge"
    rm -f "$huge.part" "$root/block.txt"
    rm -rf "$root/gen"
fi

# The folder (remade every run: the FIFO and links are not kept by every copy).
if [ -d "$dir" ]; then chmod -R u+rwx "$dir" 2>/dev/null || true; fi
rm -rf "$dir"
mkdir -p "$dir/sub"
python3 - "$dir" <<'EOF'
import sys, os
d = sys.argv[1]
# Our own sentences: dates and counts the bundled pack's rules take, on lines 2, 4 and 5.
text = ("Bilan de l'exode\n"
        "L'Azerbaïdjan a lancé une offensive en septembre 2023 contre le Haut-Karabakh.\n"
        "\n"
        "Plus de 100 000 Arméniens ont fui la région, réfugiés en Arménie.\n"
        "La guerre perdue par Erevan en 2020 pèse encore sur chaque négociation.\n")
def w(name, data):
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)
w("utf8.txt", text.encode("utf-8"))
w("latin1.txt", text.encode("latin-1"))
# Windows-1252 only: its title has ’ and œ (0x92, 0x9C), which Latin-1 lacks; the lines
# with claims are the same.
w("cp1252.txt", text.replace("Bilan de l'exode", "Bilan de l’exode : le cœur du conflit").encode("cp1252"))
w("utf16le.txt", b"\xff\xfe" + text.encode("utf-16-le"))
w("utf16be.txt", b"\xfe\xff" + text.encode("utf-16-be"))
w("bom.txt", b"\xef\xbb\xbf" + text.encode("utf-8"))
w("crlf.txt", text.replace("\n", "\r\n").encode("utf-8"))
w("cr.txt", text.replace("\n", "\r").encode("utf-8"))
w("empty.txt", b"")
w("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)))
w("page.html", ("<html><body><p>" + text + "</p></body></html>\n").encode("utf-8"))
w("locked.txt", text.encode("utf-8"))
EOF
chmod 000 "$dir/locked.txt"
mkfifo "$dir/pipe.txt"
ln -s nowhere.txt "$dir/dangling.txt"
ln -s .. "$dir/sub/up"
if [ "$(id -u)" = 0 ]; then
    ln -s /proc/self/mem "$dir/proc-mem.txt"
fi
ln "$huge" "$dir/huge.txt" 2>/dev/null || cp "$huge" "$dir/huge.txt"

out=$root/out.json
log=$root/time.log
code=0
/usr/bin/time -v "$BIN" check "$dir" --no-review --format json > "$out" 2> "$log" || code=$?
echo "command: /usr/bin/time -v $BIN check $dir --no-review --format json > $out"
echo "exit code: $code"
sed -n 's/.*Elapsed (wall clock) time.*: /wall: /p; s/.*Maximum resident set size (kbytes): \(.*\)/peak RSS: \1 kB/p; s/.*User time (seconds): /user s: /p; s/.*System time (seconds): /sys s: /p' "$log"
echo "huge.txt: $(wc -c < "$dir/huge.txt") bytes; JSON: $(wc -c < "$out") bytes"
chmod 644 "$dir/locked.txt"

python3 - "$out" "$dir" <<'EOF'
import json, sys, os
report = json.load(open(sys.argv[1]))
d = sys.argv[2]
name = lambda p: os.path.relpath(p, d) if p.startswith(d) else p
claims = {}
for c in report["claims"]:
    claims.setdefault(name(c["source"]), []).append(c)
print("fates:")
rows = []
for s in report["sources"]:
    n = name(s["path"])
    enc = s.get("encoding")
    how = f"read ({enc}{', guessed' if s.get('encoding_guessed') else ''})" if enc else "read"
    rows.append((n, how, f"{len(claims.get(n, []))} claims"))
for f in report.get("skipped", []):
    rows.append((name(f["path"]), "skipped: " + f["reason"], f["message"][:70]))
for f in report.get("failed", []):
    at = f":{f['line']}:{f['column']}" if "line" in f else ""
    rows.append((name(f["path"]) + at, "failed: " + f["reason"], f["message"][:70]))
for r in sorted(rows):
    print(f"  {r[0]:<16} {r[1]:<26} {r[2]}")
expected = {"utf8.txt", "latin1.txt", "cp1252.txt", "utf16le.txt", "utf16be.txt", "bom.txt",
            "crlf.txt", "cr.txt", "empty.txt", "image.txt", "page.html", "locked.txt",
            "pipe.txt", "dangling.txt", "sub/up", "huge.txt"}
if os.path.lexists(os.path.join(d, "proc-mem.txt")):
    expected.add("proc-mem.txt")
named = {r[0].split(":")[0] for r in rows}
missing = sorted(expected - named)
ok = not missing
if missing:
    print("NO FATE:", ", ".join(missing))
def sig(n):
    return [(c["rule"], json.dumps(c["value"], sort_keys=True), c["line"], c["column"])
            for c in claims.get(n, [])]
original = sig("utf8.txt")
print(f"copies (the original utf8.txt has {len(original)} claims):")
for n in ["latin1.txt", "cp1252.txt", "utf16le.txt", "utf16be.txt", "bom.txt", "crlf.txt", "cr.txt", "locked.txt"]:
    if n not in claims and n == "locked.txt":
        continue
    same = sig(n) == original
    ok &= same
    print(f"  {n:<12} {'same claims' if same else 'DIFFERENT claims'}")
print("summary:", json.dumps(report["summary"]))
sys.exit(0 if ok else 1)
EOF
