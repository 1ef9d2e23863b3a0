// 1,000 client-move events through the notification trigger and the outbox sender into the SMTP
// sink (MailDev) of the running stack: prints e-mails per second, then replays every event through
// the trigger's handler (a second delivery) and prints the duplicates, which must be 0.
// Run: node_modules/.bin/tsx bench/emails.ts [events=1000]
import { FieldValue, getFirestore, Timestamp, type DocumentData } from 'firebase-admin/firestore';
import { adminApp, closeAdminApps, uniqueId } from '../tests/support/stack.js';
import { createStaff, createTenant } from '../tests/support/identities.js';
import { mailsTo } from '../tests/support/mailbox.js';
import { clientMoveEmail } from '../functions/src/notifications/clientMoveEmail.js';

const events = Number(process.argv[2] ?? 1000);
const movesPerCard = [
  ['new', 'toVisit', { visitRequest: { availabilities: 'Le soir', at: Timestamp.now() } }],
  [
    'toVisit',
    'visited',
    { report: { ratings: { light: 4 }, comment: 'Bien', at: Timestamp.now() } },
  ],
  [
    'visited',
    'offer',
    {
      offer: {
        amount: 200_000,
        validUntil: Timestamp.fromMillis(Date.now() + 864e5),
        at: Timestamp.now(),
      },
    },
  ],
  ['offer', 'rejected', { rejectedReason: 'Trop cher' }],
] as const;

const db = getFirestore(adminApp());
const tenantId = await createTenant();
const owner = await createStaff(tenantId, 'owner');
const clientId = uniqueId('c');
await db.doc(`tenants/${tenantId}/clients/${clientId}`).set({
  firstName: 'Bench',
  lastName: 'Client',
  status: 'active',
  loginUids: [],
  sharedWith: [],
});
const cards = Math.ceil(events / movesPerCard.length);
const cardPath = (id: string) => `tenants/${tenantId}/clients/${clientId}/assignments/${id}`;
const ids = Array.from({ length: cards }, (_, i) => `bench-${i}`);
for (let i = 0; i < ids.length; i += 400) {
  const batch = db.batch();
  for (const id of ids.slice(i, i + 400)) {
    batch.set(db.doc(cardPath(id)), {
      propertyId: id,
      clientId,
      tenantId,
      published: true,
      stage: 'new',
      lastMove: null,
      property: { title: `Bien ${id}`, city: 'Lyon', price: 250_000 },
      updatedAt: FieldValue.serverTimestamp(),
    });
  }
  await batch.commit();
}
console.log(`tenant ${tenantId}: ${cards} cards, ${events} events to ${owner.email}`);

// Each card makes its moves in order; the cards move in parallel.
const written: Array<{ id: string; before: DocumentData; after: DocumentData }> = [];
const started = Date.now();
let remaining = events;
await Promise.all(
  ids.map(async (id) => {
    let current: DocumentData = (await db.doc(cardPath(id)).get()).data()!;
    for (const [from, to, fields] of movesPerCard) {
      if (remaining-- <= 0) return;
      const at = Timestamp.now();
      const change = {
        stage: to,
        ...fields,
        lastMove: { from, to, by: 'bench', byClient: true, at },
        updatedAt: at,
      };
      await db.doc(cardPath(id)).update(change);
      const after = { ...current, ...change };
      written.push({ id, before: current, after });
      current = after;
    }
  }),
);
const writesDone = Date.now();

let received = 0;
let lastCount = -1;
let lastChange = Date.now();
while (received < events && Date.now() - lastChange < 300_000) {
  received = (await mailsTo(owner.email)).length;
  if (received !== lastCount) {
    lastCount = received;
    lastChange = Date.now();
    console.log(`  ${((Date.now() - started) / 1000).toFixed(0)} s: ${received} e-mails`);
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
const delivered = Date.now();
const seconds = (delivered - started) / 1000;
console.log(`writes: ${events} moves in ${((writesDone - started) / 1000).toFixed(1)} s`);
console.log(
  `delivered: ${received}/${events} e-mails in ${seconds.toFixed(1)} s = ${(received / seconds).toFixed(1)} e-mails/s`,
);

// At-least-once delivery: every event handled a second time must queue nothing.
let requeued = 0;
for (const { id, before, after } of written) {
  requeued += await clientMoveEmail({ tenantId, clientId, propertyId: id }, before, after);
}
await new Promise((resolve) => setTimeout(resolve, 5000));
const mails = await mailsTo(owner.email);
const messageIds = new Set(mails.map((mail) => mail.headers['message-id'] ?? mail.id));
console.log(`replayed ${written.length} events: ${requeued} new outbox entries`);
console.log(
  `duplicates: ${mails.length - messageIds.size} (same Message-ID), ${Math.max(0, mails.length - events)} (over ${events})`,
);
await closeAdminApps();
