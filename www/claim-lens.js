// <claim-lens>: the embeddable widget. One ES module, no framework, no server.
//
//   <script type="module" src="/claimlens/claim-lens.js"></script>
//   <claim-lens for="story-body" date="2024-11-08" theme="light"></claim-lens>
//
// What it analyses, first found: the `text` attribute; the text of the element whose id is
// in `for`; else its own text content (paste the article inside the tag). Attributes:
// `date` (the article date, ISO 8601), `theme` (`light` or `dark`), `clean` (`false` keeps
// every line). It renders, in its shadow DOM, the claims grouped by speaker, each with its
// numbers and dates made explicit and a mark when it is worth checking. The report is on
// the element's `report` property and in a `claimlens-report` event, which bubbles to the
// document; an error (a date not in ISO 8601, an article that cannot be analysed) goes to a
// `claimlens-error` event and is shown in the widget. It analyses once per change, off the
// host's main thread, and `theme` only restyles. Article text is only ever set as text.
// Styles are a constructed stylesheet, so the widget runs under a strict
// Content-Security-Policy (no inline styles or scripts needed).
// The analysis runs in a Web Worker the widgets share (worker.js, beside this file), so a
// long article never stalls the host page; where the host's policy forbids workers, on the
// main thread instead.
import init, { analyze } from './pkg/claimlens.js';

/** The shared analyser: {worker, pending}, or null when workers are not allowed here. */
let analyser;
let nextId = 0;

function startWorker() {
  try {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    const pending = new Map();
    worker.onmessage = ({ data }) => {
      pending.get(data.id)?.(data);
      pending.delete(data.id);
    };
    worker.onerror = (event) => {
      for (const done of pending.values()) done({ error: event.message || 'the analyser could not start' });
      pending.clear();
      analyser = null; // the next request starts a fresh one, or falls back
    };
    return { worker, pending };
  } catch {
    return null;
  }
}

let moduleReady = null;
/** Instantiates the module on the main thread, once, for the fallback. */
function loadModule() {
  moduleReady ??= init({ module_or_path: new URL('./pkg/claimlens_bg.wasm', import.meta.url) });
  return moduleReady;
}

/** Analyses `text` with `options`: resolves with the report, rejects with the error. */
async function analyseText(text, options) {
  if (analyser === undefined || analyser === null) analyser = startWorker();
  if (!analyser) {
    await loadModule();
    return analyze(text, options);
  }
  const id = nextId++;
  const answer = await new Promise((resolve) => {
    analyser.pending.set(id, resolve);
    analyser.worker.postMessage({ id, text, options });
  });
  if (answer.error) {
    if (answer.trapped) {
      analyser.worker.terminate();
      analyser = null;
    }
    throw new Error(answer.error);
  }
  return answer.report;
}

/** An article date as the `date` attribute takes it: ISO 8601, a real day. */
function isIsoDate(value) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

// `all: initial` keeps the host page's inherited text styles (uppercase headings, letter
// spacing, right alignment) out of the widget.
const CSS = `
:host { all: initial; display: block; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --ink: #1d1d1f; --muted: #5c5f66; --line: #d9dbe0; --paper: #fff; --wash: #f5f6f8; --accent: #0b5cad; }
:host([hidden]) { display: none; }
:host([theme="dark"]) { --ink: #eceef2; --muted: #a9adb6; --line: #3a3d44; --paper: #1c1d21; --wash: #26282d; --accent: #7db4ff; }
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light"])) { --ink: #eceef2; --muted: #a9adb6; --line: #3a3d44; --paper: #1c1d21; --wash: #26282d; --accent: #7db4ff; }
}
.box { color: var(--ink); background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 0.8rem 1rem;
  text-align: start; text-transform: none; letter-spacing: normal; word-spacing: normal; overflow-wrap: anywhere; }
h2 { font-size: 1rem; margin: 0 0 0.4rem; }
h3 { font-size: 0.95rem; margin: 0.7rem 0 0.3rem; }
ol { margin: 0; padding: 0; list-style: none; }
li.claim { margin: 0 0 0.45rem; padding: 0.4rem 0.55rem; background: var(--wash); border-left: 3px solid var(--accent); border-radius: 4px; }
.meta, .status, .facts { color: var(--muted); font-size: 0.82rem; }
.facts { margin: 0.2rem 0 0; padding: 0; }
.badge { font-size: 0.7rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.03em; padding: 0.05rem 0.35rem; border-radius: 4px; border: 1px solid var(--line); margin-left: 0.3rem; }
.worthy { color: var(--accent); border-color: var(--accent); }
.error { color: #c62828; font-weight: 600; }
:host([theme="dark"]) .error { color: #ff8a80; }
`;

const KINDS = { direct: 'Direct quote', partial: 'Partial quote', indirect: 'Reported speech', according_to: 'According to' };
const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });

function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

const RELATIONS = {
  about: 'about', more_than: 'more than', less_than: 'less than', at_least: 'at least', at_most: 'at most',
};

