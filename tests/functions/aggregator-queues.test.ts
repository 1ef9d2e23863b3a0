// The aggregator's queues against the emulators: run recovery (a task whose event never came, a
// run that died, attempts exhausted, a portal whose queue is busy) and the scheduled fan-out's
// continuation (a tiny page and no time budget: every search of 3 tenants queued exactly once).
// The queues live under a top-level collection of this file's own, where no trigger listens, so
// the sweeper's and the fan-out's handlers are the only ones to run them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FieldValue, getFirestore, Timestamp } from 'firebase-admin/firestore';
import type { PortalRunResult } from '@portail/shared';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixtures/server.js';
import { adminApp, closeAdminApps, uniqueId } from '../support/stack.js';
import type { AggregatorConfig } from '../../functions/src/aggregator/service/config.js';
import { fixtureServerConfig } from '../../functions/src/aggregator/testing/fixtureConfig.js';
import { queueRun } from '../../functions/src/aggregator/service/enqueue.js';
import { startFanOut } from '../../functions/src/aggregator/service/fanOut.js';
import { runQueueCollection } from '../../functions/src/aggregator/service/paths.js';
import type { QueueDeps } from '../../functions/src/aggregator/service/queueDeps.js';
import {
  MAX_RUN_ATTEMPTS,
  QUEUED_GRACE_MS,
} from '../../functions/src/aggregator/service/runLease.js';
import { processRun } from '../../functions/src/aggregator/service/runQueue.js';
import { runPortalTask } from '../../functions/src/aggregator/service/runPortalTask.js';
import { sweepQueues } from '../../functions/src/aggregator/service/sweepQueues.js';

const db = getFirestore(adminApp());
const portals = ['seloger', 'bienici', 'leboncoin', 'feed'] as const;
let fixture: FixtureServer;
let config: AggregatorConfig;

beforeAll(async () => {
  fixture = await startFixtureServer({ port: 0 });
  config = fixtureServerConfig(fixture.url);
});

afterAll(async () => {
  await fixture?.close();
  await closeAdminApps();
});

interface TenantSetup {
  optIn?: boolean;
  feedKey?: string;
}

async function tenant({ optIn = true, feedKey }: TenantSetup = {}) {
  const tenantId = uniqueId('z');
  if (optIn) await db.doc(`tenants/${tenantId}/config/aggregator`).set({ portalScraping: true });
  if (feedKey) {
    await db
      .doc(`tenants/${tenantId}/secrets/feed`)
      .set({ baseUrl: 'https://api.notif.immo', apiKey: feedKey });
  }
  return tenantId;
}

async function search(
  tenantId: string,
  searchPortals: readonly string[],
  extra: Record<string, unknown> = {},
) {
  const ref = await db.collection(`tenants/${tenantId}/searches`).add({
    name: '[Z] queues',
    portals: searchPortals,
    criteria: { cities: [], postalCodes: ['75011', '75012'], types: [] },
    enabled: true,
    lastRun: {},
    createdAt: FieldValue.serverTimestamp(),
    ...extra,
  });
  return ref.id;
}

async function lastRun(tenantId: string, searchId: string) {
  const doc = await db.doc(`tenants/${tenantId}/searches/${searchId}`).get();
  return doc.get('lastRun') as Record<string, PortalRunResult>;
}

/** A task written as `queueRun` writes it, `ageMs` ago. */
async function queued(
  root: string,
  tenantId: string,
  searchId: string,
  portal: (typeof portals)[number],
  ageMs: number,
) {
  const batch = db.batch();
  queueRun(
    batch,
    { tenantId, searchId, portal, trigger: 'schedule', requestedBy: null },
    { root, now: Date.now() - ageMs },
  );
  await batch.commit();
  const found = await db
    .collection(runQueueCollection(portal, root))
    .where('searchId', '==', searchId)
    .get();
  return found.docs[0]!.ref;
}

