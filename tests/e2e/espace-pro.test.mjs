// The professional workspace keeps its work within the tab (session storage: a reload keeps it,
// another tab does not see it, the device keeps it only when asked), entries are added from
// any fiche and removed one by one, and a shared selection holds services only, never answers.
// Sharing results says first what the link holds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/browser.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** Keys of answers in the share codec: none may appear in a services-only link. */
const REPONSES = /[?&](cp|age|res|ft|dispo|fr|sit|e3|dip|proj)=/;

async function nouvellePage() {
  const context = await app.browser.newContext();
  return { context, page: await context.newPage() };
}

test('mode professionnel and the selection survive a reload, in this tab only', async () => {
  const { context, page } = await nouvellePage();
  await page.goto(app.site.url + '#/catalogue?q=garantie');
  await page.locator('main h1').waitFor();
  await page.click('button:has-text("Mode professionnel")');
  await page.locator('label', { hasText: 'Ajouter à la sélection' }).first().click();
  await page.locator('nav a', { hasText: 'Sélection (1)' }).waitFor();
  await page.reload();
  await page.locator('nav a', { hasText: 'Sélection (1)' }).waitFor();
  assert.equal(await page.locator('button[aria-pressed="true"]', { hasText: 'Mode professionnel' }).count(), 1);
  assert.equal(await page.evaluate(() => localStorage.getItem('offre-insertion-paris:selection')), null,
    'nothing on the device unless asked');
  // Another tab starts afresh.
  const autre = await context.newPage();
  await autre.goto(app.site.url + '#/selection');
  await autre.locator('main h1', { hasText: 'Sélection' }).waitFor();
  assert.equal(await autre.locator('button[aria-pressed="true"]', { hasText: 'Mode professionnel' }).count(), 0);
  await context.close();
});

test('an entry is added from its fiche and removed alone', async () => {
  const { context, page } = await nouvellePage();
  await page.goto(app.site.url + '#/service/garantie-jeunes');
  await page.locator('main h1', { hasText: 'Garantie Jeunes' }).waitFor();
  assert.equal(await page.locator('main label', { hasText: 'Ajouter à la sélection' }).count(), 0, 'not outside mode pro');
  await page.click('button:has-text("Mode professionnel")');
  await page.locator('main .fiche > .choix-selection label').click();
  await page.goto(app.site.url + '#/structure/epi-flandre');
  await page.locator('main h1', { hasText: 'EPI Flandre' }).waitFor();
  await page.locator('main .fiche > .choix-selection label').click();
  await page.locator('nav a', { hasText: 'Sélection (2)' }).click();
  await page.locator('main h1', { hasText: 'Sélection' }).waitFor();
  assert.deepEqual(await page.locator('main .carte h2').allInnerTexts(), ['Garantie Jeunes', 'EPI Flandre']);
  await page.locator('main .carte', { hasText: 'Garantie Jeunes' }).getByRole('button', { name: /Retirer/ }).click();
  assert.deepEqual(await page.locator('main .carte h2').allInnerTexts(), ['EPI Flandre']);
  await page.locator('nav a', { hasText: 'Sélection (1)' }).waitFor();
  await context.close();
});

test('« Partager la sélection » gives a link with the chosen services only, which opens them', async () => {
  const { context, page } = await nouvellePage();
  // A referent working from a person's results: the answers are in the address.
  await page.goto(app.site.url + '#/resultats?cp=75011&age=45&res=ass&fr=sante');
  await page.locator('main h1', { hasText: 'Vos résultats' }).waitFor();
  await page.click('button:has-text("Mode professionnel")');
  await page.locator('main label', { hasText: 'Ajouter à la sélection' }).nth(0).click();
  await page.locator('main label', { hasText: 'Ajouter à la sélection' }).nth(1).click();
  await page.locator('nav a', { hasText: 'Sélection (2)' }).click();
  await page.locator('main h1', { hasText: 'Sélection' }).waitFor();
  const noms = await page.locator('main .carte h2').allInnerTexts();
  await page.click('button:has-text("Partager la sélection")');
  const lien = await page.locator('#lien-partage').inputValue();
  assert.match(lien, /#\/services\?s=[a-z0-9-]+\.[a-z0-9-]+$/);
  assert.doesNotMatch(lien, REPONSES);
  await page.locator('[role=status]', { hasText: 'pas les réponses de la personne' }).waitFor();
  // The person opens it elsewhere.
  const { context: ailleurs, page: personne } = await nouvellePage();
  await personne.goto(lien);
  await personne.locator('main h1', { hasText: 'Services proposés pour vous' }).waitFor();
  assert.deepEqual(await personne.locator('main .carte h2').allInnerTexts(), noms);
  await ailleurs.close();
  await context.close();
});

test('before a link with answers is copied, the page says what it holds and offers the services alone', async () => {
  const { context, page } = await nouvellePage();
  await page.goto(app.site.url + '#/resultats?cp=75011&age=45&res=ass&fr=sante');
  await page.locator('main h1', { hasText: 'Vos résultats' }).waitFor();
  assert.equal(await page.locator('#lien-partage').count(), 0);
  await page.getByRole('button', { name: 'Partager' }).click();
  const panneau = page.locator('#partage');
  assert.match(await panneau.innerText(), /Ce lien contient vos réponses : code postal, âge, ressources, difficultés\./);
  assert.equal(await page.locator('#lien-partage').count(), 0, 'nothing copied yet');
  await page.getByRole('button', { name: 'Copier seulement la liste des services' }).click();
  const seul = await page.locator('#lien-partage').inputValue();
  assert.match(seul, /#\/services\?s=/);
  assert.doesNotMatch(seul, REPONSES);
  await page.getByRole('button', { name: 'Copier le lien avec mes réponses' }).click();
  await page.waitForFunction(() => document.querySelector('#lien-partage').value.includes('#/resultats?'));
  assert.match(await page.locator('#lien-partage').inputValue(), /age=45/);
  await context.close();
});

test('the catalogue shows the territory in use, the others on request', async () => {
  const { context, page } = await nouvellePage();
  await page.goto(app.site.url + '#/catalogue?q=plie');
  await page.locator('main h1').waitFor();
  await page.locator('.carte').first().waitFor();
  assert.equal(await page.locator('.carte', { hasText: 'Aurillac' }).count(), 0);
  await page.click('text=Voir aussi les autres territoires');
  await page.locator('.carte', { hasText: 'Aurillac' }).first().waitFor();
  assert.match(new URL(page.url()).hash, /dep=tous/);
  await context.close();
});

test('the orientation rules behind the reasons are named in mode professionnel only', async () => {
  const { context, page } = await nouvellePage();
  await page.goto(app.site.url + '#/resultats?cp=75019&res=rsa&dispo=oui');
  await page.locator('main h1').waitFor();
  const regles = page.locator('main .sources li', { hasText: "Règle d'orientation" });
  await page.locator('main .sources').first().waitFor({ state: 'attached' });
  assert.equal(await regles.count(), 0, 'a person sees the sources, not the rules');
  await page.click('button:has-text("Mode professionnel")');
  await regles.first().waitFor({ state: 'attached' });
  const noms = await regles.locator('code').allTextContents();
  assert.ok(noms.length > 0 && noms.every((n) => /^[a-z0-9-]+$/.test(n)), noms.join(', '));
  assert.ok(noms.some((n) => n.startsWith('entree-')), `an entry-point rule among ${noms.join(', ')}`);
  await context.close();
});
