// After one visit, the whole app works with the network off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/browser.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('load once, go offline, reload: search and questionnaire still work', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(app.site.url);
  await page.locator('main h1').waitFor();
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  const cacheNames = await page.evaluate(() => caches.keys());
  assert.ok(cacheNames.some((n) => /^offre-insertion-1\.\d+\.\d+-/.test(n)), `cache named after the catalogue version: ${cacheNames}`);
  await context.setOffline(true);
  await page.reload();
  await page.locator('main h1', { hasText: 'Trouver un accompagnement' }).waitFor();
  await page.goto(app.site.url + '#/catalogue?q=creche');
  await page.locator('.carte', { hasText: 'Pack Réussite' }).waitFor();
  await page.goto(app.site.url + '#/questionnaire/1');
  await page.locator('main h1', { hasText: 'code postal' }).waitFor();
  await page.fill('#reponse', '75019');
  await page.click('button[type=submit]');
  await page.locator('main h1', { hasText: 'Quel âge' }).waitFor();
  await page.goto(app.site.url + '#/resultats?cp=75019&res=rsa');
  await page.locator('text=EPI Flandre').first().waitFor();
  await context.close();
});
