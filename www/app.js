// The claimlens page: sends what the user pastes or opens to the analyser in a Web Worker
// (worker.js), and renders the report. Article text is only ever inserted as text nodes,
// never as HTML.
import { EXPORTS, batchJson, forExport, toJson, withClaims } from './export.js';
import { groupClaims, speakersAcross } from './batch.js';
import { clearState, loadState, saveState } from './store.js';

/** How many items of a report's list one message from the worker carries (see worker.js):
 *  reading a message is one main-thread task, and 2,000 claims take about 20 ms. */
const REPORT_PART = 2000;

/** The analyser, off the main thread; replaced if its module ever traps. */
let worker = null;
let nextId = 0;
const pending = new Map();

/** Parts of reports still arriving, by request id: [{field, items}] in order. */
const parts = new Map();

function startWorker() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }) => {
    if (data.part) {
      if (!parts.has(data.id)) parts.set(data.id, []);
      parts.get(data.id).push(data.part);
      return;
    }
    const done = pending.get(data.id);
    pending.delete(data.id);
    if (data.report) joinParts(data.report, parts.get(data.id) ?? []);
    parts.delete(data.id);
    done?.(data);
  };
  worker.onerror = (event) => {
    // The worker itself failed (its script or module did not load): fail what waits.
    for (const done of pending.values()) done({ error: event.message || 'the analyser could not start' });
    pending.clear();
    parts.clear();
  };
}

/** Puts a report's parts back in front of the items its lists kept. */
function joinParts(report, received) {
  const fields = new Map();
  for (const { field, items } of received) {
    if (!fields.has(field)) fields.set(field, []);
    fields.get(field).push(items);
  }
  for (const [field, lists] of fields) report[field] = lists.flat().concat(report[field]);
}

/** Sends one request to the worker; resolves with its answer. */
function ask(message, transfer = []) {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker.postMessage({ id, ...message }, transfer);
  });
}

/** What the results on screen were analysed from: the box's text ({name, text}) or opened
 *  files ({name, bytes}). A change of settings analyses these again, never the box, which
 *  may hold something else (or nothing) by then. */
let sources = [];

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

/** A file name from an article's headline: "Council Approves Tram" → "council-approves-tram". */
function fileNameOf(title) {
  const slug = (title ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60).replace(/-$/, '');
  return slug || 'article';
}

/** Shows article `index` of the batch. */
function showArticle(index) {
  const { name, report } = articles[index];
  current = report;
  currentName = articles[index].fromFile ? name.replace(/\.[^.]+$/, '') : fileNameOf(report.title);
  $('article-select').value = String(index);
  render(report);
}

