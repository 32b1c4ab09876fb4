// Benchmark (not a test): keystroke → results on screen in the catalogue, measured from the
// input event to the last DOM change it causes, for the app and for MiniSearch and FlexSearch
// searching the same export and rendering their top 20 as list items in the same browser.
// Queries are typed one letter at a time. Two sizes: the shipped catalogue (dist/) and a
// territory of 20,000 imported services (a synthetic référentiel imported and built here into
// target/dist-frappe-20k/). Usage: node tests/bench/frappe.mjs (after the release build).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../support/browser.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const QUERIES = ['creche', 'refugies', 'PLIE', 'mission locale', 'formation', 'numerique', 'rsa', 'jeunes',
  'creation entreprise', 'sante'];
const catalog = (...args) => execFileSync(join(ROOT, 'target/release/catalog'), args, { cwd: ROOT, stdio: 'pipe' });

function exporter(catalogue) {
  const out = mkdtempSync(join(tmpdir(), 'frappe-export-'));
  catalog(...(catalogue ? ['--catalogue', catalogue] : []), 'export', '--format', 'data-inclusion', '--out', out);
  const lire = (f) => JSON.parse(readFileSync(join(out, f), 'utf8'));
  const donnees = { services: lire('services.json'), structures: lire('structures.json') };
  rmSync(out, { recursive: true });
  return donnees;
}

/** A territory of `n` imported services: the app built with it, and its export. */
function territoireSynthetique(n) {
  const travail = mkdtempSync(join(tmpdir(), 'frappe-'));
  catalog('referentiel-synthetique', '--out', join(travail, 'ref'), '--structures', String(n / 10), '--services', String(n),
    '--departement', '75');
  cpSync(join(ROOT, 'catalog'), join(travail, 'catalogue'), { recursive: true });
  catalog('import', '--catalogue', join(travail, 'catalogue'), '--format', 'data-inclusion', '--from', join(travail, 'ref'),
    '--name', 'synthetique', '--territoire', '75', '--date', '2026-12-03');
  const dist = join(ROOT, 'target/dist-frappe-20k');
  execFileSync('trunk', ['build', '--release', '--offline', '--dist', dist], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, OFFRE_INSERTION_CATALOGUE: join(travail, 'catalogue') },
  });
  const donnees = exporter(join(travail, 'catalogue'));
  rmSync(travail, { recursive: true });
  return { dist, donnees };
}

/** Runs in the page: types each query into `selecteur` and times each keystroke. */
function taper([selecteur, requetes]) {
  return (async () => {
    const input = document.querySelector(selecteur);
    let derniere = 0;
    new MutationObserver(() => { derniere = performance.now(); })
      .observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const attendre = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const saisir = (v) => { input.value = v; input.dispatchEvent(new InputEvent('input', { bubbles: true })); };
    const temps = [];
    for (let tour = 0; tour < 3; tour += 1) {
      for (const q of requetes) {
        saisir('');
        await attendre();
        for (let i = 1; i <= q.length; i += 1) {
          derniere = 0;
          const t0 = performance.now();
          saisir(q.slice(0, i));
          const fin = performance.now();
          await attendre();
          temps.push(Math.max(derniere, fin) - t0);
        }
      }
    }
    temps.sort((a, b) => a - b);
    const au = (p) => temps[Math.round((temps.length - 1) * p)];
    return { p50: au(0.5), p95: au(0.95), frappes: temps.length };
  })();
}

/** A page with only a search box and a list: a peer searches and renders its top 20. */
function pagePair(nom) {
  return `<!doctype html><html lang="fr"><meta charset="utf-8"><title>${nom}</title>
<main><input id="q" type="search"><p id="compte" role="status"></p><ul id="r"></ul></main>`;
}

