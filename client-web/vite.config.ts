import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { serviceWorker } from '../packages/web/src/pwa/serviceWorkerPlugin.js';
import { functionRewriteProxy } from '../scripts/hosting/devProxy.js';

export default defineConfig({
  plugins: [react(), serviceWorker()],
  resolve: { dedupe: ['react', 'react-dom', 'firebase', '@tanstack/react-query', 'react-i18next'] },
  // One set of `VITE_*` values for both apps: the deploy's `.env.production` at the root.
  envDir: '..',
  // The manifest and icons come from a function, per host, as Hosting rewrites them.
  server: { proxy: functionRewriteProxy() },
  // Maps stay out of what is served: 'hidden' writes them for our own analysis only.
  build: { sourcemap: 'hidden' },
});
