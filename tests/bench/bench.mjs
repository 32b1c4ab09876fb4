// Benchmark command (not a test): prints first-load weight, the query set's success@5 and MRR
// beside MiniSearch's and FlexSearch's (tests/bench/requetes.mjs), first render time, search
// latency in the page (wasm) at the shipped size and at 20,000 services, the same queries
// through Fuse.js on the same data in the same page, and the orientation time. Weights and first render are
// measured on dist/ (the shipped build, made first); timings on a build with the `bench`
// feature, which adds the timing exports, made here into target/dist-bench/.
// Usage: node tests/bench/bench.mjs
import { readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { startApp } from '../support/browser.mjs';
import { BUDGET_PREMIER_CHARGEMENT_KB, poidsPremierChargement } from '../support/poids.mjs';
import { comparerRequetes } from './requetes.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const QUERIES = ['creche', 'refugies', 'PLIE', 'EPI', 'Pôle emploi', 'CAPI', 'formation', 'numerique', 'mission locale',
  'rsa 19e', 'sante', "garde d'enfants", 'creation entreprise', 'francais', 'jeunes', 'logement', 'formaton', 'artiste',
  "insertion par l'activite economique", 'parrainage'];

console.log('Poids au premier chargement (copies gzip Zopfli | Brotli 11 écrites par la construction) :');
const poids = poidsPremierChargement(join(ROOT, 'dist'));
const ko = (n) => (n / 1000).toFixed(1).padStart(7);
for (const f of poids.fichiers) console.log(`  ${f.nom.padEnd(22)} ${ko(f.gzip)} ko | ${ko(f.brotli)} ko`);
console.log(`  ${'total'.padEnd(22)} ${ko(poids.total)} ko | ${ko(poids.totalBrotli)} ko (budget gzip ≤ ${BUDGET_PREMIER_CHARGEMENT_KB} ko)`);

comparerRequetes();

// Fuse.js gets the same entries, from the catalogue's own export.
const out = mkdtempSync(join(tmpdir(), 'bench-export-'));
execFileSync('cargo', ['run', '--quiet', '--release', '--bin', 'catalog', '--', 'export', '--format', 'data-inclusion', '--out', out], { cwd: ROOT, stdio: 'ignore' });
const services = JSON.parse(readFileSync(join(out, 'services.json'), 'utf8'));
const structures = JSON.parse(readFileSync(join(out, 'structures.json'), 'utf8'));

const app = await startApp();
let context = await app.browser.newContext();
let page = await context.newPage();
const renders = [];
for (let i = 0; i < 5; i += 1) {
  await page.goto(app.site.url + '?r=' + i);
  await page.locator('main h1').waitFor();
  renders.push(await page.evaluate(() => performance.now()));
}
renders.sort((a, b) => a - b);
console.log(`Premier affichage (chargement → titre rendu, médiane de 5) : ${renders[2].toFixed(0)} ms (objectif ≤ 300)`);
await app.close();

const BENCH_DIST = join(ROOT, 'target/dist-bench');
execFileSync('trunk', ['build', '--release', '--offline', '--features', 'bench', '--dist', BENCH_DIST], { cwd: ROOT, stdio: 'ignore' });
const benchApp = await startApp({ dir: BENCH_DIST });
context = await benchApp.browser.newContext({ bypassCSP: true });
page = await context.newPage();
await page.goto(benchApp.site.url);
// The home screen is in the page ahead of the program: wait for the program's own exports.
await page.waitForFunction(() => window.wasmBindings?.bench_recherche, null, { timeout: 30000 });

// Fuse.js ships as an ES module: expose its default export as window.Fuse.
const fuseSource = readFileSync(join(ROOT, 'node_modules/fuse.js/dist/fuse.min.mjs'), 'utf8')
  .replace(/export\s*\{\s*(\w+)\s+as\s+default\s*\}\s*;?\s*$/, 'window.Fuse = $1;');
await page.addScriptTag({ content: fuseSource });
for (const taille of [0, 10000, 20000]) {
  const [decodage_ms, index_ms, p50_ms, p95_ms, nombre, reconstruit_ms] = await page.evaluate(([q, t]) => Array.from(window.wasmBindings.bench_recherche(q, t)), [QUERIES, taille]);
  const wasm = { decodage_ms, index_ms, p50_ms, p95_ms, services: nombre, reconstruit_ms };
  const fuse = await page.evaluate(([q, services, structures, n]) => {
    let items = [...structures, ...services];
    const base = services.length;
    for (let i = 0; items.length - structures.length < n; i += 1) items.push({ ...services[i % base], id: `${services[i % base].id}-synthetique-${i}` });
    const index = new window.Fuse(items, { keys: [{ name: 'nom', weight: 3 }, 'description'], ignoreLocation: true, threshold: 0.4 });
    const times = [];
    for (let r = 0; r < 5; r += 1) for (const query of q) { const t = performance.now(); index.search(query); times.push(performance.now() - t); }
    times.sort((a, b) => a - b);
    return { p50: times[Math.round((times.length - 1) * 0.5)], p95: times[Math.round((times.length - 1) * 0.95)], n: items.length };
  }, [QUERIES, services, structures, taille || services.length]);
  const label = taille ? 'catalogue synthétique' : 'catalogue livré';
  console.log(`Recherche (${label}, ${wasm.services} services, paquets lus comme dans la page) : décodage ${wasm.decodage_ms.toFixed(1)} ms, index lu ${wasm.index_ms.toFixed(1)} ms → prête en ${(wasm.decodage_ms + wasm.index_ms).toFixed(1)} ms (objectif ≤ 100 ms ; index reconstruit dans la page : ${wasm.reconstruit_ms.toFixed(1)} ms)`);
  console.log(`  wasm    p50 ${wasm.p50_ms.toFixed(3)} ms  p95 ${wasm.p95_ms.toFixed(3)} ms (objectif p95 ≤ ${taille ? 16 : 2} ms)`);
  console.log(`  Fuse.js p50 ${fuse.p50.toFixed(3)} ms  p95 ${fuse.p95.toFixed(3)} ms  → wasm ${(fuse.p95 / Math.max(wasm.p95_ms, 0.001)).toFixed(1)} × plus rapide au p95`);
}
const orientation = await page.evaluate(() => window.wasmBindings.bench_orientation());
console.log(`Orientation dans la page : ${orientation.toFixed(3)} ms par résultat (objectif ≤ 5)`);
await benchApp.close();
