import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, openPage } from '../support/browser.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('the first screen is rendered by Yew, in French, with its landmarks', async () => {
  const { page, errors } = await openPage(app);
  const heading = page.locator('main h1');
  await heading.waitFor();
  assert.match(await heading.textContent(), /Trouver un accompagnement/);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.match(await page.title(), /Insertion Paris/);
  assert.equal(await page.locator('main#contenu').count(), 1);
  assert.equal(await page.locator('a.lien-evitement').getAttribute('href'), '#contenu');
  assert.deepEqual(errors, []);
});

test('no request leaves the page\'s own origin', async () => {
  const { page, requests } = await openPage(app);
  await page.locator('main h1').waitFor();
  await page.waitForLoadState('networkidle');
  const origin = new URL(app.site.url).origin;
  const foreign = requests.filter((url) => new URL(url).origin !== origin);
  assert.deepEqual(foreign, []);
  assert.ok(requests.some((url) => url.endsWith('.wasm')), 'the wasm module was loaded');
});

test('an unknown route shows « Page introuvable » with a way back', async () => {
  const { page } = await openPage(app, '#/nulle-part');
  await page.locator('main h1', { hasText: 'Page introuvable' }).waitFor();
  assert.equal(await page.locator('main a[href="#/"]').count(), 1);
});

test('links change the screen through the fragment and the back button works', async () => {
  const { page } = await openPage(app);
  await page.locator('main h1').waitFor();
  await page.click('nav a[href="#/a-propos"]');
  await page.locator('main h1', { hasText: 'À propos' }).waitFor();
  await page.goBack();
  await page.locator('main h1', { hasText: 'Trouver un accompagnement' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/');
});
