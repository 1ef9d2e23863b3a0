// Gives an existing tenant its two apps on Firebase Hosting:
//
//   npm run tenant:provision -- <slug> [--domain espace.agence.fr] [--admin-domain pro.agence.fr]
//                                      [--site <client site id>] [--project <id|alias>] [--dry-run]
//
// creates the Hosting sites `<site>-admin` and `<site>` (the slug by default), applies the deploy
// targets `<slug>-admin` and `<slug>-client` (recorded in .firebaserc, which `npm run deploy`
// reads), maps each host to the tenant in `domains/{host}`, sets the tenant's app URLs, adds the
// hosts to Auth's authorized domains and prints the DNS records of a custom domain. `--dry-run`
// prints all of it and changes nothing. Credentials: `gcloud auth application-default login`
// (or GOOGLE_APPLICATION_CREDENTIALS) and `firebase login`.
import { applicationDefault, initializeApp } from 'firebase-admin/app';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';
import { applyEmulatorEnv } from '../stack-config.js';
import { firebaseJson, parseArgs, readFirebaseRc, runFirebase } from './deployFirebase.js';
import { resolveProject } from './deployPlan.js';
import {
  describePlan,
  provisionPlan,
  ProvisionError,
  type ProvisionPlan,
} from './provisionPlan.js';

const args = parseArgs(process.argv.slice(2), ['dry-run']);
const [slug] = args.positional;
const dryRun = args.flag('dry-run');

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function authTenantOf(db: Firestore, tenantId: string): Promise<string | null> {
  const tenant = await db.doc(`tenants/${tenantId}`).get();
  return (tenant.get('authTenantId') as string | undefined) ?? null;
}

/** The hosts already mapped to ANOTHER tenant: provisioning never takes a host over. */
async function takenHosts(db: Firestore, plan: ProvisionPlan): Promise<string[]> {
  const hosts = [...plan.hosts.admin, ...plan.hosts.client];
  const entries = await Promise.all(hosts.map((host) => db.doc(`domains/${host}`).get()));
  return hosts.filter((_, i) => entries[i]!.exists && entries[i]!.get('tenantId') !== plan.slug);
}

/** Identity Platform's project config: the domains allowed in sign-in links and redirects. */
async function addAuthorizedDomains(projectId: string, domains: readonly string[]) {
  const { access_token: token } = await applicationDefault().getAccessToken();
  const url = `https://identitytoolkit.googleapis.com/admin/v2/projects/${projectId}/config`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const current = (await (await fetch(url, { headers })).json()) as {
    authorizedDomains?: string[];
  };
  const wanted = [...new Set([...(current.authorizedDomains ?? []), ...domains])];
  const response = await fetch(`${url}?updateMask=authorizedDomains`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ authorizedDomains: wanted }),
  });
  if (!response.ok)
    throw new Error(`authorized domains: ${response.status} ${await response.text()}`);
}

async function main() {
  if (!slug) {
    fail(
      'Usage: npm run tenant:provision -- <slug> [--domain <host>] [--admin-domain <host>] [--site <id>] [--project <id>] [--dry-run]',
    );
  }
  const projectId = resolveProject(readFirebaseRc(), args.text('project'));
  if (!projectId) fail('No Firebase project: pass --project or set "default" in .firebaserc.');
  const local = projectId.startsWith('demo-');
  if (local && !dryRun) {
    fail(`"${projectId}" is the local demo project: pass --project <your project> (or --dry-run).`);
  }
  // A dry run against the demo project reads the local stack, if it runs.
  if (local) applyEmulatorEnv();
  const db = getFirestore(initializeApp({ projectId }));

  let authTenantId: string | null;
  try {
    // A dry run does not wait on a project (or local stack) that does not answer.
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('no answer within 10 s')), 10_000).unref(),
    );
    authTenantId = await (dryRun
      ? Promise.race([authTenantOf(db, slug), timeout])
      : authTenantOf(db, slug));
  } catch (error) {
    if (!dryRun) throw error;
    authTenantId = null;
    process.stdout.write(
      `(tenants/${slug} not read: ${(error as Error).message.split('\n')[0]})\n`,
    );
  }
  if (!authTenantId && !dryRun) {
    fail(`No tenant "${slug}" with an Auth tenant in ${projectId}: create it by signing up first.`);
  }
  const existingSites = dryRun
    ? []
    : ((
        await firebaseJson<{ sites?: Array<{ name: string }> }>([
          'hosting:sites:list',
          '--project',
          projectId,
        ])
      ).sites?.map((site) => site.name.split('/').pop()!) ?? []);
  const plan = provisionPlan({
    slug,
    projectId,
    authTenantId: authTenantId ?? `<authTenantId of tenants/${slug}>`,
    domain: args.text('domain'),
    adminDomain: args.text('admin-domain'),
    siteId: args.text('site'),
    existingSites,
  });

  if (!dryRun) {
    const taken = await takenHosts(db, plan);
    if (taken.length > 0) fail(`Already mapped to another tenant: ${taken.join(', ')}`);
  }
  if (!dryRun) {
    for (const command of plan.commands) await runFirebase(command, false);
    const batch = db.batch();
    for (const write of plan.documents) {
      batch.set(db.doc(write.path), write.data, { merge: write.merge });
    }
    await batch.commit();
    await addAuthorizedDomains(projectId, plan.authorizedDomains);
  }
  process.stdout.write(`${describePlan(plan, dryRun).join('\n')}\n`);
}

main()
  .then(() => process.exit(0))
  .catch((error: Error) => {
    process.stderr.write(
      error instanceof ProvisionError ? `${error.message}\n` : `${error.stack ?? error.message}\n`,
    );
    process.exit(1);
  });
