// Bytes fetched before the first search result, from a cold cache, with Pagefind (the static-site
// search that shards its index) over the same corpus: the static pages of the 10,000-service
// territory, indexed by Pagefind 1.6.0 (tests/bench/national.sh). Counts what Pagefind fetches to
// answer the query and show its first result (its script, its wasm, the entry, the index chunks
// and the first result's fragment), as they travel (Pagefind compresses its own files), printed
// beside the app's figure (the index and the territory's pack, gzip). Figures, not a test.
import { startApp } from '../support/browser.mjs';

const [site, octetsApp] = process.argv.slice(2);
const REQUETES = ['emploi', 'rsa', 'garde enfants', 'numérique', 'logement'];
const kb = (o) => `${(o / 1000).toFixed(1)} kB`;

const app = await startApp({ dir: site });
try {
  for (const q of REQUETES) {
    // The static pages forbid scripts (they are the no-JS version): the measure's own may run.
    const context = await app.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const requetes = [];
    page.on('requestfinished', (r) => { if (r.url().includes('/pagefind/')) requetes.push(r); });
    await page.goto(app.site.url + 'index.html');
    const premier = await page.evaluate(async (q) => {
      const pagefind = await import('/pagefind/pagefind.js');
      const r = await pagefind.search(q);
      const d = r.results.length ? await r.results[0].data() : null;
      return { n: r.results.length, titre: d?.meta?.title ?? '' };
    }, q);
    let octets = 0;
    for (const r of requetes) octets += (await r.sizes()).responseBodySize;
    console.log(`  « ${q} »`.padEnd(26) + `Pagefind ${kb(octets).padStart(9)} in ${String(requetes.length).padStart(2)} requests `
      + `(${premier.n} results, first: ${premier.titre.slice(0, 40)})   the app ${kb(Number(octetsApp))} whatever the query`);
    await context.close();
  }
} finally {
  await app.close();
}
