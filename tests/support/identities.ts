// Creates real Auth users with claims and the matching Firestore documents, for backend tests.
import { getAuth } from 'firebase-admin/auth';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import type { StaffRole } from '@portail/shared';
import { adminApp, uniqueId } from './stack.js';

export const testPassword = 'secret-1234';

export async function createTenant(tenantId = uniqueId('t')): Promise<string> {
  const db = getFirestore(adminApp());
  await db.doc(`tenants/${tenantId}`).set({
    name: `Agence ${tenantId}`,
    slug: tenantId,
    plan: 'sandbox',
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
  return tenantId;
}

export async function createStaff(tenantId: string, role: StaffRole, status = 'active') {
  const email = `${uniqueId(role)}@example.test`;
  const user = await getAuth(adminApp()).createUser({ email, password: testPassword });
  await getAuth(adminApp()).setCustomUserClaims(user.uid, { tenantId, role });
  await getFirestore(adminApp())
    .doc(`tenants/${tenantId}/members/${user.uid}`)
    .set({ email, displayName: role, role, status, createdAt: FieldValue.serverTimestamp() });
  return { uid: user.uid, email, password: testPassword };
}
