// Extracts the ScrapingHub pages' main text with Readability.js on a linkedom DOM, for the
// side-by-side bench. Writes one JSON line per page: {id, text, ms} (ms: DOM parsing and
// extraction, best of three). Run by scripts/compare.sh with its own node_modules in
// .tools/; scoring is done in Rust (`bench -- compare`).
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const [data, out, modules] = process.argv.slice(2);
const require = createRequire(join(modules, 'node_modules', 'x.js'));
const { Readability } = require('@mozilla/readability');
const { parseHTML } = require('linkedom');

const ids = Object.keys(JSON.parse(readFileSync(join(data, 'ground-truth.json'), 'utf8'))).sort();
const lines = [];
for (const id of ids) {
  const html = gunzipSync(readFileSync(join(data, 'html', `${id}.html.gz`))).toString('utf8');
  let best = Infinity;
  let text = '';
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    try {
      const { document } = parseHTML(html);
      text = new Readability(document).parse()?.textContent ?? '';
    } catch {
      text = '';
    }
    best = Math.min(best, performance.now() - started);
  }
  lines.push(JSON.stringify({ id, text, ms: best }));
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`Readability.js + linkedom: ${ids.length} pages -> ${out}`);
