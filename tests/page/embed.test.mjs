// The <claim-lens> element embedded in a CMS-like page (www/embed.html), in real headless
// Chromium (or Firefox ESR, with CLAIMLENS_BROWSER=firefox) under the page's strict Content-Security-Policy: it renders the claims of the
// article it points at in its shadow DOM, with numbers and dates made explicit, exposes
// the report, reacts to attribute changes, and never runs markup from the article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { BROWSER, axeViolations, darkPage, launch, screenshot } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shots = join(here, 'screenshots', BROWSER === 'chromium' ? '' : BROWSER);
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
  // A quantity already explicit is said once ("about 5%", not "about 5% = 5%").
  assert.match(text, /about 5%/);
  assert.doesNotMatch(text, /= 5%/);
  // "in January" is placed after the article date (2025-03-14) because fares "will rise".
  assert.match(text, /January = 2026-01-01 to 2026-01-31/);
  const report = await page.locator('claim-lens').evaluate((node) => ({
    claims: node.report.claims.length, date: node.report.input.date,
  }));
  assert.equal(report.date, '2025-03-14');
  assert.ok(report.claims >= 2);
  await screenshot(page, join(shots, 'embed.png'), { fullPage: true });
});

test('axe-core finds no accessibility violations in the widget or its host page, light or dark', async () => {
  assert.deepEqual(await axeViolations(page), []);
  const dark = await darkPage(context, `${server.url}embed.html`);
  try {
    await dark.page.locator('claim-lens li.claim').first().waitFor({ timeout: 20000 });
    assert.deepEqual(await axeViolations(dark.page), []);
  } finally {
    await dark.close();
  }
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

/** Adds a widget with `attributes` to the page; resolves with the events it sent within
 *  `ms`, as the host document heard them (they must bubble out of the shadow root). */
function eventsOf(attributes, ms = 1500) {
  return page.evaluate(([attrs, wait]) => new Promise((resolve) => {
    const heard = [];
    const listen = (event) => { if (event.target.id === 'probe') heard.push([event.type, event.detail?.claims?.length ?? event.detail]); };
    document.addEventListener('claimlens-report', listen);
    document.addEventListener('claimlens-error', listen);
    document.getElementById('probe')?.remove();
    const widget = document.createElement('claim-lens');
    widget.id = 'probe';
    for (const [k, v] of Object.entries(attrs)) widget.setAttribute(k, v);
    document.body.append(widget);
    setTimeout(() => {
      document.removeEventListener('claimlens-report', listen);
      document.removeEventListener('claimlens-error', listen);
      resolve(heard);
    }, wait);
  }), [attributes, ms]);
}

test('one analysis per change, none for a theme; the events bubble to the document', async () => {
  const heard = await eventsOf({ text: '“We will open the bridge in May,” Mayor Ana Ruiz said.', date: '2025-03-14', theme: 'light', clean: 'true' });
  assert.deepEqual(heard, [['claimlens-report', 1]]);
  const again = await page.evaluate(() => new Promise((resolve) => {
    const heardNow = [];
    document.addEventListener('claimlens-report', () => heardNow.push('report'));
    document.getElementById('probe').setAttribute('theme', 'dark');
    setTimeout(() => resolve(heardNow), 800);
  }));
  assert.deepEqual(again, [], 'a theme change restyles without analysing again');
});

test('a date not in ISO 8601 is an error event and a visible message; the claims still show', async () => {
  const heard = await eventsOf({ text: '“We will open the bridge in May,” Mayor Ana Ruiz said.', date: '14/03/2025' });
  assert.equal(heard.length, 2, JSON.stringify(heard));
  assert.equal(heard[0][0], 'claimlens-error');
  assert.match(heard[0][1], /ISO 8601/);
  const shown = await page.locator('#probe').evaluate((node) => node.shadowRoot.textContent);
  assert.match(shown, /must be an ISO 8601 day/);
  assert.match(shown, /We will open the bridge in May/);
});

test('the host page’s inherited text styles stay out of the widget', async () => {
  await eventsOf({ text: '“We will open the bridge in May,” Mayor Ana Ruiz said.' }, 800);
  const style = await page.evaluate(() => {
    const body = document.body.style;
    body.textTransform = 'uppercase';
    body.letterSpacing = '4px';
    body.textAlign = 'right';
    const claim = document.getElementById('probe').shadowRoot.querySelector('li.claim');
    const s = getComputedStyle(claim);
    const result = { transform: s.textTransform, spacing: s.letterSpacing, align: s.textAlign };
    body.textTransform = body.letterSpacing = body.textAlign = '';
    return result;
  });
  // (The initial text-align, "start", is "left" in Firefox's computed style.)
  assert.deepEqual({ ...style, align: style.align.replace('left', 'start') },
    { transform: 'none', spacing: 'normal', align: 'start' });
});

test('a 1 MB article is analysed off the host’s main thread', async () => {
  const longest = await page.evaluate(async () => {
    // The sample article's body, repeated to 1 MB: quotes, numbers and dates throughout.
    const sample = await (await fetch('sample-article.txt')).text();
    const article = sample.repeat(Math.ceil(1e6 / sample.length));
    return new Promise((resolve) => {
    let last = performance.now();
    let worst = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 10);
    const widget = document.createElement('claim-lens');
    widget.setAttribute('text', article);
    widget.addEventListener('claimlens-report', () => {
      // The stall may end just before the report: count the gap up to it too.
      worst = Math.max(worst, performance.now() - last);
      clearInterval(timer);
      widget.remove();
      resolve(worst);
    });
    document.body.append(widget);
    });
  });
  assert.ok(longest < 100, `the host page stalled for ${longest.toFixed(0)} ms`);
});

test('dark without a theme attribute when the system asks; theme="light" wins', async () => {
  const dark = await darkPage(context, `${server.url}embed.html`);
  try {
    const widget = dark.page.locator('claim-lens').first();
    await dark.page.locator('claim-lens li.claim').first().waitFor({ timeout: 20000 });
    const background = () => widget.evaluate((node) =>
      getComputedStyle(node.shadowRoot.querySelector('.box')).backgroundColor);
    await widget.evaluate((node) => node.removeAttribute('theme'));
    assert.equal(await background(), 'rgb(28, 29, 33)');
    await widget.evaluate((node) => node.setAttribute('theme', 'light'));
    assert.equal(await background(), 'rgb(255, 255, 255)');
  } finally {
    await dark.close();
  }
});

test('no console errors under the strict CSP', () => {
  assert.deepEqual(problems, []);
});
