import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import {
  isStaffRole,
  readClaims,
  type DocumentDownloaderRole,
  type DocumentRecord,
} from '@portail/shared';
import { db } from '../admin.js';
import { loadClientForStaff } from '../clients/records.js';
import { requireClient } from '../common/clientGuard.js';
import { requireStaff } from '../common/guards.js';

export interface DocumentDownloader {
  tenantId: string;
  role: DocumentDownloaderRole;
  uid: string;
}

export interface DocumentAccess {
  downloader: DocumentDownloader;
  ref: FirebaseFirestore.DocumentReference;
  document: DocumentRecord;
}

export const documentNotFound = () => new HttpsError('not-found', 'Document introuvable.');

/**
 * Who asks for a document of a client space, checked against what the rules trust: staff who
 * may see that client (as `staffOnClient`), the client's own login, or a member previewing the
 * space. Another space's document, a hidden client and a missing document read the same.
 */
export async function documentAccess(
  request: Pick<CallableRequest, 'auth'>,
  clientId: string,
  documentId: string,
): Promise<DocumentAccess> {
  const claims = readClaims(request.auth?.token);
  let downloader: DocumentDownloader;
  if (claims !== null && isStaffRole(claims.role) && !request.auth?.token.impersonatedBy) {
    const staff = await requireStaff(request);
    await loadClientForStaff(staff, clientId).catch(() => {
      throw documentNotFound();
    });
    downloader = { tenantId: staff.tenantId, role: 'staff', uid: staff.uid };
  } else {
    const client = await requireClient(request, { allowPreview: true });
    if (client.clientId !== clientId) throw documentNotFound();
    downloader = client.previewBy
      ? { tenantId: client.tenantId, role: 'preview', uid: client.previewBy }
      : { tenantId: client.tenantId, role: 'client', uid: client.uid };
  }
  const ref = db.doc(`tenants/${downloader.tenantId}/clients/${clientId}/documents/${documentId}`);
  const snapshot = await ref.get();
  if (!snapshot.exists) throw documentNotFound();
  return { downloader, ref, document: snapshot.data() as DocumentRecord };
}
