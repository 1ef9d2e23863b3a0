import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import { deleteCollection, deleteFiles } from '../common/deletion.js';
import { authFor } from '../common/authTenants.js';
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

/** Identity Platform deletes at most this many users per call. */
const DELETE_USERS_BATCH = 1000;

/**
 * Deletes every user of the agency's own pool but its team (whose member documents the purge
 * keeps): client logins, previews, unfinished accounts. Other agencies' pools are never touched.
 */
async function purgeUsers(tenantId: string): Promise<number> {
  const auth = await authFor(tenantId);
  const members = await db.collection(`tenants/${tenantId}/members`).select().get();
  const team = new Set(members.docs.map((member) => member.id));
  const doomed: string[] = [];
  let pageToken: string | undefined;
  do {
    const page = await auth.listUsers(1000, pageToken);
    for (const user of page.users) if (!team.has(user.uid)) doomed.push(user.uid);
    pageToken = page.pageToken;
  } while (pageToken);
  for (let start = 0; start < doomed.length; start += DELETE_USERS_BATCH) {
    await auth.deleteUsers(doomed.slice(start, start + DELETE_USERS_BATCH));
  }
  return doomed.length;
}

/**
 * Empties one sandbox tenant: clients (with every user of its pool but the team), properties, searches, outbox… all but
 * `keptCollections`, Storage files but the logo, unused links; then puts the example properties
 * back and sets the next purge date. A
 * run that stops half-way is finished by the next one (each step finds what is left).
 */
export async function purgeTenant(tenantId: string, now = Date.now()): Promise<PurgeReport> {
  const logins = await purgeUsers(tenantId);
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
    details: { documents, files, logins },
  });
  return { tenantId, documents, files, logins };
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
