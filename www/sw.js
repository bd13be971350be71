// Kashif's service worker: after one visit the page works with no
// connection. It caches this site's own files only (the page, its scripts
// and the WebAssembly module) in a cache named by the build id
// (sw.js?build=<crate version>-<hash>, written by scripts/wasm.sh into
// pkg/build.js), and deletes the caches of other builds when it activates.
//
// Requests for those files go to the network first (so an update is seen
// at once) and fall back to the cache when the network fails; a good
// answer refreshes the cache. Nothing else is cached or even touched:
// requests to other origins (the page makes none: its CSP forbids them),
// requests other than GET, and same-origin URLs that are not one of the
// site's files go to the network as if there were no service worker. The
// user's text never reaches this file: the page never puts it in a URL
// and never sends it anywhere, and downloads are blob: URLs, which a
// service worker never sees. Files are cached under their path without
// query string.

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

/** The site's files fetched only when needed (the PDF reader), cached then. */
const LAZY = ['vendor/pdfjs/pdf.min.mjs', 'vendor/pdfjs/pdf.worker.min.mjs'];

/** The absolute URLs (no query string) this worker may cache. */
const OWN = new Set([...FILES, ...LAZY].map((f) => new URL(f, self.location.href).href));

/** `url` without its query string and fragment. */
const bare = (url) => `${url.origin}${url.pathname}`;

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
  if (req.method !== 'GET' || url.origin !== self.location.origin || !OWN.has(bare(url))) return;
  if (req.headers.has('range')) return; // a partial answer is not the file
  event.respondWith(fromNetwork(req, bare(url), event));
});

async function fromNetwork(req, key, event) {
  try {
    const res = await fetch(req);
    if (res.status === 200 && res.type === 'basic') {
      const copy = res.clone();
      event.waitUntil(caches.open(CACHE).then((c) => c.put(key, copy)).catch(() => {}));
    }
    return res;
  } catch (err) {
    const cache = await caches.open(CACHE);
    const hit = (await cache.match(key)) ?? (req.mode === 'navigate' ? await cache.match('./') : undefined);
    if (hit) return hit;
    throw err;
  }
}
