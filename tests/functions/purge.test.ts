// T1 sandbox purge and plan switch, run as the scheduled job and the ops scripts run them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FieldValue, getFirestore, Timestamp } from 'firebase-admin/firestore';
import { exampleProperties } from '@portail/shared';
import { adminApp, closeAdminApps } from '../support/stack.js';
import { createStaff, createTenant } from '../support/identities.js';
import { poolAuth } from '../support/pools.js';
import { purgeDueSandboxes, purgeTenant } from '../../functions/src/tenancy/purgeSandbox.js';
import { setTenantPlan } from '../../functions/src/tenancy/plan.js';

const db = getFirestore(adminApp());
const DAY_MS = 86_400_000;

afterAll(async () => {
  await closeAdminApps();
});

/** A tenant with a client (and its login), a property, an outbox entry and a member. */
async function populatedTenant(plan: 'sandbox' | 'paid', purgeAt: number | null) {
  const tenantId = await createTenant();
  await db.doc(`tenants/${tenantId}`).update({
    plan,
    purgeAt: purgeAt === null ? FieldValue.delete() : Timestamp.fromMillis(purgeAt),
  });
  const owner = await createStaff(tenantId, 'owner');
  const login = await (
    await poolAuth(tenantId)
  ).createUser({
    email: `${tenantId}-client@example.test`,
  });
  await db.doc(`tenants/${tenantId}/clients/c1`).set({
    firstName: 'A',
    lastName: 'B',
    status: 'active',
    loginUids: [login.uid],
    logins: { [login.uid]: { email: `${tenantId}-client@example.test` } },
  });
  await db.doc(`tenants/${tenantId}/clients/c1/messages/m1`).set({ text: 'Bonjour' });
  await db.doc(`tenants/${tenantId}/clients/c1/private/notes`).set({ note: 'Budget serré' });
  await db.doc(`tenants/${tenantId}/properties/p1`).set({ title: 'T3 lumineux' });
  await db.doc(`tenants/${tenantId}/outbox/o1`).set({ to: ['x@example.test'] });
  await db.doc(`tenants/${tenantId}/config/settings`).set({ rowsPerPage: 30 });
  await db.doc(`invites/${tenantId}-invite`).set({ tenantId, uid: login.uid });
  return { tenantId, ownerUid: owner.uid, loginUid: login.uid };
}

async function exampleCount(tenantId: string): Promise<number> {
  const examples = db.collection(`tenants/${tenantId}/properties`).where('example', '==', true);
  return (await examples.count().get()).data().count;
}

const exists = async (path: string) => (await db.doc(path).get()).exists;
const authUserExists = async (tenantId: string, uid: string) =>
  (await poolAuth(tenantId)).getUser(uid).then(
    () => true,
    () => false,
  );

let due: Awaited<ReturnType<typeof populatedTenant>>;
let notYet: Awaited<ReturnType<typeof populatedTenant>>;
let paid: Awaited<ReturnType<typeof populatedTenant>>;
const now = Date.now();

beforeAll(async () => {
  due = await populatedTenant('sandbox', now - DAY_MS);
  notYet = await populatedTenant('sandbox', now + 10 * DAY_MS);
  paid = await populatedTenant('paid', null);
});

describe('the sandbox purge', () => {
  it("empties the due sandboxes' data, keeps the agency, and sets the next date", async () => {
    const reports = await purgeDueSandboxes(now);
    const report = reports.find((entry) => entry.tenantId === due.tenantId);
    expect(report).toMatchObject({ logins: 1 });
    expect(report?.documents).toBeGreaterThanOrEqual(5);

    const t = `tenants/${due.tenantId}`;
    for (const path of [
      `${t}/clients/c1`,
      `${t}/clients/c1/messages/m1`,
      `${t}/clients/c1/private/notes`,
      `${t}/properties/p1`,
      `${t}/outbox/o1`,
      `invites/${due.tenantId}-invite`,
    ]) {
      expect(await exists(path), path).toBe(false);
    }
    // Every user of the agency's pool goes but its team; other agencies' pools are untouched.
    expect(await authUserExists(due.tenantId, due.loginUid)).toBe(false);
    expect(await authUserExists(due.tenantId, due.ownerUid)).toBe(true);
    expect(await exists(`${t}/members/${due.ownerUid}`)).toBe(true);
    expect(await exists(`${t}/public/branding`)).toBe(true);
    expect((await db.doc(`${t}/config/settings`).get()).get('rowsPerPage')).toBe(30);
    // The sandbox starts again with the example properties, and only them.
    expect(await exampleCount(due.tenantId)).toBe(exampleProperties.length);
    const properties = await db.collection(`${t}/properties`).get();
    expect(properties.docs.every((property) => property.get('example') === true)).toBe(true);
    const tenant = await db.doc(t).get();
    expect(tenant.get('purgeAt').toMillis()).toBeGreaterThan(now + 89 * DAY_MS);
    const audit = await db.collection(`${t}/audit`).where('action', '==', 'sandbox.purged').get();
    expect(audit.size).toBe(1);
  });

  it('leaves sandboxes not yet due and paid tenants alone', async () => {
    for (const kept of [notYet, paid]) {
      const t = `tenants/${kept.tenantId}`;
      expect(await exists(`${t}/clients/c1/messages/m1`)).toBe(true);
      expect(await exists(`${t}/properties/p1`)).toBe(true);
      expect(await authUserExists(kept.tenantId, kept.loginUid)).toBe(true);
    }
    const reports = await purgeDueSandboxes(now);
    expect(reports.map((entry) => entry.tenantId)).not.toContain(paid.tenantId);
    expect(reports.map((entry) => entry.tenantId)).not.toContain(notYet.tenantId);
  });

  it('takes a tenant out of the purge when it goes paid, and back in as a sandbox', async () => {
    const tenant = await populatedTenant('sandbox', now - DAY_MS);
    await setTenantPlan(tenant.tenantId, 'paid', now);
    let snapshot = await db.doc(`tenants/${tenant.tenantId}`).get();
    expect(snapshot.get('plan')).toBe('paid');
    expect(snapshot.get('purgeAt')).toBeUndefined();
    expect((await purgeDueSandboxes(now)).map((entry) => entry.tenantId)).not.toContain(
      tenant.tenantId,
    );
    expect(await exists(`tenants/${tenant.tenantId}/properties/p1`)).toBe(true);

    await setTenantPlan(tenant.tenantId, 'sandbox', now);
    snapshot = await db.doc(`tenants/${tenant.tenantId}`).get();
    expect(snapshot.get('purgeAt').toMillis()).toBe(now + 90 * DAY_MS);
  });

  it('finishes a purge that stopped half-way when run again', async () => {
    const tenant = await populatedTenant('sandbox', now - DAY_MS);
    await purgeTenant(tenant.tenantId, now);
    await db.doc(`tenants/${tenant.tenantId}/properties/p2`).set({ title: 'Reste' });
    await purgeTenant(tenant.tenantId, now);
    expect(await exists(`tenants/${tenant.tenantId}/properties/p2`)).toBe(false);
    expect(await exampleCount(tenant.tenantId)).toBe(exampleProperties.length);
  });
});
