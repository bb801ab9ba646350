// The page's exports for fact-checkers' tools: JSON (the report itself), and CSV, Markdown
// and schema.org `Claim` JSON-LD, which the Rust core makes (`exportClaims`, the code behind
// `claimlens --format`, so a file from the page and one from the CLI are the same bytes).
// These are the page's side of it: pure functions of reports, no DOM, tested in Node.

/** The report as pretty JSON. */
export function toJson(report) {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Several articles ({name, report}) as one JSON document. */
export function batchJson(articles) {
  return `${JSON.stringify(articles.map((a) => ({ name: a.name, report: a.report })), null, 2)}\n`;
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

/** The report as an export request carries it to the worker: without the article text and
 *  the sentence, paragraph and removed-block lists, which no export reads (on a long
 *  article they are most of the report, and copying them would hold the page). */
export function forExport(report) {
  return { ...report, text: '', paragraphs: [], sentences: [], removed: [] };
}

/** Every export: file name suffix, MIME type, label, and whether the Rust core makes it
 *  (`exportClaims` in the worker) or the page does (JSON). */
export const EXPORTS = {
  json: { ext: 'json', type: 'application/json', label: 'JSON', core: false },
  csv: { ext: 'csv', type: 'text/csv', label: 'CSV', core: true },
  markdown: { ext: 'md', type: 'text/markdown', label: 'Markdown', core: true },
  jsonld: { ext: 'jsonld', type: 'application/ld+json', label: 'schema.org JSON-LD', core: true },
};
