// Two programs (crates/web/src/programme.rs): the home screen, the catalogue and the fiches need
// only the first; a screen of the questionnaire or of the referent's tools brings the complete
// one, which takes over where the person stood (screen, language, mode, selection). A link to
// such a screen starts the complete program alone; if it cannot be had, the screen says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, openPage } from '../support/browser.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const fetches = (requests, nom) => requests.filter((u) => new URL(u).pathname.endsWith('/' + nom)).length;

/** A page whose complete program arrives only once `liberer()` is called. */
async function programmeCompletRetenu() {
  // No service worker: it would fetch the program for the page, out of the route's reach.
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let liberer;
  const retenu = new Promise((r) => { liberer = r; });
  await page.route('**/complet_bg.wasm', async (r) => { await retenu; await r.continue(); });
  return { context, page, liberer };
}

test('the first program serves the catalogue; the complete one takes over where the person stood', async () => {
  const { page, requests, errors } = await openPage(app, '#/catalogue?q=garantie');
  await page.locator('main .carte').first().waitFor();
  await page.click('button:has-text("Mode professionnel")');
  await page.locator('label', { hasText: 'Ajouter à la sélection' }).first().click();
  await page.locator('nav a', { hasText: 'Sélection (1)' }).waitFor();
  await page.click('button:has-text("English")');
  await page.locator('html[lang="en"]').waitFor();
  assert.equal(fetches(requests, 'app_bg.wasm'), 1);
  assert.equal(fetches(requests, 'complet_bg.wasm'), 0, 'the catalogue needs only the first program');

  await page.locator('nav a', { hasText: '(1)' }).click();
  await page.locator('main .carte h2').first().waitFor();
  assert.equal(fetches(requests, 'complet_bg.wasm'), 1, 'the selection brings the complete program');
  assert.equal(await page.locator('main .carte h2').count(), 1, 'the selection handed over');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'the language handed over');
  assert.equal(await page.locator('button[aria-pressed="true"]', { hasText: 'Professional mode' }).count(), 1, 'the mode handed over');
  // As after any link: the new screen's heading has the focus.
  await page.waitForFunction(() => document.activeElement?.matches('main h1'));
  // One app on the page: the first program's is gone, with its header.
  assert.equal(await page.locator('header').count(), 1);

  // Back to the catalogue, now drawn by the complete program: its search works.
  await page.goBack();
  await page.locator('main input[type=search]').waitFor();
  await page.fill('main input[type=search]', 'rsa');
  await page.locator('main .carte').first().waitFor();
  assert.equal(fetches(requests, 'app_bg.wasm'), 1, 'the first program is not fetched again');
  assert.deepEqual(errors, []);
});

test('while the complete program comes, the person may go back and go on: it takes over from there', async () => {
  const { context, page, liberer } = await programmeCompletRetenu();
  await page.goto(app.site.url + '#/catalogue?q=garantie');
  await page.locator('main .carte').first().waitFor();
  await page.click('button:has-text("Mode professionnel")');
  await page.locator('label', { hasText: 'Ajouter à la sélection' }).first().click();
  await page.locator('nav a', { hasText: 'Sélection (1)' }).click();
  await page.locator('main h1', { hasText: 'Chargement de cet écran' }).waitFor();
  await page.goBack();
  await page.locator('label', { hasText: 'Ajouter à la sélection' }).nth(1).click();
  await page.locator('nav a', { hasText: 'Sélection (2)' }).waitFor();
  liberer();
  await page.waitForFunction(() => !('offreInsertionArreter' in window));
  // The complete program draws the catalogue the person went back to, with both entries.
  await page.locator('main .carte').first().waitFor();
  assert.match(page.url(), /#\/catalogue\?q=garantie$/);
  await page.locator('nav a', { hasText: 'Sélection (2)' }).waitFor();
  assert.equal(await page.locator('header').count(), 1);
  await context.close();
});

test('while the complete program comes, the first one downloads nothing for its screen', async () => {
  const { context, page, liberer } = await programmeCompletRetenu();
  const territoires = [];
  page.on('request', (r) => { if (/\/donnees\/\d\w-[0-9a-f]{16}\.paquet$/.test(r.url())) territoires.push(r.url()); });
  await page.goto(app.site.url);
  await page.waitForFunction(() => document.documentElement.dataset.appDemarree === '1');
  await page.evaluate(() => { location.hash = '#/questionnaire/1'; });
  await page.locator('main h1', { hasText: 'Chargement de cet écran' }).waitFor();
  await page.waitForTimeout(500);
  assert.deepEqual(territoires, [], 'no territory pack competes with the complete program');
  liberer();
  await page.locator('main h1', { hasText: 'code postal' }).waitFor();
  assert.ok(territoires.length >= 1, 'the complete program fetches what its screen needs');
  await context.close();
});

test('a link to a screen of the complete program starts it alone', async () => {
  const { page, requests, errors } = await openPage(app, '#/questionnaire/1');
  await page.locator('main h1').waitFor();
  await page.locator('main fieldset, main form').first().waitFor();
  assert.equal(fetches(requests, 'complet_bg.wasm'), 1);
  assert.equal(fetches(requests, 'app_bg.wasm'), 0, 'the first program would only fetch the complete one');
  assert.deepEqual(errors, []);
});

test('the complete program cannot be had: the screen says so, with a retry and the static pages', async () => {
  // No service worker: it would fetch the program for the page, out of the route's reach.
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/complet_bg.wasm', (r) => r.abort());
  // From the home screen, the way most people go to the questionnaire.
  await page.goto(app.site.url);
  await page.waitForFunction(() => document.documentElement.dataset.appDemarree === '1');
  await page.evaluate(() => { location.hash = '#/questionnaire/1'; });
  const alerte = page.locator('main [role=alert]');
  await alerte.waitFor();
  assert.match(await alerte.locator('h1').innerText(), /Cet écran n'a pas pu être téléchargé/);
  assert.equal(await alerte.getByRole('button', { name: 'Réessayer' }).count(), 1);
  assert.equal(await alerte.locator('a[href="pages/index.html"]').count(), 1);
  await context.close();
});
