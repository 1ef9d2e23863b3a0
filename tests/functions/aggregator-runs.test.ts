// The aggregator's runs (A2–A5) against the local stack's emulators and a fixture server of this
// file's own (the portals' routes of scripts/fixtures, on an ephemeral port): one portal down and
// one answering a changed format while the others deliver, de-duplication across portals, a
// dismissed listing found again, opt-in respected, listings becoming properties with photos.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import type { InboxEntryRecord, PortalRunResult } from '@portail/shared';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixtures/server.js';
import { createTenant } from '../support/identities.js';
import { adminApp, closeAdminApps } from '../support/stack.js';
import { defaultBucket } from '../../functions/src/storage.js';
import type { AggregatorConfig } from '../../functions/src/aggregator/service/config.js';
import { fixtureServerConfig } from '../../functions/src/aggregator/testing/fixtureConfig.js';
import { runPortalTask } from '../../functions/src/aggregator/service/runPortalTask.js';
import { runnablePortals } from '../../functions/src/aggregator/service/enqueue.js';
import { createPropertyFromListing } from '../../functions/src/aggregator/service/createProperty.js';
import { importListing } from '../../functions/src/aggregator/importListing.js';
import { portalHttpClient } from '../../functions/src/aggregator/service/portalHttp.js';

const db = getFirestore(adminApp());
let fixture: FixtureServer;
let config: AggregatorConfig;

const portals = ['seloger', 'bienici', 'leboncoin', 'feed'] as const;

beforeAll(async () => {
  fixture = await startFixtureServer({ port: 0 });
  // The property's geocoding, in this process, asks this fixture server too.
  process.env.GEOCODER_URL = `${fixture.url}/ban`;
  config = fixtureServerConfig(fixture.url);
  const bucket = defaultBucket(adminApp());
  if (!(await bucket.exists())[0]) await bucket.create();
});

afterAll(async () => {
  await fixture?.close();
  await closeAdminApps();
});

async function tenantWithSearch(
  postalCodes: string[],
  searchPortals: readonly string[],
  { optIn = true, feed = false } = {},
) {
  const tenantId = await createTenant();
  if (optIn) await db.doc(`tenants/${tenantId}/config/aggregator`).set({ portalScraping: true });
  if (feed) {
    await db
      .doc(`tenants/${tenantId}/secrets/feed`)
      .set({ baseUrl: 'https://api.notif.immo', apiKey: 'fixture-key-1234' });
  }
  const search = await db.collection(`tenants/${tenantId}/searches`).add({
    name: '[N] Paris 11-12',
    portals: searchPortals,
    criteria: { cities: [], postalCodes, types: [] },
    enabled: true,
    lastRun: {},
    createdAt: FieldValue.serverTimestamp(),
  });
  return { tenantId, searchId: search.id };
}

async function inbox(tenantId: string) {
  const entries = await db.collection(`tenants/${tenantId}/inbox`).get();
  return entries.docs.map((doc) => ({ id: doc.id, ...(doc.data() as InboxEntryRecord) }));
}

async function lastRun(tenantId: string, searchId: string) {
  const search = await db.doc(`tenants/${tenantId}/searches/${searchId}`).get();
  return search.get('lastRun') as Record<string, PortalRunResult>;
}

const run = (tenantId: string, searchId: string, portal: (typeof portals)[number]) =>
  runPortalTask(tenantId, searchId, portal, { config });

describe('a scheduled run with failing portals', () => {
  it('records the portal that is down and the one whose format changed; the others deliver', async () => {
    // 99501: SeLoger answers 503; 99422: Bien'ici answers a changed format (scripts/fixtures README).
    const { tenantId, searchId } = await tenantWithSearch(
      ['75011', '75012', '99501', '99422'],
      ['seloger', 'bienici', 'leboncoin', 'feed'],
      { feed: true },
    );
    await Promise.all(portals.map((portal) => run(tenantId, searchId, portal)));

    const runs = await lastRun(tenantId, searchId);
    expect(runs.seloger).toMatchObject({ status: 'failed', errorCode: 'http', found: 0 });
    expect(runs.seloger!.errorMessage).toMatch(/refusé|pas pu/);
    expect(runs.bienici).toMatchObject({ status: 'failed', errorCode: 'format-changed' });
    expect(runs.leboncoin).toMatchObject({ status: 'done', errorCode: null });
    expect(runs.leboncoin!.found).toBeGreaterThan(3);
    expect(runs.feed).toMatchObject({ status: 'done', errorCode: null });

    const entries = await inbox(tenantId);
    const portalsSeen = new Set(entries.flatMap((entry) => entry.portals));
    expect([...portalsSeen].sort()).toEqual(['feed', 'leboncoin']);
    expect(
      entries.every((entry) => entry.status === 'new' && entry.searchIds[0] === searchId),
    ).toBe(true);
    expect(runs.leboncoin!.new + runs.feed!.new).toBe(entries.length);
  });

  it('times out a slow portal and records it', async () => {
    // 99403: LeBonCoin answers after 4 s, beyond this run's 2 s timeout.
    const { tenantId, searchId } = await tenantWithSearch(['75011', '99403'], ['leboncoin']);
    await run(tenantId, searchId, 'leboncoin');
    expect((await lastRun(tenantId, searchId)).leboncoin).toMatchObject({
      status: 'failed',
      errorCode: 'timeout',
    });
  }, 30_000);
});

