// Any French postal code or commune: the geography pack (dist/donnees/france-….paquet) is fetched
// only for a place the index does not know, never on the home screen; outside the described
// territories the results name the département (« dans le Rhône ») and its PLIE, or those of the
// same région; a shared link gives the same results; it works offline after a visit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { startApp, openPage } from '../support/browser.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const FRANCE = /\/donnees\/france-[0-9a-f]{16}\.paquet$/;
const france = (requests) => requests.filter((u) => FRANCE.test(u));

/** Answers the place question with `saisie`, then asks for the results at once. */
async function resultatsPour(page, saisie) {
  await page.goto(app.site.url + '#/questionnaire/1');
  await page.locator('main h1', { hasText: 'code postal' }).waitFor();
  await page.fill('#reponse', saisie);
  await page.click('button:has-text("Suivant")');
  await page.locator('main h1', { hasText: 'Quel âge' }).waitFor();
  await page.click('button:has-text("Voir mes résultats maintenant")');
  await page.locator('main h1', { hasText: 'résultats' }).waitFor();
}

test('the home screen, the catalogue and a Paris answer never fetch the geography pack', async () => {
  const { page, requests, errors } = await openPage(app, '#/');
  await page.locator('main h1').waitFor();
  await page.waitForTimeout(300);
  await page.goto(app.site.url + '#/catalogue?q=epi');
  await page.locator('.carte').first().waitFor();
  await resultatsPour(page, '75019');
  await page.locator('text=Lieu retenu : 19e arrondissement').waitFor();
  assert.deepEqual(france(requests), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('69003 in the questionnaire: Lyon, dans le Rhône, and the PLIE of the same région', async () => {
  const { page, requests, errors } = await openPage(app, '#/');
  await resultatsPour(page, '69003');
  await page.locator('text=Lieu retenu : Lyon, dans le Rhône.').waitFor();
  assert.equal(france(requests).length, 1, 'the geography pack, once');
  // The 2019 directory lists no PLIE in the Rhône: those of Auvergne-Rhône-Alpes, said so.
  const main = page.locator('main');
  await main.locator('text=PLIE du Bassin Grenoblois').first().waitFor();
  assert.match(await main.innerText(), /dans la même région/);
  assert.doesNotMatch(await main.innerText(), /département 69/);
  // The directory's document and lines, as everywhere.
  assert.match(await main.textContent(), /lignes 1238 à 1349/);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a shared link with 15000 reopens the Cantal, its two communes and its PLIE', async () => {
  const { page, requests, errors } = await openPage(app, '#/resultats?cp=15000&res=rsa');
  await page.locator('text=Lieu retenu : le Cantal (15).').waitFor();
  await page.locator('text=Ce code postal dessert plusieurs communes : Aurillac, Ytrac').waitFor();
  await page.locator('main').locator("text=PLIE de la Communauté d'Agglomération du Bassin d'Aurillac").first().waitFor();
  assert.doesNotMatch(await page.locator('main').innerText(), /dans la même région/);
  assert.equal(france(requests).length, 1);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a commune typed anywhere in France, a code that does not exist', async () => {
  const { page, errors } = await openPage(app, '#/');
  for (const [saisie, code] of [['Villeurbanne', '69100'], ['st etienne', '42000'], ['Ajaccio', '20000']]) {
    await page.goto(app.site.url + '#/questionnaire/1');
    await page.locator('main h1', { hasText: 'code postal' }).waitFor();
    await page.fill('#reponse', saisie);
    await page.click('button:has-text("Suivant")');
    await page.locator('main h1', { hasText: 'Quel âge' }).waitFor();
    assert.match(new URL(page.url()).hash, new RegExp(`cp=${code}`), saisie);
  }
  await page.goto(app.site.url + '#/questionnaire/1');
  await page.locator('main h1', { hasText: 'code postal' }).waitFor();
  await page.fill('#reponse', '69999');
  await page.click('button:has-text("Suivant")');
  await page.locator('#erreur-question', { hasText: "le code postal « 69999 » n'existe pas" }).waitFor();
  await page.goto(app.site.url + '#/resultats?cp=97400');
  await page.locator('text=Lieu retenu : Saint-Denis, à La Réunion.').waitFor();
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('after a visit, any postal code is placed offline', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(app.site.url);
  await page.locator('main h1').waitFor();
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await context.setOffline(true);
  await page.reload();
  await page.locator('main h1', { hasText: 'Trouver un accompagnement' }).waitFor();
  await page.goto(app.site.url + '#/resultats?cp=20000');
  await page.locator('text=Lieu retenu : Ajaccio, dans la Corse-du-Sud.').waitFor();
  await context.close();
});
