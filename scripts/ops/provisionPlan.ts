// What provisioning one tenant's two apps does, as data: the firebase-tools commands, the
// Firestore writes, the Auth authorized domains and the DNS records. Pure, so that the dry run
// prints exactly what a real run performs (and a test can read it).

export type AppKind = 'admin' | 'client';

export interface ProvisionInput {
  slug: string;
  projectId: string;
  /** The tenant's Auth tenant (Identity Platform), stored in each `domains/{host}` entry. */
  authTenantId: string;
  /** The client app's custom domain (e.g. `espace.agence-martin.fr`). */
  domain?: string | null;
  /** The admin app's custom domain; `admin.<domain>` by default. */
  adminDomain?: string | null;
  /** The Hosting site id of the client app (globally unique); the slug by default. */
  siteId?: string | null;
  /** Sites that already exist in the project: not created again. */
  existingSites?: readonly string[];
}

export interface DocumentWrite {
  path: string;
  data: Record<string, unknown>;
  /** Merged into an existing document rather than replacing it. */
  merge: boolean;
}

export interface DnsRecord {
  host: string;
  type: 'A' | 'TXT';
  value: string;
  site: string;
}

export interface ProvisionPlan {
  slug: string;
  sites: Record<AppKind, string>;
  /** Deploy target names in `.firebaserc`, one per app: how `npm run deploy` finds tenants. */
  targets: Record<AppKind, string>;
  hosts: Record<AppKind, string[]>;
  appUrls: Record<AppKind, string>;
  /** Each an argument list for `firebase` (firebase-tools). */
  commands: string[][];
  documents: DocumentWrite[];
  /** Added to the project's Auth authorized domains (sign-in links, password resets). */
  authorizedDomains: string[];
  /** Empty without a custom domain. */
  dns: DnsRecord[];
}

/** Firebase Hosting's address for custom domains (Firebase console, "Add custom domain"). */
export const hostingIpv4 = '199.36.158.100';

const slugPattern = /^[a-z0-9](?:[a-z0-9-]{0,28}[a-z0-9])?$/;
const sitePattern = /^[a-z0-9](?:[a-z0-9-]{4,28}[a-z0-9])$/;
const domainPattern = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export class ProvisionError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The deploy target names of a tenant's apps, as `.firebaserc` records them. */
export function tenantTargets(slug: string): Record<AppKind, string> {
  return { admin: `${slug}-admin`, client: `${slug}-client` };
}

function checkDomain(domain: string, option: string): string {
  const lower = domain.trim().toLowerCase().replace(/\.$/, '');
  if (!domainPattern.test(lower)) {
    throw new ProvisionError(
      'invalid-domain',
      `${option} : « ${domain} » n’est pas un nom de domaine.`,
    );
  }
  return lower;
}

export function provisionPlan(input: ProvisionInput): ProvisionPlan {
  const { slug, projectId, authTenantId } = input;
  if (!slugPattern.test(slug)) {
    throw new ProvisionError(
      'invalid-slug',
      `« ${slug} » : l’identifiant d’une agence s’écrit en minuscules, chiffres et tirets.`,
    );
  }
  const clientSite = input.siteId ?? slug;
  const sites = { admin: `${clientSite}-admin`, client: clientSite };
  for (const site of Object.values(sites)) {
    if (!sitePattern.test(site)) {
      throw new ProvisionError(
        'invalid-site',
        `« ${site} » : un site Hosting a de 6 à 30 caractères (minuscules, chiffres, tirets) ; choisissez-en un avec --site.`,
      );
    }
  }
  const domain = input.domain ? checkDomain(input.domain, '--domain') : null;
  const adminDomain = domain
    ? checkDomain(input.adminDomain ?? `admin.${domain}`, '--admin-domain')
    : null;
  const custom: Record<AppKind, string | null> = { admin: adminDomain, client: domain };
  const apps: AppKind[] = ['admin', 'client'];
  const hosts = Object.fromEntries(
    apps.map((app) => [
      app,
      [custom[app], `${sites[app]}.web.app`, `${sites[app]}.firebaseapp.com`].filter(
        (host): host is string => host !== null,
      ),
    ]),
  ) as Record<AppKind, string[]>;
  const appUrls = Object.fromEntries(
    apps.map((app) => [app, `https://${hosts[app][0]}`]),
  ) as Record<AppKind, string>;
  const targets = tenantTargets(slug);
  const project = ['--project', projectId];
  const existing = new Set(input.existingSites ?? []);

  const commands: string[][] = [
    ...apps
      .filter((app) => !existing.has(sites[app]))
      .map((app) => ['hosting:sites:create', sites[app], ...project, '--non-interactive']),
    ...apps.map((app) => ['target:apply', 'hosting', targets[app], sites[app], ...project]),
  ];

  const documents: DocumentWrite[] = [
    ...apps.flatMap((app) =>
      hosts[app].map((host) => ({
        path: `domains/${host}`,
        data: { tenantId: slug, app, authTenantId },
        merge: false,
      })),
    ),
    {
      path: `tenants/${slug}`,
      data: { adminAppUrl: appUrls.admin, clientAppUrl: appUrls.client },
      merge: true,
    },
  ];

  const dns: DnsRecord[] = apps.flatMap((app) => {
    const host = custom[app];
    if (!host) return [];
    return [
      { host, type: 'A' as const, value: hostingIpv4, site: sites[app] },
      { host, type: 'TXT' as const, value: `hosting-site=${sites[app]}`, site: sites[app] },
    ];
  });

  return {
    slug,
    sites,
    targets,
    hosts,
    appUrls,
    commands,
    documents,
    authorizedDomains: [...hosts.admin, ...hosts.client],
    dns,
  };
}

/** A command as a shell would show it, arguments with spaces quoted. */
export function shellLine(args: readonly string[]): string {
  return ['firebase', ...args]
    .map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg}'`))
    .join(' ');
}

/** The plan as a person reads it: every command, document and DNS record. */
export function describePlan(plan: ProvisionPlan, dryRun: boolean): string[] {
  const lines = [dryRun ? 'Dry run: nothing is changed.' : 'Provisioning:', '', 'Commands:'];
  for (const command of plan.commands) lines.push(`  ${shellLine(command)}`);
  lines.push('', 'Firestore:');
  for (const write of plan.documents) {
    lines.push(`  ${write.merge ? 'merge' : 'set  '} ${write.path} ${JSON.stringify(write.data)}`);
  }
  lines.push('', 'Auth authorized domains (added):');
  for (const domain of plan.authorizedDomains) lines.push(`  ${domain}`);
  if (plan.dns.length > 0) {
    lines.push('', 'DNS records (at the domain’s registrar):');
    for (const record of plan.dns) {
      lines.push(`  ${record.host.padEnd(32)} ${record.type.padEnd(4)} ${record.value}`);
    }
    lines.push(
      '  then, in the Firebase console (Hosting, each site, "Add custom domain"), add the domain:',
      '  it shows one more record (_acme-challenge) for the certificate; add it too.',
    );
  }
  lines.push(
    '',
    `Apps: admin ${plan.appUrls.admin}, client ${plan.appUrls.client}`,
    `Next: npm run deploy -- --tenant ${plan.slug}`,
  );
  return lines;
}
