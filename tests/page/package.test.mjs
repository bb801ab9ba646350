// The npm package wasm-pack builds into www/pkg: named, typed, and its TypeScript types are
// the Rust report's (the checked section of src/bindings.rs, kept in step by tests/tidy.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '../../www/pkg');

test('package.json names the module, its entry and its types', () => {
  const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  assert.equal(manifest.name, 'claimlens');
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.main, 'claimlens.js');
  assert.equal(manifest.types, 'claimlens.d.ts');
  // snippets: the JS that src/bindings.rs inlines, imported by claimlens.js.
  for (const file of ['claimlens_bg.wasm', 'claimlens.js', 'claimlens.d.ts', 'snippets']) {
    assert.ok(manifest.files.includes(file), `${file} is published`);
  }
});

test('the TypeScript declarations type the API with the report types', () => {
  const types = readFileSync(join(pkg, 'claimlens.d.ts'), 'utf8');
  for (const name of ['Report', 'Claim', 'Speaker', 'Quantity', 'TimeExpression', 'AnalyzeOptions']) {
    assert.match(types, new RegExp(`export interface ${name}\\b`), name);
  }
  assert.match(types, /export function analyze\(input: string, options\?: AnalyzeOptions\): Report;/);
  assert.match(types, /export function analyzeBytes\(bytes: Uint8Array, options\?: AnalyzeOptions\): Report;/);
  // Declared once: the generated declarations of these two are skipped.
  assert.equal(types.match(/export function analyze\(/g).length, 1);
});

test('the JS glue is shipped minified and still points editors at its types', () => {
  const glue = readFileSync(join(pkg, 'claimlens.js'), 'utf8');
  // scripts/lib.sh's build_wasm minifies wasm-pack's output; the JSDoc lives in claimlens.d.ts.
  assert.ok(!glue.includes('@param'), 'no JSDoc left in claimlens.js');
  assert.ok(glue.startsWith('/* @ts-self-types="./claimlens.d.ts" */'));
  assert.match(glue, /export\s*\{[^}]*\binitSync\b/);
  for (const file of ['LICENSE-MIT', 'LICENSE-APACHE']) {
    assert.ok(readFileSync(join(pkg, file), 'utf8').length > 0, `${file} is in the package`);
  }
});
