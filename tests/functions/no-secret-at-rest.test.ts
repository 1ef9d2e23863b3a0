// No working secret at rest: once an e-mail is delivered (SUCCESS) or given up (ERROR), its stored
// copy in the outbox keeps no usable one-time link; while it may still be retried, it does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFirestore } from 'firebase-admin/firestore';
import { callableNames } from '@portail/shared';
import { adminApp, closeAdminApps, uniqueId } from '../support/stack.js';
import type { WebClient } from '../support/callables.js';
import { createStaff, createTenant } from '../support/identities.js';
import { newEmail, Sessions, tokenOf, waitForMails } from '../support/calls.js';
import { hashToken } from '../../functions/src/common/tokens.js';

const db = getFirestore(adminApp());
const sessions = new Sessions();
let tenantId: string;
let admin: WebClient;

beforeAll(async () => {
  tenantId = await createTenant();
  const who = await createStaff(tenantId, 'admin');
  admin = await sessions.signedIn(who.email, who.password, tenantId);
});

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

type Entry = FirebaseFirestore.DocumentData;

/** Polls a document until `done` holds of its data. */
async function until(path: string, done: (data: Entry) => boolean, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const data = (await db.doc(path).get()).data();
    if (data && done(data)) return data;
    if (Date.now() > deadline) throw new Error(`${path} never got there: ${JSON.stringify(data)}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** Every `token=` value left in a text (what an attacker reading the database would try). */
const tokensIn = (text: string) =>
  [...text.matchAll(/token=([^&\s"'<>#]+)/g)].map((match) => decodeURIComponent(match[1]!));

/** None of the values matches an invite: hashed as the backend hashes links, they lead nowhere. */
async function noneIsAnInvite(values: string[]) {
  for (const value of values) {
    expect((await db.doc(`invites/${hashToken(value)}`).get()).exists, value).toBe(false);
  }
}

describe('the outbox after delivery', { timeout: 120_000 }, () => {
  it('keeps an invitation’s subject, recipients and kind, but no usable link', async () => {
    const email = newEmail('disarmed');
    const { clientId } = await admin.call<{ clientId: string }>(callableNames.createClient, {
      firstName: 'Inès',
      lastName: 'Désarmée',
      email,
    });
    await admin.call(callableNames.inviteClient, { clientId });
    // The e-mail as it left: its link works (its token is a live invite).
    const [mail] = await waitForMails(email);
    const token = tokenOf(mail);
    expect((await db.doc(`invites/${hashToken(token)}`).get()).get('usedAt')).toBeNull();

    const outbox = await db
      .collection(`tenants/${tenantId}/outbox`)
      .where('to', 'array-contains', email)
      .get();
    expect(outbox.size).toBe(1);
    const path = outbox.docs[0]!.ref.path;
    const stored = await until(path, (data) => data.delivery?.state === 'SUCCESS');
    expect(stored).toMatchObject({ to: [email], kind: 'invitation', subject: mail!.subject });
    expect(stored.text).toContain('token=[retiré]');
    expect(stored.html).toContain('token=[retiré]');
    for (const body of [stored.text as string, stored.html as string]) {
      expect(body).not.toContain(token);
      expect(body).not.toContain(encodeURIComponent(token));
      await noneIsAnInvite(tokensIn(body));
    }
    // The rest of the link is still there, so the entry still says where it led.
    expect(stored.text).toContain('/firstlogin');
  });
});

describe('the outbox after a failed attempt', { timeout: 120_000 }, () => {
  it('keeps the working link for a retry, and cuts it once the e-mail is given up', async () => {
    // A tenant whose own SMTP server refuses every connection: each attempt fails at once.
    const failing = await createTenant(uniqueId('smtp-down'));
    await db.doc(`tenants/${failing}/private/smtp`).set({ host: '127.0.0.1', port: 1 });
    const secret = `live-${uniqueId('token')}`;
    const link = `http://localhost:5174/firstlogin?tenant=${failing}&token=${secret}`;
    const ref = db.collection(`tenants/${failing}/outbox`).doc();
    await ref.create({
      to: [newEmail('unlucky')],
      subject: 'Votre accès',
      text: `Bonjour,\n\nVotre lien : ${link}\n`,
      html: `<p><a href="${link.replace(/&/g, '&amp;')}">Choisir mon mot de passe</a></p>`,
      kind: 'clientInvitation',
    });

    const retrying = await until(ref.path, (data) => data.delivery?.state === 'RETRY');
    expect(retrying.text).toContain(`token=${secret}`);
    expect(retrying.html).toContain(`token=${secret}`);

    const abandoned = await until(ref.path, (data) => data.delivery?.state === 'ERROR');
    expect(abandoned.delivery.attempts).toBe(3);
    expect(abandoned).toMatchObject({ subject: 'Votre accès', kind: 'clientInvitation' });
    for (const body of [abandoned.text as string, abandoned.html as string]) {
      expect(body).not.toContain(secret);
      expect(body).toContain('token=[retiré]');
      expect(body).toContain(`tenant=${failing}`);
    }
  });

  it('cuts the links of an entry that could never be sent (invalid), at once', async () => {
    const secret = `bad-${uniqueId('token')}`;
    const ref = db.collection(`tenants/${tenantId}/outbox`).doc();
    // No subject: the sender refuses it without trying (ERROR at the first attempt).
    await ref.create({
      to: [newEmail('invalid')],
      text: `Lien : http://localhost:5174/reset?token=${secret}&code=abc123`,
      kind: 'passwordReset',
    });
    const stored = await until(ref.path, (data) => data.delivery?.state === 'ERROR');
    expect(stored.text).toBe('Lien : http://localhost:5174/reset?token=[retiré]&code=[retiré]');
  });
});
