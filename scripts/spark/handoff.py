#!/usr/bin/env python3
"""factlint on Apache Spark: extraction as a map over documents, comparison as a group-by on
the fact.

    target/spark-venv/bin/python scripts/spark/handoff.py \\
        --factlint target/release/factlint --corpus DIR --out findings.json \\
        -- --no-review --format json

1. The driver lists the corpus (`factlint extract --list DIR`): one line per article, and one
   per file not read (its fate, which the report carries).
2. The article paths become an RDD of shards; each partition pipes its paths, one a line, to
   `factlint extract --format jsonl --paths-from -` (`RDD.pipe`), which reads each article
   with its metadata (front matter, and the `sources.yaml` or manifest beside it) and writes
   one JSON line per claim (one per source without claims).
3. The claim lines are keyed by their fact (the rule id) and grouped (`groupByKey`); the groups,
   in rule order, are written to one claims file with the listing's fate lines.
4. `factlint compare` reads that file and writes the report `check` writes on the same corpus,
   in any format (the arguments after `--`), with `check`'s exit code, which this script
   returns.

Spark runs in local mode (`--master`, default `local[2]`) on the machine's Java 17, bound to
the loopback address.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--factlint", required=True, help="the factlint binary")
    p.add_argument("--corpus", required=True, help="the corpus folder")
    p.add_argument("--claims", help="the folder of claim rules (factlint's default otherwise)")
    p.add_argument("--lang", help="the language of articles that do not state one")
    p.add_argument("--no-config", action="store_true", help="pass --no-config to factlint")
    p.add_argument("--shards", type=int, default=8, help="how many shards (RDD partitions)")
    p.add_argument("--master", default="local[2]", help="the Spark master")
    p.add_argument("--out", help="write compare's report here (default: standard output)")
    p.add_argument("--claims-out", help="keep the grouped claims file here")
    p.add_argument("compare_args", nargs="*", help="arguments for `factlint compare` (after --)")
    return p.parse_args()


def factlint_args(args):
    """The options every factlint call of the run shares."""
    common = ["--no-config"] if args.no_config else []
    if args.claims:
        common += ["--claims", args.claims]
    return common


def rule_of(line):
    """The key of a claim line: its fact. Other lines (sources without claims) key to ''."""
    record = json.loads(line)
    return record.get("rule", "")


def main():
    args = parse_args()
    factlint = os.path.abspath(args.factlint)
    common = factlint_args(args)
    extract = [factlint, "extract", "--format", "jsonl"] + common
    if args.lang:
        extract += ["--lang", args.lang]

    listing = subprocess.run(
        extract + ["--list", args.corpus], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    paths, fates = [], []
    for line in listing:
        record = json.loads(line)
        if record["kind"] == "article":
            paths.append(record["path"])
        else:
            fates.append(line)

    # The loopback address, and no guess at a network interface.
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark import SparkConf, SparkContext

    conf = (
        SparkConf()
        .setMaster(args.master)
        .setAppName("factlint-handoff")
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false")
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
    )
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        shards = sc.parallelize(paths, max(1, min(args.shards, len(paths) or 1)))
        # Each partition's paths go to one factlint's standard input, one a line.
        claim_lines = shards.pipe(
            " ".join(_quote(a) for a in extract + ["--paths-from", "-"]), checkCode=True
        )
        groups = claim_lines.keyBy(rule_of).groupByKey().sortByKey().collect()
    finally:
        sc.stop()

    claims_file = args.claims_out or tempfile.mkstemp(suffix=".jsonl")[1]
    with open(claims_file, "w", encoding="utf-8") as f:
        for line in fates:
            f.write(line + "\n")
        for _rule, lines in groups:
            for line in lines:
                f.write(line + "\n")
    n_claims = sum(len(list(lines)) for rule, lines in groups if rule)
    print(
        f"spark: {len(paths)} articles in {args.shards} shards, {n_claims} claims "
        f"of {sum(1 for rule, _ in groups if rule)} facts",
        file=sys.stderr,
    )

    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    try:
        code = subprocess.run(
            [factlint, "compare"] + common + args.compare_args + [claims_file], stdout=out
        ).returncode
    finally:
        if args.out:
            out.close()
        if not args.claims_out:
            os.unlink(claims_file)
    return code


def _quote(arg):
    """An argument for RDD.pipe, which splits its command with shlex."""
    import shlex

    return shlex.quote(arg)


if __name__ == "__main__":
    sys.exit(main())
