// The interface in English and in Arabic (right to left): switchable, lang and dir right,
// accessible and not overflowing on every screen, remembered only if asked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { programmeDemarre, startApp } from '../support/browser.mjs';
import { SCREENS } from '../support/screens.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('switch to English, accessible, remembered only when asked', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(app.site.url);
  await page.locator('main h1', { hasText: 'Trouver un accompagnement' }).waitFor();
  await programmeDemarre(page);
  await page.click('button:has-text("English")');
  await page.locator('main h1', { hasText: 'Find support towards employment' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  for (const fragment of ['#/', '#/questionnaire/1', '#/resultats?cp=75019&res=rsa', '#/service/garantie-jeunes']) {
    await page.goto(app.site.url + fragment);
    await page.locator('main h1').first().waitFor();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    assert.deepEqual(results.violations.map((v) => v.id), [], fragment);
  }
  // Not remembered unless asked.
  assert.equal(await page.evaluate(() => localStorage.getItem('offre-insertion-paris:langue')), null);
  await page.reload();
  await page.locator('main h1', { hasText: 'Garantie Jeunes' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  await programmeDemarre(page);
  await page.click('button:has-text("English")');
  await page.check('#memoriser-langue');
  await page.reload();
  await page.locator('text=Eligibility').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await context.close();
});

const ARABE = /[\u0600-\u06FF]/;
const OUTPUT = new URL('../output/', import.meta.url).pathname;

/** A page whose interface starts in Arabic (as if the person had asked to keep it). */
async function pageEnArabe(options = {}) {
  const context = await app.browser.newContext(options);
  await context.addInitScript(() => localStorage.setItem('offre-insertion-paris:langue', 'ar'));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, errors };
}

/** Waits for the screen's heading: in Arabic, or catalogue content marked French (a name, a question not translated yet). */
async function titreArabe(page, fragment) {
  await page.goto(app.site.url + fragment);
  await page.waitForFunction(() => document.documentElement.getAttribute('dir') === 'rtl');
  // The screen itself, not the line shown while the catalogue downloads.
  await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'));
  const h1 = page.locator('main h1').first();
  await h1.waitFor();
  const { text, french } = await h1.evaluate((e) => ({
    text: e.textContent,
    french: e.closest('[lang]').getAttribute('lang') === 'fr' || !!e.querySelector('bdi[lang="fr"][dir="ltr"]'),
  }));
  assert.ok(ARABE.test(text) || french, `${fragment}: heading « ${text} » neither Arabic nor marked French`);
  assert.match(await page.locator('main').textContent(), ARABE, `${fragment}: Arabic words in the screen`);
}

test('switch to Arabic: lang and dir on <html> and at the root, French content isolated', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(app.site.url + '#/service/garantie-jeunes');
  await page.locator('main h1', { hasText: 'Garantie Jeunes' }).waitFor();
  const arabe = page.locator('.langues button[lang="ar"]');
  assert.equal(await arabe.getAttribute('aria-pressed'), 'false');
  // By keyboard: focus the button, press Enter.
  await arabe.focus();
  await page.keyboard.press('Enter');
  await page.locator('main dt', { hasText: 'شروط الاستفادة' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('.app', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('.app', 'lang'), 'ar');
  assert.equal(await arabe.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('.langues button[aria-pressed="true"]').count(), 1);
  // Mirrored: in the fiche's two columns, the terms are on the right of their details.
  const dt = await page.locator('.fiche__details dt').first().boundingBox();
  const dd = await page.locator('.fiche__details dd').first().boundingBox();
  assert.ok(dt.x > dd.x + dd.width - 1, `terms on the right (dt at ${dt.x}, dd ends at ${dd.x + dd.width})`);
  // Every French element inside the Arabic page keeps its own direction.
  const unmarked = await page.evaluate(() => [...document.querySelectorAll('[lang="fr"]')]
    .filter((e) => e.getAttribute('dir') !== 'ltr').map((e) => e.outerHTML.slice(0, 80)));
  assert.deepEqual(unmarked, []);
  assert.equal(await page.getAttribute('main h1', 'dir'), 'ltr');
  // And back to French.
  await page.click('.langues button[lang="fr"]');
  await page.locator('main dt', { hasText: "Conditions d'accès" }).waitFor();
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  await context.close();
});

test('every screen in Arabic has no axe-core violation', async () => {
  for (const [fragment] of SCREENS) {
    const { context, page, errors } = await pageEnArabe();
    await titreArabe(page, fragment);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(summary, [], fragment);
    assert.deepEqual(errors, [], `${fragment} console errors`);
    await context.close();
  }
});

test('at 390 px, every screen in Arabic fits the width (screenshots in tests/output/)', async () => {
  mkdirSync(OUTPUT, { recursive: true });
  const { context, page } = await pageEnArabe({ viewport: { width: 390, height: 844 } });
  for (const [fragment] of SCREENS) {
    await titreArabe(page, fragment);
    const { scroll, width, outside } = await page.evaluate(() => {
      const hidden = (e) => {
        const s = getComputedStyle(e);
        const r = e.getBoundingClientRect();
        return r.width <= 1 || r.height <= 1 || s.visibility === 'hidden' || s.clipPath.includes('inset(50%')
          || s.clip === 'rect(0px, 0px, 0px, 0px)' || e.closest('.lien-evitement');
      };
      const outside = [...document.body.querySelectorAll('*')]
        .filter((e) => !hidden(e))
        .filter((e) => { const r = e.getBoundingClientRect(); return r.left < -1 || r.right > innerWidth + 1; })
        .map((e) => `${e.tagName.toLowerCase()}.${e.className} « ${e.textContent.trim().slice(0, 40)} »`);
      return { scroll: document.documentElement.scrollWidth, width: innerWidth, outside };
    });
    assert.ok(scroll <= width, `${fragment}: scrollWidth ${scroll} > ${width}`);
    assert.deepEqual(outside, [], `${fragment}: elements outside the screen`);
    const name = fragment.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'accueil';
    await page.screenshot({ path: `${OUTPUT}ar-${name}.png`, fullPage: true });
  }
  await context.close();
});

test('the Arabic choice is remembered only when asked', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(app.site.url + '#/');
  await page.locator('main h1', { hasText: 'Trouver un accompagnement' }).waitFor();
  await programmeDemarre(page);
  await page.click('.langues button[lang="ar"]');
  await page.locator('main h1', { hasText: 'ابحث عن مساعدة' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('offre-insertion-paris:langue')), null);
  await page.reload();
  await page.locator('main h1', { hasText: 'Trouver un accompagnement' }).waitFor();
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  await programmeDemarre(page);
  await page.click('.langues button[lang="ar"]');
  await page.check('#memoriser-langue');
  assert.equal(await page.evaluate(() => localStorage.getItem('offre-insertion-paris:langue')), 'ar');
  await page.reload();
  await page.locator('main h1', { hasText: 'ابحث عن مساعدة' }).waitFor();
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  // Unticking forgets it.
  await page.uncheck('#memoriser-langue');
  assert.equal(await page.evaluate(() => localStorage.getItem('offre-insertion-paris:langue')), null);
  await context.close();
});

test('English and Arabic words are packs of their own: none is fetched for French, Arabic works offline after a visit', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const langues = [];
  page.on('request', (r) => { if (r.url().endsWith('.langue')) langues.push(r.url()); });
  await page.goto(app.site.url);
  await page.locator('main h1', { hasText: 'Trouver un accompagnement' }).waitFor();
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  assert.deepEqual(langues, [], 'a French visit downloads no language pack');
  await context.setOffline(true);
  await page.evaluate(() => localStorage.setItem('offre-insertion-paris:langue', 'ar'));
  await page.reload();
  await page.locator('main h1', { hasText: 'ابحث عن مساعدة' }).waitFor();
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await page.goto(app.site.url + '#/service/garantie-jeunes');
  await page.locator('main dt', { hasText: 'شروط الاستفادة' }).waitFor();
  await context.close();
});

