// Service worker (README « Offline »): one version per page, served from its own cache; a new
// version installs, waits, and takes over only when the person accepts. pwa.mjs fills it in.
const VERSION = '__VERSION__';
const FILES = __FILES__;
// Fetched once FILES are kept: the complete program, which the first screens do not need.
const FILES_ENSUITE = __FILES_ENSUITE__;
const CACHE = `offre-insertion-${VERSION}`;

self.addEventListener('install', (event) => {
  // From the server, not the HTTP cache (same names as the previous version's files).
  const garder = (cache, fichiers) => cache.addAll(fichiers.map((f) => new Request(f, { cache: 'no-cache' })));
  event.waitUntil(caches.open(CACHE).then((cache) => garder(cache, FILES).then(() => garder(cache, FILES_ENSUITE))));
});

self.addEventListener('message', (event) => {
  if (event.data === 'offre-insertion:activer') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('offre-insertion-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  // The page itself whatever its query string.
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(event.request, { ignoreSearch: event.request.mode === 'navigate' });
      if (hit) return hit;
      const response = await fetch(event.request);
      // A lot of fiches opened once, or a territory's pack fetched when asked, is there offline
      // afterwards (content-hashed: never stale).
      if (response.ok && url.pathname.includes('/donnees/')) await cache.put(event.request, response.clone());
      return response;
    }),
  );
});
