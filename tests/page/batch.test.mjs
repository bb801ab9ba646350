// Cross-article grouping (www/batch.js), in Node on reports made by the real analyser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initSync, analyze } from '../../www/pkg/claimlens.js';
import { groupClaims, overlap, sameSpeaker, speakersAcross } from '../../www/batch.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
initSync({ module: readFileSync(join(root, 'www/pkg/claimlens_bg.wasm')) });

// Three outlets quote the same promise, differently cut; one quotes someone else.
const outlets = [
  ['daily', '“We will finish the tram line before the next election,” Mayor Helen Okafor said on Monday.'],
  ['courier', 'Okafor promised: “We will finish the tram line before the next election.” Critics doubted it.'],
  ['herald', 'The mayor, Helen Okafor, said the city would “finish the tram line before the next election”.\n\n“The budget does not add up,” said Councillor Ruth Haas.'],
  ['weekly', '“Parking fees will double next year,” Councillor Ruth Haas warned.'],
].map(([name, text]) => ({ name, report: analyze(text) }));

test('the same promise in three outlets is one claim with three appearances', () => {
  const groups = groupClaims(outlets);
  assert.equal(groups.length, 1, JSON.stringify(groups, null, 1));
  const [promise] = groups;
  assert.deepEqual(promise.appearances.map((a) => a.article), [0, 1, 2]);
  assert.equal(promise.speaker, 'Helen Okafor');
  // The direct quote's words, not the reported "the city would ...".
  assert.equal(promise.text, 'We will finish the tram line before the next election');
  assert.equal(promise.direct, true);
});

test('different quotes of one speaker stay apart', () => {
  assert.ok(overlap('The budget does not add up', 'Parking fees will double next year') < 0.2);
});

test('speakers across articles merge by surname', () => {
  const speakers = speakersAcross(outlets);
  const okafor = speakers.find((s) => s.name === 'Helen Okafor');
  assert.deepEqual(okafor.articles, [0, 1, 2]);
  const haas = speakers.find((s) => s.name === 'Ruth Haas');
  assert.deepEqual(haas.articles, [2, 3]);
  assert.ok(sameSpeaker('Donald Trump', 'Trump') && !sameSpeaker('Trump', 'Biden'));
});
