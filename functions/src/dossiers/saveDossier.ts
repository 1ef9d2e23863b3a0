import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import {
  dossierDownloadState,
  dossierKeywords,
  saveDossierInput,
  type DossierFields,
  type DossierRecord,
  type SaveDossierResult,
} from '@portail/shared';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { loadClientForStaff } from '../clients/records.js';
import { locateProperty } from '../properties/locate.js';
import { clientNameOf, dossierNotFound, dossierPath, loadDossierForStaff } from './records.js';

type Location = DossierRecord['location'];

async function placeAddress(
  fields: DossierFields,
  stored: DossierRecord | undefined,
): Promise<{ location: Location; geocode: SaveDossierResult['geocode'] }> {
  if (!fields.address) return { location: null, geocode: { status: 'none' } };
  if (stored?.location && JSON.stringify(stored.address) === JSON.stringify(fields.address)) {
    return { location: stored.location, geocode: { status: 'unchanged' } };
  }
  const found = await locateProperty({ address: fields.address, addressPrecision: 'exact' });
  if (typeof found === 'string') return { location: null, geocode: { status: found } };
  return { location: found.location, geocode: { status: 'found' } };
}

/**
 * D1: creates or edits a dossier's fields (its files go through uploadDossierFile and
 * updateDossierFiles). The client must be one the caller may see; the address is geocoded as a
 * property's is (a geocoder that is down does not stop the save), the search keywords computed.
 * Moving a dossier to another client starts its download state over: the new client has
 * downloaded nothing.
 */
export const saveDossier = onCall(async (request): Promise<SaveDossierResult> => {
  const caller = await requireStaff(request);
  const { dossierId, fields } = parseInput(saveDossierInput, request.data);
  const stored = dossierId ? (await loadDossierForStaff(caller, dossierId)).dossier : undefined;
  const client = await loadClientForStaff(caller, fields.clientId);
  if (fields.propertyId) {
    const property = await db
      .doc(`tenants/${caller.tenantId}/properties/${fields.propertyId}`)
      .get();
    if (!property.exists) throw new HttpsError('not-found', 'Bien introuvable.');
  }
  const { location, geocode } = await placeAddress(fields, stored);
  const clientName = clientNameOf(client);
  const ref = dossierId
    ? db.doc(dossierPath(caller.tenantId, dossierId))
    : db.collection(`tenants/${caller.tenantId}/dossiers`).doc();

  await db.runTransaction(async (tx) => {
    const current = await tx.get(ref);
    if (dossierId && !current.exists) throw dossierNotFound();
    const data = {
      ...fields,
      tenantId: caller.tenantId,
      clientName,
      location,
      keywords: dossierKeywords(fields, clientName),
      updatedAt: FieldValue.serverTimestamp(),
    };
    if (current.exists) {
      const before = current.data() as DossierRecord;
      const sameClient = before.clientId === fields.clientId;
      const downloadedFileIds = sameClient ? (before.downloadedFileIds ?? []) : [];
      tx.update(ref, {
        ...data,
        downloadedFileIds,
        downloadState: dossierDownloadState(
          (before.files ?? []).map((file) => file.id),
          downloadedFileIds,
        ),
      });
    } else {
      tx.create(ref, {
        ...data,
        files: [],
        downloadedFileIds: [],
        downloadState: 'none',
        createdAt: FieldValue.serverTimestamp(),
        createdBy: caller.uid,
      });
    }
    writeAudit(
      caller.tenantId,
      {
        action: current.exists ? 'dossier.updated' : 'dossier.created',
        actorUid: caller.uid,
        targetId: ref.id,
      },
      tx,
    );
  });
  return { dossierId: ref.id, geocode };
});
