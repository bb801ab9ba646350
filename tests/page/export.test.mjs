// The page's exports, from a real report made by the WASM build in Node: CSV, Markdown and
// JSON-LD come from the Rust core (exportClaims, as the worker calls it), JSON and the
// filters from www/export.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initSync, analyze, exportClaims } from '../../www/pkg/claimlens.js';
import { batchJson, forExport, toJson, withClaims } from '../../www/export.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
initSync({ module: readFileSync(join(root, 'www/pkg/claimlens_bg.wasm')) });
const report = analyze(readFileSync(join(root, 'www/sample-article.txt'), 'utf8'), { date: '2025-03-14' });
const hostile = analyze('“=HYPERLINK(1) pays, a ‘quoted’ line, too,” said Ann Lee.\n\n“Second, longer quote with a | pipe and *stars*,” Ann Lee said.');
// The exports as the page asks the worker for them.
const toCsv = (r) => exportClaims('csv', [{ report: forExport(r) }]);
const toMarkdown = (r) => exportClaims('markdown', [{ report: forExport(r) }]);
const toJsonLd = (r, url = null) => exportClaims('jsonld', [{ report: forExport(r), url }]);
const batchExport = (format, articles) => exportClaims(format, articles);
// A report as a script might hand one over, with a double quote in a field.
const withQuotes = { ...hostile, claims: hostile.claims.map((c) => ({ ...c, text: `${c.text} "x"` })) };

test('JSON is the report', () => {
  assert.deepEqual(JSON.parse(toJson(report)), report);
});

test('CSV has a header and one row per claim, and quotes what needs it', () => {
  const rows = toCsv(report).trimEnd().split('\r\n');
  assert.equal(rows.length, report.claims.length + 1);
  assert.match(rows[0], /^speaker,written_as,anonymous/);
  assert.match(rows[1], /^Helen Okafor,Mayor Helen Okafor,false,1,Mayor,direct,/);
  assert.ok(toCsv(hostile).includes('"\'=HYPERLINK'), 'a formula is neutralised');
  assert.ok(toCsv(withQuotes).includes('""x""'), 'quotes are doubled');
});

test('Markdown groups claims under their speakers', () => {
  const md = toMarkdown(report);
  assert.ok(md.startsWith('# Riverside Council Approves Tram Line Despite Cost Warnings\n'));
  assert.ok(md.includes('## Helen Okafor\n'));
  assert.ok(md.includes('(anonymous source)'));
  assert.ok(toMarkdown(hostile).includes('\\| pipe and \\*stars\\*'));
});

test('JSON-LD: one schema.org Claim per attributed claim, author and date', () => {
  const ld = JSON.parse(toJsonLd(report, 'https://example.org/tram'));
  assert.equal(ld['@context'], 'https://schema.org');
  assert.equal(ld['@graph'].length, report.claims.filter((c) => c.speaker).length);
  const first = ld['@graph'][0];
  assert.equal(first['@type'], 'Claim');
  assert.equal(first.author.name, 'Helen Okafor');
  assert.equal(first.author.jobTitle, 'Mayor');
  assert.equal(first.datePublished, '2025-03-14');
  assert.equal(first.appearance.url, 'https://example.org/tram');
});

test('JSON-LD: an organisation speaking is an Organization, not a Person', () => {
  const council = analyze('The Harbour Council met on Monday.\n\n“We will pay for the repairs,” the Harbour Council said.');
  const author = JSON.parse(toJsonLd(council))['@graph'][0].author;
  assert.deepEqual(author, { '@type': 'Organization', name: 'Harbour Council' });
});

test('JSON-LD: a group of people speaking is a collective author, not a Person', () => {
  const residents = analyze('Local farmers packed the town hall on Tuesday night. They said the new road would cut the village in two.');
  const author = JSON.parse(toJsonLd(residents))['@graph'][0].author;
  assert.deepEqual(author, { '@type': 'Organization', name: 'local farmers', description: 'group of people' });
});

test('CSV and Markdown carry worth checking, numbers and dates', () => {
  const rows = toCsv(report).trimEnd().split('\r\n');
  assert.match(rows[0], /,worth_checking,checkworthiness,numbers,dates$/);
  const costly = rows.find((r) => r.includes('412 million euros'));
  assert.match(costly, /412 million euros = 412000000 EUR/);
  assert.ok(rows.some((r) => /January = 2026-01-01 to 2026-01-31/.test(r)), 'a date made explicit');
  const md = toMarkdown(report);
  assert.match(md, /\*\*worth checking\*\*/);
  assert.match(md, /\n {2}- 412 million euros = 412000000 EUR/);
});

test('an export of the claims a filter shows, renumbered; a batch in one file', () => {
  const direct = withClaims(report, (c) => c.kind === 'direct');
  assert.ok(direct.claims.length > 0 && direct.claims.length < report.claims.length);
  assert.ok(direct.claims.every((c) => c.kind === 'direct'));
  for (const speaker of direct.speakers) {
    for (const i of speaker.claims) assert.equal(direct.claims[i].speaker.canonical, speaker.canonical);
  }
  assert.equal(toCsv(direct).trimEnd().split('\r\n').length, direct.claims.length + 1);
  const batch = batchExport('csv', [{ name: 'a.txt', report }, { name: 'b.txt', report: hostile }]).trimEnd().split('\r\n');
  assert.equal(batch.length, 1 + report.claims.length + hostile.claims.length, 'one header');
  assert.match(batch[0], /,article$/);
  assert.match(batch.at(-1), /,b\.txt$/);
  const graph = JSON.parse(batchExport('jsonld', [{ name: 'a', report }, { name: 'b', report: hostile }]))['@graph'];
  assert.equal(graph.length, [report, hostile].flatMap((r) => r.claims.filter((c) => c.speaker)).length);
});

test('what the page sends the worker gives the same exports as the whole report', () => {
  for (const format of ['csv', 'markdown', 'jsonld']) {
    assert.equal(exportClaims(format, [{ report: forExport(report) }]), exportClaims(format, [{ report }]), format);
  }
});

test('a batch as JSON names each article', () => {
  const both = JSON.parse(batchJson([{ name: 'a.txt', report }, { name: 'b.txt', report: hostile }]));
  assert.deepEqual(both.map((a) => a.name), ['a.txt', 'b.txt']);
  assert.equal(both[1].report.claims.length, hostile.claims.length);
});

test('a bad export request is an error with a message, not a crash', () => {
  assert.throws(() => exportClaims('xml', [{ report }]), /exportClaims takes "csv", "markdown" or "jsonld"/);
  assert.throws(() => exportClaims('csv', [{ report: { claims: [] } }]), /exportClaims needs \[\{report, name\?, url\?\}\]/);
  // Still usable after the errors.
  assert.match(exportClaims('csv', [{ report }]), /^speaker,/);
});
