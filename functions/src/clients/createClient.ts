import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import { clientSearchFields, createClientInput } from '@portail/shared';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import { authTenantIdOf } from '../common/authTenants.js';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { clientEmailPath } from './records.js';

/**
 * T5, step 1: a contact with status `added` (no access yet). Its e-mail is unique in the tenant:
 * `clientEmails/{email}` is created in the same transaction as the client.
 */
export const createClient = onCall(async (request) => {
  const caller = await requireStaff(request);
  const input = parseInput(createClientInput, request.data);
  const clientRef = db.collection(`tenants/${caller.tenantId}/clients`).doc();
  const emailRef = db.doc(clientEmailPath(caller.tenantId, input.email));
  // The rules check a client's token against the pool named here (see firestore.rules).
  const authTenantId = await authTenantIdOf(caller.tenantId);

  await db.runTransaction(async (tx) => {
    const taken = await tx.get(emailRef);
    if (taken.exists) {
      throw new HttpsError('already-exists', 'Un contact utilise déjà cette adresse e-mail.');
    }
    tx.create(clientRef, {
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email,
      phone: input.phone,
      criteria: input.criteria,
      // Written now so a search finds the client at once (syncClientCopies keeps them after).
      ...clientSearchFields({ ...input, logins: {} }),
      status: 'added',
      authTenantId,
      loginUids: [],
      logins: {},
      sharedWith: caller.role === 'collaborator' ? [caller.uid] : [],
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    });
    tx.create(emailRef, { clientId: clientRef.id });
    writeAudit(
      caller.tenantId,
      { action: 'client.created', actorUid: caller.uid, targetId: clientRef.id },
      tx,
    );
  });
  return { clientId: clientRef.id };
});
