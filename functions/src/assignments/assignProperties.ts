import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import {
  assignPropertiesInput,
  clientDisplayName,
  clientSnapshot,
  type AssignPropertiesResult,
  type PropertyRecord,
} from '@portail/shared';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { loadClientForStaff, type ClientRecord } from '../clients/records.js';
import { detailsPath, propertyPath } from '../properties/records.js';

const ALREADY_EXISTS = 6;

/**
 * H3 "Affecter": each property becomes a card in each client's space, a draft until "Publier",
 * with the client's copy of the property (never its private details; the source link only if
 * the hunter shows it). A pair that exists already is left as it is, so a retried call or a
 * second click changes nothing. Clients hidden from a collaborator, or being deleted, are refused.
 */
export const assignProperties = onCall(async (request): Promise<AssignPropertiesResult> => {
  const caller = await requireStaff(request);
  const { propertyIds, clientIds } = parseInput(assignPropertiesInput, request.data);
  const clients = new Map<string, ClientRecord>();
  for (const clientId of new Set(clientIds)) {
    const client = await loadClientForStaff(caller, clientId);
    if (client.status === 'deleting') {
      throw new HttpsError('failed-precondition', 'Ce client est en cours de suppression.');
    }
    clients.set(clientId, client);
  }
  const unique = [...new Set(propertyIds)];
  const [properties, details] = await Promise.all([
    db.getAll(...unique.map((id) => db.doc(propertyPath(caller.tenantId, id)))),
    db.getAll(...unique.map((id) => db.doc(detailsPath(caller.tenantId, id)))),
  ]);
  const missing = properties.filter((snapshot) => !snapshot.exists);
  if (missing.length > 0) {
    throw new HttpsError('not-found', 'Un des biens choisis n’existe plus : rechargez la page.');
  }

  let created = 0;
  let existing = 0;
  await Promise.all(
    [...clients].flatMap(([clientId, client]) =>
      properties.map(async (property, index) => {
        const show = details[index]!.get('showSourceToClient') === true;
        const sourceUrl = show ? String(details[index]!.get('sourceUrl') ?? '') || null : null;
        const ref = db.doc(
          `tenants/${caller.tenantId}/clients/${clientId}/assignments/${property.id}`,
        );
        try {
          await ref.create({
            propertyId: property.id,
            clientId,
            tenantId: caller.tenantId,
            published: false,
            stage: 'new',
            rejectedReason: null,
            visitRequest: null,
            report: null,
            offer: null,
            property: clientSnapshot(property.data() as PropertyRecord),
            sourceUrl,
            clientName: clientDisplayName(client),
            sharedWith: client.sharedWith ?? [],
            lastMove: null,
            stageDates: {},
            createdBy: caller.uid,
            createdAt: FieldValue.serverTimestamp(),
            updatedAt: FieldValue.serverTimestamp(),
          });
          created++;
        } catch (error) {
          if ((error as { code?: number }).code !== ALREADY_EXISTS) throw error;
          existing++;
        }
      }),
    ),
  );
  await writeAudit(caller.tenantId, {
    action: 'assignments.created',
    actorUid: caller.uid,
    targetId: unique.join(','),
    details: { clients: [...clients.keys()], created, existing },
  });
  return { created, existing };
});
