// The built apps served as Hosting serves them, on free ports, with each agency's hosts mapped
// to those ports (`domains/{host}` names the port, as the seed does for the dev servers).
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import { getAuth } from 'firebase-admin/auth';
import { clientSearchFields } from '@portail/shared';
import { join } from 'node:path';
import { buildApps } from '../../scripts/hosting/buildApps.js';
import { repoRoot } from '../../scripts/hosting/hostingConfig.js';
import { startHostingServer, type HostingServer } from '../../scripts/hosting/server.js';
import { demoTenantId } from '../../scripts/seed/demo-data.js';
import { authTenantOf, createPool } from '../support/pools.js';
import { adminApp } from '../support/stack.js';

/** A second agency, in other colours, with one client login: it stays, as the demo does. */
export const agencyBis = {
  tenantId: 'l-agence-bis',
  name: '[L] Agence Bis',
  primaryColour: '#6b2d8c',
  accentColour: '#2d8c6b',
  client: {
    uid: 'l-agence-bis-client',
    clientId: 'l-client-bis',
    email: 'l.client@agence-bis.test',
    password: 'agence-bis-1',
  },
};

export async function ensureAgencyBis(): Promise<string> {
  const db = getFirestore(adminApp());
  const tenant = db.doc(`tenants/${agencyBis.tenantId}`);
  const existing = (await tenant.get()).get('authTenantId') as string | undefined;
  const authTenantId = existing ?? (await createPool(agencyBis.tenantId));
  if (!existing) {
    await tenant.set({
      name: agencyBis.name,
      slug: agencyBis.tenantId,
      plan: 'paid',
      purgeAt: null,
      authTenantId,
      createdAt: FieldValue.serverTimestamp(),
    });
  }
  await db.doc(`tenants/${agencyBis.tenantId}/public/branding`).set({
    name: agencyBis.name,
    primaryColour: agencyBis.primaryColour,
    accentColour: agencyBis.accentColour,
    logoUrl: null,
    language: 'fr',
  });
  await db
    .doc(`tenants/${agencyBis.tenantId}/public/signin`)
    .set({ magicLink: false, authTenantId });
  const { client } = agencyBis;
  const auth = getAuth(adminApp()).tenantManager().authForTenant(authTenantId);
  const profile = { email: client.email, password: client.password, emailVerified: true };
  await auth
    .updateUser(client.uid, profile)
    .catch(() => auth.createUser({ uid: client.uid, ...profile }));
  await auth.setCustomUserClaims(client.uid, {
    tenantId: agencyBis.tenantId,
    role: 'client',
    clientId: client.clientId,
  });
  const person = { firstName: 'Léa', lastName: 'Bis', email: client.email, phone: '0600000000' };
  await db.doc(`tenants/${agencyBis.tenantId}/clients/${client.clientId}`).set({
    ...person,
    status: 'active',
    authTenantId,
    loginUids: [client.uid],
    logins: { [client.uid]: { email: client.email, displayName: 'Léa Bis' } },
    sharedWith: [],
    criteria: { budgetMax: 300000, areas: ['Lyon'], roomsMin: 2, surfaceMin: 40 },
    ...clientSearchFields({ ...person, logins: {} }),
    createdAt: FieldValue.serverTimestamp(),
    updatedAt: FieldValue.serverTimestamp(),
  });
  return authTenantId;
}

/** The tests' own build (see buildApps' `root`), kept between runs and reused while fresh. */
export const builtRoot = join(repoRoot, 'node_modules', '.cache', 'portail-hosting');

export interface ServedApps {
  admin: HostingServer;
  client: HostingServer;
  /** `agence-demo.localhost:<port>` and the second agency's, per app. */
  hosts: {
    demo: { admin: string; client: string };
    bis: { admin: string; client: string };
  };
  close(): Promise<void>;
}

/**
 * Builds both apps (or reuses a build of the same sources), serves them on free ports and maps
 * both agencies' hosts on those ports; `close` stops the servers and removes the mappings.
 */
export async function serveBuiltApps(): Promise<ServedApps> {
  await buildApps({ root: builtRoot });
  const bisAuthTenant = await ensureAgencyBis();
  const demoAuthTenant = await authTenantOf(demoTenantId);
  const [admin, client] = await Promise.all([
    startHostingServer({ target: 'admin', port: 0, emulators: true, root: builtRoot }),
    startHostingServer({ target: 'client', port: 0, emulators: true, root: builtRoot }),
  ]);
  const hostOf = (slug: string, server: HostingServer) => `${slug}.localhost:${server.port}`;
  const hosts = {
    demo: { admin: hostOf(demoTenantId, admin), client: hostOf(demoTenantId, client) },
    bis: { admin: hostOf(agencyBis.tenantId, admin), client: hostOf(agencyBis.tenantId, client) },
  };
  const db = getFirestore(adminApp());
  const entries = [
    [hosts.demo.admin, { tenantId: demoTenantId, app: 'admin', authTenantId: demoAuthTenant }],
    [hosts.demo.client, { tenantId: demoTenantId, app: 'client', authTenantId: demoAuthTenant }],
    [hosts.bis.admin, { tenantId: agencyBis.tenantId, app: 'admin', authTenantId: bisAuthTenant }],
    [
      hosts.bis.client,
      { tenantId: agencyBis.tenantId, app: 'client', authTenantId: bisAuthTenant },
    ],
  ] as const;
  await Promise.all(entries.map(([host, entry]) => db.doc(`domains/${host}`).set(entry)));
  return {
    admin,
    client,
    hosts,
    async close() {
      await Promise.all(entries.map(([host]) => db.doc(`domains/${host}`).delete()));
      await Promise.all([admin.close(), client.close()]);
    },
  };
}

/** A request to the local hosting server as a browser on `host` would send it. */
export async function fetchAs(
  server: HostingServer,
  host: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  // fetch() may not set Host: the server is reached at 127.0.0.1 and told the host by name.
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, headers: { host, ...headers }, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const responseHeaders = new Headers();
          for (const [key, value] of Object.entries(res.headers)) {
            if (value !== undefined)
              responseHeaders.set(key, Array.isArray(value) ? value.join(', ') : value);
          }
          const status = res.statusCode ?? 0;
          const body = status === 204 || status === 304 ? null : Buffer.concat(chunks);
          resolve(new Response(body, { status, headers: responseHeaders }));
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}
