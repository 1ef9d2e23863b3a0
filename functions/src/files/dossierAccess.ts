import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import {
  GUEST_LINK_REFUSED_CODE,
  GUEST_LINK_REFUSED_MESSAGE,
  guestTokenSchema,
  isStaffRole,
  readClaims,
  type DossierRecord,
  type DownloaderRole,
} from '@portail/shared';
import { db } from '../admin.js';
import { requireClient } from '../common/clientGuard.js';
import { requireStaff } from '../common/guards.js';
import { hashToken } from '../common/tokens.js';
import { loadDossierForStaff } from '../dossiers/records.js';

export interface DossierDownloader {
  tenantId: string;
  role: DownloaderRole;
  uid: string | null;
  label: string;
}

export interface DossierAccess {
  downloader: DossierDownloader;
  ref: FirebaseFirestore.DocumentReference;
  dossier: DossierRecord;
  /** For a guest: when their link ends. */
  guestExpiresAt?: number;
}

const notFound = () => new HttpsError('not-found', 'Dossier introuvable.');
const linkRefused = () =>
  new HttpsError('permission-denied', GUEST_LINK_REFUSED_MESSAGE, {
    code: GUEST_LINK_REFUSED_CODE,
  });

interface GuestLink {
  tenantId: string;
  dossierId: string;
  guestId: string;
}

/**
 * A guest link (D4): the token's hash names the tenant, dossier and guest; the guest document
 * says whether it still stands (not revoked, not expired). Expired, revoked and unknown links
 * get the same answer.
 */
export async function guestAccess(token: unknown, dossierId?: string): Promise<DossierAccess> {
  const parsed = guestTokenSchema.safeParse(token);
  if (!parsed.success) throw linkRefused();
  const link = await db.doc(`guestLinks/${hashToken(parsed.data)}`).get();
  if (!link.exists) throw linkRefused();
  const { tenantId, dossierId: linkedDossier, guestId } = link.data() as GuestLink;
  if (dossierId !== undefined && dossierId !== linkedDossier) throw linkRefused();
  const ref = db.doc(`tenants/${tenantId}/dossiers/${linkedDossier}`);
  const [guest, dossier] = await Promise.all([
    ref.collection('guests').doc(guestId).get(),
    ref.get(),
  ]);
  const expiresAt = guest.get('expiresAt') as FirebaseFirestore.Timestamp | undefined;
  if (
    !guest.exists ||
    !dossier.exists ||
    guest.get('revokedAt') ||
    !expiresAt ||
    expiresAt.toMillis() <= Date.now()
  ) {
    throw linkRefused();
  }
  return {
    downloader: { tenantId, role: 'guest', uid: null, label: String(guest.get('email') ?? '') },
    ref,
    dossier: dossier.data() as DossierRecord,
    guestExpiresAt: expiresAt.toMillis(),
  };
}

/**
 * Who asks for a dossier's file, checked against the documents the rules trust: staff who may
 * see the dossier's client; the client (or a staff preview of its space) when the dossier is
 * theirs and published; a guest holding a standing link to this dossier.
 */
export async function dossierAccess(
  request: Pick<CallableRequest, 'auth'>,
  dossierId: string,
  guestToken: string | undefined,
): Promise<DossierAccess> {
  if (guestToken) return guestAccess(guestToken, dossierId);
  const claims = readClaims(request.auth?.token);
  const email = String(request.auth?.token.email ?? '');
  if (claims !== null && isStaffRole(claims.role) && !request.auth?.token.impersonatedBy) {
    const staff = await requireStaff(request);
    const { ref, dossier } = await loadDossierForStaff(staff, dossierId);
    return {
      downloader: { tenantId: staff.tenantId, role: 'staff', uid: staff.uid, label: email },
      ref,
      dossier,
    };
  }
  const client = await requireClient(request, { allowPreview: true });
  const ref = db.doc(`tenants/${client.tenantId}/dossiers/${dossierId}`);
  const snapshot = await ref.get();
  const dossier = snapshot.data() as DossierRecord | undefined;
  if (!dossier || dossier.clientId !== client.clientId || dossier.published !== true) {
    throw notFound();
  }
  return {
    downloader: {
      tenantId: client.tenantId,
      role: client.previewBy ? 'preview' : 'client',
      uid: client.previewBy ?? client.uid,
      label: email,
    },
    ref,
    dossier,
  };
}
