#!/usr/bin/env python3
"""How well `factlint lint --discover` flags planted errors with no rule at all.

usage: python3 tests/bench/lintbench_discover.py SETDIR [--factlint BIN] [--corpus DIR]

SETDIR is a lintbench set (its articles and expectations.json, the format
`../shared/lintbench/score.py` reads). The lintbench scorer scores rule claims, so it cannot
score discovery; this reads the same expectations and scores the hints instead:

- each article is linted with an empty rule folder: `lint FILE --discover --claims EMPTY
  --published DATE --format json`, run from the project root;
- a planted error (an expectation whose verdict is `conflict`) is *flagged* when a hint's
  mention overlaps its phrase (byte offsets of the phrase's first occurrence);
- a hint is *false* when it overlaps no such phrase.

It prints how many planted errors were flagged, and the false hints per article; it exits 1
when fewer than half are flagged or there is more than one false hint per article on average.
Standard library only.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("setdir")
    p.add_argument("--factlint", default="target/release/factlint")
    p.add_argument("--corpus", default="corpus")
    args = p.parse_args(argv)
    with open(os.path.join(args.setdir, "expectations.json"), encoding="utf-8") as f:
        articles = json.load(f)
    planted = flagged = false_hints = 0
    with tempfile.TemporaryDirectory() as empty:
        for art in articles:
            path = os.path.join(args.setdir, art["file"])
            data = open(path, "rb").read()
            cmd = [args.factlint, "lint", path, "--corpus", args.corpus, "--claims", empty,
                   "--published", art["published"], "--discover", "--format", "json",
                   "--no-config"]
            out = subprocess.run(cmd, capture_output=True)
            if out.returncode not in (0, 1):
                print(f"{art['file']}: factlint failed: {out.stderr.decode()}", file=sys.stderr)
                return 2
            hints = json.loads(out.stdout).get("discovered", [])
            spans = []
            for e in art["expect"]:
                if e["verdict"] != "conflict":
                    continue
                at = data.find(e["phrase"].encode("utf-8"))
                if at >= 0:
                    spans.append((at, at + len(e["phrase"].encode("utf-8"))))
            planted += len(spans)
            hit = set()
            mine = 0
            for h in hints:
                m = h["mention"]
                over = [s for s in spans if m["start"] < s[1] and s[0] < m["end"]]
                hit.update(over)
                if not over:
                    mine += 1
            flagged += len(hit)
            false_hints += mine
            print(f"{art['file']}: {len(hit)}/{len(spans)} planted errors flagged, "
                  f"{mine} false hint(s)")
    n = max(len(articles), 1)
    print(f"flagged {flagged}/{planted} planted errors; "
          f"{false_hints} false hints over {len(articles)} articles ({false_hints / n:.2f} each)")
    ok = planted == 0 or (2 * flagged >= planted and false_hints <= len(articles))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
