import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type HostingTarget = 'admin' | 'client';

export interface HeaderRule {
  source: string;
  headers: Array<{ key: string; value: string }>;
}

export type Rewrite =
  | { source: string; destination: string }
  | { source: string; function: { functionId: string; region?: string } };

/** One `hosting` entry of firebase.json, as the local server and the deploy read it. */
export interface HostingSite {
  target: HostingTarget;
  public: string;
  ignore?: string[];
  rewrites?: Rewrite[];
  headers?: HeaderRule[];
  cleanUrls?: boolean;
  trailingSlash?: boolean;
}

export const repoRoot = join(import.meta.dirname, '..', '..');

/** firebase.json, read each time: the one description of how the apps are served. */
export function hostingSites(root = repoRoot): HostingSite[] {
  const config = JSON.parse(readFileSync(join(root, 'firebase.json'), 'utf8')) as {
    hosting?: HostingSite | HostingSite[];
  };
  const sites = config.hosting;
  return Array.isArray(sites) ? sites : sites ? [sites] : [];
}

export function hostingSite(target: HostingTarget, root = repoRoot): HostingSite {
  const site = hostingSites(root).find((entry) => entry.target === target);
  if (!site) throw new Error(`firebase.json has no hosting target "${target}"`);
  return site;
}

/** The function rewrites of a site (the same for both apps): what the dev server proxies too. */
export function functionRewrites(site: HostingSite) {
  return (site.rewrites ?? []).flatMap((rewrite) =>
    'function' in rewrite
      ? [
          {
            source: rewrite.source,
            functionId: rewrite.function.functionId,
            region: rewrite.function.region ?? 'us-central1',
          },
        ]
      : [],
  );
}
