// Trunk post-build hook (last): writes FILE.br (Brotli, quality 11) and FILE.gz (gzip) beside
// every text and wasm file of the build, so a server sends them as they are, by Accept-Encoding
// (tests/support/static-server.mjs does; README gives nginx, Apache and Caddy lines).
// The program's own files (the first load, at the top of the build) are gzipped with Zopfli: a
// gzip stream every browser reads, 5 % smaller than zlib's -9 (the wasm 294 → 280 kB), for the
// servers and browsers without Brotli. The packs and static pages (megabytes, thousands of files
// in a national build) keep zlib's -9: Zopfli takes about 2 s a megabyte.
import { gzipAsync } from '@gfx/zopfli';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync, writeFileSync, unlinkSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';

/** What is worth compressing (images other than SVG already are; the packs' strings shrink 4×). */
export const COMPRESSIBLES = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.webmanifest', '.txt', '.paquet']);

function* fichiers(dir) {
  for (const nom of readdirSync(dir)) {
    const chemin = join(dir, nom);
    if (statSync(chemin).isDirectory()) yield* fichiers(chemin);
    else yield chemin;
  }
}

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
let n = 0;
let brut = 0;
let br = 0;
// Copies of an earlier run first: removed as they came, they took the new ones with them.
const tous = [...fichiers(dir)];
for (const chemin of tous.filter((c) => c.endsWith('.br') || c.endsWith('.gz'))) unlinkSync(chemin);
for (const chemin of tous) {
  if (!COMPRESSIBLES.has(extname(chemin))) continue;
  const octets = readFileSync(chemin);
  const brotli = brotliCompressSync(octets, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: octets.length },
  });
  writeFileSync(`${chemin}.br`, brotli);
  const duProgramme = resolve(dirname(chemin)) === resolve(dir);
  const gzip = duProgramme ? Buffer.from(await gzipAsync(octets, { numiterations: 5 })) : gzipSync(octets, { level: 9 });
  writeFileSync(`${chemin}.gz`, gzip);
  n += 1;
  brut += octets.length;
  br += brotli.length;
}
console.log(`compression : ${n} fichiers, ${(brut / 1024).toFixed(0)} Kio → ${(br / 1024).toFixed(0)} Kio en Brotli`);
