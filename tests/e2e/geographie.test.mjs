// catalog/france/departements.toml is exactly the official list (npm @etalab/decoupage-
// administratif, from INSEE's Code officiel géographique), as web/geographie-france.mjs writes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

test('the départements of the catalogue are the official list', () => {
  const script = new URL('../../web/geographie-france.mjs', import.meta.url).pathname;
  const r = spawnSync(process.execPath, [script, '--verifier'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /109 départements, à jour/);
});
