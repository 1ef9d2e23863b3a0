import { afterAll, describe, expect, it } from 'vitest';
import { getFirestore } from 'firebase-admin/firestore';
import { mailsTo } from '../support/mailbox.js';
import { adminApp, closeAdminApps, uniqueId, waitUntil } from '../support/stack.js';

const db = getFirestore(adminApp());
afterAll(closeAdminApps);

describe('smoke: a v2 Firestore trigger in the Functions emulator', () => {
  it('sends an outbox entry once, with the tenant branding, and records the delivery', async () => {
    const tenantId = uniqueId('tenant');
    await db.doc(`tenants/${tenantId}/public/branding`).set({
      name: 'Agence Smoke',
      primaryColour: '#123456',
      accentColour: '#abcdef',
      logoUrl: null,
      language: 'fr',
    });
    const to = `${uniqueId('buyer')}@example.test`;
    const ref = db.doc(`tenants/${tenantId}/outbox/${uniqueId('msg')}`);
    await ref.set({ to: [to], subject: 'Votre accès', text: 'Bonjour', kind: 'smoke' });

    const delivery = await waitUntil(async () => {
      const current = (await ref.get()).get('delivery') as { state: string } | undefined;
      return current?.state === 'SUCCESS' ? current : null;
    }, 'the outbox entry to be sent');
    expect(delivery).toMatchObject({ state: 'SUCCESS', attempts: 1, error: null });

    const mails = await mailsTo(to);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Votre accès');
    expect(mails[0]?.html).toContain('Agence Smoke');
    expect(mails[0]?.html).toContain('#123456');

    // A later write re-fires the trigger; the entry must not be sent a second time.
    await ref.update({ touchedAt: Date.now() });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await mailsTo(to)).toHaveLength(1);
    expect((await ref.get()).get('delivery.attempts')).toBe(1);
  });
});
