// A conversation of 5,000 messages opens with one page of reads, and the unread badges read one
// document per login or per client, never a message.
//
//   node_modules/.bin/tsx bench/messages.ts      (against the running local stack)
//
// Runs on a project of its own (`demo-bench-messages`), seeded with the rules-matrix fixture and
// 5,000 messages in c1 with the rules disabled: the functions emulator serves another project, so
// seeding fires no trigger. Then, as the client of c1 under the real rules, it makes the reads the
// apps make and prints how many documents each returned (what Firestore bills for a query).
import {
  collection,
  doc,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  setLogLevel,
  startAfter,
  Timestamp,
  where,
  writeBatch,
} from 'firebase/firestore';
import { MESSAGES_PAGE_SIZE } from '@portail/shared';
import {
  RulesHarness,
  paths,
  rulesEnvironment,
  seedFixture,
  uids,
} from '../tests/support/rules.js';

const MESSAGES = 5000;
setLogLevel('silent');

const harness = new RulesHarness(await rulesEnvironment('demo-bench-messages'));
try {
  await seedFixture(harness.env);
  const started = Date.now();
  await harness.env.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore();
    const base = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < MESSAGES; i += 500) {
      const batch = writeBatch(db);
      for (let j = i; j < Math.min(i + 500, MESSAGES); j++) {
        batch.set(doc(db, paths.space('c1', 'messages', `bench-${j}`)), {
          authorUid: j % 2 ? uids.client : uids.owner,
          fromClient: j % 2 === 1,
          text: `Message ${j}`,
          propertyId: null,
          createdAt: Timestamp.fromMillis(base + j * 60_000),
        });
      }
      await batch.commit();
    }
    await db.doc(paths.client('c1')).update({
      unreadForStaff: 3,
      lastMessageAt: Timestamp.fromMillis(base + (MESSAGES - 1) * 60_000),
    });
    await db.doc(paths.space('c1', 'readState', uids.client)).set({ unread: 2, readAt: null });
  });
  console.log(`seeded ${MESSAGES} messages in ${Date.now() - started} ms`);

  const client = harness.db('client');
  const messages = collection(client, paths.space('c1', 'messages'));
  let t = Date.now();
  const first = await getDocs(
    query(messages, orderBy('createdAt', 'desc'), limit(MESSAGES_PAGE_SIZE)),
  );
  console.log(
    `open the conversation: ${first.size} documents read of ${MESSAGES} (${Date.now() - t} ms)`,
  );
  t = Date.now();
  const older = await getDocs(
    query(
      messages,
      orderBy('createdAt', 'desc'),
      startAfter(first.docs.at(-1)!),
      limit(MESSAGES_PAGE_SIZE),
    ),
  );
  console.log(`scroll up one page: ${older.size} documents read (${Date.now() - t} ms)`);

  const own = await getDoc(doc(client, paths.space('c1', 'readState', uids.client)));
  console.log(`client badge: 1 document read (unread = ${String(own.get('unread'))})`);

  const staff = harness.db('owner');
  const badge = await getDocs(
    query(collection(staff, paths.clients()), where('unreadForStaff', '>', 0), limit(99)),
  );
  console.log(`staff badge: ${badge.size} document(s) read, one per client waiting for an answer`);
  const list = await getDocs(
    query(collection(staff, paths.clients()), orderBy('lastMessageAt', 'desc'), limit(25)),
  );
  console.log(`conversations list: ${list.size} documents read (one page of clients)`);
  if (first.size !== MESSAGES_PAGE_SIZE || older.size !== MESSAGES_PAGE_SIZE) process.exitCode = 1;
} finally {
  await harness.cleanup();
}
