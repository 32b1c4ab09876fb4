// Shared set-up for the end-to-end tests: the built app served on 127.0.0.1 and Debian's Chromium.
import { chromium } from 'playwright-core';
import { serve } from './static-server.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Serves dist/ (or, with `root: true`, the repository, for the embedding test pages; or `dir`). */
export async function startApp({ root = false, dir = null } = {}) {
  const site = await serve(dir ?? new URL(root ? '../..' : '../../dist', import.meta.url).pathname);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return {
    site,
    browser,
    async close() { await browser.close(); site.server.close(); },
  };
}

/** Waits for the program to have taken over the screen rendered ahead: before that, a
 * button of that screen has no handler yet. */
export const programmeDemarre = (page) =>
  page.waitForFunction(() => document.documentElement.dataset.appDemarree === '1', null, { timeout: 15000 });

/** Opens a page that records every request and console error. */
export async function openPage(app, fragment = '') {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(app.site.url + fragment);
  // The home screen is rendered ahead in the page: wait for the program to have taken over.
  await programmeDemarre(page).catch(() => {});
  return { page, requests, errors };
}
