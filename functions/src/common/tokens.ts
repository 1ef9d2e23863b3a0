import { createHash, randomBytes } from 'node:crypto';
import { HttpsError } from 'firebase-functions/v2/https';
import { Timestamp } from 'firebase-admin/firestore';
import { db } from '../admin.js';

export type InviteKind = 'clientFirstLogin' | 'passwordReset' | 'staffPasswordReset' | 'signInLink';

export interface InviteRecord {
  tenantId: string;
  uid: string;
  kind: InviteKind;
  clientId: string | null;
  expiresAt: Timestamp;
  usedAt: Timestamp | null;
}

/** Only the hash is stored: a leaked database does not leak working links. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a one-time link token valid for `ttlMs`, and returns the token to put in the link. */
export async function createOneTimeToken(
  record: Omit<InviteRecord, 'expiresAt' | 'usedAt'>,
  ttlMs: number,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.doc(`invites/${hashToken(token)}`).set({
    ...record,
    expiresAt: Timestamp.fromMillis(Date.now() + ttlMs),
    usedAt: null,
  });
  return token;
}

/**
 * Whether `uid` was given a still unused link of one of `kinds` less than `windowMs` ago (links of
 * those kinds last `ttlMs`, so their creation is `expiresAt - ttlMs`): the "one e-mail per minute"
 * guard of the public "send me a link" forms.
 */
export async function issuedWithin(
  uid: string,
  kinds: readonly InviteKind[],
  ttlMs: number,
  windowMs: number,
): Promise<boolean> {
  const invites = await db.collection('invites').where('uid', '==', uid).get();
  const createdAfter = Date.now() - windowMs;
  return invites.docs.some((invite) => {
    const record = invite.data() as Partial<InviteRecord>;
    return (
      !!record.kind &&
      kinds.includes(record.kind) &&
      !record.usedAt &&
      !!record.expiresAt &&
      record.expiresAt.toMillis() - ttlMs > createdAfter
    );
  });
}

/** Marks a token used, inside a transaction so two clicks cannot both succeed; returns its record. */
export async function consumeOneTimeToken(
  token: string,
  kinds: readonly InviteKind[],
): Promise<InviteRecord> {
  const ref = db.doc(`invites/${hashToken(token)}`);
  return db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    const record = snapshot.data() as InviteRecord | undefined;
    if (!record || !kinds.includes(record.kind)) {
      throw new HttpsError('not-found', 'Ce lien n’est pas valide.');
    }
    if (record.usedAt) throw new HttpsError('failed-precondition', 'Ce lien a déjà été utilisé.');
    if (record.expiresAt.toMillis() < Date.now()) {
      throw new HttpsError('deadline-exceeded', 'Ce lien a expiré. Demandez-en un nouveau.');
    }
    tx.update(ref, { usedAt: Timestamp.now() });
    return record;
  });
}
