// How the serve command delivers the build: the Brotli or gzip copy the build wrote, by
// Accept-Encoding, with the right type, Vary, revalidation and CORS; and a frame sandboxed
// without allow-same-origin still gets a working app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { serve } from '../support/static-server.mjs';
import { startApp } from '../support/browser.mjs';

const DIST = new URL('../../dist', import.meta.url).pathname;
let site;
let app;
before(async () => { site = await serve(DIST); app = await startApp({ root: true }); });
after(async () => { site?.server.close(); await app?.close(); });

function get(path, headers = {}) {
  return new Promise((ok, ko) => {
    request(site.url + path, { headers }, (res) => {
      const parts = [];
      res.on('data', (p) => parts.push(p));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(parts) }));
    }).on('error', ko).end();
  });
}

test('the build writes Brotli and gzip copies of every text and wasm file', () => {
  const wasm = readdirSync(DIST).find((f) => f.endsWith('.wasm'));
  for (const f of ['index.html', 'app.js', 'main.css', wasm, 'sw.js', 'pages/index.html']) {
    const original = readFileSync(join(DIST, f));
    assert.deepEqual(brotliDecompressSync(readFileSync(join(DIST, `${f}.br`))), original, `${f}.br`);
    assert.deepEqual(gunzipSync(readFileSync(join(DIST, `${f}.gz`))), original, `${f}.gz`);
  }
  // The program's gzip is Zopfli's: smaller than zlib's best for the same bytes.
  const zopfli = readFileSync(join(DIST, `${wasm}.gz`)).length;
  const zlib = gzipSync(readFileSync(join(DIST, wasm)), { level: 9 }).length;
  assert.ok(zopfli < zlib, `${wasm}.gz ${zopfli} bytes, zlib -9 ${zlib}`);
});

test('compressing a build again keeps one fresh copy of each file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compresser-'));
  try {
    for (const f of ['index.html', 'main.css']) cpSync(join(DIST, f), join(dir, f));
    const compresser = () => execFileSync('node', [new URL('../../web/compresser.mjs', import.meta.url).pathname, dir], { stdio: 'pipe' });
    compresser();
    compresser();
    for (const f of ['index.html', 'main.css']) {
      for (const ext of ['.br', '.gz']) assert.ok(existsSync(join(dir, f + ext)), `${f}${ext} lost on the second run`);
      assert.deepEqual(gunzipSync(readFileSync(join(dir, `${f}.gz`))), readFileSync(join(dir, f)));
    }
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('the server sends the best encoding accepted, with type, Vary, revalidation and CORS', async () => {
  const wasm = readdirSync(DIST).find((f) => f.endsWith('.wasm'));
  const original = readFileSync(join(DIST, wasm));
  const br = await get(wasm, { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['content-type'], 'application/wasm');
  assert.deepEqual(brotliDecompressSync(br.body), original);
  assert.ok(br.body.length < original.length / 2, `${br.body.length} of ${original.length}`);
  const gz = await get(wasm, { 'accept-encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(gz.body), original);
  const brut = await get(wasm, { 'accept-encoding': 'br;q=0, identity' });
  assert.equal(brut.headers['content-encoding'], undefined);
  assert.deepEqual(brut.body, original);
  for (const r of [br, gz, brut]) {
    assert.equal(r.headers.vary, 'Accept-Encoding');
    assert.equal(r.headers['cache-control'], 'no-cache');
    assert.equal(r.headers['access-control-allow-origin'], '*');
  }
  const html = await get('', { 'accept-encoding': 'br' });
  assert.equal(html.headers['content-type'], 'text/html; charset=utf-8');
  const again = await get('', { 'accept-encoding': 'br', 'if-none-match': html.headers.etag });
  assert.equal(again.status, 304, 'revalidation costs no body');
});

test('in a frame sandboxed without allow-same-origin, the app starts and is usable', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(app.site.url + 'tests/embed/iframe-sandbox.html');
  const frame = page.frameLocator('#offre-services');
  await frame.locator('main h1', { hasText: 'Trouver un accompagnement' }).waitFor();
  await frame.locator('nav a', { hasText: 'Catalogue' }).first().click();
  await frame.locator('main h1', { hasText: 'Catalogue des services' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
