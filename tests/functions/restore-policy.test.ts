// Who gives a revoked client their access back (docs/data-model.md, "Revocation"): a revocation by
// an owner or an admin is undone by an owner or an admin only; a collaborator's, by any staff
// member who sees the client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import { callableNames } from '@portail/shared';
import { adminApp, closeAdminApps } from '../support/stack.js';
import type { WebClient } from '../support/callables.js';
import { createStaff, createTenant, type TestStaff } from '../support/identities.js';
import { expectCode, newEmail, Sessions } from '../support/calls.js';

const db = getFirestore(adminApp());
const sessions = new Sessions();
let tenantId: string;
const staff: Record<'owner' | 'admin' | 'collaborator' | 'colleague', TestStaff> = {} as never;
const as: Record<keyof typeof staff, WebClient> = {} as never;

beforeAll(async () => {
  tenantId = await createTenant();
  for (const [name, role] of [
    ['owner', 'owner'],
    ['admin', 'admin'],
    ['collaborator', 'collaborator'],
    ['colleague', 'collaborator'],
  ] as const) {
    staff[name] = await createStaff(tenantId, role);
    as[name] = await sessions.signedIn(staff[name].email, staff[name].password, tenantId);
  }
});

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

async function revokedBy(who: keyof typeof staff) {
  const { clientId } = await as.admin.call<{ clientId: string }>(callableNames.createClient, {
    firstName: 'Rémi',
    lastName: 'Révoqué',
    email: newEmail('revoked'),
  });
  await as.admin.call(callableNames.inviteClient, { clientId });
  await as[who].call(callableNames.revokeClientAccess, { clientId });
  const ref = db.doc(`tenants/${tenantId}/clients/${clientId}`);
  return { clientId, ref };
}

describe('revokeClientAccess', () => {
  it('records who revoked, and with which role', async () => {
    const { ref } = await revokedBy('collaborator');
    expect((await ref.get()).data()).toMatchObject({
      status: 'revoked',
      revokedBy: staff.collaborator.uid,
      revokedByRole: 'collaborator',
    });
  });
});

describe('restoreClientAccess', () => {
  it.each(['owner', 'admin'] as const)(
    'refuses to a collaborator what an %s revoked, changing nothing',
    async (who) => {
      const { clientId, ref } = await revokedBy(who);
      const before = (await ref.get()).data();
      expect(before).toMatchObject({ revokedBy: staff[who].uid, revokedByRole: who });
      for (const collaborator of ['collaborator', 'colleague'] as const) {
        const error = await expectCode(
          as[collaborator].call(callableNames.restoreClientAccess, { clientId }),
          'functions/permission-denied',
          'seul un administrateur peut le rétablir',
        );
        expect((error as typeof error & { details?: unknown }).details).toMatchObject({
          code: 'restore/admin-only',
        });
      }
      expect((await ref.get()).data()).toEqual(before);
      // The other administrators may.
      const other = who === 'owner' ? 'admin' : 'owner';
      await as[other].call(callableNames.restoreClientAccess, { clientId });
      const restored = (await ref.get()).data();
      expect(restored?.status).toBe('invited');
      expect(restored).not.toHaveProperty('revokedBy');
      expect(restored).not.toHaveProperty('revokedByRole');
    },
  );

  it('lets any staff member restore what a collaborator revoked', async () => {
    const { clientId, ref } = await revokedBy('collaborator');
    await as.colleague.call(callableNames.restoreClientAccess, { clientId });
    expect((await ref.get()).get('status')).toBe('invited');
    const again = await revokedBy('colleague');
    await as.admin.call(callableNames.restoreClientAccess, { clientId: again.clientId });
    expect((await again.ref.get()).get('status')).toBe('invited');
  });

  it('treats a revocation that does not say who made it as an administrator’s', async () => {
    const { clientId, ref } = await revokedBy('admin');
    // Revoked before the role was recorded.
    await ref.update({ revokedBy: FieldValue.delete(), revokedByRole: FieldValue.delete() });
    await expectCode(
      as.collaborator.call(callableNames.restoreClientAccess, { clientId }),
      'functions/permission-denied',
    );
    await as.owner.call(callableNames.restoreClientAccess, { clientId });
    expect((await ref.get()).get('status')).toBe('invited');
  });
});
