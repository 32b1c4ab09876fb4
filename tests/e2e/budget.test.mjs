// The shipped build stays light: the first load fits the budget, and the wasm carries none of
// the native-only crates (serde, serde_json, toml), whose messages would show in its data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  BUDGET_PREMIER_CHARGEMENT_KB, BUDGET_PROGRAMME_COMPLET_KB, poidsPremierChargement, poidsProgrammeComplet,
} from '../support/poids.mjs';

const DIST = new URL('../../dist', import.meta.url).pathname;

test(`the first load weighs at most ${BUDGET_PREMIER_CHARGEMENT_KB} kB gzip`, () => {
  const { fichiers, total } = poidsPremierChargement(DIST);
  assert.ok(fichiers.some((f) => f.nom.endsWith('.wasm')), 'no wasm in dist/');
  const detail = fichiers.map((f) => `${f.nom} ${(f.gzip / 1000).toFixed(1)} kB`).join(', ');
  assert.ok(total <= BUDGET_PREMIER_CHARGEMENT_KB * 1000, `${(total / 1000).toFixed(1)} kB > ${BUDGET_PREMIER_CHARGEMENT_KB} kB: ${detail}`);
});

test(`the complete program weighs at most ${BUDGET_PROGRAMME_COMPLET_KB} kB gzip, apart from the first load`, () => {
  const { fichiers, total } = poidsProgrammeComplet(DIST);
  const detail = fichiers.map((f) => `${f.nom} ${(f.gzip / 1000).toFixed(1)} kB`).join(', ');
  assert.ok(total <= BUDGET_PROGRAMME_COMPLET_KB * 1000, `${(total / 1000).toFixed(1)} kB > ${BUDGET_PROGRAMME_COMPLET_KB} kB: ${detail}`);
  // The first program leaves the complete one's screens out: else it is no lighter.
  const premier = poidsPremierChargement(DIST).fichiers.find((f) => f.nom === 'app_bg.wasm');
  const complet = fichiers.find((f) => f.nom === 'complet_bg.wasm');
  assert.ok(premier.gzip < complet.gzip * 0.85, `app_bg.wasm ${premier.gzip} B, complet_bg.wasm ${complet.gzip} B`);
});

// Strings each crate's code carries (checked present in the native `catalog` binary, which
// links all three): if one is in the wasm, so is that crate's code.
const SIGNATURES = {
  serde_json: 'EOF while parsing',
  serde: 'invalid type: ',
  toml: 'invalid basic string',
};

test('neither program links serde, serde_json or toml code', () => {
  const programmes = readdirSync(DIST).filter((f) => f.endsWith('.wasm'));
  assert.deepEqual(programmes.sort(), ['app_bg.wasm', 'complet_bg.wasm']);
  for (const wasm of programmes) {
    const octets = readFileSync(join(DIST, wasm));
    for (const [crate, signature] of Object.entries(SIGNATURES)) {
      assert.equal(octets.includes(Buffer.from(signature)), false, `${wasm} contains « ${signature} »: ${crate} is linked`);
    }
  }
});