test('a language pack that cannot be had: a message in that language, the page stays French and usable', async () => {
  const context = await app.browser.newContext();
  // Arabic's pack is broken, English's is missing.
  await context.route('**/donnees/ar-*.langue', (r) => r.fulfill({ status: 200, contentType: 'application/octet-stream', body: 'pas un paquet' }));
  await context.route('**/donnees/en-*.langue', (r) => r.fulfill({ status: 404, body: '' }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // (The browser's own line for the 404 is not the app's.)
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
  await page.goto(app.site.url + '#/service/garantie-jeunes');
  await page.locator('main h1', { hasText: 'Garantie Jeunes' }).waitFor();
  await page.click('.langues button[lang="ar"]');
  const message = page.locator('main .notice[lang="ar"][dir="rtl"]');
  await message.waitFor();
  assert.match(await message.textContent(), /العربية/);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.equal(await page.locator('.langues button[aria-pressed="true"]').getAttribute('lang'), 'fr');
  await page.locator('main dt', { hasText: "Conditions d'accès" }).waitFor();
  await page.click('.langues button[lang="en"]');
  await page.locator('main .notice[lang="en"]', { hasText: 'English could not be loaded' }).waitFor();
  assert.equal(await page.locator('main .notice').count(), 1, 'one message at a time');
  // Still usable, in French.
  await page.goto(app.site.url + '#/catalogue?q=creche');
  await page.locator('.carte', { hasText: 'Pack Réussite' }).waitFor();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  assert.deepEqual(results.violations.map((v) => v.id), []);
  assert.deepEqual(errors, []);
  await context.close();
});

// People's answers as they come (the results page of each), in English and in Arabic.
const PERSONAS = [
  '#/resultats?cp=75019&age=34&res=rsa&dispo=apres_freins&fr=garde_enfants.langue&sit=famille_monoparentale&e3=1&proj=emploi',
  '#/resultats?cp=75013&age=22&dip=aucun&dispo=oui&fr=-&proj=formation',
  '#/resultats?cp=75011&age=45&res=ass&ft=1&dispo=non&fr=sante&proj=indecis',
  '#/resultats?cp=94400&res=rsa&ft=0',
  '#/resultats?cp=69001&age=30&proj=creation_activite',
  '#/resultats?age=7&cp=99999&fr=volcan',
];
// Names of schemes and bodies, which stay French inside translated sentences (as on the spot).
const NOMS_PROPRES = /Espace Parisien pour l'Insertion|Espace départemental des solidarités|Aide sociale à l'enfance/g;
// Words only French uses: one of them outside catalogue content means a sentence was left French.
const MOTS_FRANCAIS = /(^|[^\p{L}])(vous|votre|vos|les|des|pour|avec|dans|une|aux|est|être|sont|ce|cette|qui|du)(?=[^\p{L}]|$)/iu;

for (const langue of ['en', 'ar']) {
  test(`in ${langue}, results read in that language outside French catalogue content`, async () => {
    const context = await app.browser.newContext();
    await context.addInitScript((l) => localStorage.setItem('offre-insertion-paris:langue', l), langue);
    const page = await context.newPage();
    const francais = [];
    for (const fragment of PERSONAS) {
      await page.goto(app.site.url + fragment);
      await page.locator('main h1').waitFor();
      // The language's words come in their own pack, beside the catalogue's.
      await page.waitForFunction((l) => document.documentElement.lang === l, langue);
      const reste = await page.evaluate(() => {
        const main = document.querySelector('main');
        main.querySelectorAll('[lang="fr"]').forEach((e) => e.remove());
        return main.innerText;
      });
      for (const l of reste.split('\n').filter((l) => MOTS_FRANCAIS.test(l.replaceAll(NOMS_PROPRES, '')))) {
        francais.push(`${fragment}: « ${l} »`);
      }
    }
    await context.close();
    assert.deepEqual(francais, []);
  });
}
