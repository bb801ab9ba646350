// Runs the analyser off the page's main thread, so a large article never freezes the page.
// Messages in: {id, text} or {id, bytes, name}, with {options}; or {id, version: true}.
// Messages out: {id, report, ms} or {id, error}. A Rust panic traps the module: the error
// says so, and the page replaces this worker with a fresh one.
import init, { analyze, analyzeBytes, version } from './pkg/claimlens.js';

const ready = init();

// A Rust panic prints its message through console.error (the module's panic hook) and then
// traps; keep the message so the page can say what went wrong, not just "unreachable".
let panicMessage = null;
const consoleError = console.error.bind(console);
console.error = (...args) => {
  const text = args.map(String).join(' ');
  if (text.startsWith('claimlens panicked')) panicMessage = text;
  consoleError(...args);
};

self.onmessage = async ({ data }) => {
  const { id } = data;
  try {
    await ready;
    if (data.version) {
      self.postMessage({ id, version: version() });
      return;
    }
    const started = performance.now();
    const report = data.bytes
      ? analyzeBytes(data.bytes, data.options)
      : analyze(data.text, data.options);
    self.postMessage({ id, report, ms: performance.now() - started });
  } catch (error) {
    const trapped = error instanceof WebAssembly.RuntimeError;
    const message = (trapped && panicMessage) || error.message || String(error);
    self.postMessage({ id, error: message, trapped });
  }
};
