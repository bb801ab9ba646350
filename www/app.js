// The claimlens page: sends what the user pastes or opens to the analyser in a Web Worker
// (worker.js), and renders the report. Article text is only ever inserted as text nodes,
// never as HTML.
import { EXPORTS } from './export.js';
import { groupClaims, speakersAcross } from './batch.js';

/** The analyser, off the main thread; replaced if its module ever traps. */
let worker = null;
let nextId = 0;
const pending = new Map();

function startWorker() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }) => {
    const done = pending.get(data.id);
    pending.delete(data.id);
    done?.(data);
  };
  worker.onerror = (event) => {
    // The worker itself failed (its script or module did not load): fail what waits.
    for (const done of pending.values()) done({ error: event.message || 'the analyser could not start' });
    pending.clear();
  };
}

/** Sends one request to the worker; resolves with its answer. */
function ask(message, transfer = []) {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker.postMessage({ id, ...message }, transfer);
  });
}

/** The report on screen, for the exports. */
let current = null;
/** Every article of the last batch: {name, report}. One for a paste. */
let articles = [];
/** The name of the file it came from, if any, for export file names. */
let currentName = 'article';

// Highlight colours per speaker: [fill, edge]. Distinct in hue and lightness.
const PALETTE = [
  ['#fff3b0', '#c9a400'], ['#d6ecff', '#2f7ed8'], ['#ffe0e6', '#d6336c'],
  ['#dcf5e3', '#2b9348'], ['#efe3ff', '#7b3fc4'], ['#ffe8d1', '#d9730d'],
  ['#d9f4f4', '#138a8a'], ['#f3e6da', '#8b5a2b'],
];

const REASONS = {
  navigation: 'Navigation', teaser: 'Teaser / related', comments: 'Comments / form',
  legal: 'Legal / cookies', caption: 'Caption / credit', share: 'Share / subscribe',
  duplicate_headline: 'Duplicate headline', duplicate: 'Repeated text', editorial_note: 'Editorial note',
  advertisement: 'Advertisement', metadata: 'Byline / date', standfirst: 'Standfirst (summary)',
  hidden: 'Hidden element',
  other: 'Other',
};

const KINDS = {
  direct: 'Direct quote', partial: 'Partial quote', indirect: 'Reported speech',
  according_to: 'According to',
};

const $ = (id) => document.getElementById(id);

/** Builds an element; string children become text nodes. */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'class') node.className = value;
    else if (key === 'style') for (const [p, v] of Object.entries(value)) node.style.setProperty(p, v);
    else if (key.startsWith('data-')) node.dataset[key.slice(5)] = value;
    else node.setAttribute(key, value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

function setStatus(message, isError = false) {
  const status = $('status');
  status.textContent = message;
  status.classList.toggle('error', isError);
}

function options() {
  const date = $('article-date').value;
  return date ? { clean: $('clean-toggle').checked, date } : { clean: $('clean-toggle').checked };
}

const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });
const RELATIONS = {
  about: 'about', more_than: 'more than', less_than: 'less than', at_least: 'at least', at_most: 'at most',
};

/** A quantity made explicit: "412 million euros" → "412,000,000 EUR". */
function explainQuantity(q) {
  const unit = q.unit === '%' ? '%' : q.unit === 'percentage_point' ? ' percentage points' : q.unit ? ` ${q.unit}` : '';
  const value = `${NUMBER.format(q.value)}${q.to !== null ? ` to ${NUMBER.format(q.to)}` : ''}${unit}`;
  const relation = q.relation ? `${RELATIONS[q.relation]} ` : '';
  return `${relation}${value}${q.vague ? ' (vague: an order of magnitude)' : ''}`;
}

/** A date made explicit: "last July" → "2024-07-01 to 2024-07-31". */
function explainTime(t) {
  if (!t.from && t.to) return `up to ${t.to} (${t.granularity})`;
  if (!t.from) return `unresolved (${t.note ?? t.written})`;
  const span = t.from === t.to ? t.from : `${t.from} to ${t.to}`;
  return `${span} (${t.granularity})`;
}

/** Shows article `index` of the batch. */
function showArticle(index) {
  const { name, report } = articles[index];
  current = report;
  currentName = name.replace(/\.[^.]+$/, '');
  $('article-select').value = String(index);
  render(report);
}

