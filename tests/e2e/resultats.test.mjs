// Results on a phone: « Votre première étape » first (who, why, how), the rest closed, and
// coming back from a fiche returns to where the person was; what the answers do not settle yet
// comes last, « Peut-être »; and a place typed in a search is where the catalogue searches.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/browser.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const AMINA = '#/resultats?cp=75019&age=34&res=rsa&dispo=apres_freins&fr=garde_enfants.langue&sit=famille_monoparentale&e3=1';

test('on a phone, the first step is the first thing under the title, the rest closed', async () => {
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(app.site.url + AMINA);
  await page.locator('main h1', { hasText: 'Vos résultats' }).waitFor();
  const carte = page.locator('.premiere-etape');
  const box = await carte.boundingBox();
  assert.ok(box.y < 500, `the first step starts at ${box.y}px`);
  assert.match(await carte.innerText(), /Votre première étape\s+EPI Flandre/);
  const appel = carte.locator('a[href^="tel:"]');
  assert.equal(await appel.getAttribute('href'), 'tel:3975');
  const r = await appel.boundingBox();
  assert.ok(r.height >= 44, `the call button is ${r.height}px tall`);
  for (const id of ['parcours', 'services', 'etapes']) {
    assert.equal(await page.locator(`#contenu-${id}`).isVisible(), false, `${id} closed`);
  }
  const hauteur = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(hauteur < 2500, `the closed page is ${hauteur}px tall`);
  await page.locator('button.repliable__bouton', { hasText: 'Services qui peuvent vous aider' }).click();
  await page.locator('#contenu-services .carte').first().waitFor();
  await context.close();
});

test('back from a fiche, the results are as they were left, at the same place', async () => {
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(app.site.url + AMINA);
  await page.locator('main h1', { hasText: 'Vos résultats' }).waitFor();
  await page.locator('button.repliable__bouton', { hasText: 'Services qui peuvent vous aider' }).click();
  const lien = page.locator('#contenu-services .carte h3 a').nth(3);
  await lien.scrollIntoViewIfNeeded();
  const avant = await page.evaluate(() => scrollY);
  assert.ok(avant > 500, `scrolled to ${avant}px`);
  const nom = await lien.innerText();
  await lien.click();
  await page.locator('main h1', { hasText: nom.slice(0, 12) }).waitFor();
  await page.goBack();
  await page.locator('main h1', { hasText: 'Vos résultats' }).waitFor();
  await page.waitForFunction((y) => Math.abs(scrollY - y) < 5, avant, { timeout: 3000 });
  assert.equal(await page.locator('#contenu-services').isVisible(), true, 'the open section stays open');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'focus on the heading, page unmoved');
  await context.close();
});

test('on a wide screen every section is open and titled as usual', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(app.site.url + AMINA);
  await page.locator('main h1', { hasText: 'Vos résultats' }).waitFor();
  assert.equal(await page.locator('#contenu-services').isVisible(), true);
  assert.equal(await page.locator('button.repliable__bouton').first().isVisible(), false);
  assert.equal(await page.locator('h2', { hasText: 'Services qui peuvent vous aider' }).isVisible(), true);
  await context.close();
});

test('what the answers do not settle comes last, « Peut-être », with the question that settles it', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // RSA, a child under 3, never said whether she raises it alone.
  await page.goto(app.site.url + '#/resultats?cp=75020&res=rsa&e3=1');
  await page.locator('h2', { hasText: 'Peut-être, selon votre situation' }).waitFor();
  const groupe = page.locator('#contenu-peut-etre');
  const caf = groupe.locator('.carte', { has: page.locator('a[href="#/service/caf-familles-monoparentales"]') });
  assert.equal(await page.locator('#contenu-services a[href="#/service/caf-familles-monoparentales"]').count(), 0, 'not among the confirmed');
  assert.match(await page.locator('#contenu-services .carte').first().innerText(), /dans votre arrondissement/);
  await caf.locator('a', { hasText: 'Répondre' }).click();
  await page.locator('main', { hasText: "Êtes-vous dans l'une de ces situations ?" }).waitFor();
  assert.match(page.url(), /#\/questionnaire\/\d+\?.*e3=1/);
  await context.close();
});

test('a place in the query is where the catalogue searches, and it says so', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(app.site.url + '#/catalogue');
  await page.locator('#recherche-catalogue').fill('rsa vitry');
  await page.locator('main', { hasText: 'Recherche dans : Vitry-sur-Seine' }).waitFor();
  assert.equal(await page.locator('main .carte', { hasText: 'EPI Flandre' }).count(), 0);
  assert.ok(await page.locator('main .carte', { hasText: 'Val-de-Marne' }).count() > 0);
  await context.close();
});
