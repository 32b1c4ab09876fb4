// Plain words: acronyms open on a tap (or the keyboard), sources are for mode professionnel and
// name documents by their titles, « À propos » reads as text, not Markdown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, openPage } from '../support/browser.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('an acronym opens on a tap and by the keyboard', async () => {
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const page = await context.newPage();
  await page.goto(app.site.url + '#/service/plie-paris-accompagnement');
  const sigle = page.locator('main h1 button.sigle', { hasText: 'PLIE' });
  await sigle.waitFor();
  await sigle.tap();
  assert.equal(await sigle.getAttribute('aria-expanded'), 'true');
  assert.match(await page.locator('main h1').innerText(), /PLIE \(Plan Local pluriannuel pour l'insertion et l'Emploi\)/);
  await sigle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await sigle.getAttribute('aria-expanded'), 'false');
  assert.doesNotMatch(await page.locator('main h1').innerText(), /Plan Local/);
  await context.close();
});

test('sources show in mode professionnel only, by document title and lines, never a file name', async () => {
  const { page } = await openPage(app, '#/resultats?cp=75019&res=rsa');
  await page.locator('main h1', { hasText: 'Vos résultats' }).waitFor();
  const visibles = () => page.locator('main details.sources').evaluateAll((ds) => ds.filter((d) => d.checkVisibility()).length);
  assert.equal(await visibles(), 0, 'no source outside mode professionnel');
  await page.click('button:has-text("Mode professionnel")');
  await page.locator('main details.sources').first().waitFor();
  assert.ok(await visibles() > 0);
  const texte = await page.locator('main').evaluate((m) => [...m.querySelectorAll('details.sources li')].map((l) => l.textContent).join('\n'));
  assert.match(texte, /lignes? \d+/);
  assert.doesNotMatch(texte, /\.txt/);
  await page.context().close();
});

test('« À propos » is rendered text, with no Markdown and no file name', async () => {
  const { page } = await openPage(app, '#/a-propos');
  await page.locator('main h1', { hasText: 'À propos' }).waitFor();
  const texte = await page.locator('main').innerText();
  assert.doesNotMatch(texte, /^#|\*\*|`|\.txt/m);
  assert.ok(await page.locator('main .journal h4').count() >= 2, 'versions as headings');
  await page.context().close();
});

test('typing two letters never flashes « Aucun résultat »', async () => {
  const { page } = await openPage(app, '#/catalogue');
  await page.locator('main h1').waitFor();
  await page.fill('#recherche-catalogue', 'zq');
  assert.equal(await page.locator('.compte').innerText(), 'Continuez à écrire…');
  await page.fill('#recherche-catalogue', 'zqzqzq');
  assert.equal(await page.locator('.compte').innerText(), 'Aucun résultat');
  await page.context().close();
});