/** Several articles: quotes found in more than one, and speakers across them. */
function renderAcross() {
  const section = $('across');
  section.hidden = articles.length < 2;
  if (section.hidden) return;
  $('article-select').replaceChildren(...articles.map((a, i) => el('option', { value: String(i) },
    `${a.name} — ${a.report.claims.length} claims`)));
  const groups = groupClaims(articles);
  $('quote-groups').replaceChildren(...(groups.length ? groups.map((g) => el('li', { class: 'quote-group' },
    el('div', { class: 'content' }, g.direct ? `“${g.text}”` : g.text),
    el('div', { class: 'meta' }, `${g.speaker ?? 'no speaker found'} · in ${new Set(g.appearances.map((a) => a.article)).size} articles: `
      + g.appearances.map((a) => articles[a.article].name).join(', ')))) : [el('li', { class: 'notes' }, 'No quote appears in more than one article.')]));
  $('speakers-across').replaceChildren(...speakersAcross(articles).map((s) => el('li', {},
    el('strong', {}, s.name), s.anonymous ? ' (anonymous)' : '',
    ` · ${s.claims} claim${s.claims === 1 ? '' : 's'} in ${s.articles.length} article${s.articles.length === 1 ? '' : 's'}`)));
}

/** Analyses several files in turn, with a progress bar, then shows the first and the
 *  comparison across them. */