describe('de-duplication and the inbox', () => {
  it('makes one entry with two sources of the same flat on SeLoger and LeBonCoin', async () => {
    const { tenantId, searchId } = await tenantWithSearch(
      ['75011', '75012'],
      ['seloger', 'leboncoin'],
    );
    await run(tenantId, searchId, 'seloger');
    await run(tenantId, searchId, 'leboncoin');
    const entries = await inbox(tenantId);
    // 61.4 m² at 425,000 € (SeLoger) and 61 m² at 429,000 € (LeBonCoin), 75011, a flat: one.
    const shared = entries.filter((entry) => entry.portals.length === 2);
    expect(shared).toHaveLength(1);
    expect(
      shared[0]!.sources.map((source) => `${source.portal}:${source.portalId}`).sort(),
    ).toEqual(['leboncoin:3083651141', 'seloger:2KQ8ZR1FV9CE']);
    const runs = await lastRun(tenantId, searchId);
    expect(runs.seloger!.new + runs.leboncoin!.new).toBe(entries.length);

    // The same run again: nothing new.
    await run(tenantId, searchId, 'leboncoin');
    expect((await lastRun(tenantId, searchId)).leboncoin!.new).toBe(0);
    expect(await inbox(tenantId)).toHaveLength(entries.length);
  });

  it('finds again a listing the hunter dismissed', async () => {
    const { tenantId, searchId } = await tenantWithSearch(['75011', '75012'], ['leboncoin']);
    await run(tenantId, searchId, 'leboncoin');
    const [first] = await inbox(tenantId);
    await db.doc(`tenants/${tenantId}/inbox/${first!.id}`).update({ status: 'dismissed' });
    await run(tenantId, searchId, 'leboncoin');
    const again = (await db.doc(`tenants/${tenantId}/inbox/${first!.id}`).get()).data();
    expect(again?.status).toBe('new');
    expect(again?.reopenedAt).toBeDefined();
    expect((await lastRun(tenantId, searchId)).leboncoin!.new).toBe(1);
  });
});

describe('opt-in and licensed feeds', () => {
  it('reads no scraping portal for a tenant that did not opt in', async () => {
    const { tenantId, searchId } = await tenantWithSearch(['75011'], ['seloger', 'feed'], {
      optIn: false,
      feed: true,
    });
    const runnable = await runnablePortals(tenantId, ['seloger', 'bienici', 'leboncoin', 'feed']);
    expect(runnable.queued).toEqual(['feed']);
    expect(runnable.skipped.map((skip) => skip.code)).toEqual([
      'scraping-not-enabled',
      'scraping-not-enabled',
      'scraping-not-enabled',
    ]);
    // Even a task queued before the opt-in was withdrawn reads nothing.
    await run(tenantId, searchId, 'seloger');
    await run(tenantId, searchId, 'feed');
    const runs = await lastRun(tenantId, searchId);
    expect(runs.seloger).toMatchObject({ status: 'failed', errorCode: 'scraping-not-enabled' });
    expect(runs.feed).toMatchObject({ status: 'done' });
    expect((await inbox(tenantId)).every((entry) => entry.portals.includes('feed'))).toBe(true);
  });

  it('says a feed without a key is not configured', async () => {
    const { tenantId } = await tenantWithSearch(['75011'], ['feed']);
    const runnable = await runnablePortals(tenantId, ['feed']);
    expect(runnable.skipped).toEqual([
      expect.objectContaining({ portal: 'feed', code: 'feed-not-configured' }),
    ]);
  });
});

describe('listings become properties', () => {
  it.each(['seloger', 'bienici', 'leboncoin'] as const)(
    'imports a %s link with its photos copied into Storage',
    async (portal) => {
      const links = {
        seloger: 'https://www.seloger.com/annonce/achat/ile-de-france/75/paris-11eme/2KQ8ZR1FV9CE',
        bienici:
          'https://www.bienici.com/annonce/vente/paris-11e/appartement/3pieces/century-21-202_2421_11873',
        leboncoin: 'https://www.leboncoin.fr/ad/ventes_immobilieres/3083651141',
      };
      const tenantId = await createTenant();
      const listing = await importListing(
        links[portal],
        { http: portalHttpClient(portal, config) },
        config.limits,
      );
      expect(listing.portal).toBe(portal);
      const result = await createPropertyFromListing(tenantId, 'hunter-1', listing, config);
      const property = (
        await db.doc(`tenants/${tenantId}/properties/${result.propertyId}`).get()
      ).data();
      expect(property).toMatchObject({
        title: listing.title,
        price: listing.price,
        type: listing.type,
      });
      expect(result.photosCopied).toBe(Math.min(listing.photos.length, 10));
      expect(property?.photos).toHaveLength(result.photosCopied);
      const details = await db
        .doc(`tenants/${tenantId}/properties/${result.propertyId}/private/details`)
        .get();
      expect(details.get('sourceUrl')).toBe(listing.url);
      if (result.photosCopied > 0) {
        const [files] = await defaultBucket(adminApp()).getFiles({
          prefix: `tenants/${tenantId}/properties/${result.propertyId}/photos/`,
        });
        expect(files.length).toBe(result.photosCopied * 4);
      }
    },
  );

  it('refuses a dead link and an unknown site, and creates nothing', async () => {
    const http = portalHttpClient('leboncoin', config);
    await expect(
      importListing(
        'https://www.leboncoin.fr/ad/ventes_immobilieres/4040000001',
        { http },
        config.limits,
      ),
    ).rejects.toMatchObject({ code: 'http', status: 404 });
    await expect(
      importListing('https://www.example.com/annonce/123', { http }, config.limits),
    ).rejects.toMatchObject({ code: 'unknown-site' });
  });
});
