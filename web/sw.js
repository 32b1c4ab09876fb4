// Service worker (README « Offline »): one version per page, served from its own cache; a new
// version installs, waits, and takes over only when the person accepts. pwa.mjs fills it in.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `offre-insertion-${VERSION}`;

self.addEventListener('install', (event) => {
  // From the server, not the HTTP cache (same names as the previous version's files).
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'no-cache' })))));
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
