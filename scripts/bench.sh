#!/usr/bin/env bash
# Speed, natively and in WebAssembly (Node, headless Chromium), on the ScrapingHub pages of
# ../shared/data: median ms per page, MB/s, and 1/10/50 MB scaling. Builds what it needs.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
setup_all
build_wasm
step "native"
cargo run --release -q --example bench -- speed
step "WebAssembly"
node scripts/bench-wasm.mjs
