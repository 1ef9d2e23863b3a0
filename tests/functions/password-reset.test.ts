// T5 "Mot de passe oublié" for staff and clients, against the running stack and the SMTP sink.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFirestore } from 'firebase-admin/firestore';
import { callableNames } from '@portail/shared';
import { adminApp, closeAdminApps, uniqueId } from '../support/stack.js';
import type { WebClient } from '../support/callables.js';
import { createStaff, createTenant, testPassword } from '../support/identities.js';
import { mailsTo } from '../support/mailbox.js';
import { expectCode, Sessions, tokenOf, waitForMails, wrongPassword } from '../support/calls.js';

const db = getFirestore(adminApp());
const sessions = new Sessions();
const web = () => sessions.anonymous();

/** Nothing queued for this address in the tenant, and nothing arrived in the sink. */
async function expectNoMail(tenantId: string, address: string) {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const queued = await db
    .collection(`tenants/${tenantId}/outbox`)
    .where('to', 'array-contains', address)
    .get();
  expect(queued.size).toBe(0);
  expect(await mailsTo(address)).toHaveLength(0);
}

const reset = (tenantId: string, app: 'admin' | 'client', email: string) =>
  web().call(callableNames.requestPasswordReset, { tenantId, app, email });

let tenantId: string;
let otherTenant: string;
let admin: WebClient;

beforeAll(async () => {
  tenantId = await createTenant();
  otherTenant = await createTenant();
  const owner = await createStaff(tenantId, 'owner');
  admin = web();
  await admin.signIn(owner.email, owner.password, tenantId);
});

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

/** An active client of the tenant, with a password. */
async function activeClient(password = 'first-pass-1') {
  const email = `${uniqueId('client')}@example.test`;
  const { clientId } = await admin.call<{ clientId: string }>(callableNames.createClient, {
    firstName: 'Nina',
    lastName: 'Petit',
    email,
  });
  await admin.call(callableNames.inviteClient, { clientId });
  const [invitation] = await waitForMails(email);
  await web().call(callableNames.completeFirstLogin, { token: tokenOf(invitation), password });
  return { clientId, email };
}

describe('requestPasswordReset', () => {
  it('answers ok for an unknown e-mail or tenant and sends nothing', async () => {
    const nobody = `${uniqueId('nobody')}@example.test`;
    expect(await reset(tenantId, 'client', nobody)).toEqual({ ok: true });
    expect(await reset(tenantId, 'admin', nobody)).toEqual({ ok: true });
    expect(await reset('no-such-agency', 'client', nobody)).toEqual({ ok: true });
    await expectNoMail(tenantId, nobody);
  });

  it('answers ok but sends nothing to the wrong app, the wrong tenant or a revoked client', async () => {
    const staff = await createStaff(tenantId, 'collaborator');
    const client = await activeClient();
    expect(await reset(tenantId, 'client', staff.email)).toEqual({ ok: true });
    expect(await reset(tenantId, 'admin', client.email)).toEqual({ ok: true });
    expect(await reset(otherTenant, 'admin', staff.email)).toEqual({ ok: true });
    expect(await reset(otherTenant, 'client', client.email)).toEqual({ ok: true });
    await admin.call(callableNames.revokeClientAccess, { clientId: client.clientId });
    expect(await reset(tenantId, 'client', client.email)).toEqual({ ok: true });
    const pending = await createStaff(tenantId, 'collaborator', 'pending');
    expect(await reset(tenantId, 'admin', pending.email)).toEqual({ ok: true });
    await expectNoMail(tenantId, staff.email);
    await expectNoMail(tenantId, pending.email);
    expect(await mailsTo(client.email)).toHaveLength(1); // the invitation only
  });

  it('refuses malformed input', async () => {
    await expectCode(
      web().call(callableNames.requestPasswordReset, { tenantId, app: 'client', email: 'x' }),
      'functions/invalid-argument',
    );
    await expectCode(
      web().call(callableNames.requestPasswordReset, { tenantId, app: 'other', email: 'a@b.fr' }),
      'functions/invalid-argument',
    );
  });

  it('lets staff choose a new password through the admin app link', async () => {
    const staff = await createStaff(tenantId, 'admin');
    expect(await reset(tenantId, 'admin', staff.email.toUpperCase())).toEqual({ ok: true });
    const [mail] = await waitForMails(staff.email);
    expect(mail?.subject).toContain(`Agence ${tenantId}`);
    expect(mail?.html).toContain(`Agence ${tenantId}`);
    expect(mail?.text).toMatch(
      new RegExp(`http://localhost:5173/reset-password\\?tenant=${tenantId}&token=[A-Za-z0-9_-]+`),
    );
    const token = tokenOf(mail);

    // A weak password is refused without using the link up.
    await expectCode(
      web().call(callableNames.completePasswordReset, { token, password: 'court' }),
      'functions/invalid-argument',
    );
    expect(
      await web().call(callableNames.completePasswordReset, { token, password: 'new-pass-123' }),
    ).toEqual({ email: staff.email });
    await web().signIn(staff.email, 'new-pass-123', tenantId);
    await expectCode(web().signIn(staff.email, testPassword, tenantId), wrongPassword);
    await expectCode(
      web().call(callableNames.completePasswordReset, { token, password: 'again-pass-1' }),
      'functions/failed-precondition',
    );
  });

  it('lets a client choose a new password through the client app link, one e-mail per minute', async () => {
    const client = await activeClient();
    expect(await reset(tenantId, 'client', client.email)).toEqual({ ok: true });
    expect(await reset(tenantId, 'client', client.email)).toEqual({ ok: true });
    const mails = await waitForMails(client.email, 2); // the invitation, then one reset
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const resets = (await mailsTo(client.email)).filter((mail) =>
      mail.text?.includes('/reset-password?'),
    );
    expect(resets).toHaveLength(1);
    expect(mails.length).toBeGreaterThanOrEqual(2);
    expect(resets[0]?.text).toContain(
      `http://localhost:5174/reset-password?tenant=${tenantId}&token=`,
    );

    // A first-login token is not a reset token, and vice versa.
    await expectCode(
      web().call(callableNames.completeFirstLogin, {
        token: tokenOf(resets[0]),
        password: 'new-pass-456',
      }),
      'functions/not-found',
    );
    expect(
      await web().call(callableNames.completePasswordReset, {
        token: tokenOf(resets[0]),
        password: 'new-pass-456',
      }),
    ).toEqual({ email: client.email });
    await web().signIn(client.email, 'new-pass-456', tenantId);
    await expectCode(web().signIn(client.email, 'first-pass-1', tenantId), wrongPassword);
  });
});
