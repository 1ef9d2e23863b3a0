// Build-time only (Node): imported by the apps' vite.config.ts, never by the apps themselves.
import { resolve } from 'node:path';
import type { Logger, Plugin } from 'vite';
import { photoCacheName } from './cacheNames.js';

const DAY_SECONDS = 24 * 60 * 60;

/**
 * Writes `sw.js` into the build with workbox: the app shell and every hashed asset precached,
 * navigations answered with `index.html` (the SPA's routes work offline), and property photos
 * cached on the device. Nothing else is cached: Firestore, Auth and the other functions always
 * go to the network, so no private answer outlives its session.
 */
export function serviceWorker(): Plugin {
  let outDir = '';
  let logger: Logger | null = null;
  return {
    name: 'portail-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      logger = config.logger;
    },
    async writeBundle() {
      // Loaded here: workbox-build is heavy and only a production build needs it.
      const { generateSW } = await import('workbox-build');
      const { count, size, warnings } = await generateSW({
        swDest: resolve(outDir, 'sw.js'),
        globDirectory: outDir,
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webp,woff2}'],
        globIgnores: ['**/*.map', '.vite/**', 'sw.js', 'workbox-*.js'],
        // Vite names assets by content hash: the URL is the revision.
        dontCacheBustURLsMatching: /^assets\//,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: '/index.html',
        // Reserved Hosting paths and what the functions answer per host are never the shell.
        navigateFallbackDenylist: [/^\/__\//, /^\/manifest\.webmanifest$/, /^\/icons\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        // A new version waits for the user's "Reload" (UpdatePrompt), then takes over.
        skipWaiting: false,
        inlineWorkboxRuntime: true,
        sourcemap: false,
        mode: 'production',
        runtimeCaching: [
          {
            // `GET <functions>/files?kind=photo&propertyId=…&photoId=…&size=…`, sent with the
            // ID token: photos are immutable (a new photo is a new id), so the URL is the key.
            urlPattern: ({ url, request }) =>
              request.method === 'GET' &&
              url.pathname.endsWith('/files') &&
              url.searchParams.get('kind') === 'photo',
            handler: 'CacheFirst',
            options: {
              cacheName: photoCacheName,
              expiration: {
                maxEntries: 400,
                maxAgeSeconds: 30 * DAY_SECONDS,
                purgeOnQuotaError: true,
              },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      });
      for (const warning of warnings) logger?.warn(warning);
      logger?.info(`sw.js: ${count} files precached (${Math.round(size / 1024)} KiB)`);
    },
  };
}
