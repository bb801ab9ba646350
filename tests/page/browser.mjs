// The browser the page tests run in, driven by playwright-core: Debian's Chromium, or with
// CLAIMLENS_BROWSER=firefox Debian's Firefox ESR over WebDriver BiDi (Playwright's
// "moz-firefox" channel; its own patched Firefox cannot be installed here).
import { chromium, firefox } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BROWSER = process.env.CLAIMLENS_BROWSER ?? 'chromium';
export const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

/** Why a test cannot run in this browser, for `test(name, { skip }, ...)`; false in Chromium. */
export const chromiumOnly = (why) => BROWSER !== 'chromium' && `Chromium only: ${why}`;

/** A browser with a fresh profile, as a context; `firefoxUserPrefs` set Firefox's settings. */
export async function launch(firefoxUserPrefs = {}) {
  const profile = mkdtempSync(join(tmpdir(), `claimlens-${BROWSER}-`));
  const viewport = { width: 1280, height: 1000 };
  if (BROWSER === 'firefox') {
    if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}: scripts/test.sh installs Debian's firefox-esr (or set FIREFOX_BIN)`);
    return firefox.launchPersistentContext(profile, {
      channel: 'moz-firefox', executablePath: FIREFOX, headless: true, viewport, firefoxUserPrefs,
    });
  }
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage'],
  });
}

/** A page of `url` in a browser whose system asks for dark: Chromium emulates it in a new page
 *  of `context`; Firefox, where Playwright cannot emulate it over BiDi, gets a browser of its
 *  own with dark chosen in its settings. Returns {page, close}. */
export async function darkPage(context, url) {
  if (BROWSER === 'firefox') {
    const dark = await launch({ 'ui.systemUsesDarkTheme': 1 });
    const page = await dark.newPage();
    await page.goto(url);
    return { page, close: () => dark.close() };
  }
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(url);
  return { page, close: () => page.close() };
}

/** A screenshot for the README and for review, in Chromium: in Firefox, Playwright's
 *  screenshots add a style that the page's strict CSP refuses and reports as an error. */
export function screenshot(target, path, options = {}) {
  if (BROWSER !== 'chromium') return Promise.resolve();
  return target.screenshot({ path, ...options });
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The axe-core accessibility violations on `page` now (WCAG 2.1 A and AA rules, and axe's
 *  best practices), each as "rule: what (how many nodes)". Evaluated through the driver, so
 *  the page's Content-Security-Policy stays as served. */
export async function axeViolations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes[0].target.join(' ')})`);
  });
}
