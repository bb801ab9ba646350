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
// the element's `report` property and in a `claimlens-report` event; an error goes to a
// `claimlens-error` event and is shown in the widget. Article text is only ever set as text.
// Styles are a constructed stylesheet, so the widget runs under a strict
// Content-Security-Policy (no inline styles or scripts needed).
import init, { analyze } from './pkg/claimlens.js';

let ready = null;
/** Instantiates the module once for every widget on the page. */
function loadModule() {
  ready ??= init({ module_or_path: new URL('./pkg/claimlens_bg.wasm', import.meta.url) });
  return ready;
}

const CSS = `
:host { display: block; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --ink: #1d1d1f; --muted: #5c5f66; --line: #d9dbe0; --paper: #fff; --wash: #f5f6f8; --accent: #0b5cad; }
:host([theme="dark"]) { --ink: #eceef2; --muted: #a9adb6; --line: #3a3d44; --paper: #1c1d21; --wash: #26282d; --accent: #7db4ff; }
.box { color: var(--ink); background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 0.8rem 1rem; }
h2 { font-size: 1rem; margin: 0 0 0.4rem; }
h3 { font-size: 0.95rem; margin: 0.7rem 0 0.3rem; }
ol { margin: 0; padding: 0; list-style: none; }
li.claim { margin: 0 0 0.45rem; padding: 0.4rem 0.55rem; background: var(--wash); border-left: 3px solid var(--accent); border-radius: 4px; }
.meta, .status, .facts { color: var(--muted); font-size: 0.82rem; }
.facts { margin: 0.2rem 0 0; padding: 0; }
.badge { font-size: 0.7rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.03em; padding: 0.05rem 0.35rem; border-radius: 4px; border: 1px solid var(--line); margin-left: 0.3rem; }
.worthy { color: var(--accent); border-color: var(--accent); }
.error { color: #c62828; font-weight: 600; }
`;

const KINDS = { direct: 'Direct quote', partial: 'Partial quote', indirect: 'Reported speech', according_to: 'According to' };
const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });

function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

function quantity(q) {
  const unit = q.unit === '%' ? '%' : q.unit === 'percentage_point' ? ' points' : q.unit ? ` ${q.unit}` : '';
  return `${q.text} = ${NUMBER.format(q.value)}${q.to !== null ? `–${NUMBER.format(q.to)}` : ''}${unit}`;
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

  connectedCallback() { this.refresh(); }

  attributeChangedCallback() { if (this.isConnected) this.refresh(); }

  /** The article text the attributes point at. */
  source() {
    if (this.hasAttribute('text')) return this.getAttribute('text');
    const id = this.getAttribute('for');
    if (id) return document.getElementById(id)?.innerText ?? '';
    return this.textContent;
  }

  async refresh() {
    this.box.replaceChildren(el('p', 'status', 'Analysing…'));
    try {
      await loadModule();
      const options = { clean: this.getAttribute('clean') !== 'false' };
      const date = this.getAttribute('date');
      if (date) options.date = date;
      this.report = analyze(this.source(), options);
      this.render(this.report);
      this.dispatchEvent(new CustomEvent('claimlens-report', { detail: this.report }));
    } catch (error) {
      const message = error?.message ?? String(error);
      this.box.replaceChildren(el('p', 'error', `claimlens could not analyse this article: ${message}`));
      this.dispatchEvent(new CustomEvent('claimlens-error', { detail: message }));
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
