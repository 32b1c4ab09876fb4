// The service worker never serves a mix of two versions: after a deployment, the page reloads
// wholly as the version it was (HTML, program, packs), offers the new one, and only when the
// person accepts is it wholly the new one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { programmeDemarre, startApp } from '../support/browser.mjs';

const dist = new URL('../../dist', import.meta.url).pathname;
let app;
let dir;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'offre-versions-'));
  cpSync(dist, dir, { recursive: true });
  app = await startApp({ dir });
});
after(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const sri = (octets) => `sha384-${createHash('sha384').update(octets).digest('base64')}`;
const empreintesScripts = (html) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)]
  .map(([, js]) => `'sha256-${createHash('sha256').update(js).digest('base64')}'`);

/** Version 2, derived from version 1 as a deployment changes it: another program (the wasm with
 * one more custom section, its integrity in the page), the index pack under another name (the
 * old one is gone from the server), a marked page, a new service worker version. */
function deployerV2() {
  const ecrire = (f, contenu) => {
    writeFileSync(join(dir, f), contenu);
    for (const s of ['.br', '.gz']) rmSync(join(dir, f + s), { force: true });
  };
  // Both programs (crates/web/src/programme.rs), each with a custom section (id 0) of 3 bytes:
  // a 2-byte name, « v2 ».
  const programme = (f) => {
    const avant = readFileSync(join(dir, f));
    const apres = Buffer.concat([avant, Buffer.from([0, 3, 2, 0x76, 0x32])]);
    ecrire(f, apres);
    return [avant, apres];
  };
  const [wasm1, wasm2] = programme('app_bg.wasm');
  const [complet1, complet2] = programme('complet_bg.wasm');
  let html = readFileSync(join(dir, 'index.html'), 'utf8');
  const [index1] = html.match(/donnees\/index-[0-9a-f]{16}\.paquet/);
  const index2 = index1.replace(/-[0-9a-f]{16}/, index1.includes('-0000') ? '-1111111111111111' : '-0000000000000000');
  for (const s of ['', '.br', '.gz']) {
    if (existsSync(join(dir, index1 + s))) renameSync(join(dir, index1 + s), join(dir, index2 + s));
  }
  const avant = empreintesScripts(html);
  html = html.replaceAll(index1, index2).replace(sri(wasm1), sri(wasm2))
    .replace('<head>', '<head>\n  <meta name="essai-version" content="2">');
  // The inline script names the packs: its hash in the page's policy changes with it.
  empreintesScripts(html).forEach((h, i) => { html = html.replace(avant[i], h); });
  ecrire('index.html', html);
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  ecrire('sw.js', sw.replaceAll(index1, index2).replace(/const VERSION = '([^']+)'/, "const VERSION = '$1-v2'"));
  return {
    index1, index2, v1: [wasm1.length, complet1.length], v2: [wasm2.length, complet2.length],
  };
}

/** What the page loaded, whether from the network or the service worker. */
function observer(page) {
  const vu = { paquets: [], wasm: [] };
  page.on('request', (r) => { if (r.url().endsWith('.paquet')) vu.paquets.push(new URL(r.url()).pathname.slice(1)); });
  page.on('response', async (r) => {
    if (r.url().endsWith('.wasm')) vu.wasm.push(await r.body().then((b) => b.length, () => -1));
  });
  return vu;
}

const marquee = (page) => page.evaluate(() => document.querySelector('meta[name="essai-version"]') !== null);

test('after a deployment: wholly the old version, the new one offered, wholly new once accepted', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const erreurs = [];
  page.on('pageerror', (e) => erreurs.push(String(e)));
  await page.goto(app.site.url + '#/catalogue?q=epi');
  await page.locator('.carte').first().waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  assert.equal(await page.locator('text=Nouvelle version disponible').count(), 0, 'nothing to offer on a first visit');

  const v = deployerV2();
  let vu = observer(page);
  await page.reload();
  await programmeDemarre(page);
  await page.locator('.carte').first().waitFor();
  assert.equal(await marquee(page), false, 'the page is version 1');
  assert.deepEqual([...new Set(vu.wasm)], [v.v1[0]], 'the first program is version 1');
  assert.ok(vu.paquets.includes(v.index1) && !vu.paquets.includes(v.index2), `packs of version 1: ${vu.paquets}`);
  // The new version installed meanwhile: offered, not applied.
  const offre = page.getByRole('status').filter({ hasText: 'Nouvelle version disponible' });
  await offre.waitFor({ timeout: 15000 });
  await page.goto(app.site.url + '#/questionnaire/1');
  await page.locator('main h1', { hasText: 'code postal' }).waitFor();
  assert.equal(await marquee(page), false, 'still version 1 until the person accepts');
  assert.deepEqual([...new Set(vu.wasm)], v.v1, 'the complete program is version 1 too');

  vu = observer(page);
  await Promise.all([page.waitForEvent('load'), offre.getByRole('button', { name: 'Recharger' }).click()]);
  await programmeDemarre(page);
  await page.goto(app.site.url + '#/catalogue?q=epi');
  await page.locator('.carte').first().waitFor();
  assert.equal(await marquee(page), true, 'the page is version 2');
  // Reloaded on the questionnaire: the complete program, which then draws the catalogue too.
  assert.deepEqual([...new Set(vu.wasm)], [v.v2[1]], 'the program is version 2');
  assert.ok(vu.paquets.includes(v.index2) && !vu.paquets.includes(v.index1), `packs of version 2: ${vu.paquets}`);
  assert.equal(await page.locator('text=Nouvelle version disponible').count(), 0);
  const caches = await page.evaluate(() => caches.keys());
  assert.equal(caches.length, 1, `only the new version is kept: ${caches}`);
  assert.match(caches[0], /-v2$/);
  assert.deepEqual(erreurs, []);
  await context.close();
});
