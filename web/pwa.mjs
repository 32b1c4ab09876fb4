// Trunk post-build hook: writes sw.js (file list and catalogue version) and the web app manifest.
import { existsSync, readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const root = new URL('..', import.meta.url).pathname;
const catalogue = readFileSync(join(root, 'catalog/catalogue.toml'), 'utf8');
const version = (catalogue.match(/^version\s*=\s*"([^"]+)"/m) || [])[1] ?? '0';
const app = (readFileSync(join(root, 'Cargo.toml'), 'utf8').match(/^version\s*=\s*"([^"]+)"/m) || [])[1] ?? '0';

const manifest = {
  name: 'Insertion Paris — offre de services et orientation',
  short_name: 'Insertion Paris',
  lang: 'fr',
  dir: 'ltr',
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#000091',
  icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
};
writeFileSync(join(dir, 'manifest.webmanifest'), JSON.stringify(manifest, null, 2));

// The app's own files and the catalogue's packs (donnees/); the static pages/ are for browsers
// without JavaScript: not cached.
const fichiers = (d, prefixe) => readdirSync(join(dir, d))
  .filter((f) => !f.startsWith('.') && f !== 'sw.js' && statSync(join(dir, d, f)).isFile())
  .map((f) => prefixe + f);
const tous = [...fichiers('.', ''), ...(existsSync(join(dir, 'donnees')) ? fichiers('donnees', 'donnees/') : [])].sort();
// A large territory's lots of fiches are kept as they are opened (sw.js), not all ahead; so are
// the territory packs the page fetches only when asked (`69=donnees/…` in index.html's list).
const page = existsSync(join(dir, 'index.html')) ? readFileSync(join(dir, 'index.html'), 'utf8') : '';
const liste = (page.match(/<meta name="offre-insertion-donnees" content="([^"]*)"/) || [])[1] ?? '';
const aLaDemande = new Set(liste.split(' ').filter((x) => x.includes('=')).map((x) => x.split('=')[1]));
const names = tous.filter((f) => !f.startsWith('donnees/fiches-') && !aLaDemande.has(f));
// The complete program (crates/web/src/programme.rs) last: the service worker fetches it once
// the rest is kept, not at the same time as the packs a first search waits for.
const complet = (f) => f === 'complet.js' || f === 'complet_bg.wasm';
const files = ['./', ...names.filter((f) => !complet(f)).map((f) => `./${f}`)];
const filesEnsuite = names.filter(complet).map((f) => `./${f}`);
// Named after the catalogue version, plus a digest of the build so a new build replaces it.
const digest = createHash('sha256');
for (const f of tous) digest.update(readFileSync(join(dir, f)));
const sw = readFileSync(join(root, 'web/sw.js'), 'utf8')
  .replace('__VERSION__', `${version}-${app}-${digest.digest('hex').slice(0, 10)}`)
  .replace('__FILES__', JSON.stringify(files))
  .replace('__FILES_ENSUITE__', JSON.stringify(filesEnsuite));
writeFileSync(join(dir, 'sw.js'), sw);
console.log(`sw.js : catalogue ${version}, ${files.length + filesEnsuite.length} fichiers`);
