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

/** One row per claim, with a header row. */
export function toCsv(report) {
  const header = ['speaker', 'written_as', 'anonymous', 'speaker_confidence', 'role', 'kind',
    'claim', 'cue', 'opinion', 'negated', 'hedges', 'sentence'];
  const rows = report.claims.map((c) => [
    c.speaker?.canonical ?? '', c.speaker?.name ?? '', c.speaker ? c.speaker.anonymous : '',
    c.speaker ? c.speaker.confidence : '', c.speaker?.role ?? '', c.kind, c.text,
    c.cue?.text ?? '', c.opinion, c.negated, c.hedges.join('; '), c.sentence,
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
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
    // Quotation marks only around a direct quote: reported speech is not verbatim.
    const text = c.kind === 'direct' ? `“${mdEscape(c.text)}”` : mdEscape(c.text);
    return `- ${text} (${notes.join('; ')})`;
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
