// Runs the analyser off the page's main thread, so a large article never freezes the page.
// Messages in: {id, text} or {id, bytes, name}, with {options} and optionally {parts: n};
// or {id, version: true}; or {id, export: "csv" | "markdown" | "jsonld", articles: [{report,
// name?}]}. Messages out: {id, report, ms}, {id, exported} or {id, error}; asked for parts,
// each of the report's lists comes first in messages {id, part: {field, items}} of up to n
// items, and the report's own lists are empty. A Rust panic traps the module: the error
// says so, and the page replaces this worker with a fresh one.
import init, * as main from './pkg/claimlens.js';

const ready = init();

/** The build that also reads Markdown (pkg-markdown/: the same library with pulldown-cmark,
 *  about 66 KB more gzipped), loaded the first time an input is Markdown. */
let markdownBuild = null;

function loadMarkdownBuild() {
  markdownBuild ??= import('./pkg-markdown/claimlens_markdown.js').then(async (build) => {
    await build.default();
    return build;
  });
  return markdownBuild;
}

/** Whether the request is Markdown: said by its format (a `.md` file), or detected in its
 *  text when the format is left to the analyser. */
function isMarkdown(data) {
  const format = data.options?.format ?? 'auto';
  if (format !== 'auto') return format === 'markdown';
  return main.detectFormat(data.text ?? new TextDecoder().decode(data.bytes)) === 'markdown';
}

/** The build to analyse `data` with. Without the Markdown build (a site that copied only
 *  pkg/), the main one reads the Markdown as text and its report says so in a warning. */
async function analyserFor(data) {
  if (!isMarkdown(data)) return main;
  try {
    return await loadMarkdownBuild();
  } catch {
    markdownBuild = null;
    data.options = { ...data.options, format: 'markdown' };
    return main;
  }
}

// A Rust panic prints its message through console.error (the module's panic hook) and then
// traps; keep the message so the page can say what went wrong, not just "unreachable".
let panicMessage = null;
const consoleError = console.error.bind(console);
console.error = (...args) => {
  const text = args.map(String).join(' ');
  if (text.startsWith('claimlens panicked')) panicMessage = text;
  consoleError(...args);
};

/** Posts each of the report's lists in parts of up to `size` items, each its own message,
 *  and leaves the lists in the report empty. A page reads each message in one task of its
 *  main thread: a report of 24,000 claims read at once held it for half a second; a part of
 *  2,000 claims takes about 20 ms, and the entities with all their mentions about as long. */
function postParts(id, report, size) {
  for (const [field, items] of Object.entries(report)) {
    if (!Array.isArray(items) || !items.length) continue;
    for (let at = 0; at < items.length; at += size) {
      self.postMessage({ id, part: { field, items: items.slice(at, at + size) } });
    }
    report[field] = [];
  }
}

self.onmessage = async ({ data }) => {
  const { id } = data;
  try {
    await ready;
    if (data.version) {
      self.postMessage({ id, version: main.version() });
      return;
    }
    if (data.export) {
      self.postMessage({ id, exported: main.exportClaims(data.export, data.articles) });
      return;
    }
    const analyser = await analyserFor(data);
    const started = performance.now();
    const report = data.bytes
      ? analyser.analyzeBytes(data.bytes, data.options)
      : analyser.analyze(data.text, data.options);
    const ms = performance.now() - started;
    if (data.parts) postParts(id, report, data.parts);
    self.postMessage({ id, report, ms });
  } catch (error) {
    const trapped = error instanceof WebAssembly.RuntimeError;
    const message = (trapped && panicMessage) || error.message || String(error);
    self.postMessage({ id, error: message, trapped });
  }
};
