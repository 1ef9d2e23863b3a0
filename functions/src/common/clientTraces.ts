import type { Query } from 'firebase-admin/firestore';
import { db } from '../admin.js';
import { DELETE_BATCH_SIZE, deleteCollection, deleteFiles } from './deletion.js';
import { defaultBucket } from '../storage.js';

/** Array filters (`in`, `array-contains-any`) take at most 30 values. */
const FILTER_VALUES = 30;

function chunks<T>(values: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < values.length; start += FILTER_VALUES) {
    out.push(values.slice(start, start + FILTER_VALUES));
  }
  return out;
}

/** Deletes what a query matches, page by page (each page queried afresh, so a rerun resumes). */
async function deleteMatches(query: Query): Promise<number> {
  let deleted = 0;
  for (;;) {
    const page = await query.limit(DELETE_BATCH_SIZE).get();
    if (page.empty) return deleted;
    const batch = db.batch();
    for (const doc of page.docs) batch.delete(doc.ref);
    await batch.commit();
    deleted += page.size;
  }
}

/** A dossier file's stored path, when it names one inside the tenant. */
function storagePathsOf(files: unknown, tenantId: string): string[] {
  if (!Array.isArray(files)) return [];
  return files
    .map((file) => (file as { storagePath?: unknown } | null)?.storagePath)
    .filter((path): path is string => typeof path === 'string')
    .filter((path) => path.startsWith(`tenants/${tenantId}/`) && !path.includes('..'));
}

/**
 * The client's dossiers (`clientId == c`), with what is under them and their files: those under
 * the dossier's own prefix and any other path its `files` list.
 */
async function deleteDossiers(tenantId: string, clientId: string) {
  let dossiers = 0;
  let files = 0;
  const query = db.collection(`tenants/${tenantId}/dossiers`).where('clientId', '==', clientId);
  for (;;) {
    const page = await query.limit(DELETE_BATCH_SIZE).get();
    if (page.empty) return { dossiers, files };
    for (const dossier of page.docs) {
      files += await deleteFiles(`tenants/${tenantId}/dossiers/${dossier.id}/`);
      for (const path of storagePathsOf(dossier.get('files'), tenantId)) {
        const [exists] = await defaultBucket().file(path).exists();
        if (exists) {
          await defaultBucket().file(path).delete({ ignoreNotFound: true });
          files++;
        }
      }
      for (const sub of await dossier.ref.listCollections()) await deleteCollection(sub);
      await dossier.ref.delete();
      dossiers++;
    }
  }
}

export interface ClientTraces {
  dossiers: number;
  /** Deals, e-mails to the client's addresses (outbox, outboxLog), audit entries, links. */
  records: number;
  files: number;
}

/**
 * What points to a client from outside its own document: its dossiers and their files, its deals,
 * the e-mails queued to its addresses (invitations, links, notices) and their "Envois" copies, the
 * audit entries about it and the one-time links of its logins. The mandate register is not
 * touched: the law keeps it ten years (L2, L4).
 */
export async function deleteClientTraces(
  tenantId: string,
  clientId: string,
  emails: readonly string[],
  loginUids: readonly string[],
): Promise<ClientTraces> {
  const { dossiers, files } = await deleteDossiers(tenantId, clientId);
  const tenant = db.doc(`tenants/${tenantId}`);
  // Its deals (`{c}_{p}`): rebuilt from cards that are gone with the client.
  let records = await deleteMatches(tenant.collection('deals').where('clientId', '==', clientId));
  for (const collection of ['outbox', 'outboxLog']) {
    for (const some of chunks(emails)) {
      const sent = tenant.collection(collection).where('to', 'array-contains-any', some);
      records += await deleteMatches(sent);
    }
  }
  const audit = db.collection(`tenants/${tenantId}/audit`);
  records += await deleteMatches(audit.where('targetId', '==', clientId));
  records += await deleteMatches(audit.where('details.clientId', '==', clientId));
  // Its links, used or not: by login, and by the client (a link outliving a removed login).
  const links = [
    ...chunks(loginUids).map((some) => db.collection('invites').where('uid', 'in', some)),
    db.collection('invites').where('clientId', '==', clientId),
  ];
  for (const query of links) {
    const invites = await query.get();
    const batch = db.batch();
    let count = 0;
    for (const invite of invites.docs) {
      if (invite.get('tenantId') !== tenantId) continue;
      batch.delete(invite.ref);
      count++;
    }
    if (count > 0) await batch.commit();
    records += count;
  }
  // Each login's bell (its items name the client's space).
  for (const uid of loginUids) {
    const bell = tenant.collection('bell').doc(uid);
    records += await deleteCollection(bell.collection('items'));
    if ((await bell.get()).exists) {
      await bell.delete();
      records += 1;
    }
  }
  return { dossiers, records, files };
}
