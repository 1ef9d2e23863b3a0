import nodemailer from 'nodemailer';
import { db } from '../admin.js';

/**
 * A tenant's own SMTP server (`tenants/{t}/private/smtp`, readable by functions only: it holds
 * the password). Without one, or with an empty host, the platform's server is used.
 */
export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
  senderName: string;
  senderAddress: string;
}

export const smtpSettingsPath = (tenantId: string) => `tenants/${tenantId}/private/smtp`;

export async function loadSmtpSettings(tenantId: string): Promise<SmtpSettings | null> {
  const snapshot = await db.doc(smtpSettingsPath(tenantId)).get();
  const host = snapshot.get('host');
  if (typeof host !== 'string' || host === '') return null;
  const text = (field: string) => {
    const value: unknown = snapshot.get(field);
    return typeof value === 'string' ? value : '';
  };
  return {
    host,
    port: Number(snapshot.get('port') ?? 587),
    secure: snapshot.get('secure') === true,
    user: text('user'),
    password: text('password'),
    senderName: text('senderName'),
    senderAddress: text('senderAddress'),
  };
}

/**
 * The tenant's server, or the platform's from the environment: `functions/.env.local` points the
 * emulator at the local sink; a deployed project sets its own provider's values.
 */
export function createTransport(settings?: SmtpSettings | null) {
  if (settings) {
    return nodemailer.createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth: settings.user ? { user: settings.user, pass: settings.password } : undefined,
      // A tenant's server that does not answer must fail the attempt, not hold the lease.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
    });
  }
  const port = Number(process.env.SMTP_PORT ?? 1025);
  const user = process.env.SMTP_USER;
  return nodemailer.createTransport({
    host: process.env.SMTP_HOST ?? '127.0.0.1',
    port,
    secure: process.env.SMTP_SECURE === 'true',
    auth: user ? { user, pass: process.env.SMTP_PASS ?? '' } : undefined,
  });
}

export function senderAddress(tenantName: string, settings?: SmtpSettings | null): string {
  const address = settings?.senderAddress || process.env.MAIL_FROM || 'no-reply@portail.local';
  const name = settings?.senderName || tenantName;
  return `"${name.replace(/["\\\r\n]/g, '')}" <${address}>`;
}