async function runBatch(files) {
  const progress = $('batch-progress');
  progress.hidden = false;
  progress.max = files.length;
  const done = [];
  for (const [i, file] of files.entries()) {
    progress.value = i;
    setStatus(`Analysing ${i + 1} of ${files.length}: ${file.name}…`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const opts = options();
    opts.format = /\.html?$/i.test(file.name) ? 'html' : 'auto';
    const answer = await ask({ bytes, options: opts });
    if (answer.error) {
      if (answer.trapped) {
        worker.terminate();
        startWorker();
      }
      setStatus(`${file.name} could not be analysed (${answer.error}); continuing.`, true);
      continue;
    }
    done.push({ name: file.name, report: answer.report });
  }
  progress.value = files.length;
  progress.hidden = true;
  if (!done.length) return;
  articles = done;
  // The box held something else: empty it, so Analyse does not mix it with the batch.
  $('article-input').value = '';
  renderAcross();
  showArticle(0);
  const claims = done.reduce((n, a) => n + a.report.claims.length, 0);
  setStatus(`${done.length} of ${files.length} articles analysed · ${claims} claims · `
    + `${groupClaims(done).length} quoted in more than one`);
}

/** Runs the analyser on text or on a file's bytes, and shows the result. */
async function run(source) {
  setStatus('Analysing…');
  const opts = options();
  if (source.bytes) opts.format = /\.html?$/i.test(source.name) ? 'html' : 'auto';
  const answer = await ask(source.bytes ? { bytes: source.bytes, options: opts } : { text: source.text, options: opts });
  if (answer.error) {
    if (answer.trapped) {
      // A trapped module is unusable: start a fresh one for the next article.
      worker.terminate();
      startWorker();
      setStatus(`The analyser stopped on this input and has been restarted (${answer.error}). Please report the article that caused it.`, true);
    } else {
      setStatus(`Analysis failed: ${answer.error}`, true);
    }
    return null;
  }
  const { report, ms } = answer;
  setStatus('Rendering…');
  articles = [{ name: source.name ?? 'article', report }];
  renderAcross();
  showArticle(0);
  const speakers = report.speakers.length;
  const claims = report.claims.length;
  setStatus(`${claims} claim${claims === 1 ? '' : 's'} from ${speakers} speaker${speakers === 1 ? '' : 's'} · `
    + `${report.removed.length} blocks removed · ${ms.toFixed(1)} ms`);
  return report;
}

function speakerColours(report) {
  const colours = new Map();
  report.speakers.forEach((s, i) => colours.set(s.canonical, PALETTE[i % PALETTE.length]));
  return colours;
}

function colourStyle(colour) {
  return colour ? { '--hl': colour[0], '--hl-edge': colour[1] } : {};
}

function render(report) {
  const colours = speakerColours(report);
  $('results').hidden = false;
  $('article-title').textContent = report.title ?? '(no headline recognised)';
  $('article-standfirst').textContent = report.metadata?.standfirst ?? '';
  $('article-standfirst').hidden = !report.metadata?.standfirst;
  renderMetadata(report.metadata);
  renderArticle(report, colours);
  renderSpeakers(report, colours);
  renderFacts(report);
  renderRemoved(report);
  renderNotes(report);
  applyFilters();
}

const DATE_SOURCES = {
  option: 'the date you set',
  text: 'the article’s dateline',
  metadata: 'the page’s publication date',
};

/** What the page states: byline, publication date, lead image caption and credit. */
function renderMetadata(metadata) {
  const parts = [];
  if (metadata?.byline) parts.push(`By ${metadata.byline}`);
  if (metadata?.published) parts.push(`Published ${metadata.published}`);
  const image = metadata?.lead_image;
  if (image) {
    const credit = image.credit ? ` (${image.credit})` : '';
    parts.push(`Lead image: ${image.caption ?? 'no caption'}${credit}`);
  }
  $('article-meta').textContent = parts.join(' · ');
  $('article-meta').hidden = parts.length === 0;
}

/** Every number and date of the article, made explicit, and the consistency hints. */
function renderFacts(report) {
  const date = report.input.date;
  $('facts-date').textContent = date
    ? `Relative dates counted from ${date} (${DATE_SOURCES[report.input.date_source] ?? 'the article’s dateline'}).`
    : 'No article date is known: relative dates (“yesterday”, “last July”) are left unresolved. Set the article date above to resolve them.';
  $('consistency').replaceChildren(...report.consistency.map((h) => el('li', {}, el('span', { class: 'badge warn' }, 'check'), h.message)));
  $('quantity-list').replaceChildren(...report.quantities.map((q) => el('li', {},
    el('span', { class: 'as-written' }, q.text), ' = ', explainQuantity(q))));
  $('time-list').replaceChildren(...report.times.map((t) => el('li', {},
    el('span', { class: 'as-written' }, t.text), ' = ', explainTime(t),
    t.note && (t.from || t.to) ? el('span', { class: 'note' }, ` · ${t.note}`) : null)));
}

/** Hides the claim cards the filters exclude, and says how many are shown. */
function applyFilters() {
  if (!current) return;
  const onlyWorthy = $('filter-checkworthy').checked;
  const onlyFacts = $('filter-facts').checked;
  const hideAnonymous = $('filter-named').checked;
  const kind = $('filter-kind').value;
  let shown = 0;
  for (const card of document.querySelectorAll('.claim-card')) {
    const claim = current.claims[Number(card.dataset.claim)];
    const visible = (!onlyWorthy || claim.checkworthy)
      && (!onlyFacts || claim.quantities.length > 0 || claim.times.length > 0)
      && (!hideAnonymous || !claim.speaker?.anonymous)
      && (!kind || claim.kind === kind);
    card.hidden = !visible;
    if (visible) shown += 1;
  }
  for (const section of document.querySelectorAll('#speakers .speaker')) {
    section.hidden = section.querySelector('.claim-card:not([hidden])') === null;
  }
  const total = current.claims.length;
  $('filter-count').textContent = shown === total ? '' : `${shown} of ${total} claims shown`;
}

/** A removed block, shown in place: greyed and labelled with why it was removed. */
function removedInline(block) {
  return el('p', { class: 'removed-inline', 'data-reason': block.reason },
    el('span', { class: 'reason' }, `Removed · ${REASONS[block.reason] ?? block.reason}:`), block.text);
}

/** The article, paragraph by paragraph, with each claim's content marked; with the removed
 *  blocks back in place when "Show removed blocks in place" is ticked. */
function renderArticle(report, colours) {
  const body = $('article-body');
  body.replaceChildren();
  const showRemoved = $('show-removed').checked;
  let nextRemoved = 0;
  const removedBefore = (paragraph) => {
    while (showRemoved && nextRemoved < report.removed.length
      && report.removed[nextRemoved].before_paragraph <= paragraph) {
      body.append(removedInline(report.removed[nextRemoved++]));
    }
  };
  const text = report.text;
  const claims = report.claims.map((c, i) => ({ ...c, index: i }))
    .sort((a, b) => a.start_utf16 - b.start_utf16);
  let next = 0;
  for (const [index, para] of report.paragraphs.entries()) {
    removedBefore(index);
    const p = el('p');
    let at = para.start_utf16;
    while (next < claims.length && claims[next].start_utf16 < para.end_utf16) {
      const claim = claims[next++];
      if (claim.start_utf16 < at) continue; // overlaps the previous mark: listed, not marked
      const end = Math.min(claim.end_utf16, para.end_utf16);
      p.append(text.slice(at, claim.start_utf16));
      const colour = claim.speaker ? colours.get(claim.speaker.canonical) : null;
      const who = claim.speaker ? claim.speaker.canonical : 'no speaker found';
      p.append(el('mark', {
        class: `claim${claim.speaker ? '' : ' unattributed'}`,
        'data-claim': String(claim.index),
        title: `${KINDS[claim.kind]} — ${who}`,
        style: colourStyle(colour),
      }, text.slice(claim.start_utf16, end)));
      at = end;
    }
    p.append(text.slice(at, para.end_utf16));
    body.append(p);
  }
  removedBefore(Infinity);
}

/** Quotation marks only around a direct quote: reported speech is not the speaker's words. */
function asWritten(claim) {
  return claim.kind === 'direct' ? `“${claim.text}”` : claim.text;
}

function claimCard(report, index, colour) {
  const claim = report.claims[index];
  const meta = [KINDS[claim.kind]];
  if (claim.cue) meta.push(`cue: “${claim.cue.text}”`);
  if (claim.speaker && claim.speaker.name !== claim.speaker.canonical) {
    meta.push(`written as: ${claim.speaker.name}`);
  }
  if (claim.speaker && claim.speaker.confidence < 1) {
    meta.push(`speaker inferred (${Math.round(claim.speaker.confidence * 100)}% sure)`);
  }
  if (claim.opinion) meta.push('opinion');
  if (claim.negated) meta.push('negated or denied');
  if (claim.hedges.length) meta.push(`hedged: ${claim.hedges.join(', ')}`);
  const facts = [
    ...claim.quantities.map((i) => report.quantities[i]).map((q) => el('li', {}, el('span', { class: 'as-written' }, q.text), ' = ', explainQuantity(q))),
    ...claim.times.map((i) => report.times[i]).map((t) => el('li', {}, el('span', { class: 'as-written' }, t.text), ' = ', explainTime(t))),
  ];
  return el('li', {
    class: 'claim-card', tabindex: '0', 'data-claim': String(index), style: colourStyle(colour),
  }, el('div', { class: 'content' }, asWritten(claim)),
  claim.checkworthy ? el('span', { class: 'badge worthy', title: `check-worthiness ${claim.checkworthiness.toFixed(2)}` }, 'worth checking') : null,
  facts.length ? el('ul', { class: 'facts-inline', 'aria-label': 'Numbers and dates in this claim' }, ...facts) : null,
  el('div', { class: 'meta' }, meta.join(' · ')));
}

/** How a mention refers to its entity, as the list of mentions says it. */
const VIA = { name: 'name', surname: 'surname', role: 'description', pronoun: 'pronoun',
  apposition: 'description', continuation: 'continued quote' };

/** Every way the article refers to an entity, each once, in a list a keyboard can open. */
function entityMentions(entity) {
  const seen = new Map();
  for (const m of entity.mentions) {
    const key = `${m.text} (${VIA[m.via] ?? m.via})`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const items = [...seen].map(([key, n]) => el('li', {}, n > 1 ? `${key} ×${n}` : key));
  return el('details', { class: 'mentions' },
    el('summary', {}, `Referred to ${entity.mentions.length} time${entity.mentions.length === 1 ? '' : 's'}`),
    el('ul', {}, ...items));
}

function renderSpeakers(report, colours) {
  const box = $('speakers');
  box.replaceChildren();
  for (const speaker of report.speakers) {
    const colour = colours.get(speaker.canonical);
    const entity = (report.entities ?? []).find((e) => e.canonical === speaker.canonical);
    const heading = el('h3', {}, el('span', { class: 'swatch', style: colourStyle(colour) }), speaker.canonical,
      speaker.anonymous ? el('span', { class: 'badge anonymous' }, 'anonymous') : null,
      entity?.kind === 'organization' ? el('span', { class: 'badge' }, 'organisation') : null,
      entity?.kind === 'group' ? el('span', { class: 'badge' }, 'group') : null);
    const aliases = speaker.names.filter((n) => n !== speaker.canonical);
    box.append(el('section', { class: 'speaker' }, heading,
      aliases.length ? el('p', { class: 'aliases' }, `Also: ${aliases.join('; ')}`) : null,
      entity ? entityMentions(entity) : null,
      el('ol', {}, ...speaker.claims.map((i) => claimCard(report, i, colour)))));
  }
  const orphans = report.claims.map((c, i) => (c.speaker ? null : i)).filter((i) => i !== null);
  if (orphans.length) {
    box.append(el('section', { class: 'speaker' }, el('h3', {}, 'No speaker found',
      el('span', { class: 'badge' }, 'check the source')),
      el('ol', {}, ...orphans.map((i) => claimCard(report, i, null)))));
  }
  if (!report.claims.length) box.append(el('p', { class: 'notes' }, 'No attributed claims found.'));
}

function renderRemoved(report) {
  $('removed-count').textContent = `(${report.removed.length} block${report.removed.length === 1 ? '' : 's'})`;
  $('removed-list').replaceChildren(...report.removed.map((block) => el('li', {},
    el('span', { class: 'reason' }, REASONS[block.reason] ?? block.reason), block.text)));
}

function renderNotes(report) {
  const items = [
    ...report.warnings.map((w) => `Warning: ${w.message}`),
    ...report.repairs.map((r) => `Repaired: ${r.message}`),
  ];
  $('notes').replaceChildren(...(items.length
    ? [el('h2', {}, 'Notes'), el('ul', { class: 'notes' }, ...items.map((t) => el('li', {}, t)))]
    : []));
}

/** Marks claim `index` active in the article and in the list, and brings the other into view. */
function activate(index, from) {
  document.querySelectorAll('.active').forEach((n) => n.classList.remove('active'));
  const mark = document.querySelector(`mark[data-claim="${index}"]`);
  const card = document.querySelector(`.claim-card[data-claim="${index}"]`);
  mark?.classList.add('active');
  card?.classList.add('active');
  const target = from === 'mark' ? card : mark;
  target?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

async function loadSample() {
  const response = await fetch('sample-article.txt');
  if (!response.ok) throw new Error(`sample article: HTTP ${response.status}`);
  $('article-input').value = await response.text();
  await run({ text: $('article-input').value });
}

async function main() {
  startWorker();
  const hello = await ask({ version: true });
  if (hello.error) {
    setStatus(`The analyser could not be loaded: ${hello.error}`, true);
    return;
  }
  $('version').textContent = hello.version;
  $('analyze-button').addEventListener('click', () => run({ text: $('article-input').value }));
  $('article-input').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) run({ text: $('article-input').value });
  });
  $('clean-toggle').addEventListener('change', () => run({ text: $('article-input').value }));
  $('article-date').addEventListener('change', () => run({ text: $('article-input').value }));
  for (const id of ['filter-checkworthy', 'filter-facts', 'filter-named', 'filter-kind']) {
    $(id).addEventListener('change', applyFilters);
  }
  $('show-removed').addEventListener('change', () => current && render(current));
  $('sample-button').addEventListener('click', () => loadSample().catch((e) => setStatus(e.message, true)));
  const openFiles = async (files) => {
    if (files.length > 1) {
      await runBatch(files);
      return;
    }
    const [file] = files;
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    await run({ bytes, name: file.name });
    // Then show what was read, so Analyse re-runs on it (with the clean toggle, say). A
    // large file takes the browser a moment to lay out here, after the results are shown.
    $('article-input').value = new TextDecoder().decode(bytes);
  };
  $('file-input').addEventListener('change', (event) => openFiles([...event.target.files]));
  // Files dropped anywhere on the input area.
  const dropZone = document.querySelector('.input');
  dropZone.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropZone.classList.add('dragging');
  });
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    dropZone.classList.remove('dragging');
    if (event.dataTransfer.files.length) openFiles([...event.dataTransfer.files]);
  });
  $('article-select').addEventListener('change', (event) => showArticle(Number(event.target.value)));
  $('download-button').addEventListener('click', () => {
    if (!current) return;
    const format = EXPORTS[$('export-format').value];
    const blob = new Blob([format.make(current)], { type: format.type });
    const link = el('a', { href: URL.createObjectURL(blob), download: `${currentName}-claims.${format.ext}` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  });
  $('copy-button').addEventListener('click', async () => {
    if (!current) return;
    const format = EXPORTS[$('export-format').value];
    try {
      await navigator.clipboard.writeText(format.make(current));
      setStatus(`${format.label} copied to the clipboard.`);
    } catch (error) {
      setStatus(`Could not copy (${error.message}); use Download instead.`, true);
    }
  });
  document.addEventListener('click', (event) => {
    const mark = event.target.closest('mark.claim');
    const card = event.target.closest('.claim-card');
    if (mark) activate(mark.dataset.claim, 'mark');
    else if (card) activate(card.dataset.claim, 'card');
  });
  document.addEventListener('keydown', (event) => {
    const card = event.target.closest?.('.claim-card');
    if (card && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      activate(card.dataset.claim, 'card');
    }
  });
  try {
    await loadSample();
  } catch (error) {
    setStatus(`Paste an article above (the sample could not be loaded: ${error.message}).`);
  }
}

main();
