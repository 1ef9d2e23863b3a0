// The aggregator's callables against the running stack (A1–A5): saved searches with the shared
// schema, the opt-in and its legal note, "Lancer maintenant" through the portals' queues (the
// emulator's triggers reading the stack's fixture server), the inbox's actions, import by link per
// portal, and the refusals that change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFirestore } from 'firebase-admin/firestore';
import {
  aggregatorCallableNames as names,
  type InboxEntryRecord,
  type ListingPropertyResult,
  type PortalRunResult,
  type RunSearchResult,
} from '@portail/shared';
import type { WebClient } from '../support/callables.js';
import { expectCode, Sessions } from '../support/calls.js';
import { createStaff, createTenant } from '../support/identities.js';
import { adminApp, closeAdminApps, waitUntil } from '../support/stack.js';

const db = getFirestore(adminApp());
const sessions = new Sessions();
let tenantId: string;
let owner: WebClient;
let collaborator: WebClient;

const criteria = { postalCodes: ['75011', '75012'], priceMax: 500_000 };

// The functions read the portals through PORTAL_BASE_URLS (functions/.env.local).
const portalsBase = /PORTAL_BASE_URLS=seloger=(http:\/\/[^,\s]+)\/portals\/seloger/.exec(
  await import('node:fs').then((fs) => fs.readFileSync('functions/.env.local', 'utf8')),
)?.[1];
const portalsServed = await fetch(`${portalsBase}/portals/feed/api.notif.immo/`)
  .then((answer) => answer.status === 401)
  .catch(() => false);

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

const newSearch = (web: WebClient, data: unknown) =>
  web.call<{ searchId: string }>(names.saveSearch, data);

// Cold function workers on a loaded machine take a while: every case gets minutes.
describe('saved searches', { timeout: 300_000 }, () => {
  it('saves a search parsed with the shared schema and edits it', async () => {
    const { searchId } = await newSearch(collaborator, {
      name: '  [N] Paris 11-12  ',
      portals: ['leboncoin', 'seloger', 'seloger'],
      criteria,
    });
    const stored = (await db.doc(`tenants/${tenantId}/searches/${searchId}`).get()).data();
    expect(stored).toMatchObject({
      name: '[N] Paris 11-12',
      portals: ['seloger', 'leboncoin'],
      enabled: true,
      criteria: { postalCodes: ['75011', '75012'], cities: [], types: [], priceMax: 500_000 },
    });
    await newSearch(collaborator, { searchId, name: 'Renamed', portals: ['feed'], criteria });
    expect((await db.doc(`tenants/${tenantId}/searches/${searchId}`).get()).get('name')).toBe(
      'Renamed',
    );
  });

  it('refuses bad input with a French message and writes nothing', async () => {
    const before = (await db.collection(`tenants/${tenantId}/searches`).get()).size;
    await expectCode(
      newSearch(owner, { name: 'x', portals: ['seloger'], criteria: { postalCodes: ['750'] } }),
      'functions/invalid-argument',
      'Code postal attendu sur 5 chiffres.',
    );
    await expectCode(
      newSearch(owner, { name: 'x', portals: [], criteria }),
      'functions/invalid-argument',
      'Choisissez au moins un site.',
    );
    await expectCode(
      newSearch(owner, {
        name: 'x',
        portals: ['seloger'],
        criteria: { priceMin: 9, priceMax: 5, cities: ['Lyon'] },
      }),
      'functions/invalid-argument',
      'Le prix minimum dépasse le prix maximum.',
    );
    expect((await db.collection(`tenants/${tenantId}/searches`).get()).size).toBe(before);
  });
});

describe('the opt-in', { timeout: 300_000 }, () => {
  it('refuses "Lancer maintenant" on scraping portals before the opt-in', async () => {
    const { searchId } = await newSearch(owner, { name: 'Avant', portals: ['seloger'], criteria });
    const error = await expectCode(
      owner.call(names.runSearchNow, { searchId }),
      'functions/failed-precondition',
    );
    expect((error as unknown as { details: { code: string } }).details.code).toBe(
      'aggregator/scraping-not-enabled',
    );
    expect(
      await db.collection('aggregatorQueues/seloger/runs').where('searchId', '==', searchId).get(),
    ).toHaveProperty('size', 0);
  });

  it('needs the legal note acknowledged, and an administrator', async () => {
    await expectCode(
      owner.call(names.setPortalScraping, { enabled: true }),
      'functions/invalid-argument',
      'Confirmez avoir lu la note',
    );
    await expectCode(
      collaborator.call(names.setPortalScraping, { enabled: true, acknowledged: true }),
      'functions/permission-denied',
    );
    expect(
      (await db.doc(`tenants/${tenantId}/config/aggregator`).get()).get('portalScraping'),
    ).not.toBe(true);
    await owner.call(names.setPortalScraping, { enabled: true, acknowledged: true });
    const settings = (await db.doc(`tenants/${tenantId}/config/aggregator`).get()).data();
    expect(settings).toMatchObject({ portalScraping: true });
    expect(settings?.acknowledgedAt).toBeDefined();
  });
});

