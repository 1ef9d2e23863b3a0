import { fileURLToPath } from 'node:url';
import type { PluginOption, UserConfig } from 'vite';
import { serviceWorker } from '../src/pwa/serviceWorkerPlugin.js';
import { functionRewriteProxy } from '../../../scripts/hosting/devProxy.js';

/**
 * The Vite configuration both apps build with. Each app passes its own React plugin: the plugin is
 * installed in the apps' workspaces, not here.
 */
export function portalViteConfig(react: PluginOption): UserConfig {
  return {
    plugins: [react, serviceWorker()],
    resolve: {
      dedupe: ['react', 'react-dom', 'firebase', '@tanstack/react-query', 'react-i18next'],
      alias: { re2js: fileURLToPath(new URL('./re2jsStub.ts', import.meta.url)) },
    },
    // One set of `VITE_*` values for both apps: the deploy's `.env.production` at the root.
    envDir: '..',
    // The manifest and icons come from a function, per host, as Hosting rewrites them.
    server: { proxy: functionRewriteProxy() },
    // Maps stay out of what is served: 'hidden' writes them for our own analysis only.
    build: { sourcemap: 'hidden' },
  };
}
