// A/B of two WebAssembly builds in one Node process: the same input analysed by each in turn,
// N times (default 30), medians printed with their ratio. One process and alternating runs
// keep machine noise out of a comparison that separate bench runs (±5%) would drown.
//
//   node scripts/ab-wasm.mjs <pkg dir A> <pkg dir B> <text file> [format]
//
// A package directory is what `wasm-pack build --target web --out-dir DIR` writes.
import { readFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [a, b, file, format = 'text'] = process.argv.slice(2);
if (!a || !b || !file) {
  console.error('usage: node scripts/ab-wasm.mjs <pkg A> <pkg B> <text file> [format]');
  process.exit(2);
}
async function load(pkg) {
  const dir = resolve(pkg);
  // The query string makes each package a module of its own.
  const m = await import(`${pathToFileURL(join(dir, 'claimlens.js'))}?${encodeURIComponent(dir)}`);
  m.initSync({ module: readFileSync(join(dir, 'claimlens_bg.wasm')) });
  return m.analyze;
}
const [A, B] = [await load(a), await load(b)];
const text = readFileSync(file, 'utf8');
const [ta, tb] = [[], []];
for (let i = 0; i < (Number(process.env.N) || 30); i++) {
  for (const [analyze, times] of [[A, ta], [B, tb]]) {
    const t0 = performance.now();
    analyze(text, { format });
    times.push(performance.now() - t0);
  }
}
const median = (xs) => xs.sort((p, q) => p - q)[xs.length >> 1];
const mb = Buffer.byteLength(text) / 1e6;
const [ma, mb2] = [median(ta), median(tb)];
console.log(`A ${ma.toFixed(2)} ms (${(mb / ma * 1000).toFixed(1)} MB/s)  B ${mb2.toFixed(2)} ms (${(mb / mb2 * 1000).toFixed(1)} MB/s)  B/A ${(mb2 / ma).toFixed(3)}`);
