// The licensed feed's access (A5) through `setFeedAccess` against the running stack: admins only,
// bad input refused and nothing written, the key kept where no staff member can read it (every
// document of the tenant searched for it), replaced and removed. Also: every run error the
// functions write has its own English text in the admin app, so the English UI shows no French.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doc, getDoc } from 'firebase/firestore';
import { getFirestore, type DocumentReference } from 'firebase-admin/firestore';
import {
  aggregatorCallableNames as names,
  aggregatorErrorCodes,
  aggregatorErrorMessages,
  type SetFeedAccessResult,
} from '@portail/shared';
import { aggregatorText } from '../../admin-web/src/features/aggregator/i18n.js';
import type { WebClient } from '../support/callables.js';
import { expectCode, Sessions } from '../support/calls.js';
import { createStaff, createTenant } from '../support/identities.js';
import { adminApp, closeAdminApps } from '../support/stack.js';

const db = getFirestore(adminApp());
const sessions = new Sessions();
let tenantId: string;
let owner: WebClient;
let collaborator: WebClient;

beforeAll(async () => {
  tenantId = await createTenant();
  const [o, c] = await Promise.all([
    createStaff(tenantId, 'owner'),
    createStaff(tenantId, 'collaborator'),
  ]);
  owner = await sessions.signedIn(o.email, o.password, tenantId);
  collaborator = await sessions.signedIn(c.email, c.password, tenantId);
});

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

/** Every document under the tenant, with its path, read with the Admin SDK. */
async function tenantDocuments(ref: DocumentReference = db.doc(`tenants/${tenantId}`)) {
  const found: { path: string; json: string }[] = [];
  const snapshot = await ref.get();
  if (snapshot.exists) found.push({ path: ref.path, json: JSON.stringify(snapshot.data()) });
  for (const collection of await ref.listCollections()) {
    for (const child of await collection.listDocuments()) {
      found.push(...(await tenantDocuments(child)));
    }
  }
  return found;
}

const settings = async () =>
  (await db.doc(`tenants/${tenantId}/config/aggregator`).get()).data() ?? {};

describe('the licensed feed’s key', { timeout: 300_000 }, () => {
  const firstKey = 'zkey-first-0f3c9a71d2';
  const secondKey = 'zkey-second-8b21e4c07a';
  const baseUrl = 'https://api.notif.immo';

  it('is set by an administrator only, and bad input changes nothing', async () => {
    await expectCode(
      collaborator.call(names.setFeedAccess, { baseUrl, apiKey: firstKey }),
      'functions/permission-denied',
    );
    await expectCode(
      owner.call(names.setFeedAccess, { baseUrl: 'ftp://api.notif.immo', apiKey: firstKey }),
      'functions/invalid-argument',
      'Adresse de l’API attendue',
    );
    await expectCode(
      owner.call(names.setFeedAccess, { baseUrl, apiKey: 'court' }),
      'functions/invalid-argument',
      'Clé d’API trop courte.',
    );
    expect((await db.doc(`tenants/${tenantId}/secrets/feed`).get()).exists).toBe(false);
    expect((await settings()).feedConfigured).not.toBe(true);
  });

  it('never appears in a document staff can read', async () => {
    const saved = await owner.call<SetFeedAccessResult>(names.setFeedAccess, {
      baseUrl,
      apiKey: firstKey,
    });
    expect(saved).toEqual({ feedConfigured: true });
    const stored = await settings();
    expect(stored).toMatchObject({ feedConfigured: true, feedBaseUrl: baseUrl });
    expect(stored.feedSavedAt).toBeDefined();

    const holding = (await tenantDocuments())
      .filter((document) => document.json.includes(firstKey))
      .map((document) => document.path);
    expect(holding).toEqual([`tenants/${tenantId}/secrets/feed`]);
    // The one document holding it is closed to the apps; the settings they read are not.
    const web = owner.firestore();
    await expectCode(getDoc(doc(web, `tenants/${tenantId}/secrets/feed`)), 'permission-denied');
    const visible = await getDoc(doc(web, `tenants/${tenantId}/config/aggregator`));
    expect(visible.get('feedConfigured')).toBe(true);
    expect(JSON.stringify(visible.data())).not.toContain(firstKey);
  });

  it('is replaced, then removed with its address', async () => {
    await owner.call(names.setFeedAccess, { baseUrl, apiKey: secondKey });
    const secret = (await db.doc(`tenants/${tenantId}/secrets/feed`).get()).data();
    expect(secret).toMatchObject({ baseUrl, apiKey: secondKey });
    const documents = await tenantDocuments();
    expect(documents.some((document) => document.json.includes(firstKey))).toBe(false);

    const removed = await owner.call<SetFeedAccessResult>(names.setFeedAccess, { remove: true });
    expect(removed).toEqual({ feedConfigured: false });
    expect((await db.doc(`tenants/${tenantId}/secrets/feed`).get()).exists).toBe(false);
    const after = await settings();
    expect(after.feedConfigured).toBe(false);
    expect(after.feedBaseUrl).toBeUndefined();
    expect(after.feedSavedAt).toBeUndefined();
    const audit = await db.collection(`tenants/${tenantId}/audit`).get();
    expect(audit.docs.map((entry) => entry.get('action')).sort()).toEqual([
      'aggregator.feed.removed',
      'aggregator.feed.saved',
      'aggregator.feed.saved',
    ]);
  });
});

describe('run errors in the admin app’s languages', () => {
  it('has an English text of its own for every code a run or a callable writes', () => {
    const { fr, en } = aggregatorText;
    for (const code of aggregatorErrorCodes) {
      const english = (en.aggregator.errors as Record<string, string>)[code];
      expect(english, code).toBeTruthy();
      expect(english, code).not.toBe(aggregatorErrorMessages[code]);
      expect((fr.aggregator.errors as Record<string, string>)[code], code).toBeTruthy();
    }
  });
});
