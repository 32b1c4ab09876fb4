// Service worker: keeps the app's files in a cache named after the version, so that after one
// visit the whole app works without network. The build (web/pwa.mjs) fills in the version and
// the file list. It only ever fetches the app's own files.
//
// One version at a time: a page is served wholly from the cache of the worker that controls it
// (HTML, program and packs of one build). A new version installs beside it and waits; the page
// offers it (demarrage.js, « Nouvelle version disponible ») and only when the person accepts is
// the new worker told to take over, after which the page reloads, wholly new.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `offre-insertion-${VERSION}`;

self.addEventListener('install', (event) => {
  // `no-cache`: the copies come from the server, never from the browser's HTTP cache, which
  // may still hold the previous version's files under the same names.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'no-cache' })))));
});

self.addEventListener('message', (event) => {
  if (event.data === 'offre-insertion:activer') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  // The previous version's cache goes once no page uses it any more.
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
      return hit ?? fetch(event.request);
    }),
  );
});
