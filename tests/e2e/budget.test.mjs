// The shipped build stays light: the first load fits the budget, and the wasm carries none of
// the native-only crates (serde, serde_json, toml), whose messages would show in its data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET_PREMIER_CHARGEMENT_KB, poidsPremierChargement } from '../support/poids.mjs';

const DIST = new URL('../../dist', import.meta.url).pathname;

test(`the first load weighs at most ${BUDGET_PREMIER_CHARGEMENT_KB} kB gzip`, () => {
  const { fichiers, total } = poidsPremierChargement(DIST);
  assert.ok(fichiers.some((f) => f.nom.endsWith('.wasm')), 'no wasm in dist/');
  const detail = fichiers.map((f) => `${f.nom} ${(f.gzip / 1000).toFixed(1)} kB`).join(', ');
  assert.ok(total <= BUDGET_PREMIER_CHARGEMENT_KB * 1000, `${(total / 1000).toFixed(1)} kB > ${BUDGET_PREMIER_CHARGEMENT_KB} kB: ${detail}`);
});

// Strings each crate's code carries (checked present in the native `catalog` binary, which
// links all three): if one is in the wasm, so is that crate's code.
const SIGNATURES = {
  serde_json: 'EOF while parsing',
  serde: 'invalid type: ',
  toml: 'invalid basic string',
};

test('the wasm links no serde, serde_json or toml code', () => {
  const wasm = readdirSync(DIST).find((f) => f.endsWith('.wasm'));
  const octets = readFileSync(join(DIST, wasm));
  for (const [crate, signature] of Object.entries(SIGNATURES)) {
    assert.equal(octets.includes(Buffer.from(signature)), false, `${wasm} contains « ${signature} »: ${crate} is linked`);
  }
});
