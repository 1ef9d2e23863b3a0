import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { FieldValue, type CollectionReference } from 'firebase-admin/firestore';
import { claimsSchema, clientRefInput } from '@portail/shared';
import { auth, db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { defaultBucket } from '../storage.js';
import { deleteLoginUsers } from './loginUsers.js';
import {
  clientEmailPath,
  clientLoginUid,
  clientNotFound,
  clientPath,
  loadClientForStaff,
  type ClientRecord,
} from './records.js';

/** Below Firestore's 500 writes per batch, with room to spare. */
export const DELETE_BATCH_SIZE = 400;

/**
 * Deletes a collection page by page (nested subcollections first), each page one batch. Every page
 * is queried afresh, so a run that stopped half-way is simply continued by the next one.
 */
async function deleteCollection(collection: CollectionReference): Promise<number> {
  let deleted = 0;
  for (;;) {
    const page = await collection.select().limit(DELETE_BATCH_SIZE).get();
    if (page.empty) return deleted;
    const nested = await Promise.all(page.docs.map((doc) => doc.ref.listCollections()));
    for (const collections of nested) {
      for (const sub of collections) deleted += await deleteCollection(sub);
    }
    const batch = db.batch();
    for (const doc of page.docs) batch.delete(doc.ref);
    await batch.commit();
    deleted += page.size;
  }
}

/** Deletes the files under `prefix`; a missing bucket or file is nothing to delete. */
async function deleteFiles(prefix: string): Promise<number> {
  const bucket = defaultBucket();
  let deleted = 0;
  for (;;) {
    let files;
    try {
      [files] = await bucket.getFiles({
        prefix,
        maxResults: DELETE_BATCH_SIZE,
        autoPaginate: false,
      });
    } catch (error) {
      if ((error as { code?: number }).code === 404) return deleted;
      throw error;
    }
    if (files.length === 0) return deleted;
    await Promise.all(files.map((file) => file.delete({ ignoreNotFound: true })));
    deleted += files.length;
  }
}

/** The deterministic login uid of an e-mail, if that user exists and belongs to this client. */
async function ownLoginUid(tenantId: string, clientId: string, email: string) {
  const uid = clientLoginUid(tenantId, email);
  try {
    const user = await auth.getUser(uid);
    const claims = claimsSchema.safeParse(user.customClaims ?? {});
    if (!claims.success) return uid;
    return claims.data.role === 'client' &&
      claims.data.tenantId === tenantId &&
      claims.data.clientId === clientId
      ? uid
      : null;
  } catch {
    return null;
  }
}

/**
 * T5 / L4 "Supprimer": owners and admins only. The client is marked `deleting` first (the rules
 * close the space at once), then everything under it goes: every subcollection (conversations,
 * documents, reports, private notes… whatever exists), its Storage files, its logins' Auth users
 * and unused links, its e-mail index entries, and the client document last, with an audit entry.
 * Mandates (`tenants/{t}/mandates`) stay: the register is kept 10 years (L2, L4). If a run stops
 * half-way, calling it again carries on.
 */
export const deleteClient = onCall({ timeoutSeconds: 540, memory: '512MiB' }, async (request) => {
  const caller = await requireStaff(request);
  if (caller.role !== 'owner' && caller.role !== 'admin') {
    throw new HttpsError('permission-denied', 'Seul un administrateur peut supprimer un client.');
  }
  const { clientId } = parseInput(clientRefInput, request.data);
  const { tenantId } = caller;
  await loadClientForStaff(caller, clientId);
  const ref = db.doc(clientPath(tenantId, clientId));

  const client = await db.runTransaction(async (tx) => {
    const current = (await tx.get(ref)).data() as ClientRecord | undefined;
    if (!current) throw clientNotFound();
    if (current.status !== 'deleting') {
      tx.update(ref, {
        status: 'deleting',
        statusBeforeDeletion: current.status,
        deletionRequestedBy: caller.uid,
        updatedAt: FieldValue.serverTimestamp(),
      });
    }
    return current;
  });

  const files = await deleteFiles(`tenants/${tenantId}/clients/${clientId}/`);
  let documents = 0;
  for (const collection of await ref.listCollections()) {
    documents += await deleteCollection(collection);
  }

  const emails = new Set([client.email, ...Object.values(client.logins ?? {}).map((l) => l.email)]);
  const uids = new Set([...(client.loginUids ?? []), ...Object.keys(client.logins ?? {})]);
  for (const email of emails) {
    const uid = await ownLoginUid(tenantId, clientId, email);
    if (uid) uids.add(uid);
  }
  const loginUids = [...uids];
  await deleteLoginUsers(loginUids);

  for (let start = 0; start < loginUids.length; start += 30) {
    const invites = await db
      .collection('invites')
      .where('uid', 'in', loginUids.slice(start, start + 30))
      .get();
    const batch = db.batch();
    let count = 0;
    for (const invite of invites.docs) {
      if (invite.get('tenantId') === tenantId && !invite.get('usedAt')) {
        batch.delete(invite.ref);
        count++;
      }
    }
    if (count > 0) await batch.commit();
  }

  await db.runTransaction(async (tx) => {
    const entries = await Promise.all(
      [...emails].map((email) => tx.get(db.doc(clientEmailPath(tenantId, email)))),
    );
    const current = await tx.get(ref);
    for (const entry of entries) {
      if (entry.exists && entry.get('clientId') === clientId) tx.delete(entry.ref);
    }
    if (current.exists) {
      tx.delete(ref);
      writeAudit(
        tenantId,
        {
          action: 'client.deleted',
          actorUid: caller.uid,
          targetId: clientId,
          details: { documents, files, logins: loginUids.length },
        },
        tx,
      );
    }
  });
  return { clientId, deleted: true, documents, files };
});
