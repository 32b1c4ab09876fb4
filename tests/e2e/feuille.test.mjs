// The referent's kit (issue 17), on the build with an imported territory (target/dist-import):
// the feuille de route printed to PDF with addresses, hours and a checklist on at most two A4
// pages in French, English and Arabic; its QR code, rasterised with pdftoppm and decoded with
// zbarimg (Debian poppler-utils, zbar-tools: .ci/setup installs them), reopens the same services;
// the CSV has its byte-order mark and accents; the e-mail is short enough; the conditions
// checklist in mode professionnel; axe finds nothing on these screens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { startApp } from '../support/browser.mjs';

let app;
let dossier;
before(async () => {
  app = await startApp({ dir: new URL('../../target/dist-import', import.meta.url).pathname });
  dossier = mkdtempSync(join(tmpdir(), 'feuille-'));
});
after(async () => {
  await app?.close();
  rmSync(dossier, { recursive: true, force: true });
});

const REPONSES = 'cp=75019&fr=garde_enfants';

async function ouvrir(fragment) {
  const context = await app.browser.newContext({ timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.clock.setFixedTime(new Date('2026-12-02T10:30:00+01:00'));
  await page.goto(app.site.url + fragment);
  return { page, errors };
}

async function axe(page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
}

/** Prints the page to PDF (A4, as the browser's « save as PDF »), then returns its page count
 * and the text of the QR code on its pages, decoded by zbarimg. */
function lirePdf(pdf, nom) {
  const fichier = join(dossier, `${nom}.pdf`);
  writeFileSync(fichier, pdf);
  const pages = Number(execFileSync('pdfinfo', [fichier]).toString().match(/^Pages:\s+(\d+)/m)[1]);
  execFileSync('pdftoppm', ['-r', '150', '-png', fichier, join(dossier, nom)]);
  const images = readdirSync(dossier).filter((f) => f.startsWith(`${nom}-`) && f.endsWith('.png')).map((f) => join(dossier, f));
  // zbarimg exits 4 when a page has no code: read what it printed anyway.
  let sortie;
  try {
    sortie = execFileSync('zbarimg', ['--raw', '-q', ...images]).toString();
  } catch (e) {
    sortie = e.stdout.toString();
  }
  return { pages, codes: sortie.split('\n').filter(Boolean) };
}

const noms = (page, selecteur) => page.locator(selecteur).allInnerTexts();

for (const [langue, titre, adresse, horaires] of [
  ['fr', 'Feuille de route', 'Où et quand', 'lundi – vendredi : 9 h – 17 h'],
  ['en', 'Action plan', 'Where and when', 'Monday – Friday : 9:00 – 17:00'],
  ['ar', 'خطة الطريق', 'المكان والمواعيد', 'الاثنين – الجمعة : 9:00 – 17:00'],
]) {
  test(`the sheet in ${langue}: where, when, a checklist on two pages at most, a QR code back to the same results`, async () => {
    const { page, errors } = await ouvrir(`#/feuille?${REPONSES}${langue === 'fr' ? '' : `&l=${langue}`}`);
    // Its words come with the language's pack: French until it has arrived.
    const feuille = page.locator(`article.feuille[lang="${langue}"]:not([aria-busy])`);
    await feuille.locator('.feuille__service h3', { hasText: 'Halte-garderie pour parents' }).waitFor();
    await feuille.locator('.feuille__qr svg').waitFor();
    assert.equal(await feuille.getAttribute('lang'), langue);
    assert.equal(await feuille.getAttribute('dir'), langue === 'ar' ? 'rtl' : 'ltr');
    assert.equal(await feuille.locator('h2').innerText(), titre);
    // The catalogue's names stay French, marked so, beside the translated words.
    assert.equal(await feuille.locator('.feuille__service h3').first().getAttribute('lang'), 'fr');
    const garde = feuille.locator('.feuille__service', { hasText: 'Halte-garderie pour parents' });
    const texte = await garde.innerText();
    assert.ok(texte.includes(adresse), texte);
    assert.ok(texte.includes("2 quai de l'Exemple, 75019 Paris") && texte.includes('01 00 00 00 02'), texte);
    assert.ok(texte.includes(horaires), texte);
    assert.ok(await feuille.locator('.feuille__coches li').count() > 0, 'a checklist');
    // The referent's fields: typed on screen, printed, never stored.
    await page.fill('#feuille-referent', 'Camille Martin');
    assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
    const surLaFeuille = await noms(page, '.feuille__service h3');
    await axe(page);

    const { pages, codes } = lirePdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }), `resultats-${langue}`);
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
    assert.equal(codes.length, 1, `one QR code: ${codes}`);
    const lien = new URL(codes[0]);
    assert.equal(lien.hash, `#/resultats?${REPONSES}`);
    // The phone opens the same results: the same services, in the same order.
    const telephone = await app.browser.newPage();
    await telephone.goto(codes[0]);
    await telephone.locator('.carte__titre', { hasText: 'Halte-garderie pour parents' }).waitFor();
    const premier = await telephone.locator('.premiere-etape__qui').innerText();
    const services = await noms(telephone, '#contenu-services .carte__titre');
    assert.deepEqual(surLaFeuille, [premier, ...services].slice(0, surLaFeuille.length));
    await telephone.close();
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}

test('a sheet asked for in English while its pack cannot be had: French, and said in English', async () => {
  const context = await app.browser.newContext();
  await context.route(/\/en-[^/]*\.langue$/, (r) => r.abort());
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${app.site.url}#/feuille?${REPONSES}&l=en`);
  await page.getByText('English could not be loaded').waitFor();
  const feuille = page.locator('article.feuille');
  assert.equal(await feuille.getAttribute('lang'), 'fr');
  assert.equal(await feuille.getAttribute('aria-busy'), null);
  assert.equal(await feuille.locator('h2').innerText(), 'Feuille de route');
  await feuille.locator('.feuille__service h3', { hasText: 'Halte-garderie pour parents' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a selection: its sheet, the CSV with its byte-order mark and accents, the e-mail, the QR code', async () => {
  const ids = 'dora--garde-19.paris-info-rsa.garantie-jeunes';
  const { page, errors } = await ouvrir(`#/feuille?s=${ids}`);
  await page.locator('.feuille__qr svg').waitFor();
  assert.deepEqual(await noms(page, '.feuille__service h3'),
    ['Halte-garderie pour parents en recherche d\'emploi', 'Réunion « Paris info rSa »', 'Garantie Jeunes']);
  // No reasons without answers: the referent chose them.
  assert.match(await page.locator('.feuille__service').first().innerText(), /Choisi avec votre conseiller/);

  const csv = await page.getByRole('link', { name: 'Télécharger le tableau (CSV)' });
  assert.equal(await csv.getAttribute('download'), 'selection.csv');
  const href = await csv.getAttribute('href');
  assert.ok(href.startsWith('data:text/csv;charset=utf-8,%EF%BB%BF'), 'UTF-8 with a byte-order mark');
  const contenu = decodeURIComponent(href.slice(href.indexOf(',') + 1));
  const lignes = contenu.split('\r\n');
  assert.equal(lignes[0], '\uFEFFnom;structure;adresse;téléphone;horaires;lien');
  assert.equal(lignes.length, 5);
  assert.ok(lignes[1].startsWith("Halte-garderie pour parents en recherche d'emploi;Atelier du Bassin;2 quai de l'Exemple, 75019 Paris;01 00 00 00 02;"), lignes[1]);
  assert.ok(lignes[2].startsWith('Réunion « Paris info rSa »;'), lignes[2]);
  assert.ok(lignes[1].endsWith(`${app.site.url}#/service/dora--garde-19`), lignes[1]);
  // The download itself, as a spreadsheet receives it: the bytes EF BB BF, then UTF-8.
  const [telechargement] = await Promise.all([page.waitForEvent('download'), csv.click()]);
  const octets = await telechargement.createReadStream().then(async (flux) => {
    const morceaux = [];
    for await (const m of flux) morceaux.push(m);
    return Buffer.concat(morceaux);
  });
  assert.deepEqual([...octets.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.ok(octets.toString('utf8').includes('Réunion'));

  const courriel = await page.getByRole('link', { name: 'Préparer un e-mail pour la personne' }).getAttribute('href');
  assert.ok(courriel.startsWith('mailto:?subject=Votre%20feuille%20de%20route&body='), courriel);
  assert.ok(courriel.length <= 1800, `${courriel.length} characters`);
  const corps = decodeURIComponent(courriel.slice(courriel.indexOf('&body=') + 6));
  assert.ok(corps.includes("Halte-garderie pour parents en recherche d'emploi — 2 quai de l'Exemple, 75019 Paris"), corps);
  assert.ok(corps.endsWith(`${app.site.url}#/services?s=${ids}`), corps);

  const { pages, codes } = lirePdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }), 'selection');
  assert.ok(pages <= 2, `${pages} pages`);
  assert.deepEqual(codes, [`${app.site.url}#/services?s=${ids}`]);
  await axe(page);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('in mode professionnel, each suggestion lists its conditions against the answers', async () => {
  const { page, errors } = await ouvrir('#/resultats?age=30&cp=75019&proj=emploi&res=rsa');
  await page.locator('main h1').waitFor();
  await page.click('button:has-text("Mode professionnel")');
  const criteres = page.locator('.carte .criteres');
  await criteres.first().waitFor();
  const texte = (await criteres.allInnerTexts()).join('\n');
  assert.match(texte, /Conditions, d'après les réponses/);
  assert.match(texte, /confirmé par les réponses/);
  await axe(page);
  // A « peut-être » service: a condition left open.
  const ouvert = await ouvrir('#/resultats?cp=75019&fr=sante');
  await ouvert.page.locator('main h1').waitFor();
  await ouvert.page.click('button:has-text("Mode professionnel")');
  await ouvert.page.locator('.carte .criteres').first().waitFor();
  assert.match((await ouvert.page.locator('.carte .criteres').allInnerTexts()).join('\n'), /à vérifier/);
  assert.deepEqual(errors, []);
  await page.context().close();
  await ouvert.page.context().close();
});
