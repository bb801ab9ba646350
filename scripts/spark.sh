#!/usr/bin/env bash
# The Spark example (examples/spark/claimlens_spark.py), run and checked: an archive of
# JSON Lines records through `RDD.pipe` and `claimlens --jsonl` in Spark's local mode, every
# record back as a report with its id, and the same reports as the CLI gives directly.
# Installs what it needs first when missing: pyspark from PyPI into .tools/spark/venv (about
# 320 MB, a minute or two) and Debian's headless Java runtime. PYTHON names another Python
# that has pyspark.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
venv="$ROOT/.tools/spark/venv"
python="${PYTHON:-$venv/bin/python}"
if ! "$python" -c 'import pyspark' 2>/dev/null; then
  [ -z "${PYTHON:-}" ] || die "PYTHON=$PYTHON cannot import pyspark"
  step "installing pyspark into $venv (PyPI)"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check pyspark
fi
if ! command -v java >/dev/null; then
  step "installing Java for Spark (Debian's openjdk-17-jre-headless)"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y openjdk-17-jre-headless
fi
step "the Spark example (pyspark $("$python" -c 'import pyspark; print(pyspark.__version__)'), local mode)"
cargo build --release -q --bin claimlens
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# An archive of the repo's own sample article, 120 records, each with its id and date.
node -e '
  const fs = require("fs");
  const text = fs.readFileSync("www/sample-article.txt", "utf8");
  const lines = [];
  for (let id = 0; id < 120; id++) lines.push(JSON.stringify({ id, text, date: "2025-03-14" }));
  fs.writeFileSync(process.argv[1], lines.join("\n") + "\n");
' "$work/archive.jsonl"
summary=$("$python" examples/spark/claimlens_spark.py "$work/archive.jsonl" "$work/out" 2>/dev/null | tail -1)
echo "$summary"
expected_claims=$(head -1 "$work/archive.jsonl" | target/release/claimlens --jsonl | node -e '
  let s = ""; process.stdin.on("data", (d) => s += d).on("end", () => console.log(JSON.parse(s).claims.length * 120));')
node -e '
  const [summary, claims] = [JSON.parse(process.argv[1]), Number(process.argv[2])];
  if (summary.records !== 120 || summary.errors !== 0 || summary.claims !== claims) {
    console.error(`unexpected: ${JSON.stringify(summary)}, expected 120 records, ${claims} claims`);
    process.exit(1);
  }
' "$summary" "$expected_claims"
# Spark keeps each record whole: the reports match the CLI run directly, id for id.
cat "$work"/out/part-* | sort > "$work/spark.txt"
target/release/claimlens --jsonl < "$work/archive.jsonl" | sort > "$work/direct.txt"
cmp -s "$work/spark.txt" "$work/direct.txt" || die "Spark's reports differ from the CLI's"
echo "120 records through Spark: the same reports as the CLI's"
