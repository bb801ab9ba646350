// The page and the widget in Debian's Firefox ESR, driven over WebDriver BiDi by
// puppeteer-core (Playwright's Firefox is a patched build that cannot be installed here): the
// same paths a reader takes in Chromium, where the browsers differ most (module workers, the
// lazily fetched Markdown module, IndexedDB, shadow DOM under a strict CSP).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { serve } from '../../scripts/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
let server;
let browser;
let page;
const problems = [];

const status = () => page.$eval('#status', (e) => e.textContent);
const waitForStatus = (pattern) => page.waitForFunction(
  (source) => new RegExp(source).test(document.getElementById('status').textContent),
  { timeout: 30000 }, pattern.source);

before(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}: scripts/test.sh installs Debian's firefox-esr (or set FIREFOX_BIN)`);
  server = await serve(join(here, '../../www'));
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  page = await browser.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(server.url);
  await waitForStatus(/claims? from/);
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('Firefox: opens on the sample article with claims and speakers', async () => {
  const speakers = await page.$$eval('.speaker h3', (hs) => hs.map((h) => h.textContent));
  assert.ok(speakers.some((s) => s.includes('Helen Okafor')), speakers.join(' | '));
  assert.ok(await page.$$eval('#article-body mark.claim', (m) => m.length) >= 5);
});

test('Firefox: a pasted article is analysed in the worker', async () => {
  await page.$eval('#article-input', (box) => {
    box.value = '“The ferry will run all winter,” said harbour master Ines Kovac on Friday.';
  });
  await page.click('#analyze-button');
  await waitForStatus(/^1 claim from/);
  const speaker = await page.$eval('.speaker h3', (h) => h.textContent);
  assert.match(speaker, /Ines Kovac/);
});

test('Firefox: a Markdown file is read by the Markdown module', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-firefox-'));
  const file = join(dir, 'draft.md');
  writeFileSync(file, '# Ferry to Run All Winter\n\n“The ferry will run all winter,” said **Ines Kovac**, '
    + 'the [harbour master](https://example.org/port).\n');
  const input = await page.$('#file-input');
  await input.uploadFile(file);
  await page.waitForFunction(() => /Ferry to Run All Winter/.test(document.getElementById('article-title').textContent),
    { timeout: 30000 });
  const body = await page.$eval('#article-body', (e) => e.textContent);
  assert.ok(!body.includes('**') && !body.includes(']('), body);
});

test('Firefox: work survives a reload (IndexedDB)', async () => {
  await page.click('#clear-button');
  await waitForStatus(/^Cleared/);
  await page.$eval('#article-input', (box) => {
    box.value = '“We counted every crossing,” said ferry captain Tomas Berg.';
  });
  await page.click('#analyze-button');
  await waitForStatus(/^1 claim from/);
  await page.reload();
  await waitForStatus(/^1 claim from/);
  assert.match(await page.$eval('#article-input', (box) => box.value), /Tomas Berg/);
  await page.click('#clear-button');
  await waitForStatus(/^Cleared/);
  assert.match(await status(), /Cleared/);
});

test('Firefox: the widget renders its article’s claims in its shadow root', async () => {
  await page.goto(`${server.url}embed.html`);
  await page.waitForFunction(() => document.querySelector('claim-lens')?.shadowRoot?.querySelector('li.claim'),
    { timeout: 30000 });
  const headings = await page.$eval('claim-lens', (node) => [...node.shadowRoot.querySelectorAll('h3')].map((h) => h.textContent));
  assert.ok(headings.includes('Mei Tanaka'), headings.join(' | '));
  assert.equal(await page.evaluate(() => window.__embedPwned), undefined);
});

test('Firefox: no console errors', () => {
  assert.deepEqual(problems, []);
});
