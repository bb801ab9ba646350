// The npm package as a user meets it: `npm pack` of target/npm/claimlens (scripts/lib.sh's
// build_npm), installed from the tarball into a scratch project, built with Vite from the
// README's bundler example, and run in headless Chromium: the example analyses an article
// and exports CSV, and the <claim-lens> element from `claimlens/widget` renders its claims.
// The same installed package also works with no build step, straight from node_modules.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { serve } from '../../scripts/serve.mjs';
import { launch } from './browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const packageDir = join(root, 'target/npm/claimlens');
const scratch = mkdtempSync(join(tmpdir(), 'claimlens-npm-'));
let context;
const servers = [];

/** The first ```js block under `heading` in a Markdown file. */
function exampleUnder(file, heading) {
  const text = readFileSync(file, 'utf8');
  const after = text.slice(text.indexOf(heading));
  const match = /```js\n([\s\S]*?)```/.exec(after);
  assert.ok(text.includes(heading) && match, `${file} has a js example under ${heading}`);
  return match[1];
}

const EXAMPLE = exampleUnder(join(root, 'npm/README.md'), '## With a bundler');
const ARTICLE = readFileSync(join(root, 'www/sample-article.txt'), 'utf8');
const escape = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** What each page shows once its script has run: the example's results as JSON. */
const RESULTS = `
document.getElementById('out').textContent = JSON.stringify({
  claims: report.claims.length,
  speaker: report.claims[0]?.speaker?.canonical ?? null,
  csvHeader: csv.split('\\r\\n')[0],
});`;

before(async () => {
  assert.ok(existsSync(join(packageDir, 'package.json')),
    `${packageDir} is missing: scripts/test.sh assembles it (scripts/lib.sh: build_wasm, then build_npm)`);
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', scratch], { cwd: packageDir })
    .toString().trim().split('\n').at(-1);
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'cms-scratch', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(scratch, tarball)], { cwd: scratch, stdio: 'pipe' });
  const page = (script) => `<!doctype html><meta charset="utf-8"><title>scratch</title><link rel="icon" href="data:,">
<article id="story">${escape(ARTICLE)}</article>
<output id="out"></output>
<claim-lens for="story" date="2025-03-14"></claim-lens>
<script type="module" src="${script}"></script>`;
  // Built with a bundler: the README's example, the widget imported by its package name.
  writeFileSync(join(scratch, 'index.html'), page('./main.js'));
  writeFileSync(join(scratch, 'main.js'), `import 'claimlens/widget';
const articleText = document.getElementById('story').innerText;
${EXAMPLE}${RESULTS}`);
  await build({
    root: scratch,
    logLevel: 'warn',
    // A worker that imports modules (the widget's, which loads the Markdown build on demand)
    // is an ES module worker: Vite's default wraps workers as classic scripts.
    worker: { format: 'es' },
    build: { outDir: join(scratch, 'dist'), emptyOutDir: true },
  });
  // No build step: the installed files served as they are.
  writeFileSync(join(scratch, 'plain.html'), page('./plain.js'));
  writeFileSync(join(scratch, 'plain.js'), `import init, { analyze, exportClaims } from './node_modules/claimlens/pkg/claimlens.js';
import './node_modules/claimlens/claim-lens.js';
await init();
const report = analyze(document.getElementById('story').innerText, { date: '2025-03-14' });
const csv = exportClaims('csv', [{ report }]);
${RESULTS}`);
  context = await launch();
});

after(async () => {
  await context?.close();
  for (const server of servers) await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Opens `path` under a server of `dir`; returns what the page's script reported and how
 *  many claims the widget shows, with any errors the page met. */
async function run(dir, path) {
  const server = await serve(dir);
  servers.push(server);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(`${server.url}${path}`);
  await page.locator('#out:not(:empty)').waitFor({ timeout: 20000 });
  await page.locator('claim-lens li.claim').first().waitFor({ timeout: 20000 });
  const result = JSON.parse(await page.locator('#out').textContent());
  const widgetClaims = await page.locator('claim-lens li.claim').count();
  await page.close();
  return { result, widgetClaims, problems };
}

test('the package holds what package.json exports, and nothing from the repository', () => {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  assert.equal(manifest.version, /^version = "(.+)"$/m.exec(cargo)[1], 'npm and crate versions agree');
  const installed = join(scratch, 'node_modules/claimlens');
  for (const target of Object.values(manifest.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)))) {
    assert.ok(existsSync(join(installed, target)), `${target} is installed`);
  }
  const files = readdirSync(installed);
  assert.ok(!files.includes('src') && !files.includes('tests') && !files.includes('index.html'), files.join(' '));
  const schema = JSON.parse(readFileSync(join(installed, 'report.schema.json'), 'utf8'));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
});

test('the top README shows npm i and the same bundler example', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.ok(readme.includes('npm i claimlens'));
  assert.ok(readme.includes(EXAMPLE), 'README.md carries npm/README.md\'s bundler example');
});

test('built with Vite: the example analyses and exports, the widget renders', async () => {
  const assets = readdirSync(join(scratch, 'dist/assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `the WASM is an asset: ${assets.join(' ')}`);
  assert.ok(assets.some((f) => f.startsWith('worker')), `the widget's worker is built: ${assets.join(' ')}`);
  const { result, widgetClaims, problems } = await run(join(scratch, 'dist'), 'index.html');
  assert.deepEqual(problems, []);
  assert.ok(result.claims > 5, JSON.stringify(result));
  assert.equal(result.speaker, 'Helen Okafor');
  assert.match(result.csvHeader, /^speaker,written_as,anonymous/);
  assert.equal(widgetClaims, result.claims, 'the widget shows the same claims');
});

test('no build step: the installed files work from a module script', async () => {
  const { result, widgetClaims, problems } = await run(scratch, 'plain.html');
  assert.deepEqual(problems, []);
  assert.equal(result.speaker, 'Helen Okafor');
  assert.equal(widgetClaims, result.claims);
});
