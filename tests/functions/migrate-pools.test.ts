// The migration of a project made before per-agency identity pools: a dry run changes nothing;
// applying moves each agency's users (claims, passwords) into its own Auth tenant and names it
// where the apps, the rules and the functions look.
import { afterAll, describe, expect, it } from 'vitest';
import { getAuth } from 'firebase-admin/auth';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import { doc, getDoc } from 'firebase/firestore';
import { migrateIdentityPools } from '../../scripts/ops/identityPools.js';
import { newEmail, Sessions, wrongPassword, expectCode } from '../support/calls.js';
import { adminApp, closeAdminApps, uniqueId } from '../support/stack.js';

const db = getFirestore(adminApp());
const sharedAuth = getAuth(adminApp());
const sessions = new Sessions();

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

/** A tenant as it was before: its users in the project's one pool, no authTenantId anywhere. */
async function legacyTenant() {
  const tenantId = uniqueId('legacy');
  const ownerEmail = newEmail('legacy-owner');
  const clientEmail = newEmail('legacy-client');
  const owner = await sharedAuth.createUser({ email: ownerEmail, password: 'owner-secret-1' });
  await sharedAuth.setCustomUserClaims(owner.uid, { tenantId, role: 'owner' });
  const login = await sharedAuth.createUser({ email: clientEmail, password: 'client-secret-1' });
  await sharedAuth.setCustomUserClaims(login.uid, { tenantId, role: 'client', clientId: 'c1' });
  await db.doc(`tenants/${tenantId}`).set({ name: 'Ancienne agence', slug: tenantId });
  await db.doc(`tenants/${tenantId}/public/signin`).set({ magicLink: false });
  await db.doc(`tenants/${tenantId}/members/${owner.uid}`).set({
    email: ownerEmail,
    role: 'owner',
    status: 'active',
    createdAt: FieldValue.serverTimestamp(),
  });
  await db.doc(`tenants/${tenantId}/clients/c1`).set({
    firstName: 'A',
    lastName: 'B',
    email: clientEmail,
    status: 'active',
    loginUids: [login.uid],
  });
  await db.doc(`domains/${tenantId}.example.test`).set({ tenantId, app: 'client' });
  return { tenantId, owner, login, ownerEmail, clientEmail };
}

describe('migrate-identity-pools', () => {
  it('plans without changing anything, then moves users, claims and passwords', async () => {
    const legacy = await legacyTenant();
    const lines: string[] = [];
    const dry = await migrateIdentityPools({
      app: adminApp(),
      apply: false,
      tenantIds: [legacy.tenantId],
      log: (line) => lines.push(line),
    });
    expect(dry).toHaveLength(1);
    expect(dry[0]?.users.map((user) => user.uid).sort()).toEqual(
      [legacy.owner.uid, legacy.login.uid].sort(),
    );
    expect(lines[0]).toContain('2 user(s) to move');
    expect((await db.doc(`tenants/${legacy.tenantId}`).get()).get('authTenantId')).toBeUndefined();

    const [applied] = await migrateIdentityPools({
      app: adminApp(),
      apply: true,
      tenantIds: [legacy.tenantId],
      deleteOriginals: true,
      log: () => undefined,
    });
    const pool = applied!.authTenantId!;
    expect(pool).toBeTruthy();
    const poolAuth = sharedAuth.tenantManager().authForTenant(pool);
    expect((await poolAuth.getUser(legacy.login.uid)).customClaims).toEqual({
      tenantId: legacy.tenantId,
      role: 'client',
      clientId: 'c1',
    });
    await expect(sharedAuth.getUser(legacy.owner.uid)).rejects.toMatchObject({
      code: 'auth/user-not-found',
    });
    for (const path of [
      `tenants/${legacy.tenantId}`,
      `tenants/${legacy.tenantId}/public/signin`,
      `tenants/${legacy.tenantId}/members/${legacy.owner.uid}`,
      `tenants/${legacy.tenantId}/clients/c1`,
      `domains/${legacy.tenantId}.example.test`,
    ]) {
      expect((await db.doc(path).get()).get('authTenantId'), path).toBe(pool);
    }

    // The same passwords open the agency's own pool, and the rules let them in.
    const client = await sessions.signedIn(legacy.clientEmail, 'client-secret-1', legacy.tenantId);
    const space = await getDoc(doc(client.firestore(), `tenants/${legacy.tenantId}/clients/c1`));
    expect(space.get('email')).toBe(legacy.clientEmail);
    await expectCode(
      sessions.signedIn(legacy.ownerEmail, 'not-the-password', legacy.tenantId),
      wrongPassword,
    );
    await sessions.signedIn(legacy.ownerEmail, 'owner-secret-1', legacy.tenantId);

    // A second run finds nothing left to move.
    expect(
      await migrateIdentityPools({
        app: adminApp(),
        apply: false,
        tenantIds: [legacy.tenantId],
        log: () => undefined,
      }),
    ).toEqual([]);
  });
});
