import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { mailsTo } from '../support/mailbox.js';
import { host, ports, uniqueId, waitUntil } from '../support/stack.js';

describe('smoke: SMTP sink', () => {
  it('receives an e-mail sent by nodemailer', async () => {
    const to = `${uniqueId('mail')}@example.test`;
    const transport = nodemailer.createTransport({ host, port: ports.smtp, secure: false });
    await transport.sendMail({
      from: 'no-reply@portail.local',
      to,
      subject: 'Bienvenue',
      text: 'Votre espace est prêt.',
    });
    const [mail] = await waitUntil(async () => {
      const mails = await mailsTo(to);
      return mails.length > 0 ? mails : null;
    }, 'the e-mail in the sink');
    expect(mail?.subject).toBe('Bienvenue');
    expect(mail?.text?.trim()).toBe('Votre espace est prêt.');
  });
});
