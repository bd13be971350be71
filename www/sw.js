// Kashif's service worker: after one visit the page works with no
// connection. It caches this site's own files only (the page, its scripts
// and the WebAssembly module) in a cache named by the build id
// (sw.js?build=<crate version>-<hash>, written by scripts/wasm.sh into
// pkg/build.js), and deletes the caches of other builds when it activates.
//
// Requests go to the network first (so an update is seen at once) and fall
// back to the cache when the network fails; every same-origin answer
// refreshes the cache. Requests to other origins are not touched (the page
// makes none: its CSP forbids them).

const BUILD = new URL(self.location.href).searchParams.get('build') || 'dev';
const CACHE = `kashif-${BUILD}`;

/** What one visit needs, relative to this file. */
const FILES = [
  './',
  'index.html',
  'style.css',
  'main.js',
  'worker.js',
  'render.js',
  'i18n.js',
  'sample.js',
  'lexicon.js',
  'files.js',
  'collection.js',
  'documents.js',
  'kashif-highlight.js',
  'embed.html',
  'embed.css',
  'embed.js',
  'pkg/kashif.js',
  'pkg/kashif_bg.wasm',
  'pkg/build.js',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'no-cache' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('kashif-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(fromNetwork(req, event));
});

async function fromNetwork(req, event) {
  try {
    const res = await fetch(req);
    if (res.ok && res.type === 'basic') {
      const copy = res.clone();
      event.waitUntil(caches.open(CACHE).then((c) => c.put(req, copy)).catch(() => {}));
    }
    return res;
  } catch (err) {
    const cache = await caches.open(CACHE);
    const hit = (await cache.match(req, { ignoreSearch: true }))
      ?? (req.mode === 'navigate' ? await cache.match('./') : undefined);
    if (hit) return hit;
    throw err;
  }
}
