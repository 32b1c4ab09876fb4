// Every screen in headless Chromium: accessibility (axe-core), keyboard use, search as you
// type, resilience to bad links and corrupt storage, print, narrow screens, privacy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { startApp, openPage } from '../support/browser.mjs';
import { SCREENS } from '../support/screens.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('every screen has no axe-core violation (WCAG 2.2 AA rules)', async () => {
  for (const [fragment, heading] of SCREENS) {
    const { page, errors } = await openPage(app, fragment);
    await page.locator('main h1', { hasText: heading }).first().waitFor();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(summary, [], `${fragment}`);
    assert.deepEqual(errors, [], `${fragment} console errors`);
    await page.context().close();
  }
});

test('the questionnaire can be completed with the keyboard alone', async () => {
  const { page } = await openPage(app, '#/');
  await page.locator('main h1').waitFor();
  // From the home page to the questionnaire, by keyboard.
  await page.locator('a', { hasText: 'Répondre à quelques questions' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('main h1', { hasText: 'code postal' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'focus moves to the question');
  await page.keyboard.press('Tab');
  await page.keyboard.type('75019');
  await page.keyboard.press('Enter');
  await page.locator('main h1', { hasText: 'Quel âge' }).waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.type('34');
  await page.keyboard.press('Enter');
  await page.locator('main h1', { hasText: 'Que souhaitez-vous faire' }).waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // first option: « Trouver un emploi »
  await page.keyboard.press('Enter');
  await page.locator('main h1', { hasText: 'commencer à travailler' }).waitFor();
  // Skip the rest with the « Passer » link, by keyboard.
  for (let i = 0; i < 6; i += 1) {
    const skip = page.locator('a', { hasText: 'Passer' });
    if (!(await skip.count())) break;
    await skip.focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(50);
  }
  await page.locator('main h1', { hasText: 'Vos résultats' }).waitFor();
  const url = new URL(page.url());
  assert.match(url.hash, /cp=75019/);
  assert.match(url.hash, /age=34/);
  assert.match(url.hash, /proj=emploi/);
  assert.ok(await page.locator('text=Points Paris Emploi').count() > 0);
});

test('every control reached with Tab shows a visible focus ring', async () => {
  for (const fragment of ['#/', '#/catalogue?q=formation', '#/questionnaire/7?cp=75019', '#/resultats?cp=75019&res=rsa']) {
    const { page } = await openPage(app, fragment);
    await page.locator('main h1').waitFor();
    const seen = new Set();
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body) return null;
        const s = getComputedStyle(e);
        return { what: `${e.tagName} ${e.id || e.textContent.trim().slice(0, 30)}`, style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      if (!focus || seen.has(focus.what)) continue;
      seen.add(focus.what);
      assert.ok(focus.style !== 'none' && focus.width >= 2, `${fragment}: ${focus.what} has no visible focus (${focus.style} ${focus.width}px)`);
    }
    assert.ok(seen.size >= 5, `${fragment}: only ${seen.size} controls reached`);
    await page.context().close();
  }
});

test('going back in the questionnaire keeps the answers', async () => {
  const { page } = await openPage(app, '#/questionnaire/2?cp=75011&age=40');
  await page.locator('main h1', { hasText: 'Quel âge' }).waitFor();
  assert.equal(await page.inputValue('#reponse'), '40');
  await page.click('text=Précédent');
  await page.locator('main h1', { hasText: 'code postal' }).waitFor();
  assert.equal(await page.inputValue('#reponse'), '75011');
});

test('search answers as you type, without accents, and announces the count', async () => {
  const { page } = await openPage(app, '#/catalogue');
  await page.locator('main h1').waitFor();
  await page.fill('#recherche-catalogue', 'creche');
  await page.locator('.carte', { hasText: 'Pack Réussite' }).waitFor();
  assert.match(await page.locator('[role=status][aria-live=polite]').textContent(), /résultat/);
  // The address follows once typing pauses (rewriting it on every key costs more than the results).
  await page.waitForFunction(() => /q=creche/.test(location.hash), null, { timeout: 5000 })
    .catch(() => assert.fail(`the fragment follows, for sharing: ${page.url()}`));
});

test('typing slowly writes the address once, after the last key', async () => {
  const { page } = await openPage(app, '#/catalogue');
  await page.locator('main .carte').first().waitFor();
  // Every address the page holds while the person types a key every 80 ms (600 ms in all,
  // longer than the pause the address waits for, shorter between two keys).
  await page.evaluate(() => {
    window.adresses = [];
    setInterval(() => window.adresses.push(location.hash), 10);
  });
  await page.locator('#recherche-catalogue').pressSequentially('formation', { delay: 80 });
  await page.waitForFunction(() => /q=formation/.test(location.hash), null, { timeout: 5000 })
    .catch(() => assert.fail(`the fragment follows the last key: ${page.url()}`));
  const vues = await page.evaluate(() => [...new Set(window.adresses)]);
  assert.deepEqual(vues.filter((a) => /q=f/.test(a) && !/q=formation/.test(a)), [],
    'no address of a word half typed');
});

test('a malformed share link shows a notice and keeps the valid part', async () => {
  const { page, errors } = await openPage(app, '#/resultats?cp=75019&age=abc&fr=sante.volcan&res=rsa&%%%');
  await page.locator('main h1', { hasText: 'Vos résultats' }).waitFor();
  assert.ok(await page.locator('.notice', { hasText: 'volcan' }).count() === 1);
  assert.ok(await page.locator('text=EPI Flandre').count() > 0);
  assert.deepEqual(errors, []);
});

test('corrupt local storage is reset with a message, never a crash', async () => {
  const context = await app.browser.newContext();
  await context.addInitScript(() => localStorage.setItem('offre-insertion-paris:selection', '{pas du json'));
  const page = await context.newPage();
  await page.goto(app.site.url + '#/');
  await page.locator('.notice', { hasText: 'illisible' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('offre-insertion-paris:selection')), null);
  await context.close();
});

test('the selection is stored only when asked', async () => {
  const { page } = await openPage(app, '#/catalogue?q=garantie');
  await page.locator('main h1').waitFor();
  await page.click('text=Mode professionnel');
  await page.locator('label', { hasText: 'Ajouter à la sélection' }).first().click();
  assert.equal(await page.evaluate(() => localStorage.getItem('offre-insertion-paris:selection')), null);
  await page.goto(app.site.url + '#/selection');
  await page.locator('main h1', { hasText: 'Sélection' }).waitFor();
  await page.check('#memoriser');
  await page.waitForFunction(() => localStorage.getItem('offre-insertion-paris:selection') !== null);
  assert.match(await page.evaluate(() => localStorage.getItem('offre-insertion-paris:selection')), /garantie-jeunes/);
});

test('results print on at most two A4 pages with the services', async () => {
  const { page } = await openPage(app, '#/resultats?cp=75019&res=rsa&dispo=oui&fr=garde_enfants');
  await page.locator('main h1', { hasText: 'Vos résultats' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('.entete-impression').isVisible(), 'the sheet has its print header');
  assert.ok(!(await page.locator('nav').isVisible()), 'navigation is not printed');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
});

test('at 320 px wide nothing scrolls sideways', async () => {
  const context = await app.browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  for (const [fragment, heading] of SCREENS) {
    await page.goto(app.site.url + fragment);
    await page.locator('main h1', { hasText: heading }).first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${fragment} overflows by ${overflow}px`);
  }
  await context.close();
});

test('with reduced motion asked for, nothing on any screen moves', async () => {
  const context = await app.browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  for (const [fragment, heading] of SCREENS) {
    await page.goto(app.site.url + fragment);
    await page.locator('main h1', { hasText: heading }).first().waitFor();
    const moving = await page.evaluate(() => [...document.querySelectorAll('*')]
      .filter((e) => {
        const s = getComputedStyle(e);
        const seconds = (v) => v.split(',').some((d) => parseFloat(d) > 0);
        return seconds(s.transitionDuration) || (s.animationName !== 'none' && seconds(s.animationDuration)) || s.scrollBehavior === 'smooth';
      })
      .map((e) => e.tagName + (e.className ? '.' + e.className : '')));
    assert.deepEqual(moving, [], fragment);
  }
  await context.close();
});

test('no request ever leaves the origin, and no cookie is set', async () => {
  const { page, requests } = await openPage(app, '#/');
  await page.locator('main h1').waitFor();
  await page.fill('#recherche-accueil', 'emploi');
  await page.keyboard.press('Enter');
  await page.locator('.carte').first().waitFor();
  await page.goto(app.site.url + '#/resultats?cp=75018&age=20');
  await page.locator('main h1', { hasText: 'Vos résultats' }).waitFor();
  const origin = new URL(app.site.url).origin;
  assert.deepEqual(requests.filter((u) => new URL(u).origin !== origin), []);
  assert.deepEqual(await page.context().cookies(), []);
});

// What a browser does for a third-party frame whose user blocks third-party data, and some
// private modes: reading window.localStorage throws a SecurityError.
test('with local storage blocked, every screen works and the boxes say why they are off', async () => {
  const context = await app.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(app.site.url + '#/questionnaire/1');
  await page.locator('main h1', { hasText: 'Quel est votre code postal' }).waitFor();
  await page.locator('nav a', { hasText: 'Catalogue' }).first().click();
  await page.locator('main h1', { hasText: 'Catalogue des services' }).waitFor();
  await page.goto(app.site.url + '#/selection');
  await page.locator('main h1', { hasText: 'Sélection' }).waitFor();
  assert.equal(await page.locator('#memoriser').isDisabled(), true);
  assert.equal(await page.locator('#memoriser-langue').isDisabled(), true);
  await page.locator('#stockage-selection', { hasText: 'ne permet pas' }).waitFor();
  // The language still changes, for the session.
  await page.click('button:has-text("English")');
  await page.locator('main h1', { hasText: 'Selection' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
