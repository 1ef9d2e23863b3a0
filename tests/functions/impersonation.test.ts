// T6 "Imiter" against the running stack: the token, what it may read and that it never writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAuth as getWebAuth } from 'firebase/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { FieldValue } from 'firebase-admin/firestore';
import { addDoc, collection, doc, getDoc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { callableNames, type StartImpersonationResult } from '@portail/shared';
import { adminApp, closeAdminApps, uniqueId } from '../support/stack.js';
import { expectCode, newEmail, Sessions } from '../support/calls.js';
import { createStaff, createTenant } from '../support/identities.js';
import type { WebClient } from '../support/callables.js';

const db = getFirestore(adminApp());
const sessions = new Sessions();

let tenantId: string;
let ownerUid: string;
let ownerWeb: WebClient;
let collaboratorWeb: WebClient;
let clientId: string;

/** A client with a published and an unpublished assignment, created as staff do. */
async function clientWithAssignments(): Promise<string> {
  const { clientId: id } = await ownerWeb.call<{ clientId: string }>(callableNames.createClient, {
    firstName: 'Inès',
    lastName: 'Roux',
    email: newEmail('ines'),
  });
  for (const [propertyId, published] of [
    ['p-published', true],
    ['p-draft', false],
  ] as const) {
    await db.doc(`tenants/${tenantId}/clients/${id}/assignments/${propertyId}`).set({
      propertyId,
      clientId: id,
      published,
      stage: 'new',
      createdAt: FieldValue.serverTimestamp(),
    });
  }
  return id;
}

beforeAll(async () => {
  tenantId = await createTenant();
  const owner = await createStaff(tenantId, 'owner');
  const collaborator = await createStaff(tenantId, 'collaborator');
  ownerUid = owner.uid;
  ownerWeb = await sessions.signedIn(owner.email, owner.password, tenantId);
  collaboratorWeb = await sessions.signedIn(collaborator.email, collaborator.password, tenantId);
  clientId = await clientWithAssignments();
});

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

async function preview(id = clientId, staff = ownerWeb): Promise<WebClient> {
  const { token } = await staff.call<StartImpersonationResult>(callableNames.startImpersonation, {
    clientId: id,
  });
  const web = sessions.anonymous();
  await web.signInWithToken(token, tenantId);
  return web;
}

describe('startImpersonation (T6)', () => {
  it("signs in as the client, read-only, and writes the start in the tenant's audit log", async () => {
    const web = await preview();
    const user = getWebAuth(web.app).currentUser;
    const claims = (await user?.getIdTokenResult())?.claims;
    expect(claims).toMatchObject({ tenantId, role: 'client', clientId, impersonatedBy: ownerUid });
    expect(user?.uid).toBe(`imp-${ownerUid}`);
    expect(user?.displayName).toBe('Inès Roux');

    const firestore = web.firestore();
    const space = `tenants/${tenantId}/clients/${clientId}`;
    expect((await getDoc(doc(firestore, space))).get('firstName')).toBe('Inès');
    expect((await getDoc(doc(firestore, `${space}/assignments/p-published`))).exists()).toBe(true);
    await expectCode(getDoc(doc(firestore, `${space}/assignments/p-draft`)), 'permission-denied');
    await expectCode(
      addDoc(collection(firestore, `${space}/messages`), {
        authorUid: user?.uid,
        fromClient: true,
        text: 'Écrit pendant un aperçu',
        createdAt: serverTimestamp(),
      }),
      'permission-denied',
    );
    await expectCode(
      updateDoc(doc(firestore, `${space}/assignments/p-published`), {
        stage: 'rejected',
        rejectedReason: 'Aperçu',
        updatedAt: serverTimestamp(),
      }),
      'permission-denied',
    );

    const audit = await db
      .collection(`tenants/${tenantId}/audit`)
      .where('action', '==', 'client.impersonated')
      .get();
    expect(audit.docs.map((entry) => entry.data())).toContainEqual(
      expect.objectContaining({ actorUid: ownerUid, targetId: clientId }),
    );
  });

  it("reads nothing of another client's space", async () => {
    const otherId = await clientWithAssignments();
    const web = await preview();
    await expectCode(
      getDoc(doc(web.firestore(), `tenants/${tenantId}/clients/${otherId}`)),
      'permission-denied',
    );
  });

  it('refuses a revoked client, an unknown one and anyone who is not staff', async () => {
    const revokedId = await clientWithAssignments();
    await db.doc(`tenants/${tenantId}/clients/${revokedId}`).update({ status: 'revoked' });
    await expectCode(
      ownerWeb.call(callableNames.startImpersonation, { clientId: revokedId }),
      'functions/failed-precondition',
    );
    await expectCode(
      ownerWeb.call(callableNames.startImpersonation, { clientId: uniqueId('absent') }),
      'functions/not-found',
    );
    await expectCode(
      sessions.anonymous().call(callableNames.startImpersonation, { clientId }),
      'functions/unauthenticated',
    );
    const previewWeb = await preview();
    await expectCode(
      previewWeb.call(callableNames.startImpersonation, { clientId }),
      'functions/permission-denied',
    );
  });

  it('hides clients not shared with a collaborator when the tenant asks for it', async () => {
    await db
      .doc(`tenants/${tenantId}/config/settings`)
      .set({ collaboratorsSeeSharedOnly: true }, { merge: true });
    try {
      await expectCode(
        collaboratorWeb.call(callableNames.startImpersonation, { clientId }),
        'functions/not-found',
      );
    } finally {
      await db
        .doc(`tenants/${tenantId}/config/settings`)
        .set({ collaboratorsSeeSharedOnly: false }, { merge: true });
    }
    await preview(clientId, collaboratorWeb);
  });

  it('stops working once the staff member is removed', async () => {
    const admin = await createStaff(tenantId, 'admin');
    const adminWeb = await sessions.signedIn(admin.email, admin.password, tenantId);
    const web = await preview(clientId, adminWeb);
    const space = doc(web.firestore(), `tenants/${tenantId}/clients/${clientId}`);
    expect((await getDoc(space)).exists()).toBe(true);
    await ownerWeb.call(callableNames.removeMember, { uid: admin.uid });
    await expectCode(getDoc(space), 'permission-denied');
  });
});
