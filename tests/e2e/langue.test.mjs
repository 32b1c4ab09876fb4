// The interface in English: switchable, lang attributes right, remembered only if asked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { startApp } from '../support/browser.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('switch to English, accessible, remembered only when asked', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(app.site.url);
  await page.locator('main h1', { hasText: 'Trouver un accompagnement' }).waitFor();
  await page.click('button:has-text("English")');
  await page.locator('main h1', { hasText: 'Find support towards employment' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  for (const fragment of ['#/', '#/questionnaire/1', '#/resultats?cp=75019&res=rsa', '#/service/garantie-jeunes']) {
    await page.goto(app.site.url + fragment);
    await page.locator('main h1').first().waitFor();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(results.violations.map((v) => v.id), [], fragment);
  }
  // Not remembered unless asked.
  assert.equal(await page.evaluate(() => localStorage.getItem('offre-insertion-paris:langue')), null);
  await page.reload();
  await page.locator('main h1', { hasText: 'Garantie Jeunes' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  await page.click('button:has-text("English")');
  await page.check('#memoriser-langue');
  await page.reload();
  await page.locator('text=Eligibility').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await context.close();
});
