// The plan's « Me localiser » with the documents-only catalogue (which has no address): it never
// pretends a district's centre is an address, and every outcome says what to do next.
// (With imported addresses: tests/e2e/import.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/browser.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

async function localiser(options) {
  const context = await app.browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(app.site.url + '#/plan');
  await page.getByRole('button', { name: 'Me localiser' }).click();
  return { page, errors, context };
}

test('in Paris, no address is invented: the arrondissement list is offered', async () => {
  const { page, errors, context } = await localiser({
    geolocation: { latitude: 48.8871, longitude: 2.3848 }, permissions: ['geolocation'],
  });
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Près de chez moi' }) });
  await section.getByText("Aucun service n'a d'adresse connue à moins de 10 km.").waitFor();
  assert.equal(await section.locator('.carte').count(), 0);
  const lien = section.getByRole('link', { name: 'Tous les services du 19e arrondissement' });
  assert.match(await lien.getAttribute('href'), /arr=19\b/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('far from Paris, the person is told so', async () => {
  const { page, errors, context } = await localiser({
    geolocation: { latitude: 45.767, longitude: 4.834 }, permissions: ['geolocation'],
  });
  await page.getByRole('status').getByText('Position hors de Paris.').waitFor();
  assert.equal(await page.getByRole('link', { name: /^Tous les services du/ }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a refused position says what to do instead', async () => {
  const { page, errors, context } = await localiser({});
  await page.getByRole('status').getByText('Choisissez votre arrondissement dans la liste.', { exact: false }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
