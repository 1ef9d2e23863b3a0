import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import { deleteCollection, deleteFiles } from '../common/deletion.js';
import { deleteLoginUsers } from '../clients/loginUsers.js';
import { writeExampleProperties } from './exampleContent.js';
import { nextPurgeAt } from './plan.js';

/** What a sandbox keeps across purges: the agency itself, its team, look and settings, its log. */
const keptCollections = new Set(['public', 'config', 'members', 'audit']);

export interface PurgeReport {
  tenantId: string;
  documents: number;
  files: number;
  logins: number;
}

/** Every login of every client of the tenant, so their Auth users go with the data. */
async function clientLoginUids(tenantId: string): Promise<string[]> {
  const clients = await db
    .collection(`tenants/${tenantId}/clients`)
    .select('loginUids', 'logins')
    .get();
  const uids = new Set<string>();
  for (const client of clients.docs) {
    for (const uid of (client.get('loginUids') as string[] | undefined) ?? []) uids.add(uid);
    for (const uid of Object.keys((client.get('logins') as object | undefined) ?? {}))
      uids.add(uid);
  }
  return [...uids];
}

/**
 * Empties one sandbox tenant: clients (with their logins), properties, searches, outbox… all but
 * `keptCollections`, Storage files but the logo, unused links; then puts the example properties
 * back and sets the next purge date. A
 * run that stops half-way is finished by the next one (each step finds what is left).
 */
export async function purgeTenant(tenantId: string, now = Date.now()): Promise<PurgeReport> {
  const logins = await clientLoginUids(tenantId);
  await deleteLoginUsers(logins);
  const invites = await db.collection('invites').where('tenantId', '==', tenantId).get();
  for (let start = 0; start < invites.size; start += 400) {
    const batch = db.batch();
    for (const invite of invites.docs.slice(start, start + 400)) batch.delete(invite.ref);
    await batch.commit();
  }

  const tenantRef = db.doc(`tenants/${tenantId}`);
  let documents = 0;
  for (const collection of await tenantRef.listCollections()) {
    if (!keptCollections.has(collection.id)) documents += await deleteCollection(collection);
  }
  let files = 0;
  for (const folder of ['clients', 'properties']) {
    files += await deleteFiles(`tenants/${tenantId}/${folder}/`);
  }

  await writeExampleProperties(tenantId);
  await tenantRef.update({
    purgeAt: nextPurgeAt(now),
    lastPurgedAt: FieldValue.serverTimestamp(),
  });
  await writeAudit(tenantId, {
    action: 'sandbox.purged',
    actorUid: 'system',
    targetId: tenantId,
    details: { documents, files, logins: logins.length },
  });
  return { tenantId, documents, files, logins: logins.length };
}

/** Purges every sandbox tenant whose purge date has come; paid tenants are never touched. */
export async function purgeDueSandboxes(now = Date.now()): Promise<PurgeReport[]> {
  const due = await db
    .collection('tenants')
    .where('plan', '==', 'sandbox')
    .where('purgeAt', '<=', Timestamp.fromMillis(now))
    .get();
  const reports: PurgeReport[] = [];
  for (const tenant of due.docs) reports.push(await purgeTenant(tenant.id, now));
  return reports;
}
