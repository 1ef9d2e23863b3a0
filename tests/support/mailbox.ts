// Reads the local SMTP sink (MailDev) over its REST API.
import { ports, host } from './stack.js';

const base = `http://${host}:${ports.mailWeb}`;

export interface SinkMail {
  id: string;
  subject: string;
  text?: string;
  html?: string;
  to: { address: string; name?: string }[];
  from: { address: string; name?: string }[];
  headers: Record<string, string>;
}

export async function mailsTo(address: string): Promise<SinkMail[]> {
  const response = await fetch(`${base}/api/email`);
  if (!response.ok) throw new Error(`mail sink answered ${response.status}`);
  const mails = (await response.json()) as SinkMail[];
  return mails.filter((mail) =>
    mail.to.some((to) => to.address.toLowerCase() === address.toLowerCase()),
  );
}
