import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFirestore as getAdminFirestore } from 'firebase-admin/firestore';
import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from 'firebase/auth';
import { connectFirestoreEmulator, doc, getDoc, getFirestore } from 'firebase/firestore';
import { adminApp, closeAdminApps, host, ports, uniqueId, webConfig } from '../support/stack.js';
import { createPool } from '../support/pools.js';
import { getAuth as getAdminAuth } from 'firebase-admin/auth';

const tenantId = uniqueId('tenant');
const otherTenantId = uniqueId('tenant');
const email = `${uniqueId('owner')}@example.test`;
let uid: string;
let pool: string;
let web: FirebaseApp;

beforeAll(async () => {
  // As every agency's users, in an Auth tenant (user pool) of its own.
  pool = await createPool(tenantId);
  const auth = getAdminAuth(adminApp()).tenantManager().authForTenant(pool);
  const user = await auth.createUser({ email, password: 'secret-123' });
  uid = user.uid;
  await auth.setCustomUserClaims(uid, { tenantId, role: 'owner' });
  const db = getAdminFirestore(adminApp());
  await db
    .doc(`tenants/${tenantId}/members/${uid}`)
    .set({ displayName: 'Owner', role: 'owner', status: 'active', authTenantId: pool });
  await db
    .doc(`tenants/${otherTenantId}/members/someone`)
    .set({ displayName: 'Other', role: 'owner', status: 'active' });
  web = initializeApp(webConfig, uniqueId('web'));
});

afterAll(async () => {
  await deleteApp(web);
  await closeAdminApps();
});

describe('smoke: Auth emulator sign-in whose custom claims reach the rules', () => {
  it('signs in with a password and carries the claims set by the backend', async () => {
    const auth = getAuth(web);
    connectAuthEmulator(auth, `http://${host}:${ports.auth}`, { disableWarnings: true });
    auth.tenantId = pool;
    const credential = await signInWithEmailAndPassword(auth, email, 'secret-123');
    const token = await credential.user.getIdTokenResult();
    expect(token.claims.tenantId).toBe(tenantId);
    expect(token.claims.role).toBe('owner');
    expect((token.claims.firebase as { tenant?: string }).tenant).toBe(pool);
  });

  it('is allowed into its own tenant and refused in another, as its claims say', async () => {
    const db = getFirestore(web);
    connectFirestoreEmulator(db, host, ports.firestore);
    const own = await getDoc(doc(db, `tenants/${tenantId}/members/${uid}`));
    expect(own.get('displayName')).toBe('Owner');
    await expect(getDoc(doc(db, `tenants/${otherTenantId}/members/someone`))).rejects.toMatchObject(
      {
        code: 'permission-denied',
      },
    );
  });
});
