// Creates real Auth users with claims and the matching Firestore documents, for backend tests.
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import type { StaffRole } from '@portail/shared';
import { authTenantOf, createPool, poolAuth } from './pools.js';
import { adminApp, uniqueId } from './stack.js';

export const testPassword = 'secret-1234';

/** A tenant as signUpTenant leaves it: its documents and its own Auth tenant (user pool). */
export async function createTenant(tenantId = uniqueId('t')): Promise<string> {
  const db = getFirestore(adminApp());
  const authTenantId = await createPool(tenantId);
  await db.doc(`tenants/${tenantId}`).set({
    name: `Agence ${tenantId}`,
    slug: tenantId,
    plan: 'sandbox',
    authTenantId,
    clientAppUrl: 'http://localhost:5174',
    adminAppUrl: 'http://localhost:5173',
    createdAt: FieldValue.serverTimestamp(),
  });
  await db.doc(`tenants/${tenantId}/public/branding`).set({
    name: `Agence ${tenantId}`,
    primaryColour: '#1f3a5f',
    accentColour: '#e2553d',
    logoUrl: null,
    language: 'fr',
  });
  await db.doc(`tenants/${tenantId}/public/signin`).set({ magicLink: false, authTenantId });
  return tenantId;
}

export interface TestStaff {
  uid: string;
  email: string;
  password: string;
  tenantId: string;
}

export async function createStaff(
  tenantId: string,
  role: StaffRole,
  status = 'active',
): Promise<TestStaff> {
  const email = `${uniqueId(role)}@example.test`;
  const auth = await poolAuth(tenantId);
  const user = await auth.createUser({ email, password: testPassword });
  await auth.setCustomUserClaims(user.uid, { tenantId, role });
  await getFirestore(adminApp())
    .doc(`tenants/${tenantId}/members/${user.uid}`)
    .set({
      email,
      displayName: role,
      role,
      status,
      authTenantId: await authTenantOf(tenantId),
      createdAt: FieldValue.serverTimestamp(),
    });
  return { uid: user.uid, email, password: testPassword, tenantId };
}
