// Without JavaScript, the page points to the static catalogue, which is browsable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/browser.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('without JavaScript the catalogue is still browsable', async () => {
  const context = await app.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(app.site.url);
  // Chromium with scripts disabled by the driver still parses <noscript> as text: read its link.
  const noscript = await page.locator('noscript').first().innerHTML();
  assert.match(noscript, /href="pages\/index.html"/);
  await page.goto(app.site.url + 'pages/index.html');
  await page.locator('h1', { hasText: 'Tout le catalogue' }).waitFor();
  await page.click('a[href="service/garantie-jeunes.html"]');
  await page.locator('h1', { hasText: 'Garantie Jeunes' }).waitFor();
  assert.ok(await page.locator('text=Conditions').count() > 0);
  await page.click('a[href="../structure/mission-locale-de-paris.html"]');
  await page.locator('h1', { hasText: 'Mission Locale de Paris' }).waitFor();
  await context.close();
});
