// A long session: 1,000 navigations and searches in one tab (catalogue with queries, fiches,
// questionnaire, results, plan…) leave the JS heap, the program's memory and the DOM bounded: after a warm-up, the
// last measure is at most 1.5 times the first. The figures are printed for the report.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/browser.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const NAVIGATIONS = 1000;
const MESURE_TOUS = 100;

test(`${NAVIGATIONS} navigations and searches keep the heap and the DOM bounded`, async () => {
  const page = await (await app.browser.newContext()).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // The program's memory (Rust's heap lives there, outside the JS heap): Trunk hands it over.
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { self.memoireWasm = e.detail.wasm.memory; }));
  await page.goto(app.site.url + '#/catalogue?q=emploi');
  await page.locator('.carte').first().waitFor();
  const fiches = await page.locator('.carte a[href^="#/service/"], .carte a[href^="#/structure/"]')
    .evaluateAll((liens) => [...new Set(liens.map((a) => a.getAttribute('href')))].slice(0, 12));
  assert.ok(fiches.length >= 5, `fiches: ${fiches}`);
  const recherches = ['epi', 'mission locale', 'creche', 'rsa', 'jeunes', 'handicap', 'numerique', 'formation', 'sante', 'logement', 'plie', 'refugie'];
  const routes = [];
  for (let i = 0; routes.length < NAVIGATIONS; i += 1) {
    routes.push(`#/catalogue?q=${encodeURIComponent(recherches[i % recherches.length])}${i % 3 ? '' : 'e'}`);
    routes.push(fiches[i % fiches.length]);
    routes.push(`#/questionnaire/${1 + (i % 5)}?cp=75019&age=${20 + (i % 40)}`);
    routes.push(`#/resultats?cp=750${String(1 + (i % 20)).padStart(2, '0')}&res=rsa&fr=sante`);
    routes.push(['#/plan', '#/glossaire', '#/a-propos', '#/', '#/selection'][i % 5]);
  }
  routes.length = NAVIGATIONS;

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const mesurer = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
    const wasm = await page.evaluate(() => self.memoireWasm.buffer.byteLength);
    return { tas: m.JSHeapUsedSize, wasm, noeuds: m.Nodes, ecouteurs: m.JSEventListeners };
  };
  const debut = Date.now();
  const mesures = [];
  for (let depart = 0; depart < NAVIGATIONS; depart += MESURE_TOUS) {
    // Each change of address, then the frame that draws it.
    await page.evaluate(async (lot) => {
      for (const r of lot) {
        location.hash = r;
        await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
      }
    }, routes.slice(depart, depart + MESURE_TOUS));
    // The last screen is drawn: the navigations really happened.
    const derniere = routes[depart + MESURE_TOUS - 1];
    assert.equal(await page.evaluate(() => location.hash), derniere);
    assert.ok((await page.locator('main h1').first().innerText()).length > 0, derniere);
    mesures.push({ navigations: depart + MESURE_TOUS, ...(await mesurer()) });
  }
  const duree = (Date.now() - debut) / 1000;
  for (const m of mesures) {
    console.log(`après ${m.navigations} navigations : tas JS ${(m.tas / 1e6).toFixed(2)} Mo, mémoire wasm ${(m.wasm / 1e6).toFixed(1)} Mo, ${m.noeuds} nœuds DOM, ${m.ecouteurs} écouteurs`);
  }
  console.log(`${NAVIGATIONS} navigations en ${duree.toFixed(1)} s`);
  // The first 100 are the warm-up (the catalogue, the search index, the screens' first draw).
  const [premiere, derniere] = [mesures[1], mesures.at(-1)];
  assert.ok(derniere.tas <= 1.5 * premiere.tas, `JS heap ${premiere.tas} → ${derniere.tas}`);
  assert.ok(derniere.wasm <= 1.5 * premiere.wasm, `wasm memory ${premiere.wasm} → ${derniere.wasm}`);
  assert.ok(derniere.noeuds <= 1.5 * premiere.noeuds, `DOM nodes ${premiere.noeuds} → ${derniere.noeuds}`);
  assert.ok(derniere.ecouteurs <= 1.5 * premiere.ecouteurs, `listeners ${premiere.ecouteurs} → ${derniere.ecouteurs}`);
  assert.ok(duree < 60, `${duree} s`);
  assert.deepEqual(errors, []);
  await page.context().close();
});
