// Moves an existing project's users from the one shared Auth pool into one Auth tenant per
// agency (see scripts/ops/migrate-identity-pools.ts for the command).
import type { App } from 'firebase-admin/app';
import { getAuth, type UserImportRecord, type UserRecord } from 'firebase-admin/auth';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';

/** The project's password hash parameters (Firebase console, Authentication, "Password hash"). */
export interface HashConfig {
  key: Buffer;
  saltSeparator: Buffer;
  rounds: number;
  memoryCost: number;
}

export interface TenantPlan {
  tenantId: string;
  /** Users of the shared pool whose claims name the tenant. */
  users: { uid: string; email: string | null; role: string; hasPassword: boolean }[];
  /** Member and client logins the tenant's documents name but that have no user. */
  missing: string[];
  authTenantId: string | null;
}

interface Options {
  app: App;
  apply: boolean;
  tenantIds?: readonly string[];
  hash?: HashConfig | null;
  /** Delete the moved users from the shared pool once they are in their agency's. */
  deleteOriginals?: boolean;
  log?: (line: string) => void;
}

/**
 * The Auth emulator stores `fakeHash:salt=…:password=…` and cannot import hashes; there the
 * password is set from it. Against a real project the hash is imported with the project's
 * parameters and nobody's password is ever read.
 */
const emulatorPassword = (user: UserRecord) =>
  /^fakeHash:salt=[^:]*:password=(.*)$/.exec(user.passwordHash ?? '')?.[1] ?? null;

async function listSharedPool(app: App): Promise<UserRecord[]> {
  const users: UserRecord[] = [];
  let pageToken: string | undefined;
  do {
    const page = await getAuth(app).listUsers(1000, pageToken);
    users.push(...page.users);
    pageToken = page.pageToken;
  } while (pageToken);
  return users;
}

async function tenantUids(db: Firestore, tenantId: string): Promise<Set<string>> {
  const uids = new Set<string>();
  const members = await db.collection(`tenants/${tenantId}/members`).select().get();
  for (const member of members.docs) uids.add(member.id);
  const clients = await db.collection(`tenants/${tenantId}/clients`).select('loginUids').get();
  for (const client of clients.docs) {
    for (const uid of (client.get('loginUids') as string[] | undefined) ?? []) uids.add(uid);
  }
  return uids;
}

/** What the migration would do (dry run) or did (`apply`), tenant by tenant. */
export async function migrateIdentityPools(options: Options): Promise<TenantPlan[]> {
  const { app, apply } = options;
  const log = options.log ?? console.log;
  const db = getFirestore(app);
  const tenants = await db.collection('tenants').get();
  const wanted = tenants.docs.filter(
    (tenant) =>
      !tenant.get('authTenantId') && (!options.tenantIds || options.tenantIds.includes(tenant.id)),
  );
  const shared = wanted.length > 0 ? await listSharedPool(app) : [];
  const plans: TenantPlan[] = [];
  for (const tenant of wanted) {
    const tenantId = tenant.id;
    const known = await tenantUids(db, tenantId);
    const users = shared.filter(
      (user) => (user.customClaims?.tenantId as unknown) === tenantId || known.has(user.uid),
    );
    const plan: TenantPlan = {
      tenantId,
      users: users.map((user) => ({
        uid: user.uid,
        email: user.email ?? null,
        role: String(user.customClaims?.role ?? 'none'),
        hasPassword: Boolean(user.passwordHash),
      })),
      missing: [...known].filter((uid) => !users.some((user) => user.uid === uid)),
      authTenantId: null,
    };
    log(
      `${tenantId}: ${users.length} user(s) to move` +
        (plan.missing.length ? `, ${plan.missing.length} named but without a user` : ''),
    );
    if (!apply) {
      plans.push(plan);
      continue;
    }
    const needsHash = users.some((user) => user.passwordHash && !emulatorPassword(user));
    if (needsHash && !options.hash) {
      throw new Error(`${tenantId}: passwords to move; give the project's hash parameters`);
    }
    const created = await getAuth(app)
      .tenantManager()
      .createTenant({
        displayName: `t-${tenantId}`.slice(0, 20).replace(/-+$/, ''),
        emailSignInConfig: { enabled: true, passwordRequired: true },
      });
    const pool = getAuth(app).tenantManager().authForTenant(created.tenantId);
    const records: UserImportRecord[] = users.map((user) => ({
      uid: user.uid,
      email: user.email,
      emailVerified: user.emailVerified,
      displayName: user.displayName,
      disabled: user.disabled,
      customClaims: user.customClaims,
      ...(user.passwordHash && !emulatorPassword(user)
        ? {
            passwordHash: Buffer.from(user.passwordHash, 'base64'),
            passwordSalt: Buffer.from(user.passwordSalt ?? '', 'base64'),
          }
        : {}),
    }));
    for (let start = 0; start < records.length; start += 1000) {
      const result = await pool.importUsers(
        records.slice(start, start + 1000),
        options.hash ? { hash: { algorithm: 'SCRYPT', ...options.hash } } : undefined,
      );
      if (result.failureCount > 0) {
        throw new Error(
          `${tenantId}: ${result.failureCount} user(s) not imported: ${result.errors
            .map((error) => error.error.message)
            .join('; ')}`,
        );
      }
    }
    for (const user of users) {
      const password = emulatorPassword(user);
      if (password) await pool.updateUser(user.uid, { password });
    }
    await recordPool(db, tenantId, created.tenantId);
    if (options.deleteOriginals) {
      for (let start = 0; start < users.length; start += 1000) {
        await getAuth(app).deleteUsers(users.slice(start, start + 1000).map((user) => user.uid));
      }
    }
    plan.authTenantId = created.tenantId;
    log(`${tenantId}: moved to Auth tenant ${created.tenantId}`);
    plans.push(plan);
  }
  return plans;
}

/** Names the agency's pool wherever the apps, the rules and the functions look for it. */
async function recordPool(db: Firestore, tenantId: string, authTenantId: string) {
  const writer = db.bulkWriter();
  const base = db.doc(`tenants/${tenantId}`);
  void writer.update(base, { authTenantId });
  void writer.set(base.collection('public').doc('signin'), { authTenantId }, { merge: true });
  for (const name of ['members', 'clients']) {
    const docs = await base.collection(name).select().get();
    for (const doc of docs.docs) void writer.update(doc.ref, { authTenantId });
  }
  const hosts = await db.collection('domains').where('tenantId', '==', tenantId).get();
  for (const host of hosts.docs) void writer.update(host.ref, { authTenantId });
  await writer.close();
}
