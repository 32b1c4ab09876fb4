// Trunk post-build hook (last): writes FILE.br (Brotli, quality 11) and FILE.gz (gzip -9) beside
// every text and wasm file of the build, so a server sends them as they are, by Accept-Encoding
// (tests/support/static-server.mjs does; README gives nginx, Apache and Caddy lines).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync, writeFileSync, unlinkSync } from 'node:fs';
import { extname, join } from 'node:path';

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
for (const chemin of [...fichiers(dir)]) {
  if (chemin.endsWith('.br') || chemin.endsWith('.gz')) { unlinkSync(chemin); continue; }
  if (!COMPRESSIBLES.has(extname(chemin))) continue;
  const octets = readFileSync(chemin);
  const brotli = brotliCompressSync(octets, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: octets.length },
  });
  writeFileSync(`${chemin}.br`, brotli);
  writeFileSync(`${chemin}.gz`, gzipSync(octets, { level: 9 }));
  n += 1;
  brut += octets.length;
  br += brotli.length;
}
console.log(`compression : ${n} fichiers, ${(brut / 1024).toFixed(0)} Kio → ${(br / 1024).toFixed(0)} Kio en Brotli`);
