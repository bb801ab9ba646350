#!/usr/bin/env bash
# Every test: formatting and lints, native unit and integration tests (the JSON Schema among
# them), the JS API in headless Chromium and Firefox, the WebAssembly size budget, the built
# page in headless Chromium and Firefox, the npm package installed and bundled, and the
# Spark example. Installs what is missing first (a fresh machine needs about 9 minutes for that).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

setup_all

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native and wasm32)"
cargo clippy --all-targets -- -D warnings
# The browser builds' features: never `cli` (a native command line), Markdown as pkg-markdown.
cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --features markdown -- -D warnings

step "cargo test (unit, spec cases, CLI, tidy)"
cargo test
# The page's main module is built without the `markdown` feature: its unit tests run so too.
cargo test --lib --no-default-features

step "wasm-pack test --headless --chrome (the JS API in Chromium)"
wasm-pack test --headless --chrome --chromedriver "$(command -v chromedriver)" -- --no-default-features --features markdown

step "wasm-pack test --headless --firefox (the JS API in Firefox)"
wasm-pack test --headless --firefox --geckodriver "$(command -v geckodriver)" -- --no-default-features --features markdown

build_wasm
build_npm

step "WebAssembly size (budget: 400 KB gzipped for .wasm + JS glue)"
printf '%-22s %10s %10s\n' file raw gzip-9
total=0
# The glue is claimlens.js and its snippets (JS that src/bindings.rs inlines), each fetched
# and compressed on its own.
for file in www/pkg/claimlens_bg.wasm www/pkg/claimlens.js www/pkg/snippets/*/*.js; do
  gz=$(gzip -9 -c "$file" | wc -c)
  total=$((total + gz))
  printf '%-22s %10s %10s\n' "${file##*/}" "$(wc -c < "$file")" "$gz"
done
printf '%-22s %21s\n' total "$total"
then=$(node -e 'console.log(require("./bench/baseline.json").wasm_gzip_bytes ?? 0)')
[ "$then" -gt 0 ] && printf '%-22s %21s  (%+d bytes against bench/baseline.json)\n' baseline "$then" "$((total - then))"
[ "$total" -le 400000 ] || die "the WebAssembly build is $total bytes gzipped, over the 400 KB budget"
printf '%-22s %21s\n' "margin to 400 KB" "$((400000 - total))"
# The Markdown-reading build is fetched only for Markdown input: outside the budget, shown.
markdown=0
for file in www/pkg-markdown/claimlens_markdown_bg.wasm www/pkg-markdown/claimlens_markdown.js www/pkg-markdown/snippets/*/*.js; do
  markdown=$((markdown + $(gzip -9 -c "$file" | wc -c)))
done
printf '%-22s %21s  (fetched only for Markdown input)\n' "www/pkg-markdown" "$markdown"

# One file at a time: the page tests measure the main thread, which a second browser busy
# beside them on CI's two cores would disturb.
step "page and parity tests (headless Chromium, node --test)"
node --test --test-concurrency=1 tests/page/

step "page and widget tests in Firefox ESR (WebDriver BiDi)"
CLAIMLENS_BROWSER=firefox node --test --test-concurrency=1 tests/page/page.test.mjs tests/page/embed.test.mjs

# The Spark example: ~15 s, after installing pyspark and Java the first time (about 2 minutes).
bash scripts/spark.sh

step "all tests passed"
