// The built page carries a strict Content-Security-Policy that it actually satisfies.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/browser.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('strict CSP without unsafe-inline, and no violation on any screen', async () => {
  const context = await app.browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  await page.goto(app.site.url);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  for (const fragment of ['#/', '#/catalogue?q=rsa', '#/resultats?cp=75019&res=rsa', '#/plan', '#/structure/ville-de-paris']) {
    await page.goto(app.site.url + fragment);
    await page.locator('main h1').waitFor();
  }
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await context.close();
});
