// An imported territory as people meet it: the test fixture imported with `catalog import` and
// built into target/dist-import/ (.ci/test). Search finds an imported service, its fiche shows
// the address, the phone and « Ouvert maintenant » under a fixed clock, and the questionnaire
// suggests it with its real distance.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { startApp } from '../support/browser.mjs';

let app;
before(async () => { app = await startApp({ dir: new URL('../../target/dist-import', import.meta.url).pathname }); });
after(async () => { await app?.close(); });

/** A page in Paris's time zone, its clock fixed (Wednesday 2 December 2026 at `heure`). */
async function pageA(heure, fragment) {
  const context = await app.browser.newContext({ timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.clock.setFixedTime(new Date(`2026-12-02T${heure}:00+01:00`));
  await page.goto(app.site.url + fragment);
  return { page, errors };
}

test('search finds an imported service', async () => {
  const { page, errors } = await pageA('10:30', '#/catalogue?q=halte-garderie');
  const carte = page.locator('.carte a', { hasText: 'Halte-garderie pour parents' });
  await carte.waitFor();
  assert.match(await carte.getAttribute('href'), /#\/service\/dora--garde-19$/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the fiche shows address, phone, hours and « ouvert maintenant » by the device clock', async () => {
  const { page, errors } = await pageA('10:30', '#/service/dora--garde-19');
  await page.locator('main h1', { hasText: 'Halte-garderie' }).waitFor();
  const main = page.locator('main');
  await main.getByText("2 quai de l'Exemple, 75019 Paris").waitFor();
  assert.equal(await page.locator('a[href^="tel:"]').first().getAttribute('href'), 'tel:0100000002');
  assert.match(await page.locator('a[href^="geo:"]').getAttribute('href'), /^geo:48\.884000,2\.370000\?q=/);
  assert.equal(await page.locator('.horaires__etat').innerText(), 'Ouvert maintenant · ferme à 17 h');
  assert.match(await main.innerText(), /Information du 15 septembre 2026 \(dora, via data·inclusion\)/);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  assert.deepEqual(errors, []);
  await page.context().close();

  // In the evening, closed until tomorrow morning.
  const soir = await pageA('19:00', '#/service/dora--garde-19');
  await soir.page.locator('.horaires__etat').waitFor();
  assert.equal(await soir.page.locator('.horaires__etat').innerText(), 'Fermé · ouvre demain à 9 h');
  await soir.page.context().close();
});

test('a light territory: results from its pack alone, then excerpts; a fiche waits for them', async () => {
  // The complements (excerpts, contacts) held back: the first results do not wait for them.
  const context = await app.browser.newContext({ timezoneId: 'Europe/Paris' });
  let relacher;
  const retenus = new Promise((ok) => { relacher = ok; });
  await context.route(/\/donnees\/complements-75-[0-9a-f]+\.paquet/, async (r) => { await retenus; await r.continue(); });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(app.site.url + '#/catalogue?q=halte-garderie');
  const carte = page.locator('.carte', { hasText: 'Halte-garderie pour parents' });
  await carte.waitFor();
  assert.equal(await carte.locator('.carte__resume').count(), 0, 'no excerpt yet, and no empty paragraph');
  // A fiche opened meanwhile: the quiet loading line, never a fiche without its address.
  await page.evaluate(() => { location.hash = '#/service/dora--garde-19'; });
  await page.locator('main [aria-busy=true]').waitFor();
  relacher();
  await page.locator('main').getByText("2 quai de l'Exemple, 75019 Paris").waitFor();
  await page.goBack();
  await carte.locator('.carte__resume').waitFor();
  assert.deepEqual(errors, []);
  await context.close();

  // Complements that cannot be had: search still works; a fiche says so, with a retry.
  const coupe = await app.browser.newContext();
  await coupe.route(/\/donnees\/complements-75-[0-9a-f]+\.paquet/, (r) => r.abort());
  const p2 = await coupe.newPage();
  await p2.goto(app.site.url + '#/catalogue?q=halte-garderie');
  await p2.locator('.carte', { hasText: 'Halte-garderie pour parents' }).waitFor();
  await p2.evaluate(() => { location.hash = '#/service/dora--garde-19'; });
  await p2.locator('main [role=alert] button', { hasText: 'Réessayer' }).waitFor();
  await coupe.close();
});

test('the questionnaire suggests the imported service with its real distance', async () => {
  // In the person's arrondissement, it says so (never « à environ 1,3 km » of its centre).
  const { page, errors } = await pageA('10:30', '#/resultats?cp=75019&fr=garde_enfants');
  const carte = page.locator('.carte', { hasText: 'Halte-garderie pour parents' });
  await carte.waitFor();
  assert.match(await carte.innerText(), /dans votre arrondissement/);
  assert.doesNotMatch(await carte.innerText(), / km/);
  assert.match(await carte.innerText(), /[Gg]arde d'enfants/, 'the reason names the obstacle');
  assert.equal(await page.locator('.carte', { hasText: 'Garde d\'enfants à Lyon' }).count(), 0);
  assert.deepEqual(errors, []);
  await page.context().close();
  // From the next arrondissement, its distance.
  const voisin = await pageA('10:30', '#/resultats?cp=75020&fr=garde_enfants');
  const loin = voisin.page.locator('.carte', { hasText: 'Halte-garderie pour parents' });
  await loin.waitFor();
  assert.match(await loin.innerText(), /à environ \d+[,.]\d km/);
  assert.doesNotMatch(await loin.innerText(), /dans votre arrondissement/);
  await voisin.page.context().close();
});

test('hostile imported texts are text: no script runs, no markup renders, no direction override', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const dialogues = [];
  const errors = [];
  page.on('dialog', (d) => { dialogues.push(d.message()); d.dismiss(); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(app.site.url + '#/service/dora--garde-19');
  await page.locator('main h1', { hasText: 'Halte-garderie' }).waitFor();
  assert.match(await page.locator('main').innerText(), /<img src=x onerror=alert\(1\)>/);
  assert.equal(await page.locator('main img[src="x"]').count(), 0);
  await page.goto(app.site.url + '#/structure/dora--atelier-19');
  await page.locator('main h1', { hasText: 'Atelier du Bassin' }).waitFor();
  const texte = await page.locator('main').innerText();
  assert.ok(texte.includes('<b>du 19e</b>') && texte.includes('<script>alert(1)</script>'), texte);
  assert.equal(await page.locator('main b, main script').count(), 0);
  // Imported as « Centre‮ social​ Exemple »: the override and the zero-width space are gone.
  await page.goto(app.site.url + '#/structure/dora--bidi');
  assert.equal(await page.locator('main h1').innerText(), 'Centre social Exemple');
  await page.waitForTimeout(300);
  assert.deepEqual(dialogues, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('« Me localiser » on the plan lists the services with an address near the person', async () => {
  const context = await app.browser.newContext({
    geolocation: { latitude: 48.884, longitude: 2.370 }, permissions: ['geolocation'],
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(app.site.url + '#/plan');
  await page.getByRole('button', { name: 'Me localiser' }).click();
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Près de chez moi' }) });
  await section.waitFor();
  const cartes = section.locator('.carte');
  assert.match(await cartes.first().innerText(), /Halte-garderie pour parents[\s\S]*à moins de 100 m/);
  assert.ok(await cartes.count() <= 10, 'at most ten, the rest in the arrondissement list');
  assert.equal(await section.locator('.carte', { hasText: 'Aide numérique par téléphone' }).count(), 0,
    'a phone service is near nobody');
  assert.match(await section.locator('.carte').nth(1).innerText(), /à environ \d[,.]\d km/);
  // On the bassin de la Villette, the 10e's and 19e's centres are both about 1 km away.
  const lien = section.getByRole('link', { name: /^Tous les services du 1[09]e arrondissement$/ });
  const n = (await lien.innerText()).match(/du (\d+)e/)[1];
  assert.match(await lien.getAttribute('href'), new RegExp(`#/catalogue\\?.*arr=${n}\\b`));
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a light fiche shows its excerpt at once and its whole description from one lot', async () => {
  // This build keeps excerpts in its territory packs (OFFRE_INSERTION_SEUIL_FICHES=0).
  const fin = 'le PLIE et le Secours catholique).';
  const { page, errors } = await pageA('10:30', '#/catalogue?q=premieres heures');
  const lots = [];
  page.on('request', (r) => r.url().includes('/donnees/fiches-') && lots.push(r.url()));
  await page.locator('.carte a', { hasText: 'Premières heures' }).first().click();
  await page.locator('main h1', { hasText: 'Premières heures' }).waitFor();
  await page.locator('main p', { hasText: fin }).waitFor();
  assert.equal(lots.length, 1, `one request for the whole description: ${lots}`);
  assert.equal(await page.locator('main [aria-busy=true]').count(), 0, 'no loading line left');
  assert.deepEqual(errors, []);
  await page.context().close();

  // The lot cannot be had: the excerpt stays, says so, and a retry fetches it.
  const context = await app.browser.newContext();
  let coupe = true;
  await context.route('**/donnees/fiches-*', (r) => (coupe ? r.abort() : r.continue()));
  const hors = await context.newPage();
  await hors.goto(app.site.url + '#/service/premieres-heures');
  await hors.locator('main p', { hasText: "n'a pas pu être téléchargée" }).waitFor();
  assert.match(await hors.locator('main').innerText(), /Pour les personnes très éloignées de l'emploi/, 'the excerpt shows');
  assert.equal(await hors.locator('main p', { hasText: fin }).count(), 0);
  coupe = false;
  await hors.locator('main button', { hasText: 'Réessayer' }).click();
  await hors.locator('main p', { hasText: fin }).waitFor();
  await context.close();
});

test('a territory fetched only when asked: its pack comes for its département, not before', async () => {
  // This build fetches with the program only the home territory's pack (Paris), the others when
  // a screen asks for their département (OFFRE_INSERTION_OCTETS_AVEC_LE_PROGRAMME=0).
  const { page, errors } = await pageA('10:30', '#/catalogue?q=permanence');
  const vdm = [];
  page.on('request', (r) => /\/donnees\/94-[0-9a-f]+\.paquet$/.test(r.url()) && vdm.push(r.url()));
  await page.locator('main h1').first().waitFor();
  await page.locator('main [role=status], main .carte').first().waitFor();
  assert.deepEqual(vdm, [], 'the Paris catalogue does not fetch the Val-de-Marne pack');
  // The Val-de-Marne asked: its pack, once, then its services.
  await page.evaluate(() => { location.hash = '#/catalogue?dep=94&q=permanence'; });
  await page.locator('.carte a', { hasText: 'Permanence emploi de Vitry' }).waitFor();
  assert.equal(vdm.length, 1, `one request for the Val-de-Marne pack: ${vdm}`);
  // A place of it named in a search: its pack comes, the search runs again with it.
  // « Tous les territoires » says which it searches and how the others come.
  const ailleurs = await pageA('10:30', '#/catalogue?dep=tous&q=permanence');
  const note = ailleurs.page.locator('main p', { hasText: 'Recherche dans les territoires déjà chargés. Les autres (1) se chargent' });
  const vdm2 = [];
  ailleurs.page.on('request', (r) => /\/donnees\/94-[0-9a-f]+\.paquet$/.test(r.url()) && vdm2.push(r.url()));
  await ailleurs.page.locator('main .carte').first().waitFor();
  await note.waitFor();
  await ailleurs.page.fill('#recherche-catalogue', 'permanence vitry');
  await ailleurs.page.locator('.carte a', { hasText: 'Permanence emploi de Vitry' }).waitFor();
  assert.equal(vdm2.length, 1, `one request for the Val-de-Marne pack: ${vdm2}`);
  assert.equal(await note.count(), 0, 'every territory at hand now');
  assert.equal(await ailleurs.page.locator('#recherche-catalogue').inputValue(), 'permanence vitry', 'what was typed stays');
  assert.deepEqual(ailleurs.errors, []);
  await ailleurs.page.context().close();
  // Every territory: says which are searched, and how the others come.
  await page.evaluate(() => { location.hash = '#/catalogue?dep=tous&q=permanence'; });
  await page.locator('main .carte').first().waitFor();
  assert.equal(await page.locator('main p', { hasText: 'Recherche dans les territoires déjà chargés' }).count(), 0, 'all at hand here');
  // A département no pack describes: named in the filter, by its name.
  await page.evaluate(() => { location.hash = '#/catalogue?dep=69'; });
  await page.locator('#f-dep option:checked', { hasText: 'Rhône (69)' }).waitFor({ state: 'attached' });
  assert.deepEqual(errors, []);
  await page.context().close();

  // A deep link to the Val-de-Marne starts that pack in the page's head, beside the program:
  // asked before the program has even arrived (held back here).
  const context = await app.browser.newContext();
  const quand = {};
  await context.route('**/app_bg.wasm', async (r) => {
    await new Promise((ok) => setTimeout(ok, 800));
    quand.programme ??= Date.now();
    await r.continue();
  });
  const lien = await context.newPage();
  const e2 = [];
  lien.on('pageerror', (e) => e2.push(String(e)));
  lien.on('request', (r) => /\/donnees\/94-/.test(r.url()) && (quand.paquet ??= Date.now()));
  await lien.goto(app.site.url + '#/catalogue?dep=94&q=permanence');
  await lien.locator('.carte a', { hasText: 'Permanence emploi de Vitry' }).waitFor();
  assert.ok(quand.paquet && quand.paquet < quand.programme, `the pack is asked before the program arrives: ${JSON.stringify(quand)}`);
  assert.deepEqual(e2, []);
  await context.close();
});

test('« Tout télécharger » keeps every fiche for offline use, says where it stands, retries', async () => {
  const fin = 'le PLIE et le Secours catholique).';
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(app.site.url + '#/catalogue?q=premieres heures');
  await page.locator('.carte a', { hasText: 'Premières heures' }).first().waitFor();
  // A large territory's catalogue leads to it.
  await page.locator('main a', { hasText: 'Tout télécharger pour consulter hors ligne' }).click();
  await page.locator('main h1', { hasText: 'À propos' }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const bouton = page.locator('main button', { hasText: 'Tout télécharger pour consulter hors ligne' });
  // The connection drops: said, with a retry, nothing claimed.
  await context.setOffline(true);
  await bouton.click();
  await page.locator('main [role=status]', { hasText: "Le téléchargement s'est interrompu" }).waitFor();
  await context.setOffline(false);
  const lots = [];
  page.on('request', (r) => r.url().includes('/donnees/fiches-') && lots.push(r.url()));
  await page.locator('main [role=status] button', { hasText: 'Réessayer' }).click();
  await page.locator('main [role=status]', { hasText: 'Tout est téléchargé' }).waitFor();
  assert.ok(lots.length >= 1, 'the lots of fiches were fetched');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  // Offline, a fiche never opened shows its whole description.
  await context.setOffline(true);
  await page.goto(app.site.url + '#/service/premieres-heures');
  await page.locator('main p', { hasText: fin }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
