// The questionnaire takes answers as people write them, keeps them through the browser's back
// and forward buttons, counts its questions once and for all, and does not ask again what the
// home page's door said.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, openPage } from '../support/browser.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** Types `texte` in the step's field and sends it with « Suivant ». */
async function repondre(page, texte) {
  await page.fill('#reponse', texte);
  await page.click('button:has-text("Suivant")');
}

test('every way of writing a place is understood', async () => {
  const { page, errors } = await openPage(app, '#/questionnaire/1');
  for (const [saisie, code] of [
    ['13', '75013'], ['13e', '75013'], ['13ème', '75013'], ['Paris 13', '75013'], ['75013', '75013'],
    ['94 Vitry', '94400'], ['Vitry-sur-Seine', '94400'], ['Créteil', '94000'], ['creteil', '94000'],
  ]) {
    await page.goto(app.site.url + '#/questionnaire/1');
    await page.locator('main h1', { hasText: 'code postal' }).waitFor();
    await repondre(page, saisie);
    await page.locator('main h1', { hasText: 'Quel âge' }).waitFor();
    assert.match(new URL(page.url()).hash, new RegExp(`cp=${code}`), saisie);
  }
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('every way of writing an age is understood', async () => {
  const { page } = await openPage(app, '#/');
  for (const [saisie, age] of [['22', 22], ['22 ans', 22], ['vingt-deux', 22], ['vingt', 20]]) {
    await page.goto(app.site.url + '#/questionnaire/2?cp=75013');
    await page.locator('main h1', { hasText: 'Quel âge' }).waitFor();
    await repondre(page, saisie);
    await page.locator('main h1', { hasText: 'Que souhaitez-vous faire' }).waitFor();
    assert.match(new URL(page.url()).hash, new RegExp(`age=${age}(&|$)`), saisie);
  }
  await page.context().close();
});

test('what cannot be read is said in plain words, with what to type', async () => {
  for (const [langue, attendu] of [['fr', /Écrivez votre code postal \(75019\), votre arrondissement \(19e\) ou votre commune/],
    ['en', /Type your postcode \(75019\), your arrondissement \(19th\) or your town/], ['ar', /اكتب رمزك البريدي/]]) {
    const context = await app.browser.newContext();
    await context.addInitScript((l) => localStorage.setItem('offre-insertion-paris:langue', l), langue);
    const page = await context.newPage();
    await page.goto(app.site.url + '#/questionnaire/1');
    await page.locator('#reponse').waitFor();
    await page.fill('#reponse', 'Atlantide');
    await page.locator('button[type=submit]').first().click();
    const erreur = page.locator('#erreur-question');
    await erreur.waitFor();
    assert.match(await erreur.innerText(), attendu, langue);
    assert.equal(await page.getAttribute('#reponse', 'aria-invalid'), 'true');
    assert.match(new URL(page.url()).hash, /^#\/questionnaire\/1/, 'the step stays');
    await context.close();
  }
  const { page } = await openPage(app, '#/questionnaire/2?cp=75013');
  await page.locator('main h1', { hasText: 'Quel âge' }).waitFor();
  await repondre(page, 'vin');
  assert.match(await page.locator('#erreur-question').innerText(), /en chiffres, par exemple 34/);
  await page.context().close();
});

test('back and forward keep each step\'s answer', async () => {
  const { page } = await openPage(app, '#/questionnaire/1');
  await page.locator('main h1', { hasText: 'code postal' }).waitFor();
  await repondre(page, '13e');
  await page.locator('main h1', { hasText: 'Quel âge' }).waitFor();
  await repondre(page, '22 ans');
  await page.locator('main h1', { hasText: 'Que souhaitez-vous faire' }).waitFor();
  await page.goBack();
  await page.locator('main h1', { hasText: 'Quel âge' }).waitFor();
  assert.equal(await page.inputValue('#reponse'), '22');
  await page.goBack();
  await page.locator('main h1', { hasText: 'code postal' }).waitFor();
  assert.equal(await page.inputValue('#reponse'), '75013');
  await page.goForward();
  await page.locator('main h1', { hasText: 'Quel âge' }).waitFor();
  assert.equal(await page.inputValue('#reponse'), '22');
  await page.context().close();
});

test('the count stays the same from the first question to the last', async () => {
  const { page } = await openPage(app, '#/questionnaire/1');
  await page.locator('main h1', { hasText: 'code postal' }).waitFor();
  const totaux = new Set();
  for (let i = 0; i < 12; i += 1) {
    const progression = page.locator('.progression span');
    if (!(await progression.count())) break;
    totaux.add((await progression.innerText()).replace(/^Question \d+ sur /, ''));
    // The single-parent question appears on the way: the total must not move.
    const option = page.locator('label', { hasText: 'Famille monoparentale' });
    if (await option.count()) {
      await option.click();
      await page.click('button:has-text("Suivant")');
    } else {
      await page.locator('a', { hasText: 'Passer' }).click();
    }
    await page.waitForTimeout(50);
  }
  await page.locator('main h1', { hasText: 'Vos résultats' }).waitFor();
  assert.equal(totaux.size, 1, `totals seen: ${[...totaux]}`);
  await page.context().close();
});

test('after the RSA door, the RSA question is not asked again', async () => {
  const { page } = await openPage(app, '#/');
  await page.locator('a.porte', { hasText: 'Je perçois le RSA' }).click();
  await page.locator('main h1', { hasText: 'code postal' }).waitFor();
  const titres = [];
  for (let i = 0; i < 12; i += 1) {
    const h1 = await page.locator('main h1').innerText();
    if (h1.includes('Vos résultats')) break;
    titres.push(h1);
    await page.locator('a', { hasText: 'Passer' }).click();
    await page.waitForFunction((avant) => document.querySelector('main h1')?.innerText !== avant, h1);
  }
  assert.ok(titres.length >= 5, titres.join(' | '));
  assert.ok(!titres.some((t) => t.includes('Percevez-vous')), titres.join(' | '));
  assert.match(new URL(page.url()).hash, /res=rsa/, 'the door\'s answer is kept');
  await page.context().close();
});

test('on a phone, « Précédent » comes first and each option is a full-width row of 44 px at least', async () => {
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(app.site.url + '#/questionnaire/3?cp=75013&age=22');
  await page.locator('main h1', { hasText: 'Que souhaitez-vous faire' }).waitFor();
  const boutons = await page.locator('.actions--question > *').allInnerTexts();
  assert.equal(boutons[0], 'Précédent');
  const form = await page.locator('form.question').boundingBox();
  const rangs = await page.locator('.choix__option label').evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().toJSON()));
  assert.ok(rangs.length >= 3);
  for (const r of rangs) {
    assert.ok(r.height >= 44, `row ${r.height}px tall`);
    assert.ok(r.width >= form.width - 2, `row ${r.width}px wide in a ${form.width}px form`);
  }
  // The whole row is the target: a tap on its far end chooses the option.
  const dernier = page.locator('.choix__option label').last();
  const box = await dernier.boundingBox();
  await page.mouse.click(box.x + box.width - 5, box.y + box.height / 2);
  assert.equal(await dernier.locator('input').isChecked(), true);
  await context.close();
});