describe.skipIf(!portalsServed)('runs, inbox and import through the stack', () => {
  let searchId: string;
  let entries: (InboxEntryRecord & { id: string })[];

  it('runs a search now: the inbox fills, one entry for the flat on two portals', async () => {
    ({ searchId } = await newSearch(owner, {
      name: '[N] Lancer maintenant',
      portals: ['seloger', 'leboncoin', 'feed'],
      criteria,
    }));
    const result = await owner.call<RunSearchResult>(names.runSearchNow, { searchId });
    expect(result.queued).toEqual(['seloger', 'leboncoin']);
    expect(result.skipped).toEqual([
      expect.objectContaining({ portal: 'feed', code: 'feed-not-configured' }),
    ]);
    const runs = await waitUntil(
      async () => {
        const lastRun = (await db.doc(`tenants/${tenantId}/searches/${searchId}`).get()).get(
          'lastRun',
        ) as Record<string, PortalRunResult>;
        return (
          ['seloger', 'leboncoin'].every((portal) => lastRun[portal]?.status === 'done') && lastRun
        );
      },
      'both portals run',
      240_000,
    );
    expect(runs.seloger!.found).toBeGreaterThan(0);
    const snapshot = await db.collection(`tenants/${tenantId}/inbox`).get();
    entries = snapshot.docs.map((doc) => ({ id: doc.id, ...(doc.data() as InboxEntryRecord) }));
    expect(entries.length).toBe(runs.seloger!.new + runs.leboncoin!.new);
    expect(entries.filter((entry) => entry.portals.length === 2)).toHaveLength(1);
  }, 300_000);

  it('dismisses an entry, and turns another into a property with its photos', async () => {
    const [first, second] = entries.filter((entry) => entry.listing.photos.length > 0);
    await owner.call(names.dismissInboxEntry, { entryId: first!.id });
    expect((await db.doc(`tenants/${tenantId}/inbox/${first!.id}`).get()).get('status')).toBe(
      'dismissed',
    );
    const created = await collaborator.call<ListingPropertyResult>(names.createPropertyFromInbox, {
      entryId: second!.id,
    });
    expect(created.photosCopied).toBe(Math.min(second!.listing.photos.length, 10));
    const property = (
      await db.doc(`tenants/${tenantId}/properties/${created.propertyId}`).get()
    ).data();
    expect(property?.photos).toHaveLength(created.photosCopied);
    expect(property?.title).toBe(second!.listing.title);
    const entry = (await db.doc(`tenants/${tenantId}/inbox/${second!.id}`).get()).data();
    expect(entry).toMatchObject({ status: 'assigned', propertyId: created.propertyId });
    await expectCode(
      owner.call(names.dismissInboxEntry, { entryId: second!.id }),
      'functions/failed-precondition',
    );
  }, 300_000);

  it.each([
    ['seloger', 'https://www.seloger.com/annonce/achat/ile-de-france/75/paris-11eme/2KQ8ZR1FV9CE'],
    [
      'bienici',
      'https://www.bienici.com/annonce/vente/paris-11e/appartement/3pieces/century-21-202_2421_11873',
    ],
    ['leboncoin', 'https://www.leboncoin.fr/ad/ventes_immobilieres/3083651141'],
  ])(
    'imports a %s link as a property with photos',
    async (_portal, url) => {
      const result = await owner.call<ListingPropertyResult>(names.importListingByUrl, { url });
      const property = (
        await db.doc(`tenants/${tenantId}/properties/${result.propertyId}`).get()
      ).data();
      expect(property?.photos.length).toBe(result.photosCopied);
      expect(result.photosCopied).toBeGreaterThan(0);
      const details = await db
        .doc(`tenants/${tenantId}/properties/${result.propertyId}/private/details`)
        .get();
      expect(details.get('sourceUrl')).toMatch(/^https:\/\/www\.(seloger|bienici|leboncoin)\./);
    },
    300_000,
  );

  it('says a dead link is dead and creates nothing', async () => {
    const before = (await db.collection(`tenants/${tenantId}/properties`).get()).size;
    const error = await expectCode(
      owner.call(names.importListingByUrl, {
        url: 'https://www.leboncoin.fr/ad/ventes_immobilieres/4040000001',
      }),
      'functions/not-found',
      'n’existe plus',
    );
    expect((error as unknown as { details: { code: string } }).details.code).toBe(
      'aggregator/dead-link',
    );
    expect((await db.collection(`tenants/${tenantId}/properties`).get()).size).toBe(before);
  }, 300_000);
});

describe('import by link refusals', () => {
  it('refuses an unknown site and a page that is not a listing', async () => {
    const unknown = await expectCode(
      owner.call(names.importListingByUrl, { url: 'https://www.example.com/annonce/1' }),
      'functions/invalid-argument',
      'Ce site n’est pas pris en charge',
    );
    expect((unknown as unknown as { details: { code: string } }).details.code).toBe(
      'aggregator/unknown-site',
    );
    await expectCode(
      owner.call(names.importListingByUrl, {
        url: 'https://www.leboncoin.fr/recherche?category=9',
      }),
      'functions/invalid-argument',
      'n’est pas une annonce',
    );
    await expectCode(
      owner.call(names.importListingByUrl, { url: '' }),
      'functions/invalid-argument',
    );
  }, 300_000);
});
