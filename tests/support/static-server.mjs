// Minimal static file server for dist/: the serve command and the end-to-end tests use it.
// Usage: node tests/support/static-server.mjs DIR [PORT]   (binds 127.0.0.1 only)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Files named after their content (the catalogue's packs): they never change. */
const IMMUABLE = /^\/(.*\/)?donnees\/[\w-]+-[0-9a-f]{16}\.paquet$/;

/** The encodings a request accepts, among those the build writes, best first. */
function encodages(req) {
  const accepte = String(req.headers['accept-encoding'] ?? '');
  const refuse = (e) => new RegExp(`(^|,)\\s*${e}\\s*;\\s*q=0(\\.0*)?\\s*(,|$)`).test(accepte);
  return [['br', '.br'], ['gzip', '.gz']].filter(([e]) => new RegExp(`(^|,)\\s*(${e}|\\*)\\b`).test(accepte) && !refuse(e));
}

/** Starts serving `dir`; resolves to { server, port, url, requests } once listening.
 * Sends the build's Brotli or gzip copy when the browser accepts it (Vary: Accept-Encoding),
 * lets browsers keep the catalogue's packs forever (their names carry their content's digest),
 * revalidates everything else (no-cache + ETag: those names carry no hash, so that host pages
 * can load embed.js by a stable name), and allows any origin to load the files, which a frame
 * sandboxed without allow-same-origin needs for the module script and the wasm. */
export async function serve(dir, port = 0) {
  const root = resolve(dir);
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let envoye = file;
      let encodage = null;
      for (const [e, suffixe] of encodages(req)) {
        const info = await stat(file + suffixe).catch(() => null);
        if (info?.isFile()) { envoye = file + suffixe; encodage = e; break; }
      }
      const info = await stat(envoye);
      const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}${encodage ? `-${encodage}` : ''}"`;
      const entetes = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': IMMUABLE.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        'etag': etag,
        'vary': 'Accept-Encoding',
        'access-control-allow-origin': '*',
        'x-content-type-options': 'nosniff',
        ...(encodage ? { 'content-encoding': encodage } : {}),
      };
      if (req.headers['if-none-match'] === etag) { res.writeHead(304, entetes).end(); return; }
      const body = await readFile(envoye);
      res.writeHead(200, { ...entetes, 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Introuvable');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const actual = server.address().port;
  return { server, port: actual, url: `http://127.0.0.1:${actual}/`, requests };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(dir, Number(port));
  console.log(`Application servie sur ${url}`);
}
