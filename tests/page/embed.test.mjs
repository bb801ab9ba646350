// The <claim-lens> element embedded in a CMS-like page (www/embed.html), in real headless
// Chromium under the page's strict Content-Security-Policy: it renders the claims of the
// article it points at in its shadow DOM, with numbers and dates made explicit, exposes
// the report, reacts to attribute changes, and never runs markup from the article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { launch } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shots = join(here, 'screenshots');
let server;
let context;
let page;
const problems = [];

before(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serve(join(here, '../../www'));
  context = await launch();
  page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(`${server.url}embed.html`);
  // Playwright's CSS locators pierce open shadow roots.
  await page.locator('claim-lens li.claim').first().waitFor({ timeout: 20000 });
});

after(async () => {
  await context?.close();
  server?.close();
});

test('the widget lists the article’s claims by speaker, with numbers and dates', async () => {
  const headings = await page.locator('claim-lens h3').allTextContents();
  assert.ok(headings.includes('Mei Tanaka'), headings.join(' | '));
  const text = await page.locator('claim-lens').evaluate((node) => node.shadowRoot.textContent);
  assert.match(text, /Night workers have waited long enough/);
  assert.match(text, /about 5% = 5%/);
  // "in January" is placed after the article date (2025-03-14) because fares "will rise".
  assert.match(text, /January = 2026-01-01 to 2026-01-31/);
  const report = await page.locator('claim-lens').evaluate((node) => ({
    claims: node.report.claims.length, date: node.report.input.date,
  }));
  assert.equal(report.date, '2025-03-14');
  assert.ok(report.claims >= 2);
  await page.screenshot({ path: join(shots, 'embed.png'), fullPage: true });
});

test('markup in the article stays text and runs nothing', async () => {
  // The article's text carries "<img src=x onerror=...>" (escaped in the host page): the
  // widget receives it as text and must keep it so.
  assert.match(await page.locator('#story').innerText(), /<img src=x onerror=/);
  assert.equal(await page.evaluate(() => window.__embedPwned), undefined);
  const images = await page.locator('claim-lens').evaluate((node) => node.shadowRoot.querySelectorAll('img').length);
  assert.equal(images, 0);
});

test('attributes drive it: a new date re-resolves, `text` replaces the source, events fire', async () => {
  const fired = page.evaluate(() => new Promise((resolve) => {
    document.querySelector('claim-lens').addEventListener('claimlens-report',
      (event) => resolve(event.detail.claims.length), { once: true });
  }));
  await page.evaluate(() => document.querySelector('claim-lens').setAttribute('text',
    '“We will open the bridge in May,” Mayor Ana Ruiz said.'));
  assert.equal(await fired, 1);
  await page.locator('claim-lens h3', { hasText: 'Ana Ruiz' }).waitFor();
  await page.evaluate(() => document.querySelector('claim-lens').setAttribute('theme', 'dark'));
  const background = await page.locator('claim-lens').evaluate((node) =>
    getComputedStyle(node.shadowRoot.querySelector('.box')).backgroundColor);
  assert.equal(background, 'rgb(28, 29, 33)');
});

test('no console errors under the strict CSP', () => {
  assert.deepEqual(problems, []);
});
