// The scheduled fan-out against the local stack's Firestore emulator: `searches` enabled searches
// spread over `tenants` tenants (opted in, three portals each), fanned out page by page as
// `scheduleSearchRuns` does, under a queue root of its own (no trigger listens there, so no portal
// is read). Prints the wall time, searches and tasks per second, the pages, and how many searches
// one 300 s step would queue at that rate (the continuations a large platform needs). Deletes what
// it wrote. The emulator is slower than production Firestore: read the numbers as a floor.
//
//   node_modules/.bin/tsx bench/aggregator-fanout.ts [searches] [tenants]
//
// Needs the stack running (`npm start`) and `npx tsc -b packages/shared` first.
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import { adminApp, closeAdminApps, uniqueId } from '../tests/support/stack.js';
import {
  FANOUT_BUDGET_MS,
  FANOUT_PAGE,
  startFanOut,
} from '../functions/src/aggregator/service/fanOut.js';
import { runQueueCollection } from '../functions/src/aggregator/service/paths.js';
import { processRun } from '../functions/src/aggregator/service/runQueue.js';

const searches = Number(process.argv[2] ?? 500);
const tenants = Number(process.argv[3] ?? 10);
const db = getFirestore(adminApp());
const root = uniqueId('benchQueues');
const marker = uniqueId('bench');
const tenantIds = Array.from({ length: tenants }, (_, i) => `${marker}-t${i}`);

for (const tenantId of tenantIds) {
  await db.doc(`tenants/${tenantId}/config/aggregator`).set({ portalScraping: true });
}
for (let start = 0; start < searches; start += 400) {
  const batch = db.batch();
  for (let i = start; i < Math.min(start + 400, searches); i++) {
    batch.create(db.collection(`tenants/${tenantIds[i % tenants]}/searches`).doc(), {
      name: `[Z] bench ${i}`,
      portals: ['seloger', 'bienici', 'leboncoin'],
      criteria: { cities: [], postalCodes: ['75011'], types: [] },
      enabled: true,
      lastRun: {},
      benchMarker: marker,
      createdAt: FieldValue.serverTimestamp(),
    });
  }
  await batch.commit();
}

const deps = {
  root,
  searches: () =>
    db.collectionGroup('searches').where('enabled', '==', true).where('benchMarker', '==', marker),
};
const started = performance.now();
const first = await startFanOut(new Date().toISOString(), deps);
await processRun(first, deps);
const wall = (performance.now() - started) / 1000;

let tasks = 0;
for (const portal of ['seloger', 'bienici', 'leboncoin'] as const) {
  tasks += (await db.collection(runQueueCollection(portal, root)).count().get()).data().count;
}
const pages = Math.ceil((searches + 1) / FANOUT_PAGE);
const perStep = Math.floor((searches / wall) * (FANOUT_BUDGET_MS / 1000));
console.log(`${searches} searches over ${tenants} tenants fanned out in ${wall.toFixed(1)} s`);
console.log(`  ${tasks} tasks queued (${(tasks / wall).toFixed(0)} a second)`);
console.log(
  `  ${(searches / wall).toFixed(0)} searches a second, ${pages} pages of ${FANOUT_PAGE}`,
);
console.log(`  one ${FANOUT_BUDGET_MS / 1000} s step at this rate: ~${perStep} searches`);

for (const tenantId of tenantIds) await db.recursiveDelete(db.doc(`tenants/${tenantId}`));
await db.recursiveDelete(db.collection(root));
await closeAdminApps();
