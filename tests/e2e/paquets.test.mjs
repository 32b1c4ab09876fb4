// The catalogue lives apart from the program (dist/donnees/): the home screen needs no territory
// pack, a deep link fetches them while the program downloads, a slow pack shows a quiet loading
// state in the app's frame, and a pack that fails or arrives cut ends on a message with a retry.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { programmeDemarre, startApp } from '../support/browser.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

async function nouvellePage() {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, errors };
}

const territoire = /\/donnees\/\d\w-[0-9a-f]{16}\.paquet$/;

test('the home screen fetches the index only once the program runs; the catalogue brings the territory packs', async () => {
  const { page, errors } = await nouvellePage();
  const demandes = [];
  page.on('request', (r) => demandes.push(r.url()));
  await page.goto(app.site.url + '#/');
  await page.locator('main h1').waitFor();
  await programmeDemarre(page);
  await page.waitForTimeout(300);
  assert.ok(demandes.some((u) => /\/donnees\/index-[0-9a-f]{16}\.paquet$/.test(u)), 'the index is fetched, ready for the next screen');
  // The page's own clock: Playwright may report a response's end after a later request starts.
  const ordre = await page.evaluate(() => {
    const ressources = performance.getEntriesByType('resource');
    const wasm = ressources.find((e) => e.name.endsWith('.wasm'));
    const index = ressources.find((e) => /\/donnees\/index-[0-9a-f]{16}\.paquet$/.test(e.name));
    const peinture = performance.getEntriesByName('first-contentful-paint')[0];
    return { finWasm: wasm?.responseEnd, debutIndex: index?.startTime, peinture: peinture?.startTime };
  });
  assert.ok(ordre.debutIndex >= ordre.finWasm, `the index waits for the program: ${JSON.stringify(ordre)}`);
  assert.ok(ordre.debutIndex >= ordre.peinture, `nothing competes with the first paint: ${JSON.stringify(ordre)}`);
  assert.equal(demandes.filter((u) => territoire.test(u)).length, 0, 'no territory pack for the home screen');
  await page.goto(app.site.url + '#/catalogue?q=epi');
  await page.locator('.carte').first().waitFor();
  assert.ok(demandes.filter((u) => territoire.test(u)).length >= 2, 'Paris and Val-de-Marne packs');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a deep link fetches the packs while the program downloads, not after', async () => {
  const { page, errors } = await nouvellePage();
  const debuts = new Map();
  let finWasm = Infinity;
  page.on('request', (r) => debuts.set(r.url(), Date.now()));
  page.on('requestfinished', (r) => { if (r.url().endsWith('.wasm')) finWasm = Date.now(); });
  await page.goto(app.site.url + '#/catalogue?q=mission');
  await page.locator('.carte').first().waitFor();
  const paquets = [...debuts].filter(([u]) => territoire.test(u));
  assert.ok(paquets.length >= 2);
  for (const [u, t] of paquets) assert.ok(t <= finWasm, `${u} requested after the program arrived`);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('while a pack downloads, the frame and a loading line show, then the screen', async () => {
  const { page, errors } = await nouvellePage();
  await page.route(territoire, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto(app.site.url + '#/catalogue?q=epi');
  await page.locator('main h1', { hasText: 'Chargement du catalogue' }).waitFor();
  assert.ok(await page.locator('header').count() >= 1, 'the app frame is there');
  await page.locator('.carte').first().waitFor({ timeout: 10000 });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a pack that fails or arrives cut gives a message and a retry that works', async () => {
  for (const panne of ['echec', 'tronque']) {
    const { page } = await nouvellePage();
    await page.route(territoire, async (route) => {
      if (panne === 'echec') return route.abort();
      const reponse = await route.fetch();
      const octets = await reponse.body();
      return route.fulfill({ response: reponse, body: octets.subarray(0, octets.length >> 1) });
    });
    await page.goto(app.site.url + '#/catalogue?q=epi');
    await page.locator('main h1', { hasText: "Le catalogue n'a pas pu être téléchargé" }).waitFor();
    assert.equal(await page.locator('[role="alert"] a[href="pages/index.html"]').count(), 1, `${panne}: static pages offered`);
    await page.unroute(territoire);
    await page.locator('button', { hasText: 'Réessayer' }).click();
    await page.locator('.carte').first().waitFor();
    await page.context().close();
  }
});

test('a pack of another catalogue version or format is refused with the message and a retry', async () => {
  // The territory pack's version follows its 4-byte header as length + text (paquet.rs):
  // rewritten, the pack says it belongs to another catalogue; a changed header, another format.
  for (const panne of ['version', 'format']) {
    const { page, errors } = await nouvellePage();
    await page.route(territoire, async (route) => {
      const reponse = await route.fetch();
      const octets = Buffer.from(await reponse.body());
      if (panne === 'version') octets.fill('9'.charCodeAt(0), 5, 5 + octets[4]);
      else octets[3] ^= 0xff;
      return route.fulfill({ response: reponse, body: octets });
    });
    const consoles = [];
    page.on('console', (m) => consoles.push(m.text()));
    await page.goto(app.site.url + '#/catalogue?q=epi');
    await page.locator('main h1', { hasText: "Le catalogue n'a pas pu être téléchargé" }).waitFor();
    const attendu = panne === 'version' ? /catalogue 9+, alors que l'index est en version \d/ : /en-tête inconnu/;
    assert.ok(consoles.some((t) => attendu.test(t)), `${panne}: ${consoles.join(' | ')}`);
    await page.unroute(territoire);
    await page.locator('button', { hasText: 'Réessayer' }).click();
    await page.locator('.carte').first().waitFor();
    assert.deepEqual(errors, []);
    await page.context().close();
  }
});
