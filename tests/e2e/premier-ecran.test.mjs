// The home screen is in the page itself (rendered natively at build time): it paints before the
// program arrives, the program takes its place without a layout shift, and a deep link shows
// the app's frame with a quiet loading line, never the wrong screen or a blank page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/browser.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** A page whose wasm arrives only when `liberer()` is called. */
async function wasmRetenu() {
  const context = await app.browser.newContext();
  let liberer;
  const attente = new Promise((r) => { liberer = r; });
  await context.route('**/*.wasm', async (route) => { await attente; await route.continue(); });
  await context.addInitScript(() => {
    window.__decalage = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__decalage += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  return { context, page, liberer };
}

test('the home screen paints before the program, which then takes over with no shift', async () => {
  const { context, page, liberer } = await wasmRetenu();
  await page.goto(app.site.url);
  await page.locator('main h1', { hasText: 'Trouver un accompagnement' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.appDemarree), undefined, 'not the program yet');
  await page.locator('main input[type=search]').fill('mission locale');
  liberer();
  await page.waitForFunction(() => document.documentElement.dataset.appDemarree === '1');
  assert.equal(await page.locator('#premier-ecran').count(), 0);
  assert.equal(await page.locator('main').count(), 1, 'one screen, not two');
  assert.equal(await page.locator('main input[type=search]').inputValue(), 'mission locale', 'what was typed stays');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__decalage), 0, 'cumulative layout shift');
  await context.close();
});

test('a deep link shows the frame and a loading line until the program arrives', async () => {
  const { context, page, liberer } = await wasmRetenu();
  await page.goto(app.site.url + '#/catalogue?q=epi');
  await page.locator('main h1', { hasText: 'Chargement' }).waitFor();
  assert.equal(await page.locator('main h1', { hasText: 'Trouver un accompagnement' }).count(), 0, 'not the home screen');
  assert.ok(await page.locator('header').count() >= 1, 'the frame is there');
  liberer();
  await page.locator('.carte').first().waitFor();
  await context.close();
});

test('the results of a deep link come in one frame: nothing below them moves, even on a slow phone', async () => {
  const { context, page, liberer } = await wasmRetenu();
  // A cheap phone's CPU (Lighthouse's 4×): a list filled after the screen is painted would push
  // « Afficher plus » and the footer down (CLS 0.36 measured so).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  liberer();
  await page.goto(app.site.url + '#/catalogue?q=rsa');
  await page.locator('main .carte').first().waitFor({ timeout: 30000 });
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.__decalage), 0, 'cumulative layout shift');
  await context.close();
});

test('a tap or a search sent before the program is played again once it takes over', async () => {
  const { context, page, liberer } = await wasmRetenu();
  await page.goto(app.site.url);
  await page.locator('#premier-ecran main h1').waitFor();
  await page.locator('#premier-ecran button[lang=en]').click();
  await page.locator('#premier-ecran button', { hasText: 'Mode professionnel' }).click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.tapEnAttente), '1', 'the wait is shown');
  liberer();
  await page.waitForFunction(() => document.documentElement.dataset.appDemarree === '1');
  await page.locator('button[lang=en][aria-pressed=true]').waitFor({ timeout: 5000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'the language tapped early applies');
  assert.equal(await page.locator('button[aria-pressed]', { hasText: /pro/i }).first().getAttribute('aria-pressed'), 'true',
    'the professional mode tapped early is on');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.tapEnAttente), undefined);
  await context.close();

  const deux = await wasmRetenu();
  await deux.page.goto(app.site.url);
  const boite = deux.page.locator('#premier-ecran main input[type=search]');
  await boite.fill('mission locale');
  await boite.press('Enter');
  await deux.page.waitForTimeout(200);
  assert.ok(!deux.page.url().includes('?q='), 'the page is not reloaded, what was typed is not lost');
  deux.liberer();
  await deux.page.waitForFunction(() => location.hash.startsWith('#/catalogue'), null, { timeout: 15000 });
  assert.match(decodeURIComponent(deux.page.url()), /q=mission[ +]locale/);
  await deux.page.locator('.carte').first().waitFor();
  await deux.context.close();
});