function installerPair([nom, services]) {
  const resume = (d) => (d || '').slice(0, 160);
  const plier = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  let chercher;
  if (nom === 'MiniSearch') {
    const index = new window.MiniSearch({
      fields: ['nom', 'description', 'thematiques'], storeFields: ['nom', 'description'],
      processTerm: (t) => plier(t),
      searchOptions: { prefix: true, fuzzy: 0.2, boost: { nom: 3 }, combineWith: 'AND' },
      extractField: (d, f) => (Array.isArray(d[f]) ? d[f].join(' ') : d[f]),
    });
    index.addAll(services);
    chercher = (q) => index.search(q).slice(0, 20).map((r) => ({ id: r.id, nom: r.nom, description: r.description }));
  } else {
    const { Document, Charset } = window.FlexSearch;
    const index = new Document({
      document: { id: 'id', index: [{ field: 'nom', tokenize: 'forward' }, { field: 'description', tokenize: 'forward' }], store: ['nom', 'description'] },
      encoder: Charset.LatinBalance,
    });
    for (const s of services) index.add(s);
    chercher = (q) => {
      const vus = new Map();
      for (const champ of index.search(q, { limit: 20, enrich: true })) {
        for (const r of champ.result) if (!vus.has(r.id) && vus.size < 20) vus.set(r.id, r.doc);
      }
      return [...vus].map(([id, d]) => ({ id, ...d }));
    };
  }
  const liste = document.getElementById('r');
  const compte = document.getElementById('compte');
  document.getElementById('q').addEventListener('input', (e) => {
    const resultats = chercher(e.target.value);
    compte.textContent = `${resultats.length} résultats`;
    liste.replaceChildren(...resultats.map((r) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `#/service/${r.id}`;
      a.textContent = r.nom;
      const p = document.createElement('p');
      p.textContent = resume(r.description);
      li.append(a, p);
      return li;
    }));
  });
}

async function mesurerApp(dist) {
  const app = await startApp({ dir: dist });
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(app.site.url + '#/catalogue');
  await page.locator('#recherche-catalogue').waitFor();
  await page.locator('main .carte').first().waitFor({ timeout: 60000 });
  const r = await page.evaluate(taper, ['#recherche-catalogue', QUERIES]);
  await app.close();
  return r;
}

async function mesurerPair(app, nom, services) {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.setContent(pagePair(nom));
  const script = nom === 'MiniSearch' ? 'node_modules/minisearch/dist/umd/index.js' : 'node_modules/flexsearch/dist/flexsearch.bundle.min.js';
  await page.addScriptTag({ content: readFileSync(join(ROOT, script), 'utf8') });
  await page.evaluate(installerPair, [nom, services]);
  const r = await page.evaluate(taper, ['#q', QUERIES]);
  await context.close();
  return r;
}

const ms = (x) => x.toFixed(2).padStart(6);
console.log('Frappe → résultats à l\'écran (de l\'évènement input à la dernière modification du DOM), p50 | p95 :');
const tailles = [
  { label: 'catalogue livré', dist: join(ROOT, 'dist'), donnees: exporter(null) },
  { label: '20 000 services importés', ...territoireSynthetique(20000) },
];
for (const { label, dist, donnees } of tailles) {
  const app = await mesurerApp(dist);
  const peers = await startApp({ dir: dist });
  const mini = await mesurerPair(peers, 'MiniSearch', donnees.services);
  const flex = await mesurerPair(peers, 'FlexSearch', donnees.services);
  await peers.close();
  console.log(`  ${label} (${donnees.services.length} services, ${app.frappes} frappes) :`);
  console.log(`    application  ${ms(app.p50)} ms | ${ms(app.p95)} ms`);
  console.log(`    MiniSearch   ${ms(mini.p50)} ms | ${ms(mini.p95)} ms`);
  console.log(`    FlexSearch   ${ms(flex.p50)} ms | ${ms(flex.p95)} ms`);
  const meilleur = Math.min(mini.p95, flex.p95);
  console.log(`    → p95 de l'application ${app.p95 <= meilleur ? '≤' : '>'} meilleur pair (objectif : ≤)`);
}
