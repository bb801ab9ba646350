"""Runs claimlens over a JSON Lines archive with Apache Spark in local mode, through the
CLI's streaming interface (`claimlens --jsonl`) and `RDD.pipe`.

    python examples/spark/claimlens_spark.py ARCHIVE.jsonl OUT_DIR [--bin target/release/claimlens]

Each archive line is a record `{"id": ..., "text": ...}` (or `"html"`, with optional
`"date"`); each output line is that record's report with its `id`. Spark splits the archive
into partitions and pipes each through one claimlens process; the CLI streams, so memory
stays flat whatever the partition size. Prints a summary (records, claims, errors) and
writes the reports under OUT_DIR as Spark's part files. Needs pyspark (PyPI) and Java.
"""
import argparse
import json
import os
import sys

from pyspark import SparkConf, SparkContext


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("archive")
    parser.add_argument("out")
    parser.add_argument("--bin", default=os.path.join("target", "release", "claimlens"))
    parser.add_argument("--partitions", type=int, default=4)
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)
    if not os.access(binary, os.X_OK):
        print(f"build the CLI first (cargo build --release): {binary} is missing", file=sys.stderr)
        return 2
    conf = SparkConf().setMaster("local[2]").setAppName("claimlens").set("spark.ui.enabled", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        records = sc.textFile(os.path.abspath(args.archive), minPartitions=args.partitions)
        reports = records.pipe(f"{binary} --jsonl")
        reports.saveAsTextFile(os.path.abspath(args.out))
        parsed = reports.map(json.loads)
        summary = parsed.map(
            lambda r: (1, len(r.get("claims", [])), 1 if "error" in r else 0)
        ).reduce(lambda a, b: tuple(x + y for x, y in zip(a, b)))
        print(json.dumps({"records": summary[0], "claims": summary[1], "errors": summary[2]}))
    finally:
        sc.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
