import { randomBytes } from 'node:crypto';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import {
  appLink,
  grantGuestAccessInput,
  renderEvent,
  revokeGuestAccessInput,
} from '@portail/shared';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import { requireStaff } from '../common/guards.js';
import { enqueueEmail } from '../common/outbox.js';
import { hashToken } from '../common/tokens.js';
import { parseInput } from '../common/validation.js';
import { loadAgency } from '../notifications/agency.js';
import { tenantTemplate } from '../notifications/queueEventEmail.js';
import { loadDossierForStaff } from './records.js';

/**
 * D4: gives one person access to one dossier until a date, by e-mail, without an account. The
 * link's token is stored hashed (`guestLinks/{hash}`, functions only, as `invites`); the guest
 * document under the dossier says whether it still stands, so revoking it or passing its date
 * closes the link at once. The e-mail is queued with the guest, under an id of the token.
 */
export const grantGuestAccess = onCall(async (request): Promise<{ guestId: string }> => {
  const caller = await requireStaff(request);
  const input = parseInput(grantGuestAccessInput, request.data);
  const { ref, dossier } = await loadDossierForStaff(caller, input.dossierId);
  const agency = await loadAgency(caller.tenantId);
  if (!agency) throw new HttpsError('not-found', 'Agence introuvable.');
  const token = randomBytes(32).toString('base64url');
  const tokenHash = hashToken(token);
  const guestRef = ref.collection('guests').doc();
  const expiresAt = Timestamp.fromMillis(input.expiresAt);
  const language = agency.branding.language;
  const email = renderEvent(
    'guestAccess',
    language,
    {
      agency: agency.agency,
      guest: { firstName: input.firstName, lastName: input.lastName },
      dossier: { title: dossier.title },
      link: appLink(agency.clientAppUrl, '/dossier-invite', { tenant: caller.tenantId, token }),
      validity: input.expiresAt - Date.now(),
    },
    await tenantTemplate(caller.tenantId, 'guestAccess', language),
  );
  await db.runTransaction(async (tx) => {
    tx.create(guestRef, {
      email: input.email,
      firstName: input.firstName,
      lastName: input.lastName,
      expiresAt,
      revokedAt: null,
      createdAt: FieldValue.serverTimestamp(),
      createdBy: caller.uid,
    });
    tx.create(db.doc(`guestLinks/${tokenHash}`), {
      tenantId: caller.tenantId,
      dossierId: input.dossierId,
      guestId: guestRef.id,
      expiresAt,
    });
    await enqueueEmail(
      caller.tenantId,
      {
        to: [input.email],
        subject: email.subject,
        text: email.text,
        html: email.html,
        kind: 'guestAccess',
      },
      `guest-${tokenHash.slice(0, 32)}`,
      tx,
    );
    writeAudit(
      caller.tenantId,
      {
        action: 'dossier.guestGranted',
        actorUid: caller.uid,
        targetId: input.dossierId,
        details: { guestId: guestRef.id, email: input.email },
      },
      tx,
    );
  });
  return { guestId: guestRef.id };
});

/** Closes a guest's link for good; its downloads stay in the history. */
export const revokeGuestAccess = onCall(async (request): Promise<{ revoked: boolean }> => {
  const caller = await requireStaff(request);
  const { dossierId, guestId } = parseInput(revokeGuestAccessInput, request.data);
  const { ref } = await loadDossierForStaff(caller, dossierId);
  const guestRef = ref.collection('guests').doc(guestId);
  const revoked = await db.runTransaction(async (tx) => {
    const guest = await tx.get(guestRef);
    if (!guest.exists) throw new HttpsError('not-found', 'Accès introuvable.');
    if (guest.get('revokedAt')) return false;
    tx.update(guestRef, { revokedAt: FieldValue.serverTimestamp(), revokedBy: caller.uid });
    writeAudit(
      caller.tenantId,
      {
        action: 'dossier.guestRevoked',
        actorUid: caller.uid,
        targetId: dossierId,
        details: { guestId },
      },
      tx,
    );
    return true;
  });
  return { revoked };
});
