// The CLI and the JS API give the same report for the same input: the JS report is the
// CLI's JSON plus UTF-16 offsets, and those offsets slice the text exactly as the byte
// offsets do in Rust. The page's CSV, Markdown and JSON-LD exports (the request its worker
// gets, www/export.js's forExport) are the CLI's `--format` output, byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initSync, analyze, exportClaims } from '../../www/pkg/claimlens.js';
import { forExport } from '../../www/export.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = process.env.CLAIMLENS_BIN ?? join(root, 'target/debug/claimlens');
initSync({ module: readFileSync(join(root, 'www/pkg/claimlens_bg.wasm')) });

function withoutUtf16(value) {
  if (Array.isArray(value)) return value.map(withoutUtf16);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value)
      .filter(([k]) => !k.endsWith('_utf16'))
      .map(([k, v]) => [k, withoutUtf16(v)]));
  }
  return value;
}

function cliReport(input) {
  const out = execFileSync(cli, ['--compact', '-'], { input });
  return JSON.parse(out.toString('utf8'));
}

const inputs = {
  sample: readFileSync(join(root, 'www/sample-article.txt'), 'utf8'),
  html: '<html><head><title>Bridge | Daily</title></head><body><nav><a href="/">Home</a></nav><article><h1>Bridge Opens</h1><p>The bridge opened on Friday after three years of building work in the city centre.</p><p>“It is finally done,” engineer Ruth Haas said.</p></article></body></html>',
  // Removed blocks with characters of every UTF-8 width, one after another: the JS report
  // builds them from one string and UTF-16 ends (bindings.rs).
  removedNonAscii: '<html><body><nav><a href="/">Accueil</a> <a href="/e">Économie 🙂</a></nav><nav><a href="/">Дума</a></nav><article><h1>Bridge Opens</h1><p>The bridge opened on Friday after three years of building work in the city centre.</p><p>“It is finally done,” engineer Ruth Haas said.</p></article><footer>© 2024 Zeitung für 🙂 Leser</footer><aside>Mehr: Straße 😀 gesperrt</aside></body></html>',
  nonAscii: 'Дума собралась.\n\n“Мы построим мост 🙂,” Mayor Olga Ivanova said.\n\nZoë Brennan’s café «reopened».',
};
const seeds = join(root, '../shared/data/seeds');
if (existsSync(seeds)) {
  for (const name of readdirSync(seeds).filter((n) => n.endsWith('.txt'))) {
    inputs[`seed ${name}`] = readFileSync(join(seeds, name), 'utf8');
  }
} else {
  console.log(`# skipped the seeds: ${seeds} is absent`);
}

assert.ok(existsSync(cli), `build the CLI first (cargo build): ${cli} is missing`);

for (const [name, input] of Object.entries(inputs)) {
  test(`CLI and JS agree: ${name}`, () => {
    const js = analyze(input);
    const cli = cliReport(input);
    assert.deepEqual(withoutUtf16(js), cli);
    // The same keys in the same order, as users' scripts that print reports would see.
    assert.equal(JSON.stringify(withoutUtf16(js)), JSON.stringify(cli));
    for (const claim of js.claims) {
      assert.equal(js.text.slice(claim.start_utf16, claim.end_utf16), claim.text);
      if (claim.speaker) {
        assert.equal(js.text.slice(claim.speaker.start_utf16, claim.speaker.end_utf16), claim.speaker.name);
      }
    }
  });
}

for (const [name, input] of Object.entries(inputs)) {
  test(`CLI and page exports are the same bytes: ${name}`, () => {
    const report = forExport(analyze(input));
    for (const format of ['csv', 'markdown', 'jsonld']) {
      const page = exportClaims(format, [{ name: null, report }]);
      const fromCli = execFileSync(cli, ['--format', format, '-'], { input }).toString('utf8');
      assert.equal(page, fromCli, format);
    }
  });
}
