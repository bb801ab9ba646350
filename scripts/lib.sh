# Shared by scripts/demo.sh and scripts/test.sh (sourced, not run). Installs what is missing,
# skips what is present, and puts the project's tools first on PATH.

WASM_PACK_VERSION=0.15.1
GECKODRIVER_VERSION=0.37.1
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The Rust side: the wasm32 target, wasm-pack, and the wasm-bindgen CLI whose version is the
# one in Cargo.lock (a mismatch makes wasm-pack try to download it from GitHub, which fails).
setup_rust() {
  command -v cargo >/dev/null || die "cargo is not installed (https://rustup.rs)"
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "installing the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}')" != "$WASM_PACK_VERSION" ]; then
    step "installing wasm-pack $WASM_PACK_VERSION (about 2 minutes)"
    cargo install wasm-pack --version "$WASM_PACK_VERSION"
  fi
  [ -f "$ROOT/Cargo.lock" ] || (cd "$ROOT" && cargo generate-lockfile)
  local wb
  wb=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' "$ROOT/Cargo.lock")
  [ -n "$wb" ] || die "no wasm-bindgen version in Cargo.lock"
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wb" ]; then
    step "installing wasm-bindgen-cli $wb (about 2 minutes)"
    # Not --locked: a locked dependency of the CLI is missing from the registry.
    cargo install wasm-bindgen-cli --version "$wb"
  fi
}

# npm dev tools: wasm-opt from binaryen 132 (Debian's binaryen 108 corrupts wasm-bindgen
# output), terser for the JS glue, playwright-core and axe-core for the page tests, and Vite
# to build a project that installs the npm package. Never shipped.
setup_node() {
  command -v npm >/dev/null || die "node and npm are not installed"
  local have_pw have_opt
  # (Every dev tool present, at the version package-lock.json pins.)
  have_pw=$(cd "$ROOT" && node -e "for (const p of ['playwright-core', 'axe-core', 'vite']) require(p + '/package.json')" 2>/dev/null && echo yes || true)
  have_opt=$(wasm-opt --version 2>/dev/null || true)
  if [ -z "$have_pw" ] || [[ "$have_opt" != *"version 132"* ]] || ! command -v terser >/dev/null; then
    step "installing npm dev tools (binaryen, terser, playwright-core, axe-core, vite)"
    (cd "$ROOT" && npm ci --no-audit --no-fund)
  fi
  [[ "$(wasm-opt --version)" == *"version 132"* ]] || die "wasm-opt on PATH is not binaryen 132: $(command -v wasm-opt)"
}

# Debian's Chromium and ChromeDriver, and Debian's Firefox ESR with geckodriver (from
# crates.io: Mozilla's builds are on GitHub), for the browser tests.
setup_browser() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v firefox-esr >/dev/null; then
    step "installing Chromium, ChromeDriver and Firefox ESR (Debian packages)"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver firefox-esr
  fi
  if [ "$(geckodriver --version 2>/dev/null | awk 'NR == 1 {print $2}')" != "$GECKODRIVER_VERSION" ]; then
    step "installing geckodriver $GECKODRIVER_VERSION (about 2.5 minutes)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION"
  fi
}

# Everything the tests and benches need.
setup_all() {
  setup_rust
  setup_node
  setup_browser
}

# The browser builds of the library. www/pkg, the module the page and the widget load, is
# built without the `markdown` feature (pulldown-cmark adds about 66 KB gzipped);
# www/pkg-markdown is the same library with it, which the worker fetches only when an input
# is Markdown. wasm-pack's JS glue is then minified in place, as a site would ship it (a
# third of its gzipped size is the JSDoc that claimlens.d.ts also carries); the comment that
# points editors at the types stays.
build_wasm() {
  step "building the WebAssembly module into www/pkg"
  (cd "$ROOT" && wasm-pack build --target web --profile wasm --out-dir www/pkg -- --no-default-features)
  step "building the Markdown-reading module into www/pkg-markdown"
  (cd "$ROOT" && wasm-pack build --target web --profile wasm --out-dir www/pkg-markdown --out-name claimlens_markdown -- --no-default-features --features markdown)
  local js
  for js in "$ROOT"/www/pkg/claimlens.js "$ROOT"/www/pkg-markdown/claimlens_markdown.js \
    "$ROOT"/www/pkg/snippets/*/*.js "$ROOT"/www/pkg-markdown/snippets/*/*.js; do
    terser "$js" --module --compress --mangle --comments '/@ts-self-types/' --output "$js.min" &&
      mv "$js.min" "$js" || die "terser could not minify $js"
  done
}

# The npm package `claimlens`: npm/ (its package.json, README and the widget's types) with
# both browser builds, the worker and the widget from www/, the report's JSON Schema and the
# licences, assembled into target/npm/claimlens as the registry would get it (`npm pack` or
# `npm publish` there). Needs build_wasm first.
build_npm() {
  step "assembling the npm package into target/npm/claimlens"
  local out="$ROOT/target/npm/claimlens"
  rm -rf "$out"
  mkdir -p "$out/pkg" "$out/pkg-markdown"
  cp "$ROOT"/npm/package.json "$ROOT"/npm/README.md "$ROOT"/npm/claim-lens.d.ts "$out/"
  cp "$ROOT"/www/claim-lens.js "$ROOT"/www/worker.js "$ROOT"/report.schema.json "$ROOT"/LICENSE-* "$out/"
  cp -r "$ROOT"/www/pkg/{claimlens.js,claimlens.d.ts,claimlens_bg.wasm,snippets} "$out/pkg/"
  cp -r "$ROOT"/www/pkg-markdown/{claimlens_markdown.js,claimlens_markdown.d.ts,claimlens_markdown_bg.wasm,snippets} "$out/pkg-markdown/"
}
