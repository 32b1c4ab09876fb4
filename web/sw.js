// Service worker: keeps the app's files in a cache named after the catalogue version, so that
// after one visit the whole app works without network. The build (web/pwa.mjs) fills in
// the version and the file list. It only ever fetches the app's own files.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `offre-insertion-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  // A new catalogue version replaces the old cache cleanly.
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('offre-insertion-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Cache first for the app's files (their content changes only with a new version), and the
  // page itself whatever its query string.
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(event.request, { ignoreSearch: event.request.mode === 'navigate' });
      if (hit) return hit;
      const response = await fetch(event.request);
      return response;
    }),
  );
});
