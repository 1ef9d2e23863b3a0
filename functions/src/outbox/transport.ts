import nodemailer from 'nodemailer';

/**
 * SMTP settings come from the environment: `functions/.env.local` points the emulator at the
 * local sink; a deployed project sets its own provider's values.
 */
export function createTransport() {
  const port = Number(process.env.SMTP_PORT ?? 1025);
  const user = process.env.SMTP_USER;
  return nodemailer.createTransport({
    host: process.env.SMTP_HOST ?? '127.0.0.1',
    port,
    secure: process.env.SMTP_SECURE === 'true',
    auth: user ? { user, pass: process.env.SMTP_PASS ?? '' } : undefined,
  });
}

export function senderAddress(tenantName: string): string {
  const address = process.env.MAIL_FROM ?? 'no-reply@portail.local';
  return `"${tenantName.replace(/"/g, '')}" <${address}>`;
}
