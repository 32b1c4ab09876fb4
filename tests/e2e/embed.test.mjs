// Embedding in a host page: as a mount element (shadow root, memory routing, prefilters,
// compact, theme colour) and as an iframe (relative paths, optional auto-height message).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/browser.mjs';

let app;
before(async () => { app = await startApp({ root: true }); });
after(async () => { await app?.close(); });

test('mount element: prefiltered, isolated, and the host address never changes', async () => {
  const { page, errors } = await (async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(app.site.url + 'tests/embed/montage.html');
    return { page, errors };
  })();
  const host = page.locator('[data-offre-services]');
  // Playwright locators pierce open shadow roots.
  await host.locator('main h1', { hasText: 'Catalogue des services' }).waitFor();
  assert.ok(await host.locator('.carte').count() > 0, 'numérique services listed');
  assert.equal(await host.locator('#f-th').inputValue(), 'numerique');
  assert.equal(await host.locator('#f-dep').inputValue(), '75');
  assert.ok(await host.locator('.app.compact.integre').count() === 1);
  // The host's own styles are untouched and ours do not leak.
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('h1')).color), 'rgb(0, 102, 0)');
  const before = page.url();
  await host.locator('.carte a').first().click();
  await host.locator('article.fiche h1').waitFor();
  await host.locator('nav a', { hasText: 'Glossaire' }).click();
  await host.locator('main h1', { hasText: 'Glossaire' }).waitFor();
  assert.equal(page.url(), before, 'the host page URL is never touched');
  const accent = await host.locator('.app').evaluate((el) => getComputedStyle(el).getPropertyValue('--couleur-accent').trim());
  assert.equal(accent, '#005a9c');
  assert.deepEqual(errors, []);
});

test('mount element: a screen of the complete program opens in the same element, where the person stood', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(app.site.url + 'tests/embed/montage.html');
  const host = page.locator('[data-offre-services]');
  await host.locator('main .carte').first().waitFor();
  const before = page.url();
  await host.locator('button', { hasText: 'Mode professionnel' }).click();
  await host.locator('label', { hasText: 'Ajouter à la sélection' }).first().click();
  // The complete program draws the selection, in the same shadow root, with the same entry.
  await host.locator('nav a', { hasText: 'Sélection (1)' }).click();
  await host.locator('main h1', { hasText: 'Sélection' }).waitFor();
  await host.locator('main .carte h2').first().waitFor();
  assert.equal(await host.locator('main .carte h2').count(), 1);
  assert.equal(await host.locator('.app.compact.integre.mode-pro').count(), 1);
  assert.equal(await page.locator('[data-offre-services] >> .app').count(), 1, 'one app in the element');
  assert.equal(page.url(), before, 'the host page URL is never touched');
  assert.deepEqual(errors, []);
  await context.close();
});

test('iframe: the app loads from relative paths and reports its height when asked', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(app.site.url + 'tests/embed/iframe.html');
  const frame = page.frameLocator('#offre-services');
  await frame.locator('main h1', { hasText: 'Trouver un accompagnement' }).waitFor();
  await page.waitForFunction(() => document.getElementById('offre-services').style.height !== '600px');
  const height = await page.evaluate(() => parseInt(document.getElementById('offre-services').style.height, 10));
  // The height told is the app's own: the frame shows all of it, without a scroll bar.
  const inner = await page.frame({ url: /index\.html/ }).evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height > 300, `height ${height}`);
  assert.ok(Math.abs(height - inner) <= 40, `frame ${height}px for a page of ${inner}px`);
  await context.close();
});
