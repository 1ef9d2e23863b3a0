// What `npm run deploy` does, as data: which tenants' sites, the firebase.json it deploys with,
// and the firebase-tools command. Pure, so that the dry run prints exactly what a real run does.
import { tenantTargets, type AppKind } from './provisionPlan.js';

/** `.firebaserc`: the project aliases and, per project, the deploy targets provisioning applied. */
export interface FirebaseRc {
  projects?: Record<string, string>;
  targets?: Record<string, { hosting?: Record<string, string[]> }>;
}

interface HostingEntry {
  target?: string;
  site?: string;
  [key: string]: unknown;
}

export interface FirebaseJson {
  hosting?: HostingEntry[];
  functions?: Array<{ source: string; [key: string]: unknown }>;
  [key: string]: unknown;
}

/** The project's tenants: those whose two targets (`<slug>-admin`, `<slug>-client`) are applied. */
export function provisionedTenants(rc: FirebaseRc, projectId: string): string[] {
  const hosting = rc.targets?.[projectId]?.hosting ?? {};
  return Object.keys(hosting)
    .filter((name) => name.endsWith('-admin'))
    .map((name) => name.slice(0, -'-admin'.length))
    .filter((slug) => (hosting[tenantTargets(slug).client]?.length ?? 0) > 0)
    .sort();
}

/** The project id an alias (or `default`) names in `.firebaserc`, or the argument itself. */
export function resolveProject(rc: FirebaseRc, alias: string | undefined): string | null {
  const name = alias ?? 'default';
  return rc.projects?.[name] ?? alias ?? null;
}

/**
 * firebase.json as deployed: its two app entries (targets `admin`, `client`) repeated for each
 * tenant under the tenant's own targets, every other setting as written; the functions deployed
 * from the staged folder (see deploy.ts: the shared package is packed into it).
 */
export function deployConfig(
  config: FirebaseJson,
  tenants: readonly string[],
  functionsSource: string,
): FirebaseJson {
  const entryOf = (app: AppKind) => {
    const entry = config.hosting?.find((site) => site.target === app);
    if (!entry) throw new Error(`firebase.json has no hosting target "${app}"`);
    return entry;
  };
  const hosting = tenants.flatMap((slug) =>
    (['admin', 'client'] as const).map((app) => ({
      ...entryOf(app),
      target: tenantTargets(slug)[app],
    })),
  );
  const functions = (config.functions ?? []).map((codebase) =>
    codebase.source === 'functions' ? { ...codebase, source: functionsSource } : codebase,
  );
  return { ...config, hosting, functions };
}

export interface DeployInput {
  projectId: string;
  /** The tenants whose sites are deployed (all provisioned ones, or the one asked for). */
  tenants: readonly string[];
  /** Only the tenants' sites: no rules, indexes or functions. */
  hostingOnly?: boolean;
  configFile: string;
}

/** The one firebase-tools command: rules, indexes, functions, then each tenant's two sites. */
export function deployCommand(input: DeployInput): string[] {
  const hosting = input.tenants.flatMap((slug) =>
    Object.values(tenantTargets(slug)).map((target) => `hosting:${target}`),
  );
  const backend = input.hostingOnly
    ? []
    : ['firestore:rules', 'firestore:indexes', 'storage', 'functions'];
  const only = [...backend, ...hosting];
  if (only.length === 0) throw new Error('nothing to deploy');
  return [
    'deploy',
    '--project',
    input.projectId,
    '--config',
    input.configFile,
    '--only',
    only.join(','),
    '--non-interactive',
  ];
}
