// Never a broken page: a failure of the app, later or at start-up, ends on a friendly screen
// with a way out; benign refusals (clipboard) and a host page's own errors do not.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { programmeDemarre, startApp } from '../support/browser.mjs';

let app;
let hote;
before(async () => { app = await startApp(); hote = await startApp({ root: true }); });
after(async () => { await app?.close(); await hote?.close(); });

const RESULTATS = '#/resultats?cp=75019&res=rsa';

test('an exception thrown later from the app ends on the error screen, whose button reloads', async () => {
  const context = await app.browser.newContext();
  // A bug in a browser API the app calls: reading navigator.clipboard throws, natively, from
  // the app's own glue code (app.js), when the link is copied.
  await context.addInitScript(() => {
    const natif = Object.getOwnPropertyDescriptor(Document.prototype, 'body').get;
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: natif });
  });
  const page = await context.newPage();
  await page.goto(app.site.url + RESULTATS);
  await page.locator('main h1').waitFor();
  await page.getByRole('button', { name: 'Partager' }).click();
  await page.getByRole('button', { name: 'Copier le lien avec mes réponses' }).click();
  const ecran = page.locator('main.erreur-fatale');
  await ecran.locator('h1', { hasText: 'Une erreur est survenue' }).waitFor({ timeout: 5000 });
  const recharger = ecran.getByRole('button', { name: 'Recharger la page' });
  assert.equal(await recharger.count(), 1);
  await Promise.all([page.waitForEvent('load'), recharger.click()]);
  await page.locator('main h1', { hasText: 'Vos résultats' }).waitFor();
  assert.equal(await page.locator('.erreur-fatale').count(), 0, 'the app is back after the reload');
  await context.close();
});

test('an unhandled rejection counts when its stack passes through the app\'s files, not otherwise', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(app.site.url);
  // The screen rendered ahead is there before the program: wait for the program itself.
  await programmeDemarre(page);
  const rejeter = (fichier) => page.evaluate((f) => {
    const reason = new Error('rejet');
    reason.stack = `Error: rejet\n    at f (${new URL(f, location.href).href}:1:10)`;
    const promise = Promise.reject(reason);
    promise.catch(() => {});
    dispatchEvent(new PromiseRejectionEvent('unhandledrejection', { promise, reason }));
  }, fichier);
  await rejeter('extension.js');
  await page.waitForTimeout(200);
  assert.equal(await page.locator('.erreur-fatale').count(), 0, 'not from the app: ignored');
  await rejeter('app.js');
  await page.locator('main.erreur-fatale h1', { hasText: 'Une erreur est survenue' }).waitFor({ timeout: 5000 });
  await context.close();
});

test('a refused clipboard is not a failure: the link is shown, said not copied', async () => {
  const context = await app.browser.newContext();
  await context.addInitScript(() => {
    window.__rejets = [];
    addEventListener('unhandledrejection', (e) => window.__rejets.push(String(e.reason)));
    Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  const page = await context.newPage();
  await page.goto(app.site.url + RESULTATS);
  await page.locator('main h1').waitFor();
  await page.getByRole('button', { name: 'Partager' }).click();
  await page.getByRole('button', { name: 'Copier le lien avec mes réponses' }).click();
  await page.locator('[role="status"]', { hasText: "n'a pas pu être copié" }).waitFor({ timeout: 5000 });
  assert.match(await page.locator('#lien-partage').inputValue(), /#\/resultats\?/);
  assert.equal(await page.locator('text=a été copié').count(), 0);
  assert.equal(await page.locator('.erreur-fatale').count(), 0);
  assert.deepEqual(await page.evaluate(() => window.__rejets), [], 'the refusal is handled, never unhandled');
  await context.close();
});

/** The start-up message, and that it is not a blank page. */
async function echecDemarrage(page) {
  const message = page.locator('#echec-demarrage');
  // Well before the 15 s fallback: the loader's error is what shows it.
  await message.locator('h1', { hasText: "L'application n'a pas pu démarrer" }).waitFor({ timeout: 8000 });
  assert.equal(await message.getByRole('button', { name: 'Recharger la page' }).count(), 1);
  assert.equal(await message.locator('a[href="pages/index.html"]').count(), 1);
  return message;
}

test('a wasm that cannot be fetched: a message, a reload button and the static pages', async () => {
  const context = await app.browser.newContext();
  await context.route('**/*.wasm', (r) => r.abort());
  const page = await context.newPage();
  await page.goto(app.site.url);
  const message = await echecDemarrage(page);
  await message.locator('a[href="pages/index.html"]').click();
  await page.locator('h1', { hasText: 'Tout le catalogue' }).waitFor();
  await context.close();
});

test('a browser without WebAssembly gets the same message', async () => {
  const context = await app.browser.newContext();
  await context.addInitScript(() => { delete globalThis.WebAssembly; });
  const page = await context.newPage();
  await page.goto(app.site.url);
  await echecDemarrage(page);
  await context.close();
});

test('a normal start never shows the start-up message, not even briefly', async () => {
  const context = await app.browser.newContext();
  await context.addInitScript(() => {
    window.__vu = false;
    new MutationObserver(() => { if (document.getElementById('echec-demarrage')) window.__vu = true; })
      .observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  await page.goto(app.site.url);
  await page.locator('main#contenu h1').waitFor();
  assert.equal(await page.evaluate(() => typeof WebAssembly), 'object');
  assert.equal(await page.evaluate(() => window.__vu), false);
  await context.close();
});

test('embedded: the host page\'s own errors leave the app working; its failure replaces only its container', async () => {
  const context = await hote.browser.newContext();
  const page = await context.newPage();
  await page.goto(hote.site.url + 'tests/embed/montage.html');
  const montage = page.locator('[data-offre-services]');
  await montage.locator('main h1', { hasText: 'Catalogue des services' }).waitFor();
  // The host's own script fails (an uncaught exception, a later one, an unhandled rejection),
  // served from the very folder of the app's files, so only the exact file names tell them apart.
  await context.route('**/dist/outil-du-site.js', (r) => r.fulfill({
    contentType: 'text/javascript',
    body: "setTimeout(() => { throw new Error('erreur du site hôte'); }); Promise.reject(new Error('rejet du site hôte')); throw new Error('erreur du site hôte');",
  }));
  const erreurs = [];
  page.on('pageerror', (e) => erreurs.push(e.message));
  await page.addScriptTag({ url: hote.site.url + 'dist/outil-du-site.js' });
  await page.waitForTimeout(300);
  assert.ok(erreurs.filter((m) => m.includes('site hôte')).length >= 2, `the host's errors happened: ${erreurs}`);
  assert.equal(await montage.locator('.erreur-fatale').count(), 0);
  await montage.locator('.carte a').first().click();
  await montage.locator('article.fiche h1').waitFor();
  // Now the app fails (an uncaught error from its own script): only its container changes.
  await page.evaluate(() => dispatchEvent(new ErrorEvent('error', {
    message: 'panne', filename: new URL('../../dist/app.js', location.href).href,
  })));
  await montage.locator('main.erreur-fatale h1', { hasText: 'Une erreur est survenue' }).waitFor({ timeout: 5000 });
  assert.equal(await page.locator('body > h1').textContent(), 'Page du site hôte');
  assert.equal(await page.locator('body > p').count(), 1, 'the host page is intact');
  await context.close();
});