/** "412 million euros = 412,000,000 EUR"; a quantity already explicit ("about 5%") once. */
function quantity(q) {
  const unit = q.unit === '%' ? '%' : q.unit === 'percentage_point' ? ' points' : q.unit ? ` ${q.unit}` : '';
  const relation = q.relation ? `${RELATIONS[q.relation]} ` : '';
  const explicit = `${relation}${NUMBER.format(q.value)}${q.to !== null ? `–${NUMBER.format(q.to)}` : ''}${unit}`;
  return explicit === q.text ? q.text : `${q.text} = ${explicit}`;
}

function time(t) {
  if (!t.from && t.to) return `${t.text} = up to ${t.to}`;
  if (!t.from) return `${t.text}: unresolved`;
  return `${t.text} = ${t.from === t.to ? t.from : `${t.from} to ${t.to}`}`;
}

class ClaimLens extends HTMLElement {
  static observedAttributes = ['text', 'for', 'date', 'theme', 'clean'];

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    this.shadowRoot.adoptedStyleSheets = [sheet];
    this.box = el('section', 'box');
    this.box.setAttribute('aria-label', 'Claims in this article');
    this.shadowRoot.append(this.box);
    /** The last report, or null. */
    this.report = null;
  }

  connectedCallback() { this.schedule(); }

  /** A theme only restyles; anything else is a new analysis. */
  attributeChangedCallback(name) {
    if (name !== 'theme' && this.isConnected) this.schedule();
  }

  /** Analyses once for any number of changes made together (the attributes an upgrade sets,
   *  then the connection). */
  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (this.isConnected) this.refresh();
    });
  }

  /** The article text the attributes point at. */
  source() {
    if (this.hasAttribute('text')) return this.getAttribute('text');
    const id = this.getAttribute('for');
    if (id) return document.getElementById(id)?.innerText ?? '';
    return this.textContent;
  }

  /** Sends an event that bubbles out of the shadow root to the host document. */
  emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  async refresh() {
    const run = (this.runs = (this.runs ?? 0) + 1);
    this.box.replaceChildren(el('p', 'status', 'Analysing…'));
    const options = { clean: this.getAttribute('clean') !== 'false' };
    const date = this.getAttribute('date');
    // A date the analyser cannot read is said, not silently dropped; the claims still show.
    const badDate = date && !isIsoDate(date)
      ? `the date attribute must be an ISO 8601 day (YYYY-MM-DD), not “${date}”; relative dates are left unresolved`
      : null;
    if (date && !badDate) options.date = date;
    try {
      const report = await analyseText(this.source(), options);
      if (run !== this.runs) return; // a newer change is being analysed
      this.report = report;
      this.render(report);
      if (badDate) {
        this.box.prepend(el('p', 'error', `claimlens: ${badDate}.`));
        this.emit('claimlens-error', badDate);
      }
      this.emit('claimlens-report', report);
    } catch (error) {
      if (run !== this.runs) return;
      const message = error?.message ?? String(error);
      this.box.replaceChildren(el('p', 'error', `claimlens could not analyse this article: ${message}`));
      this.emit('claimlens-error', message);
    }
  }

  render(report) {
    const n = report.claims.length;
    const parts = [el('h2', null, `${n} claim${n === 1 ? '' : 's'} from ${report.speakers.length} speaker${report.speakers.length === 1 ? '' : 's'}`)];
    const groups = report.speakers.map((s) => [s.canonical + (s.anonymous ? ' (anonymous)' : ''), s.claims]);
    const orphans = report.claims.map((c, i) => (c.speaker ? null : i)).filter((i) => i !== null);
    if (orphans.length) groups.push(['No speaker found', orphans]);
    for (const [name, indices] of groups) {
      parts.push(el('h3', null, name), el('ol', null, ...indices.map((i) => this.card(report, i))));
    }
    if (!report.input.date && report.times.some((t) => t.relative && !t.from && !t.to)) {
      parts.push(el('p', 'status', 'Relative dates are unresolved: set the date attribute to the article date.'));
    }
    this.box.replaceChildren(...parts);
  }

  card(report, index) {
    const claim = report.claims[index];
    const facts = [
      ...claim.quantities.map((i) => quantity(report.quantities[i])),
      ...claim.times.map((i) => time(report.times[i])),
    ];
    const meta = [KINDS[claim.kind]];
    if (claim.cue) meta.push(`“${claim.cue.text}”`);
    if (claim.negated) meta.push('negated or denied');
    if (claim.hedges.length) meta.push(`hedged: ${claim.hedges.join(', ')}`);
    return el('li', 'claim',
      el('div', null, claim.kind === 'direct' ? `“${claim.text}”` : claim.text,
        claim.checkworthy ? el('span', 'badge worthy', 'worth checking') : null),
      facts.length ? el('div', 'facts', facts.join(' · ')) : null,
      el('div', 'meta', meta.join(' · ')));
  }
}

if (!customElements.get('claim-lens')) customElements.define('claim-lens', ClaimLens);

export { ClaimLens };
