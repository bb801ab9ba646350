#!/usr/bin/env bash
# The demo: installs what is missing, builds the CLI and the WebAssembly module, prints the
# CLI's report of the sample article, and serves the page on 127.0.0.1 (PORT, default 8080).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

setup_rust
setup_node
build_wasm
step "building the command line"
cargo build --release --bin claimlens

step "the CLI's report of the sample article (www/sample-article.txt)"
target/release/claimlens www/sample-article.txt

step "serving the page"
exec node scripts/serve.mjs www "${PORT:-8080}"