describe('run recovery', { timeout: 120_000 }, () => {
  it('runs once a task whose event never came; a second sweep does nothing', async () => {
    const root = uniqueId('zQueues');
    const deps: QueueDeps = { root, config };
    const tenantId = await tenant();
    const [dropped, recent] = [
      await search(tenantId, ['leboncoin']),
      await search(tenantId, ['leboncoin']),
    ];
    const lost = await queued(root, tenantId, dropped, 'leboncoin', QUEUED_GRACE_MS + 60_000);
    // Queued a minute ago: its trigger may still come, the sweeper leaves it.
    const waiting = await queued(root, tenantId, recent, 'leboncoin', 60_000);

    expect(await sweepQueues(deps)).toEqual({ ran: 1, skipped: 0, abandoned: 0, crashed: 0 });
    expect((await lost.get()).data()).toMatchObject({ state: 'done', attempts: 1 });
    const run = (await lastRun(tenantId, dropped)).leboncoin!;
    expect(run).toMatchObject({ status: 'done', errorCode: null });
    expect(run.found).toBeGreaterThan(0);
    expect((await waiting.get()).data()).toMatchObject({ state: 'queued', attempts: 0 });

    expect(await sweepQueues(deps)).toEqual({ ran: 0, skipped: 0, abandoned: 0, crashed: 0 });
    expect((await lastRun(tenantId, dropped)).leboncoin!.at).toBe(run.at);
    // The event arriving late (or twice) finds the task done and runs nothing.
    expect(await processRun(lost, deps)).toBe('skipped');
    expect((await lost.get()).get('attempts')).toBe(1);
  });

  it('takes over a run whose lease expired, and gives up after the last attempt', async () => {
    const root = uniqueId('zQueues');
    const deps: QueueDeps = { root, config };
    const tenantId = await tenant();
    const [died, diedTwice] = [
      await search(tenantId, ['leboncoin']),
      await search(tenantId, ['seloger']),
    ];
    const expired = Timestamp.fromMillis(Date.now() - 1_000);
    const crashed = await queued(root, tenantId, died, 'leboncoin', QUEUED_GRACE_MS);
    await crashed.update({ state: 'running', attempts: 1, leaseUntil: expired });
    const exhausted = await queued(root, tenantId, diedTwice, 'seloger', QUEUED_GRACE_MS);
    await exhausted.update({ state: 'running', attempts: MAX_RUN_ATTEMPTS, leaseUntil: expired });

    expect(await sweepQueues(deps)).toEqual({ ran: 1, skipped: 0, abandoned: 1, crashed: 0 });
    expect((await crashed.get()).data()).toMatchObject({ state: 'done', attempts: 2 });
    expect((await lastRun(tenantId, died)).leboncoin).toMatchObject({ status: 'done' });
    expect((await exhausted.get()).data()).toMatchObject({
      state: 'failed',
      errorCode: 'run-interrupted',
    });
    const failed = (await lastRun(tenantId, diedTwice)).seloger!;
    expect(failed).toMatchObject({ status: 'failed', errorCode: 'run-interrupted' });
    expect(failed.errorMessage).toMatch(/interrompue/);
  });

  it('leaves a portal alone while its queue holds a live lease', async () => {
    const root = uniqueId('zQueues');
    const tenantId = await tenant();
    const [busy, due] = [await search(tenantId, ['bienici']), await search(tenantId, ['bienici'])];
    const running = await queued(root, tenantId, busy, 'bienici', 0);
    await running.update({
      state: 'running',
      attempts: 1,
      leaseUntil: Timestamp.fromMillis(Date.now() + 5 * 60_000),
    });
    const late = await queued(root, tenantId, due, 'bienici', QUEUED_GRACE_MS + 60_000);

    expect((await sweepQueues({ root, config })).ran).toBe(0);
    expect((await late.get()).get('state')).toBe('queued');
    await running.update({ state: 'done' });
    expect((await sweepQueues({ root, config })).ran).toBe(1);
    expect((await late.get()).get('state')).toBe('done');
  });

  it('says a licensed feed refused the key', async () => {
    const tenantId = await tenant({ optIn: false, feedKey: 'invalid' });
    const searchId = await search(tenantId, ['feed']);
    await runPortalTask(tenantId, searchId, 'feed', { config });
    expect((await lastRun(tenantId, searchId)).feed).toMatchObject({
      status: 'failed',
      errorCode: 'feed-unauthorized',
    });
  });
});

describe('the scheduled fan-out', { timeout: 120_000 }, () => {
  it('queues every search of 3 tenants exactly once across continuations', async () => {
    const root = uniqueId('zQueues');
    const marker = uniqueId('fanout');
    const scoped = () =>
      db.collectionGroup('searches').where('enabled', '==', true).where('zMarker', '==', marker);
    const deps: QueueDeps = { root, config, searches: scoped, pageSize: 2, budgetMs: 0 };

    const scraping = await tenant();
    const both = await tenant({ feedKey: 'fixture-key-1234' });
    const feedOnly = await tenant({ optIn: false, feedKey: 'fixture-key-1234' });
    const expected: string[] = [];
    const add = async (tenantId: string, searchPortals: string[], queuedOn: string[]) => {
      const searchId = await search(tenantId, searchPortals, { zMarker: marker });
      expected.push(...queuedOn.map((portal) => `${tenantId}/${searchId}/${portal}`));
    };
    for (let i = 0; i < 3; i++) {
      await add(scraping, ['seloger', 'bienici'], ['seloger', 'bienici']);
      await add(both, ['leboncoin', 'feed'], ['leboncoin', 'feed']);
      await add(feedOnly, ['seloger', 'feed'], ['feed']);
    }
    // Paused: never queued.
    await search(scraping, ['seloger'], { zMarker: marker, enabled: false });

    const first = await startFanOut('2026-12-01T12:00:00.000Z', deps);
    // The scheduler retried: the same document, no second fan-out.
    expect((await startFanOut('2026-12-01T12:00:00.000Z', deps)).path).toBe(first.path);

    const fanouts = db.collection(runQueueCollection('fanout', root));
    for (let step = 0; step < 20; step++) {
      const pending = await fanouts.where('state', '==', 'queued').get();
      if (pending.empty) break;
      for (const doc of pending.docs) {
        expect(await processRun(doc.ref, deps)).toBe('ran');
        // The continuation's event delivered twice: the second finds it done.
        expect(await processRun(doc.ref, deps)).toBe('skipped');
      }
    }

    const tasks: string[] = [];
    for (const portal of portals) {
      const runs = await db.collection(runQueueCollection(portal, root)).get();
      for (const doc of runs.docs) {
        expect(doc.data()).toMatchObject({ state: 'queued', attempts: 0, portal });
        tasks.push(`${doc.get('tenantId')}/${doc.get('searchId')}/${portal}`);
      }
    }
    expect(tasks.sort()).toEqual(expected.sort());

    // 9 searches, 2 a page: 5 pages, each its own fan-out document, all finished.
    const steps = await fanouts.get();
    expect(steps.size).toBe(5);
    expect(steps.docs.every((doc) => doc.get('state') === 'done')).toBe(true);
  });
});