/** Several articles: quotes found in more than one, and speakers across them. */
function renderAcross() {
  const section = $('across');
  section.hidden = articles.length < 2;
  $('export-all-label').hidden = articles.length < 2;
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

/** The analyser's options for `source`: the page's settings, and the format its file name
 *  says. */
function optionsFor(source) {
  const opts = options();
  if (source.bytes) opts.format = formatOf(source.name);
  return opts;
}

/** The format a file's name says: `.html` is HTML, `.md` Markdown, anything else is
 *  detected from its content. */
function formatOf(name) {
  if (/\.html?$/i.test(name)) return 'html';
  if (/\.(md|markdown)$/i.test(name)) return 'markdown';
  return 'auto';
}

/** Sends one source to the analyser. The bytes are copied, not transferred: the source is
 *  kept for the next run. */
function analyseSource(source) {
  return ask(source.bytes
    ? { bytes: source.bytes, options: optionsFor(source), parts: REPORT_PART }
    : { text: source.text, options: optionsFor(source), parts: REPORT_PART });
}

/** Analyses several articles in turn, with a progress bar, then shows the first and the
 *  comparison across them. */
async function runBatch(files) {
  const progress = $('batch-progress');
  progress.hidden = false;
  progress.max = files.length;
  const done = [];
  for (const [i, file] of files.entries()) {
    progress.value = i;
    setStatus(`Analysing ${i + 1} of ${files.length}: ${file.name}…`);
    const answer = await analyseSource(file);
    if (answer.error) {
      if (answer.trapped) {
        worker.terminate();
        startWorker();
      }
      setStatus(`${file.name} could not be analysed (${answer.error}); continuing.`, true);
      continue;
    }
    done.push({ name: file.name, report: answer.report, fromFile: Boolean(file.bytes) });
  }
  progress.value = files.length;
  progress.hidden = true;
  if (!done.length) return;
  articles = done;
  renderAcross();
  showArticle(0);
  const claims = done.reduce((n, a) => n + a.report.claims.length, 0);
  setStatus(`${done.length} of ${files.length} articles analysed · ${claims} claims · `
    + `${groupClaims(done).length} quoted in more than one`);
}

/** Runs the analyser on text or on a file's bytes, and shows the result. */
async function run(source) {
  setStatus('Analysing…');
  const answer = await analyseSource(source);
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
  articles = [{ name: source.name ?? 'article', report, fromFile: Boolean(source.bytes) }];
  renderAcross();
  showArticle(0);
  const speakers = report.speakers.length;
  const claims = report.claims.length;
  // A warning (binary input, a decoding guess) is said first, where the reader looks.
  const warning = report.warnings.length ? `Warning: ${report.warnings[0].message} · ` : '';
  setStatus(`${warning}${claims} claim${claims === 1 ? '' : 's'} from ${speakers} speaker${speakers === 1 ? '' : 's'} · `
    + `${report.removed.length} blocks removed · ${ms.toFixed(1)} ms`, Boolean(warning));
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

/** How long one slice of a long render may hold the main thread before the browser gets it
 *  back for input and painting: well under the 100 ms a reader notices. */
const SLICE_MS = 16;

/** The number of the render under way: a newer one (another article, a new result) stops an
 *  older one between slices. */
let generation = 0;

/** Gives the main thread back to the browser until its next task. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Calls `step` on each of `items`, giving the main thread back every SLICE_MS. Resolves to
 *  false when a newer render took over meanwhile. A short list is done at once. */
async function inSlices(items, step, mine) {
  let slice = performance.now();
  for (const item of items) {
    if (mine !== generation) return false;
    step(item);
    if (performance.now() - slice > SLICE_MS) {
      await nextTask();
      slice = performance.now();
    }
  }
  return mine === generation;
}

/** How many paragraphs, cards or list items one chunk holds. */
const CHUNK_SIZE = 100;

/** An appender that puts nodes into `parent` in chunks of CHUNK_SIZE, each a new `tag`
 *  element of class `chunk`. The browser skips an off-screen chunk when it lays the page out
 *  (`content-visibility`), so drawing and filtering stay quick however long the list grows. */
function chunked(parent, tag) {
  let chunk = null;
  return (node) => {
    if (!chunk || chunk.childElementCount >= CHUNK_SIZE) {
      chunk = el(tag, { class: 'chunk' });
      parent.append(chunk);
    }
    chunk.append(node);
  };
}

/** Shows `report`: the article with its claims marked, the claims by speaker, the numbers
 *  and dates, and what was removed. A long report is drawn in slices. */
async function render(report) {
  const mine = ++generation;
  const colours = speakerColours(report);
  $('results').hidden = false;
  $('article-title').textContent = report.title ?? '(no headline recognised)';
  $('article-standfirst').textContent = report.metadata?.standfirst ?? '';
  $('article-standfirst').hidden = !report.metadata?.standfirst;
  renderMetadata(report.metadata);
  renderNotes(report);
  const steps = [
    () => renderArticle(report, colours, mine),
    () => renderSpeakers(report, colours, mine),
    () => renderFacts(report, mine),
    () => renderRemoved(report, mine),
  ];
  // Busy until every part is drawn: assistive technology waits, and so can a test.
  $('results').setAttribute('aria-busy', 'true');
  for (const step of steps) {
    if (!(await step())) return;
    await nextTask();
  }
  $('results').setAttribute('aria-busy', 'false');
  openLinkedClaim();
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
function renderFacts(report, mine) {
  const date = report.input.date;
  $('facts-date').textContent = date
    ? `Relative dates counted from ${date} (${DATE_SOURCES[report.input.date_source] ?? 'the article’s dateline'}).`
    : 'No article date is known: relative dates (“yesterday”, “last July”) are left unresolved. Set the article date above to resolve them.';
  $('consistency').replaceChildren(...report.consistency.map((h) => el('li', {}, el('span', { class: 'badge warn' }, 'check'), h.message)));
  $('quantity-list').replaceChildren();
  $('time-list').replaceChildren();
  const quantities = { append: chunked($('quantity-list'), 'ul') };
  const times = { append: chunked($('time-list'), 'ul') };
  const items = [...report.quantities.map((q) => ({ q })), ...report.times.map((t) => ({ t }))];
  return inSlices(items, ({ q, t }) => {
    if (q) quantities.append(el('li', {}, el('span', { class: 'as-written' }, q.text), ' = ', explainQuantity(q)));
    else {
      times.append(el('li', {}, el('span', { class: 'as-written' }, t.text), ' = ', explainTime(t),
        t.note && (t.from || t.to) ? el('span', { class: 'note' }, ` · ${t.note}`) : null));
    }
  }, mine);
}

/** The filters set now. */
function filters() {
  return {
    worthy: $('filter-checkworthy').checked,
    facts: $('filter-facts').checked,
    named: $('filter-named').checked,
    kind: $('filter-kind').value,
    search: $('claim-search').value.trim().toLowerCase(),
  };
}

/** Whether `claim` passes the filters `f`. */
function passesFilters(claim, f = filters()) {
  return (!f.worthy || claim.checkworthy)
    && (!f.facts || claim.quantities.length > 0 || claim.times.length > 0)
    && (!f.named || !claim.speaker?.anonymous)
    && (!f.kind || claim.kind === f.kind)
    && (!f.search || claim.text.toLowerCase().includes(f.search)
      || (claim.speaker?.canonical.toLowerCase().includes(f.search) ?? false));
}

/** The claim cards on screen by claim index, and each speaker's section with its claims. */
let cards = new Map();
let sections = [];

/** Hides the claim cards the filters exclude, and says how many are shown. Works from the
 *  report, not by querying the page, so a click stays quick with thousands of cards. */
function applyFilters() {
  if (!current) return;
  const f = filters();
  const shown = current.claims.map((claim) => passesFilters(claim, f));
  for (const [index, card] of cards) {
    if (card.hidden === shown[index]) card.hidden = !shown[index];
  }
  showFilterResult(shown);
}

/** Hides the speakers none of whose claims are `shown`, and says how many are. */
function showFilterResult(shown) {
  for (const { node, claims } of sections) node.hidden = !claims.some((i) => shown[i]);
  const total = shown.length;
  const count = shown.filter(Boolean).length;
  $('filter-count').textContent = count === total ? '' : `${count} of ${total} claims shown`;
}

/** A removed block, shown in place: greyed and labelled with why it was removed. */
function removedInline(block) {
  return el('p', { class: 'removed-inline', 'data-reason': block.reason },
    el('span', { class: 'reason' }, `Removed · ${REASONS[block.reason] ?? block.reason}:`), block.text);
}

/** The article, paragraph by paragraph, with each claim's content marked; with the removed
 *  blocks back in place when "Show removed blocks in place" is ticked. */
function renderArticle(report, colours, mine) {
  $('article-body').replaceChildren();
  const body = { append: chunked($('article-body'), 'div') };
  const showRemoved = $('show-removed').checked;
  let nextRemoved = 0;
  const removedBefore = (paragraph) => {
    while (showRemoved && nextRemoved < report.removed.length
      && report.removed[nextRemoved].before_paragraph <= paragraph) {
      body.append(removedInline(report.removed[nextRemoved++]));
    }
  };
  const text = report.text;
  // The claims in text order, as indices: no copy of each claim.
  const order = report.claims.map((_, i) => i)
    .sort((a, b) => report.claims[a].start_utf16 - report.claims[b].start_utf16);
  let next = 0;
  const paragraph = ([index, para]) => {
    removedBefore(index);
    const p = el('p');
    let at = para.start_utf16;
    while (next < order.length && report.claims[order[next]].start_utf16 < para.end_utf16) {
      const index = order[next++];
      const claim = report.claims[index];
      if (claim.start_utf16 < at) continue; // overlaps the previous mark: listed, not marked
      const end = Math.min(claim.end_utf16, para.end_utf16);
      p.append(text.slice(at, claim.start_utf16));
      const colour = claim.speaker ? colours.get(claim.speaker.canonical) : null;
      const who = claim.speaker ? claim.speaker.canonical : 'no speaker found';
      p.append(el('mark', {
        class: `claim${claim.speaker ? '' : ' unattributed'}`,
        'data-claim': String(index),
        tabindex: '0',
        title: `${KINDS[claim.kind]} — ${who}`,
        style: colourStyle(colour),
      }, text.slice(claim.start_utf16, end)));
      at = end;
    }
    p.append(text.slice(at, para.end_utf16));
    body.append(p);
  };
  return inSlices(report.paragraphs.entries(), paragraph, mine).then((done) => {
    if (done) removedBefore(Infinity);
    return done;
  });
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
  const card = el('li', {
    class: 'claim-card', tabindex: '0', 'data-claim': String(index), style: colourStyle(colour),
  }, el('div', { class: 'content' }, asWritten(claim)),
  claim.checkworthy ? el('span', { class: 'badge worthy', title: `check-worthiness ${claim.checkworthiness.toFixed(2)}` }, 'worth checking') : null,
  facts.length ? el('ul', { class: 'facts-inline', 'aria-label': 'Numbers and dates in this claim' }, ...facts) : null,
  el('div', { class: 'meta' }, meta.join(' · '),
    el('button', { type: 'button', class: 'secondary copy-claim', 'data-claim': String(index), 'aria-label': 'Copy this claim with its speaker, article and sentence' }, 'Copy')));
  card.id = `claim-${index}`;
  card.hidden = !passesFilters(claim);
  cards.set(index, card);
  return card;
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

function renderSpeakers(report, colours, mine) {
  const box = $('speakers');
  box.replaceChildren();
  cards = new Map();
  sections = [];
  const entities = new Map((report.entities ?? []).map((e) => [e.canonical, e]));
  const groups = report.speakers.map((speaker) => ({ speaker, claims: speaker.claims }));
  const orphans = report.claims.map((c, i) => (c.speaker ? null : i)).filter((i) => i !== null);
  if (orphans.length) groups.push({ speaker: null, claims: orphans });
  if (!report.claims.length) box.append(el('p', { class: 'notes' }, 'No attributed claims found.'));
  // One slice step per speaker heading and per card, so a speaker with thousands of claims
  // is drawn in slices too.
  const steps = groups.flatMap((group) => [{ group }, ...group.claims.map((index) => ({ group, index }))]);
  return inSlices(steps, ({ group, index }) => {
    if (index === undefined) {
      group.list = speakerSection(box, group, colours, entities);
      return;
    }
    const colour = group.speaker ? colours.get(group.speaker.canonical) : null;
    group.list.append(claimCard(report, index, colour));
  }, mine).then((done) => {
    // Cards were hidden by the filters as they were made: only the sections and the count
    // are left.
    if (done) {
      const f = filters();
      showFilterResult(report.claims.map((claim) => passesFilters(claim, f)));
    }
    return done;
  });
}

/** A speaker's heading, aliases and mentions, appended to `box`; returns where their claim
 *  cards go. `group.speaker` null: the claims with no speaker found. */
function speakerSection(box, group, colours, entities) {
  const { speaker } = group;
  const list = el('div', { class: 'claim-list' });
  let section;
  if (!speaker) {
    section = el('section', { class: 'speaker' }, el('h3', {}, 'No speaker found',
      el('span', { class: 'badge' }, 'check the source')), list);
  } else {
    const colour = colours.get(speaker.canonical);
    const entity = entities.get(speaker.canonical);
    const heading = el('h3', {}, el('span', { class: 'swatch', style: colourStyle(colour) }), speaker.canonical,
      speaker.anonymous ? el('span', { class: 'badge anonymous' }, 'anonymous') : null,
      entity?.kind === 'organization' ? el('span', { class: 'badge' }, 'organisation') : null,
      entity?.kind === 'group' ? el('span', { class: 'badge' }, 'group') : null);
    const aliases = speaker.names.filter((n) => n !== speaker.canonical);
    section = el('section', { class: 'speaker' }, heading,
      aliases.length ? el('p', { class: 'aliases' }, `Also: ${aliases.join('; ')}`) : null,
      entity ? entityMentions(entity) : null, list);
  }
  sections.push({ node: section, claims: group.claims });
  box.append(section);
  return { append: chunked(list, 'ol') };
}

function renderRemoved(report, mine) {
  $('removed-count').textContent = `(${report.removed.length} block${report.removed.length === 1 ? '' : 's'})`;
  const list = $('removed-list');
  list.replaceChildren();
  return inSlices(report.removed, (block) => list.append(el('li', {},
    el('span', { class: 'reason' }, REASONS[block.reason] ?? block.reason), block.text)), mine);
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
  // Focus follows, so Escape (from a card) or Enter (from a highlight) leads back.
  target?.focus({ preventScroll: true });
  // The address names the claim: a link to it opens it (with this article kept here).
  history.replaceState(null, '', `#claim-${index}`);
}

async function loadSample() {
  const response = await fetch('sample-article.txt');
  if (!response.ok) throw new Error(`sample article: HTTP ${response.status}`);
  $('article-input').value = await response.text();
  await analyseBox();
}

/** Analyses the articles on screen again (after a change of settings) and saves them. */
async function analyseSources() {
  if (sources.length > 1) await runBatch(sources);
  else if (sources.length === 1) await run(sources[0]);
  persist();
}

/** Analyses what is in the box. An empty box changes nothing on screen. */
async function analyseBox() {
  const text = $('article-input').value;
  if (!text.trim()) {
    setStatus('The box is empty: paste an article or open a file. The results below are unchanged.', true);
    return;
  }
  sources = [{ name: 'article', text }];
  await analyseSources();
}

/** Opened files join the files on screen (a batch grows); the text in the box stays as it
 *  is, and Analyse goes back to it. */
async function openFiles(files) {
  if (!files.length) return;
  const opened = await Promise.all(files.map(async (file) => (
    { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  const kept = sources.filter((s) => s.bytes && !opened.some((o) => o.name === s.name));
  sources = [...kept, ...opened];
  await analyseSources();
}

/** Forgets the articles, the results and the box's text, here and in storage. */
async function clearAll() {
  sources = [];
  articles = [];
  current = null;
  $('article-input').value = '';
  $('results').hidden = true;
  $('across').hidden = true;
  await clearState().catch(() => {});
  setStatus('Cleared. Paste an article or open files.');
}

const FILTERS = ['filter-checkworthy', 'filter-facts', 'filter-named'];

/** Whether saving has already failed once (said once, then silent). */
let storageFailed = false;

/** Saves the box, the settings, the filters and the articles on screen. */
function persist() {
  const state = {
    text: $('article-input').value,
    settings: { clean: $('clean-toggle').checked, date: $('article-date').value },
    filters: { ...Object.fromEntries(FILTERS.map((id) => [id, $(id).checked])), kind: $('filter-kind').value },
    sources,
    showing: Number($('article-select').value) || 0,
  };
  saveState(state).catch((error) => {
    if (storageFailed) return;
    storageFailed = true;
    setStatus(`This browser does not let the page keep your work across a reload (${error?.message ?? error}).`, true);
  });
}

/** Puts back what `saved` holds and analyses its articles again. */
async function restore(saved) {
  $('article-input').value = saved.text ?? '';
  $('clean-toggle').checked = saved.settings?.clean ?? true;
  $('article-date').value = saved.settings?.date ?? '';
  for (const id of FILTERS) $(id).checked = Boolean(saved.filters?.[id]);
  $('filter-kind').value = saved.filters?.kind ?? '';
  sources = saved.sources ?? [];
  if (!sources.length) {
    setStatus('Your text is back from last time: press Analyse.');
    return;
  }
  await analyseSources();
  const showing = saved.showing ?? 0;
  if (articles.length > 1 && showing > 0 && showing < articles.length) showArticle(showing);
}

/** What Download and Copy give: the claims the filters show, of this article or, with
 *  "all articles" ticked, of every article of the batch. CSV, Markdown and JSON-LD are made
 *  by the Rust core in the worker; an error there rejects. */
async function exported() {
  const key = $('export-format').value;
  const format = EXPORTS[key];
  const f = filters();
  const keep = (claim) => passesFilters(claim, f);
  const batch = $('export-all').checked && articles.length > 1;
  const chosen = batch
    ? articles.map((a) => ({ name: a.name, report: withClaims(a.report, keep) }))
    : [{ name: null, report: withClaims(current, keep) }];
  const name = batch ? `${articles.length}-articles` : currentName;
  if (!format.core) return { format, name, body: batch ? batchJson(chosen) : toJson(chosen[0].report) };
  const answer = await ask({ export: key, articles: chosen.map((a) => ({ name: a.name, report: forExport(a.report) })) });
  if (answer.error) throw new Error(answer.error);
  return { format, name, body: answer.exported };
}

/** One claim as a fact-checker pastes it into notes: the words, who said them, the article
 *  and the sentence, and a link back to it. */
function claimAsText(report, index) {
  const claim = report.claims[index];
  const who = claim.speaker
    ? `${claim.speaker.canonical}${claim.speaker.role ? ` (${claim.speaker.role})` : ''}`
    : 'no speaker found';
  return [`${asWritten(claim)} — ${who}`, `In: ${report.title ?? 'untitled article'}`,
    `Sentence: ${claim.sentence}`, `${location.href.split('#')[0]}#claim-${index}`].join('\n');
}

/** Opens the claim the address names (#claim-12), once its card is drawn. */
function openLinkedClaim() {
  const match = /^#claim-(\d+)$/.exec(location.hash);
  if (match && document.getElementById(`claim-${match[1]}`)) activate(match[1], 'mark');
}

/** Runs `act` at most once per `ms`, after the last call. */
function debounce(act, ms) {
  let timer = null;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(act, ms);
  };
}

async function main() {
  startWorker();
  const hello = await ask({ version: true });
  if (hello.error) {
    setStatus(`The analyser could not be loaded: ${hello.error}`, true);
    return;
  }
  $('version').textContent = hello.version;
  $('analyze-button').addEventListener('click', analyseBox);
  $('article-input').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) analyseBox();
  });
  $('article-input').addEventListener('input', debounce(persist, 400));
  // Settings apply to the articles on screen, wherever they came from.
  $('clean-toggle').addEventListener('change', analyseSources);
  $('article-date').addEventListener('change', analyseSources);
  $('claim-search').addEventListener('input', debounce(applyFilters, 150));
  window.addEventListener('hashchange', openLinkedClaim);
  for (const id of [...FILTERS, 'filter-kind']) {
    $(id).addEventListener('change', () => {
      applyFilters();
      persist();
    });
  }
  $('show-removed').addEventListener('change', () => current && render(current));
  $('sample-button').addEventListener('click', () => loadSample().catch((e) => setStatus(e.message, true)));
  $('clear-button').addEventListener('click', clearAll);
  $('file-input').addEventListener('change', (event) => {
    openFiles([...event.target.files]);
    // The same file opened again is a change too.
    event.target.value = '';
  });
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
  $('article-select').addEventListener('change', (event) => {
    showArticle(Number(event.target.value));
    persist();
  });
  $('download-button').addEventListener('click', async () => {
    if (!current) return;
    let made;
    try {
      made = await exported();
    } catch (error) {
      setStatus(`Could not export (${error.message}).`, true);
      return;
    }
    const { format, body, name } = made;
    const blob = new Blob([body], { type: format.type });
    const link = el('a', { href: URL.createObjectURL(blob), download: `${name}-claims.${format.ext}` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  });
  $('copy-button').addEventListener('click', async () => {
    if (!current) return;
    try {
      const { format, body } = await exported();
      await navigator.clipboard.writeText(body);
      setStatus(`${format.label} copied to the clipboard.`);
    } catch (error) {
      setStatus(`Could not copy (${error.message}); use Download instead.`, true);
    }
  });
  document.addEventListener('click', async (event) => {
    const copy = event.target.closest('button.copy-claim');
    if (copy && current) {
      event.stopPropagation();
      try {
        await navigator.clipboard.writeText(claimAsText(current, Number(copy.dataset.claim)));
        setStatus('The claim, its speaker, article and sentence are copied.');
      } catch (error) {
        setStatus(`Could not copy (${error.message}).`, true);
      }
      return;
    }
    const mark = event.target.closest('mark.claim');
    const card = event.target.closest('.claim-card');
    if (mark) activate(mark.dataset.claim, 'mark');
    else if (card) activate(card.dataset.claim, 'card');
  });
  // Highlights and cards open each other from the keyboard; Escape on a card goes back to
  // its highlight in the article, where the reader came from.
  document.addEventListener('keydown', (event) => {
    if (event.target.closest?.('button')) return; // a card's Copy button acts on its own
    const mark = event.target.closest?.('mark.claim');
    const card = event.target.closest?.('.claim-card');
    if ((mark || card) && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      activate((mark ?? card).dataset.claim, mark ? 'mark' : 'card');
    } else if (card && event.key === 'Escape') {
      activate(card.dataset.claim, 'card');
    }
  });
  const saved = await loadState().catch(() => null);
  // A state with neither text nor articles (saved as the box was emptied) is nothing to restore.
  if (saved && (saved.text?.trim() || saved.sources?.length)) {
    await restore(saved);
    return;
  }
  try {
    await loadSample();
  } catch (error) {
    setStatus(`Paste an article above (the sample could not be loaded: ${error.message}).`);
  }
}

main();
