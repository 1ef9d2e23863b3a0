import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import { readClaims } from '@portail/shared';
import { db } from '../admin.js';
import { tokenBelongsTo } from './authTenants.js';

export interface ClientCaller {
  uid: string;
  tenantId: string;
  clientId: string;
  /** A staff member's read-only preview (T6): reads only, never writes. */
  previewBy: string | null;
}

const closed = () => new HttpsError('permission-denied', 'Votre accès à cet espace a été retiré.');

/**
 * The caller is a login of an active client space of its agency (as `clientAccessStands` in
 * firestore.rules), or a staff preview of it that still stands (`previewStands`), when
 * `allowPreview` says so.
 */
export async function requireClient(
  request: Pick<CallableRequest, 'auth'>,
  { allowPreview = false } = {},
): Promise<ClientCaller> {
  if (!request.auth) throw new HttpsError('unauthenticated', 'Connexion requise.');
  const claims = readClaims(request.auth.token);
  if (!claims || claims.role !== 'client') {
    throw new HttpsError('permission-denied', 'Réservé aux clients de l’agence.');
  }
  const { tenantId, clientId } = claims;
  if (!(await tokenBelongsTo(request.auth.token, tenantId))) throw closed();
  const previewBy = (request.auth.token as { impersonatedBy?: unknown }).impersonatedBy;
  const client = await db.doc(`tenants/${tenantId}/clients/${clientId}`).get();
  if (typeof previewBy === 'string' && previewBy) {
    if (!allowPreview) throw new HttpsError('permission-denied', 'Aperçu en lecture seule.');
    const member = await db.doc(`tenants/${tenantId}/members/${previewBy}`).get();
    const status = client.get('status');
    if (member.get('status') !== 'active' || !['added', 'invited', 'active'].includes(status)) {
      throw closed();
    }
    return { uid: request.auth.uid, tenantId, clientId, previewBy };
  }
  const logins = (client.get('loginUids') as string[] | undefined) ?? [];
  if (client.get('status') !== 'active' || !logins.includes(request.auth.uid)) throw closed();
  return { uid: request.auth.uid, tenantId, clientId, previewBy: null };
}
