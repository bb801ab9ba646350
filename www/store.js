// What the page keeps across a reload, in this browser only (IndexedDB): the text in the box,
// the settings and filters, and the articles on screen (a paste's text or opened files'
// bytes). Results are not stored: they are analysed again from these on load, so a report
// from an older analyser never shows. Storage that fails (private windows, quota) only means
// nothing is kept; the page says so once and goes on.

const DATABASE = 'claimlens';
const STORE = 'page';
const KEY = 'state';

function openDatabase() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The last operation asked for: each waits for the one before, so a save asked for before a
 *  Clear can never land after it, whichever connection opens first. */
let queue = Promise.resolve();

/** Runs one request against the store, after every one asked for before it; resolves with
 *  its result. */
function withStore(mode, act) {
  const run = queue.then(() => requestOnce(mode, act));
  queue = run.catch(() => {});
  return run;
}

async function requestOnce(mode, act) {
  const db = await openDatabase();
  try {
    return await new Promise((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = act(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

/** The saved state, or null when there is none. */
export async function loadState() {
  return (await withStore('readonly', (store) => store.get(KEY))) ?? null;
}

/** Saves `state`: {text, settings, filters, sources: [{name, text} | {name, bytes}], showing}. */
export function saveState(state) {
  return withStore('readwrite', (store) => store.put(state, KEY));
}

/** Forgets everything saved. */
export function clearState() {
  return withStore('readwrite', (store) => store.delete(KEY));
}
