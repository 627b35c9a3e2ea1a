import { escapeHtml } from './hosted-page.template.js';

/** Where the kiosk's bundle is served from (see kiosk-page.routes.ts). */
export const KIOSK_APP_PATH = '/kiosk-app';

/**
 * The waiting-room kiosk page: the practice's name and the `<yyg-kiosk>` element, which holds the
 * feedback form, the set-up message, the queue count and the inactivity reset. No inline script
 * or style, so it works under the strict page CSP; installable (manifest, icon, service worker).
 */
export function kioskPage({ code, name }: { code: string; name: string }): string {
  const base = `/kiosk/${encodeURIComponent(code)}`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="theme-color" content="#005eb8" />
    <title>${escapeHtml(`Feedback – ${name}`)}</title>
    <link rel="manifest" href="${base}/manifest.webmanifest" />
    <link rel="icon" href="${base}/icon.svg" type="image/svg+xml" />
    <link rel="apple-touch-icon" href="${base}/icon.svg" />
    <link rel="stylesheet" href="/assets/kiosk.css" />
    <script type="module" src="${KIOSK_APP_PATH}/kiosk.js"></script>
  </head>
  <body>
    <header class="header">
      <p class="service-name">You and Your GP</p>
    </header>
    <main id="main" class="kiosk-main">
      <h1>${escapeHtml(name)}</h1>
      <yyg-kiosk practice="${escapeHtml(code)}"></yyg-kiosk>
      <noscript>
        <p class="notice">
          This tablet needs JavaScript switched on. Please give feedback at reception instead. If you
          need medical help now, call 111. In an emergency, call 999.
        </p>
      </noscript>
    </main>
  </body>
</html>
`;
}

/** The web app manifest: the kiosk opens full screen, on its own practice's page. */
export function kioskManifest({ code, name }: { code: string; name: string }): object {
  const base = `/kiosk/${encodeURIComponent(code)}`;
  return {
    name: `Feedback – ${name}`,
    short_name: 'Feedback',
    description: `Tell ${name} about your experience`,
    id: base,
    start_url: base,
    scope: base,
    display: 'fullscreen',
    orientation: 'any',
    background_color: '#f0f4f5',
    theme_color: '#005eb8',
    icons: [{ src: `${base}/icon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any maskable' }],
  };
}

/** A plain icon: a white speech bubble on NHS blue. */
export const KIOSK_ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" role="img" aria-label="Feedback">
  <rect width="512" height="512" fill="#005eb8"/>
  <path d="M112 136h288a24 24 0 0 1 24 24v160a24 24 0 0 1-24 24H232l-88 64v-64h-32a24 24 0 0 1-24-24V160a24 24 0 0 1 24-24z" fill="#fff"/>
  <path d="M168 216h176M168 264h120" stroke="#005eb8" stroke-width="24" stroke-linecap="round"/>
</svg>
`;

/**
 * The kiosk's service worker, for one practice. It precaches the page, its stylesheet, manifest
 * and icon, the kiosk bundle and every chunk it may load (languages included), and the practice's
 * settings, so a tablet that has opened the page once opens it and takes feedback with no
 * connection at all. The page and the settings are fetched from the network first (so changes
 * arrive) and from the cache when that fails; the bundle, whose chunks are content-hashed, from the
 * cache first. Anything else, and every POST (the sync), goes to the network untouched.
 */
export function kioskServiceWorker({
  code,
  version,
  assets,
}: {
  code: string;
  version: string;
  assets: string[];
}): string {
  const base = `/kiosk/${encodeURIComponent(code)}`;
  const fresh = [base, `/api/v1/practices/${encodeURIComponent(code)}`];
  const config = JSON.stringify({
    base,
    cache: `yyg-kiosk-${code}-${version}`,
    prefix: `yyg-kiosk-${code}-`,
    fresh,
    assets,
  });
  return `// You and Your GP kiosk service worker for ${code} (version ${version})
const CONFIG = ${config};
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CONFIG.cache)
      .then((cache) => cache.addAll([...CONFIG.fresh, ...CONFIG.assets].map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(CONFIG.prefix) && k !== CONFIG.cache).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

function withTimeout(promise) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), NETWORK_TIMEOUT_MS);
    promise.then((v) => (clearTimeout(timer), resolve(v)), (e) => (clearTimeout(timer), reject(e)));
  });
}

async function networkFirst(request, key) {
  const cache = await caches.open(CONFIG.cache);
  try {
    const response = await withTimeout(fetch(request));
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CONFIG.cache });
  return cached ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const path = url.pathname.replace(/\\/+$/, '');
  if (request.mode === 'navigate' && path === CONFIG.base) {
    event.respondWith(networkFirst(request, CONFIG.base));
  } else if (CONFIG.fresh.includes(url.pathname)) {
    event.respondWith(networkFirst(request, url.pathname));
  } else if (CONFIG.assets.includes(url.pathname)) {
    event.respondWith(cacheFirst(request));
  }
});
`;
}
