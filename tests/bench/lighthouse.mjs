// Benchmark (not a test): Lighthouse 12 (mobile defaults: simulated slow 4G, 4× CPU slowdown)
// on the serve command's server (compressed files, caching headers) over dist/. Prints the four
// scores, LCP, TBT, CLS and the bytes transferred. Usage: node tests/bench/lighthouse.mjs LIGHTHOUSE
// (the path of the `lighthouse` command; .ci/bench installs 12.2.3 in target/outils-bench).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { serve } from '../support/static-server.mjs';
import { CHROMIUM } from '../support/browser.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const lighthouse = process.argv[2];
const site = await serve(join(ROOT, 'dist'));
try {
  for (const [label, fragment] of [['accueil', ''], ['catalogue (lien profond)', '#/catalogue?q=rsa']]) {
    // Asynchronously: the server answering Lighthouse runs in this very process.
    const { stdout: sortie } = await promisify(execFile)(lighthouse, [site.url + fragment, '--output=json', '--output-path=stdout', '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-dev-shm-usage'], {
      env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 << 20, encoding: 'utf8',
    });
    const r = JSON.parse(sortie);
    // LIGHTHOUSE_JSON=DIR keeps each report, to read its long tasks and LCP element.
    if (process.env.LIGHTHOUSE_JSON) writeFileSync(join(process.env.LIGHTHOUSE_JSON, `${label.split(' ')[0]}.json`), sortie);
    const score = (c) => Math.round(r.categories[c].score * 100);
    const audit = (a) => r.audits[a].numericValue;
    console.log(`  ${label} : performance ${score('performance')} (objectif ≥ 95), accessibilité ${score('accessibility')}, `
      + `bonnes pratiques ${score('best-practices')}, SEO ${score('seo')} (objectif 100)`);
    console.log(`    LCP ${(audit('largest-contentful-paint') / 1000).toFixed(2)} s (≤ 2,0), TBT ${audit('total-blocking-time').toFixed(0)} ms (≤ 150), `
      + `CLS ${audit('cumulative-layout-shift').toFixed(3)}, transférés ${(audit('total-byte-weight') / 1000).toFixed(1)} kB`);
  }
} finally {
  site.server.close();
}
