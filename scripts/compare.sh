#!/usr/bin/env bash
# Side by side on the ScrapingHub pages of ../shared/data: claimlens, trafilatura (PyPI) and
# Readability.js (npm, on a linkedom DOM), F1 of 4-word shingles and median ms per page,
# printed with ratios in one run. The other tools are installed as test-only tools into
# .tools/ (a virtualenv and a node_modules of their own), never shipped or depended on.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
data="$ROOT/../shared/data/cleaning/scrapinghub"
if [ ! -d "$data" ]; then
  echo "skipped: $data is absent"
  exit 0
fi
setup_rust
tools="$ROOT/.tools/compare"
mkdir -p "$tools"
if [ ! -x "$tools/venv/bin/python" ]; then
  step "installing trafilatura into $tools/venv"
  python3 -m venv "$tools/venv"
  "$tools/venv/bin/pip" install -q "trafilatura==2.3.1" lxml_html_clean
fi
if [ ! -d "$tools/node_modules/@mozilla/readability" ]; then
  step "installing Readability.js and linkedom into $tools"
  npm install --silent --prefix "$tools" --no-save --no-package-lock "@mozilla/readability@0.6.0" "linkedom@0.18.15"
fi
step "trafilatura"
"$tools/venv/bin/python" bench/extract_trafilatura.py "$data" "$tools/trafilatura.jsonl"
step "Readability.js"
node bench/extract_readability.mjs "$data" "$tools/readability.jsonl" "$tools"
step "side by side"
cargo run --release -q --example bench -- compare "$tools/trafilatura.jsonl" "$tools/readability.jsonl"
