// Helpers of the client-app end-to-end suites (client-*.test.ts, journey.test.ts).
import { createHash, randomBytes } from 'node:crypto';
import { FieldValue, Timestamp, getFirestore } from 'firebase-admin/firestore';
import type { Browser, Locator, Page } from 'playwright-core';
import { clientDisplayName, type Assignment, type PipelineStage } from '@portail/shared';
import { demoPassword, demoTenantId } from '../../scripts/seed/demo-data.js';
import { webClient, type WebClient } from '../support/callables.js';
import { mailsTo, type SinkMail } from '../support/mailbox.js';
import { poolAuth } from '../support/pools.js';
import { adminApp, ports, uniqueId, waitUntil } from '../support/stack.js';

export const adminUrl = `http://localhost:${ports.adminWeb}`;
export const clientUrl = `http://localhost:${ports.clientWeb}`;
export const demoOwner = { email: 'gerant@agence-demo.test', password: demoPassword };

export async function newPage(browser: Browser): Promise<Page> {
  return browser.newPage({ viewport: { width: 1280, height: 800 } });
}

export async function signInOnPage(page: Page, email: string, password: string) {
  await page.getByRole('heading', { name: 'Connexion' }).waitFor({ timeout: 30_000 });
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/**
 * Whether a photo `<img>` shows a picture fetched through the backend: the apps fetch photos with
 * the ID token and show them from a `blob:` URL, decoded (a broken or refused photo has no size).
 */
export async function photoShown(img: Locator): Promise<boolean> {
  await img.scrollIntoViewIfNeeded();
  return img.evaluate(
    (element: HTMLImageElement) =>
      element.src.startsWith('blob:') && element.complete && element.naturalWidth > 0,
  );
}

/** Signs in a web SDK client as somebody and returns it (close it when done). */
export async function signedInClient(
  email: string,
  password: string,
  tenantId = demoTenantId,
): Promise<WebClient> {
  const client = webClient();
  await client.signIn(email, password, tenantId);
  return client;
}

/**
 * The first e-mail to `address` whose text or HTML holds a link to `path`, and that link; only
 * among the mails `accept` keeps when given (one person invited by two agencies gets two).
 */
export async function linkInMail(
  address: string,
  path: string,
  since = 0,
  accept: (mail: SinkMail) => boolean = () => true,
): Promise<{ mail: SinkMail; href: string }> {
  return waitUntil(async () => {
    const mails = await mailsTo(address);
    for (const mail of mails.reverse()) {
      const date = Date.parse((mail as SinkMail & { date?: string }).date ?? '');
      if (since && Number.isFinite(date) && date < since - 5_000) continue;
      if (!accept(mail)) continue;
      const hrefs = [
        ...(mail.html ?? '').matchAll(/href="([^"]+)"/g),
        ...(mail.text ?? '').matchAll(/(https?:\/\/\S+)/g),
      ].map((match) => match[1]!.replace(/&amp;/g, '&'));
      const href = hrefs.find((candidate) => new URL(candidate).pathname === path);
      if (href) return { mail, href };
    }
    return null;
  }, `an e-mail to ${address} linking to ${path}`);
}

/** Hashes a one-time token the way functions/src/common/tokens.ts stores it. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A one-time link token stored directly (for states the UI cannot reach: expired, used). */
export async function storeInvite(options: {
  tenantId?: string;
  uid: string;
  clientId?: string | null;
  kind: 'clientFirstLogin' | 'passwordReset';
  expiresInMs: number;
  used?: boolean;
}): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await getFirestore(adminApp())
    .doc(`invites/${tokenHash(token)}`)
    .set({
      tenantId: options.tenantId ?? demoTenantId,
      uid: options.uid,
      kind: options.kind,
      clientId: options.clientId ?? null,
      expiresAt: Timestamp.fromMillis(Date.now() + options.expiresInMs),
      usedAt: options.used ? Timestamp.now() : null,
    });
  return token;
}

export interface ActiveClient {
  clientId: string;
  uid: string;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

/**
 * An active client of the demo agency with a password, made the way the agency does it:
 * createClient, inviteClient, then completeFirstLogin with the token of the e-mailed link.
 */
export async function createActiveClient(label = 'client'): Promise<ActiveClient> {
  const firstName = 'Camille';
  const lastName = `Test ${label}`;
  const email = `${uniqueId(label)}@example.test`;
  const password = `pw-${randomBytes(6).toString('hex')}`;
  const owner = await signedInClient(demoOwner.email, demoOwner.password);
  try {
    const { clientId } = await owner.call<{ clientId: string }>('createClient', {
      firstName,
      lastName,
      email,
    });
    await owner.call('inviteClient', { clientId });
    const { href } = await linkInMail(email, '/firstlogin');
    const token = new URL(href).searchParams.get('token')!;
    const visitor = webClient();
    try {
      await visitor.call('completeFirstLogin', { token, password });
    } finally {
      await visitor.close();
    }
    const user = await (await poolAuth(demoTenantId)).getUserByEmail(email);
    return { clientId, uid: user.uid, email, password, firstName, lastName };
  } finally {
    await owner.close();
  }
}

/** An assignment as stored: the shared shape, with Firestore's server times. */
type StoredAssignment = Omit<Assignment, 'createdAt' | 'updatedAt'> & {
  createdBy: string;
  createdAt: FieldValue;
  updatedAt: FieldValue;
};

/**
 * Publishes (or drafts) one assignment in a client space, straight through the Admin SDK, in
 * the full shape assignProperties writes (the snapshot, the copies of the client's name and
 * sharing list), at any stage (the client's own fields stay empty, as in the seed).
 */
export async function assignProperty(
  clientId: string,
  propertyId: string,
  options: {
    published: boolean;
    title: string;
    stage?: PipelineStage;
    price?: number;
    rejectedReason?: string;
    tenantId?: string;
  },
) {
  const tenantId = options.tenantId ?? demoTenantId;
  const db = getFirestore(adminApp());
  const client = (await db.doc(`tenants/${tenantId}/clients/${clientId}`).get()).data() ?? {};
  const stage = options.stage ?? 'new';
  const assignment: StoredAssignment = {
    propertyId,
    clientId,
    tenantId,
    published: options.published,
    stage,
    rejectedReason:
      stage === 'rejected' ? (options.rejectedReason ?? 'Trop de travaux pour nous') : null,
    visitRequest: null,
    report: null,
    offer: null,
    property: {
      title: options.title,
      type: 'apartment',
      price: options.price ?? 412_000,
      surface: 72,
      rooms: 3,
      bedrooms: 2,
      description: `${options.title}, pour les tests.`,
      city: 'Lyon',
      postalCode: '69007',
      addressLabel: 'rue de Marseille, 69007 Lyon',
      location: { lat: 45.75, lng: 4.84 },
      energyRating: null,
      photos: [],
    },
    sourceUrl: null,
    clientName: clientDisplayName({
      firstName: String(client.firstName ?? ''),
      lastName: String(client.lastName ?? ''),
    }),
    sharedWith: (client.sharedWith as string[] | undefined) ?? [],
    lastMove: null,
    stageDates: {},
    createdBy: 'demo-owner',
    createdAt: FieldValue.serverTimestamp(),
    updatedAt: FieldValue.serverTimestamp(),
  };
  await db.doc(`tenants/${tenantId}/clients/${clientId}/assignments/${propertyId}`).set(assignment);
}
