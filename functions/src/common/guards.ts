import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import { readClaims, isStaffRole, type StaffRole } from '@portail/shared';
import { db } from '../admin.js';
import { tokenBelongsTo } from './authTenants.js';

export interface StaffCaller {
  uid: string;
  tenantId: string;
  role: StaffRole;
}

/**
 * The caller must be an active staff member with one of `roles`. Claims name the tenant; the
 * member document is read as well, and its role is the one that counts, so that a removal or a
 * demotion applies at once (as in firestore.rules). The token must come from the agency's own
 * user pool: claims naming a tenant are not enough.
 */
export async function requireStaff(
  request: Pick<CallableRequest, 'auth'>,
  roles: readonly StaffRole[] = ['owner', 'admin', 'collaborator'],
): Promise<StaffCaller> {
  if (!request.auth) throw new HttpsError('unauthenticated', 'Connexion requise.');
  const claims = readClaims(request.auth.token);
  if (!claims || !isStaffRole(claims.role) || request.auth.token.impersonatedBy) {
    throw new HttpsError('permission-denied', 'Réservé à l’équipe de l’agence.');
  }
  const { tenantId } = claims;
  if (!(await tokenBelongsTo(request.auth.token, tenantId))) {
    throw new HttpsError('permission-denied', 'Réservé à l’équipe de l’agence.');
  }
  const member = await db.doc(`tenants/${tenantId}/members/${request.auth.uid}`).get();
  const role: unknown = member.get('role');
  if (member.get('status') !== 'active' || !isStaffRole(role)) {
    throw new HttpsError('permission-denied', 'Votre accès à cet espace a été retiré.');
  }
  if (!roles.includes(role)) {
    throw new HttpsError('permission-denied', 'Action réservée aux administrateurs.');
  }
  return { uid: request.auth.uid, tenantId, role };
}
