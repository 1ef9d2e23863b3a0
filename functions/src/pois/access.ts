import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import { readClaims } from '@portail/shared';
import { loadClientForStaff } from '../clients/records.js';
import { requireClient } from '../common/clientGuard.js';
import { requireStaff } from '../common/guards.js';

export interface SpaceWriter {
  uid: string;
  tenantId: string;
  clientId: string;
}

/**
 * Who may change a space's points of interest: its own client login (never a preview), or staff
 * who see that client. A client cannot name another space: `clientId` is read from their claims.
 */
export async function requireSpaceWriter(
  request: Pick<CallableRequest, 'auth'>,
  clientId: string | undefined,
): Promise<SpaceWriter> {
  if (request.auth && readClaims(request.auth.token)?.role === 'client') {
    const caller = await requireClient(request);
    if (clientId !== undefined && clientId !== caller.clientId) {
      throw new HttpsError('permission-denied', 'Cet espace n’est pas le vôtre.');
    }
    return { uid: caller.uid, tenantId: caller.tenantId, clientId: caller.clientId };
  }
  const staff = await requireStaff(request);
  if (!clientId) throw new HttpsError('invalid-argument', 'Client à préciser.');
  await loadClientForStaff(staff, clientId);
  return { uid: staff.uid, tenantId: staff.tenantId, clientId };
}

export const poisPath = (tenantId: string, clientId: string) =>
  `tenants/${tenantId}/clients/${clientId}/pois`;
