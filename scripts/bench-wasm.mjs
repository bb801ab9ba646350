// The speed bench for the WebAssembly build (www/pkg, built by wasm-pack): ScrapingHub pages
// as HTML and as pasted text, median ms per page (best of five runs each) and MB/s, and
// scaling on 1, 10 and 50 MB of pasted text — in Node, then in headless Chromium, plus the
// page's instantiation-and-first-analysis time. Reads ../shared/data; skips when absent.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initSync, analyze } from '../www/pkg/claimlens.js';
import { serve } from './serve.mjs';
import { launch } from '../tests/page/browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, '../shared/data/cleaning/scrapinghub');
if (!existsSync(data)) {
  console.log(`skipped: ${data} is absent`);
  process.exit(0);
}
const truth = JSON.parse(readFileSync(join(data, 'ground-truth.json'), 'utf8'));
const pastedAll = JSON.parse(readFileSync(join(data, 'pasted.json'), 'utf8'));
const ids = Object.keys(truth).sort();
const html = ids.map((id) => gunzipSync(readFileSync(join(data, 'html', `${id}.html.gz`))).toString('utf8'));
const pasted = ids.map((id) => pastedAll[id]).filter((t) => typeof t === 'string');

// Runs in Node and, as text, inside the page: keep it self-contained.
function measure(analyze, sets) {
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const bytes = (s) => new TextEncoder().encode(s).length;
  const rows = [];
  for (const [name, pages, format] of sets.pages) {
    const times = [];
    let total = 0;
    let size = 0;
    for (const page of pages) {
      let best = Infinity;
      for (let run = 0; run < 5; run++) {
        const t0 = performance.now();
        analyze(page, { format });
        best = Math.min(best, performance.now() - t0);
      }
      times.push(best);
      total += best;
      size += bytes(page);
    }
    rows.push([name, pages.length, median(times).toFixed(3), (size / total / 1000).toFixed(1)]);
  }
  const all = sets.pasted.join('\n\n');
  const scaling = [];
  for (const mb of [1, 10, 50]) {
    let input = '';
    while (input.length < mb * 1048576) input += all;
    input = input.slice(0, mb * 1048576);
    // The median of three runs, as for the pages.
    const runs = [];
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      analyze(input, { format: 'text' });
      runs.push((performance.now() - t0) / 1000);
    }
    const s = median(runs);
    scaling.push([mb, s.toFixed(3), (bytes(input) / s / 1e6).toFixed(1)]);
  }
  return { rows, scaling };
}

// The checked-in baseline (bench/baseline.json): each figure prints its change against it.
const baseline = JSON.parse(readFileSync(join(root, 'bench/baseline.json'), 'utf8'));
function change(now, where, key) {
  const then = baseline[where]?.[key];
  return typeof then === 'number' && then > 0
    ? `  (baseline ${then}, ${now >= then ? '+' : ''}${Math.round((now / then - 1) * 100)}%)` : '';
}

function print(title, where, { rows, scaling }) {
  console.log(title);
  console.log(`${'input'.padEnd(28)} ${'pages'.padStart(6)} ${'median ms/page'.padStart(14)} ${'MB/s'.padStart(10)}`);
  for (const [name, n, ms, mbs] of rows) {
    console.log(`${name.padEnd(28)} ${String(n).padStart(6)} ${ms.padStart(14)} ${mbs.padStart(10)}${change(Number(ms), where, `${name} ms/page`)}`);
  }
  console.log(`${'scaling (pasted text)'.padEnd(28)} ${'MB'.padStart(10)} ${'seconds'.padStart(10)} ${'MB/s'.padStart(10)}`);
  console.log(`${''.padEnd(28)} (median of 3 runs each)`);
  for (const [mb, s, mbs] of scaling) {
    console.log(`${''.padEnd(28)} ${String(mb).padStart(10)} ${s.padStart(10)} ${mbs.padStart(10)}${change(Number(mbs), where, `pasted ${mb} MB MB/s`)}`);
  }
}

const sets = { pages: [['ScrapingHub HTML', html, 'html'], ['ScrapingHub pasted', pasted, 'text']], pasted };
initSync({ module: readFileSync(join(root, 'www/pkg/claimlens_bg.wasm')) });
print('WASM in Node', 'wasm_node', measure(analyze, sets));

const server = await serve(join(root, 'www'));
const context = await launch();
try {
  const page = await context.newPage();
  await page.goto(`${server.url}index.html`);
  await page.waitForFunction(() => /claims? from/.test(document.getElementById('status').textContent));
  // Instantiation plus the first analysis, in a fresh module instance of a freshly loaded
  // page; the median of three pages, each printed (one load can stall on this shared
  // 2-core machine).
  const startups = [];
  for (let load = 0; load < 3; load++) {
    const fresh = await context.newPage();
    await fresh.goto(`${server.url}index.html`);
    await fresh.waitForFunction(() => /claims? from/.test(document.getElementById('status').textContent));
    startups.push(await fresh.evaluate(async () => {
      const t0 = performance.now();
      const mod = await import(`./pkg/claimlens.js?fresh=${Date.now()}`);
      await mod.default();
      mod.analyze('“It works,” said Ann Lee.');
      return performance.now() - t0;
    }));
    await fresh.close();
  }
  const startup = [...startups].sort((a, b) => a - b)[1];
  // The page's CSP forbids eval, as it should; the bench code goes in through the DevTools
  // protocol instead, as an expression, with the pages handed over first.
  await page.evaluate((s) => { window.benchSets = s; }, sets);
  const result = await page.evaluate(`(async () => {
    const mod = await import('./pkg/claimlens.js');
    // The page analyses in a Web Worker: this window's copy of the module starts
    // uninstantiated.
    await mod.default();
    const measure = ${measure.toString()};
    return measure(mod.analyze, window.benchSets);
  })()`);
  print('WASM in headless Chromium', 'wasm_chromium', result);
  console.log(`${'instantiate + first analysis'.padEnd(28)} ${startup.toFixed(1)} ms, median of ${startups.map((t) => t.toFixed(1)).join(', ')}${change(startup, 'wasm_chromium', 'instantiate + first analysis ms')}`);
} finally {
  await context.close();
  server.close();
}
