// Exports of a claimlens report for fact-checkers' tools: JSON (the report itself), CSV (one
// row per claim), Markdown (claims grouped by speaker) and schema.org `Claim` JSON-LD (one
// Claim per attributed statement, author = the resolved speaker). Pure functions of the
// report: no DOM, so they run and are tested in Node too.

const KIND_LABELS = {
  direct: 'direct quote', partial: 'partial quote', indirect: 'reported speech',
  according_to: 'according to',
};

/** The report as pretty JSON. */
export function toJson(report) {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function csvField(value) {
  const text = value === null || value === undefined ? '' : String(value);
  // Quote every field that could break a row; formulas are neutralised so a spreadsheet
  // never runs article text (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A claim's numbers as written and made explicit: "412 million euros = 412000000 EUR". */
function numbersOf(report, claim) {
  return claim.quantities.map((i) => report.quantities[i]).map((q) => {
    const unit = q.unit ? ` ${q.unit}` : '';
    const relation = q.relation ? `${q.relation.replace('_', ' ')} ` : '';
    return `${q.text} = ${relation}${q.value}${q.to !== null ? ` to ${q.to}` : ''}${unit}`;
  });
}

/** A claim's dates as written and made explicit: "last July = 2024-07-01 to 2024-07-31". */
function datesOf(report, claim) {
  return claim.times.map((i) => report.times[i]).map((t) => {
    if (!t.from && !t.to) return `${t.text} = unresolved`;
    if (!t.from) return `${t.text} = up to ${t.to}`;
    return `${t.text} = ${t.from === t.to ? t.from : `${t.from} to ${t.to}`}`;
  });
}

/** One row per claim, with a header row. With `article`, a last column names it (a batch). */
export function toCsv(report, article = null) {
  const header = ['speaker', 'written_as', 'anonymous', 'speaker_confidence', 'role', 'kind',
    'claim', 'cue', 'opinion', 'negated', 'hedges', 'sentence', 'worth_checking',
    'checkworthiness', 'numbers', 'dates'];
  if (article !== null) header.push('article');
  const rows = report.claims.map((c) => [
    c.speaker?.canonical ?? '', c.speaker?.name ?? '', c.speaker ? c.speaker.anonymous : '',
    c.speaker ? c.speaker.confidence : '', c.speaker?.role ?? '', c.kind, c.text,
    c.cue?.text ?? '', c.opinion, c.negated, c.hedges.join('; '), c.sentence,
    c.checkworthy, c.checkworthiness, numbersOf(report, c).join('; '), datesOf(report, c).join('; '),
    ...(article !== null ? [article] : []),
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The report with only the claims `keep(claim)` holds, the speakers' lists renumbered: what
 *  an export gives when the page's filters are set. */
export function withClaims(report, keep) {
  const renumbered = new Map();
  const claims = [];
  report.claims.forEach((claim, i) => {
    if (!keep(claim)) return;
    renumbered.set(i, claims.length);
    claims.push(claim);
  });
  const speakers = report.speakers
    .map((s) => ({ ...s, claims: s.claims.filter((i) => renumbered.has(i)).map((i) => renumbered.get(i)) }))
    .filter((s) => s.claims.length > 0);
  return { ...report, claims, speakers };
}

/** Several articles ({name, report}) in one export of `format`. */
export function batchExport(format, articles) {
  switch (format) {
    case 'csv':
      return articles.map((a, i) => {
        const csv = toCsv(a.report, a.name);
        return i === 0 ? csv : csv.slice(csv.indexOf('\r\n') + 2);
      }).join('');
    case 'markdown':
      return articles.map((a) => toMarkdown(a.report)).join('\n');
    case 'jsonld': {
      const graph = articles.flatMap((a) => JSON.parse(toJsonLd(a.report))['@graph']);
      return `${JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }, null, 2)}\n`;
    }
    default:
      return `${JSON.stringify(articles.map((a) => ({ name: a.name, report: a.report })), null, 2)}\n`;
  }
}

function mdEscape(text) {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** Claims grouped by speaker, as Markdown. */
export function toMarkdown(report) {
  const lines = [`# ${mdEscape(report.title ?? 'Untitled article')}`, ''];
  const describe = (c) => {
    const notes = [KIND_LABELS[c.kind]];
    if (c.cue) notes.push(`“${c.cue.text}”`);
    if (c.opinion) notes.push('opinion');
    if (c.negated) notes.push('negated or denied');
    if (c.hedges.length) notes.push(`hedged: ${c.hedges.join(', ')}`);
    if (c.checkworthy) notes.push('**worth checking**');
    // Quotation marks only around a direct quote: reported speech is not verbatim.
    const text = c.kind === 'direct' ? `“${mdEscape(c.text)}”` : mdEscape(c.text);
    const facts = [...numbersOf(report, c), ...datesOf(report, c)].map((f) => `  - ${mdEscape(f)}`);
    return [`- ${text} (${notes.join('; ')})`, ...facts].join('\n');
  };
  for (const speaker of report.speakers) {
    const flag = speaker.anonymous ? ' (anonymous source)' : '';
    lines.push(`## ${mdEscape(speaker.canonical)}${flag}`, '');
    for (const i of speaker.claims) lines.push(describe(report.claims[i]));
    lines.push('');
  }
  const orphans = report.claims.filter((c) => !c.speaker);
  if (orphans.length) {
    lines.push('## No speaker found', '', ...orphans.map(describe), '');
  }
  return lines.join('\n');
}

/**
 * schema.org `Claim` items (the form fact-check tools read), one per claim with a speaker.
 * `url` is the article's address when known.
 */
export function toJsonLd(report, url = null) {
  const appearance = { '@type': 'CreativeWork', headline: report.title ?? undefined, url: url ?? undefined };
  // The speaker's entity says whether the author is a person, an organisation or a group of
  // people ("local residents"), which schema.org has no type for: a collective author is
  // closest to an Organization.
  const kind = (speaker) => report.entities?.[speaker.entity ?? -1]?.kind;
  const author = (speaker) => {
    if (speaker.anonymous) return { '@type': 'Person', name: speaker.canonical, description: 'anonymous source' };
    if (kind(speaker) === 'organization') return { '@type': 'Organization', name: speaker.canonical };
    if (kind(speaker) === 'group') return { '@type': 'Organization', name: speaker.canonical, description: 'group of people' };
    return { '@type': 'Person', name: speaker.canonical, jobTitle: speaker.role ?? undefined };
  };
  const claims = report.claims.filter((c) => c.speaker).map((c) => ({
    '@type': 'Claim',
    text: c.text,
    author: author(c.speaker),
    datePublished: report.input.date ?? undefined,
    appearance,
    firstAppearance: appearance,
  }));
  return `${JSON.stringify({ '@context': 'https://schema.org', '@graph': claims }, null, 2)}\n`;
}

/** Every export: file name suffix, MIME type and the function that makes it. */
export const EXPORTS = {
  json: { ext: 'json', type: 'application/json', make: toJson, label: 'JSON' },
  csv: { ext: 'csv', type: 'text/csv', make: toCsv, label: 'CSV' },
  markdown: { ext: 'md', type: 'text/markdown', make: toMarkdown, label: 'Markdown' },
  jsonld: { ext: 'jsonld', type: 'application/ld+json', make: toJsonLd, label: 'schema.org JSON-LD' },
};
