// Imported by the apps' vite.config.ts: the dev servers answer the function rewrites of
// firebase.json (the manifest, the icons) as Hosting does, from the Functions emulator.
import type { ProxyOptions } from 'vite';
import { host, ports, projectId } from '../stack-config.js';
import { globToRegExp } from './glob.js';
import { functionRewrites, hostingSite } from './hostingConfig.js';

export function functionRewriteProxy(): Record<string, ProxyOptions> {
  const entries = functionRewrites(hostingSite('client')).map(
    ({ source, functionId, region }) =>
      [
        globToRegExp(source).source,
        {
          target: `http://${host}:${ports.functions}`,
          rewrite: (path: string) => `/${projectId}/${region}/${functionId}${path}`,
          configure: (proxy) => {
            proxy.on('proxyReq', (proxyRequest, request) => {
              proxyRequest.setHeader('x-forwarded-host', request.headers.host ?? '');
            });
          },
        } satisfies ProxyOptions,
      ] as const,
  );
  return Object.fromEntries(entries);
}
