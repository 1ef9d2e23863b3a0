// What every function test needs: web sessions closed at the end, error-code checks, the e-mails
// of the SMTP sink and the links in them.
import { expect } from 'vitest';
import { FirebaseError } from 'firebase/app';
import { webClient, type WebClient } from './callables.js';
import { mailsTo, type SinkMail } from './mailbox.js';
import { uniqueId, waitUntil } from './stack.js';

/** Web clients opened by a test file; `closeAll` in afterAll. */
export class Sessions {
  private readonly opened: WebClient[] = [];

  anonymous(): WebClient {
    const web = webClient();
    this.opened.push(web);
    return web;
  }

  async signedIn(email: string, password: string, tenantId: string): Promise<WebClient> {
    const web = this.anonymous();
    await web.signIn(email, password, tenantId);
    return web;
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.opened.splice(0).map((web) => web.close()));
  }
}

/** The promise fails with a FirebaseError of one of `codes`, whose message matches if given. */
export async function expectCode(
  promise: Promise<unknown>,
  codes: string | readonly string[],
  message?: string | RegExp,
): Promise<FirebaseError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, `expected ${String(codes)}`).toBeInstanceOf(FirebaseError);
  expect([codes].flat()).toContain((error as FirebaseError).code);
  if (typeof message === 'string') expect((error as FirebaseError).message).toContain(message);
  else if (message) expect((error as FirebaseError).message).toMatch(message);
  return error as FirebaseError;
}

/** The emulator says wrong-password; production, with enumeration protection, invalid-credential. */
export const wrongPassword = ['auth/wrong-password', 'auth/invalid-credential'];

export async function waitForMails(address: string, count = 1): Promise<SinkMail[]> {
  return waitUntil(async () => {
    const mails = await mailsTo(address);
    return mails.length >= count ? mails : null;
  }, `${count} e-mail(s) to ${address}`);
}

/** The one-time token of the link in an e-mail. */
export function tokenOf(mail: SinkMail | undefined): string {
  const token = /token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error('no link in the e-mail');
  return token;
}

export const newEmail = (prefix: string) => `${uniqueId(prefix)}@example.test`;
