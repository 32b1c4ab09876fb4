// The frame on a phone (390 × 844, a common small screen): the header stays within 100 px on
// every screen and in every language, the home page shows its search and its questionnaire
// button without scrolling, the menu opens from its button, and every screen, in mode
// professionnel too, passes axe-core's WCAG 2.2 AA rules (target size) at that width.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { programmeDemarre, startApp } from '../support/browser.mjs';
import { SCREENS } from '../support/screens.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const TELEPHONE = { viewport: { width: 390, height: 844 } };

/** A phone-sized page whose interface starts in `langue`. */
async function telephone(langue) {
  const context = await app.browser.newContext(TELEPHONE);
  await context.addInitScript((l) => localStorage.setItem('offre-insertion-paris:langue', l), langue);
  return { context, page: await context.newPage() };
}

for (const langue of ['fr', 'en', 'ar']) {
  test(`in ${langue}, at 390 px the header is at most 100 px tall on every screen`, async () => {
    const { context, page } = await telephone(langue);
    const hauteurs = [];
    for (const [fragment] of SCREENS) {
      await page.goto(app.site.url + fragment);
      await page.locator('main h1').first().waitFor();
      const h = await page.locator('header.entete').evaluate((e) => e.getBoundingClientRect().height);
      hauteurs.push(`${fragment} ${Math.round(h)}`);
      assert.ok(h <= 100, `${fragment}: header ${h}px tall`);
    }
    console.log(`# ${langue} header heights: ${hauteurs.join(', ')}`);
    await context.close();
  });

  test(`in ${langue}, the home page shows the search and the questionnaire button above the fold`, async () => {
    const { context, page } = await telephone(langue);
    await page.goto(app.site.url + '#/');
    await page.locator('main h1').waitFor();
    for (const selecteur of ['#recherche-accueil', '.recherche button[type=submit]', '.accueil__questionnaire .bouton']) {
      const r = await page.locator(selecteur).evaluate((e) => e.getBoundingClientRect().toJSON());
      assert.ok(r.bottom <= 844 && r.top >= 0, `${selecteur} at ${r.top}–${r.bottom}px`);
    }
    await context.close();
  });
}

test('on a phone the menu opens from its button and closes on the next screen', async () => {
  const { context, page } = await telephone('fr');
  await page.goto(app.site.url + '#/');
  await page.locator('main h1').waitFor();
  await programmeDemarre(page);
  const bouton = page.locator('button.entete__menu');
  assert.equal(await bouton.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('#menu-principal').isVisible(), false);
  await bouton.click();
  assert.equal(await bouton.getAttribute('aria-expanded'), 'true');
  const lien = page.locator('#menu-principal a', { hasText: 'Glossaire' });
  await lien.click();
  await page.locator('main h1', { hasText: 'Glossaire' }).waitFor();
  assert.equal(await bouton.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('#menu-principal').isVisible(), false);
  // Mode professionnel is in the menu too.
  await bouton.click();
  await page.locator('#menu-principal button', { hasText: 'Mode professionnel' }).click();
  assert.equal(await page.locator('#menu-principal button[aria-pressed="true"]').count(), 1);
  await context.close();
});

test('on a wide screen the menu is always shown and its button hidden', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(app.site.url + '#/');
  await page.locator('main h1').waitFor();
  assert.equal(await page.locator('button.entete__menu').isVisible(), false);
  assert.equal(await page.locator('#menu-principal a', { hasText: 'Catalogue' }).isVisible(), true);
  assert.equal(await page.locator('.langues button[lang="en"]').innerText(), 'English');
  await context.close();
});

const WCAG22 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const langue of ['fr', 'ar']) {
  test(`in ${langue}, at 390 px every screen has no axe-core violation (WCAG 2.2 AA), menu open or not`, async () => {
    const { context, page } = await telephone(langue);
    for (const [fragment] of SCREENS) {
      await page.goto(app.site.url + fragment);
      await page.locator('main h1').first().waitFor();
      const results = await new AxeBuilder({ page }).withTags(WCAG22).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(summary, [], fragment);
    }
    await page.click('button.entete__menu');
    const results = await new AxeBuilder({ page }).withTags(WCAG22).analyze();
    assert.deepEqual(results.violations.map((v) => v.id), [], 'menu open');
    await context.close();
  });
}

test('in mode professionnel, at 390 px and on a wide screen, the working screens pass axe-core (WCAG 2.2 AA)', async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    const context = await app.browser.newContext({ viewport });
    await context.addInitScript(() => sessionStorage.setItem('offre-insertion-paris:espace-pro', 'pro garantie-jeunes epi-flandre'));
    const page = await context.newPage();
    for (const fragment of ['#/catalogue?q=formation', '#/service/garantie-jeunes', '#/resultats?cp=75019&res=rsa&fr=garde_enfants', '#/selection']) {
      await page.goto(app.site.url + fragment);
      await page.locator('main h1').first().waitFor();
      // The prerendered frame paints before the program restores the tab's workspace: wait for it.
      await page.locator('#menu-principal button[aria-pressed="true"]').waitFor({ state: 'attached', timeout: 10000 });
      assert.equal(await page.locator('#menu-principal button[aria-pressed="true"]').count(), 1, 'mode professionnel on');
      if (fragment !== '#/selection') await page.locator('main label', { hasText: 'Ajouter à la sélection' }).first().waitFor({ state: 'attached', timeout: 10000 });
      const results = await new AxeBuilder({ page }).withTags(WCAG22).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(summary, [], `${viewport.width} ${fragment}`);
    }
    await context.close();
  }
});
