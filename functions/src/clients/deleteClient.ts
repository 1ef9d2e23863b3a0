import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { readClaims, clientRefInput, mandatesPath } from '@portail/shared';
import { db } from '../admin.js';
import { authFor } from '../common/authTenants.js';
import { writeAudit } from '../common/audit.js';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { deleteClientTraces } from '../common/clientTraces.js';
import { deleteCollection, deleteFiles } from '../common/deletion.js';
import { deleteLoginUsers } from './loginUsers.js';
import {
  clientEmailPath,
  clientLoginUid,
  clientNotFound,
  clientPath,
  loadClientForStaff,
  type ClientRecord,
} from './records.js';

/** The deterministic login uid of an e-mail, if that user exists and belongs to this client. */
async function ownLoginUid(tenantId: string, clientId: string, email: string) {
  const uid = clientLoginUid(tenantId, email);
  try {
    const user = await (await authFor(tenantId)).getUser(uid);
    const claims = readClaims(user.customClaims ?? {});
    if (!claims) return uid;
    return claims.role === 'client' && claims.tenantId === tenantId && claims.clientId === clientId
      ? uid
      : null;
  } catch {
    return null;
  }
}

/**
 * T5 / L4 "Supprimer": owners and admins only. The client is marked `deleting` first (the rules
 * close the space at once), then everything under it goes: every subcollection (conversations,
 * documents, reports, private notes… whatever exists), its Storage files, its logins' Auth users,
 * then what points to it from outside (common/clientTraces.ts: its dossiers and their files, the
 * e-mails queued to its addresses, the audit entries about it, its logins' links), its e-mail
 * index entries, and the client document last, with one audit entry that keeps only counts.
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
  await deleteLoginUsers(tenantId, loginUids);

  const traces = await deleteClientTraces(tenantId, clientId, [...emails], loginUids);
  const kept = await keptMandates(tenantId, clientId);

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
          details: {
            documents,
            files: files + traces.files,
            logins: loginUids.length,
            dossiers: traces.dossiers,
            records: traces.records,
            mandatesKept: kept.count,
            keptUntil: kept.until,
          },
        },
        tx,
      );
    }
  });
  return {
    clientId,
    deleted: true,
    documents,
    files: files + traces.files,
    dossiers: traces.dossiers,
    records: traces.records,
    // What the law keeps (L4): the register's entries, until their retention date.
    mandatesKept: kept.count,
    keptUntil: kept.until,
  };
});

/** The client's register entries, which stay, and the last of their retention dates (ms). */
async function keptMandates(tenantId: string, clientId: string) {
  const entries = await db
    .collection(mandatesPath(tenantId))
    .where('clientId', '==', clientId)
    .select('retainUntil')
    .get();
  const until = entries.docs.reduce((latest, entry) => {
    // createMandate writes a Timestamp; an entry from elsewhere (an import) may hold a date string.
    const at: unknown = entry.get('retainUntil');
    const millis =
      at instanceof Timestamp ? at.toMillis() : typeof at === 'string' ? Date.parse(at) : NaN;
    return Number.isFinite(millis) ? Math.max(latest, millis) : latest;
  }, 0);
  return { count: entries.size, until: until || null };
}
