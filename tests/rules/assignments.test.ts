// The matrix for assignments. assignProperty creates them (nobody through the SDKs); staff on the
// client read, publish, move (one step at a time, each move recorded in `lastMove`) and delete; the
// client reads the published ones (a list must filter on `published == true`) and makes only the
// moves of docs/data-model.md, "What a client may change on an assignment". Also the history of
// each card (a trigger writes it, staff read it) and the pipeline board across clients (a
// collection-group query on `assignments`).
import { Timestamp, serverTimestamp, type DocumentData } from 'firebase/firestore';
import {
  T1,
  T2,
  assignmentDoc,
  assignmentIds as ids,
  at,
  describeMatrix,
  paths,
  table,
  uids,
  type ActorName,
  type CaseRow,
  type Expect,
  type WhereClause,
} from '../support/rules.js';

const a = (id: string, c = 'c1', t = T1) => paths.space(c, 'assignments', id, t);
const list = (c = 'c1', t = T1) => paths.space(c, 'assignments', undefined, t);
const history = (id: string, entry?: string, c = 'c1', t = T1) =>
  `${a(id, c, t)}/history${entry ? `/${entry}` : ''}`;
const published = [['published', '==', true]] as const;

/** Dates a client might pick instead of the server's clock. */
const in2001 = at('2001-01-01T00:00:00Z');
const in2099 = at('2099-01-01T00:00:00Z');
const inDays = (days: number) => Timestamp.fromMillis(Date.now() + days * 86_400_000);
const chars = (n: number) => 'x'.repeat(n);
const kb300 = chars(300_000);

/** The `lastMove` a move must carry: from the stage it leaves, to the one it sets, by the caller. */
const lastMove = (from: string, to: string, by: string, byClient: boolean) => ({
  from,
  to,
  by,
  byClient,
  at: serverTimestamp(),
});

const visitRequest = { availabilities: 'Samedi matin ou mardi soir', at: serverTimestamp() };
const report = {
  ratings: { light: 5, location: 4 },
  comment: 'Lumineux, un peu bruyant',
  at: serverTimestamp(),
};
const offer = (changes: DocumentData = {}) => ({
  amount: 305000,
  validUntil: inDays(30),
  at: serverTimestamp(),
  ...changes,
});

/** The client's move from `from` to `to`: the stage, the action's field, updatedAt, lastMove. */
const clientMove = (
  from: string,
  to: string,
  fields: DocumentData = {},
  by: string = uids.client,
): DocumentData => ({
  stage: to,
  updatedAt: serverTimestamp(),
  lastMove: lastMove(from, to, by, true),
  ...fields,
});
/** The client's four actions, each valid; tests change one thing of them. */
const askVisit = (changes: DocumentData = {}) =>
  clientMove('new', 'toVisit', { visitRequest, ...changes });
const reportVisit = (changes: DocumentData = {}) =>
  clientMove('toVisit', 'visited', { report, ...changes });
const makeOffer = (changes: DocumentData = {}) =>
  clientMove('visited', 'offer', { offer: offer(), ...changes });
const reject = (from: string, changes: DocumentData = {}) =>
  clientMove(from, 'rejected', { rejectedReason: 'Trop de travaux', ...changes });

/** A staff member's move: the stage, updatedAt and lastMove (by the member, not by the client). */
const staffMove = (from: string, to: string, by: string, fields: DocumentData = {}) => ({
  stage: to,
  updatedAt: serverTimestamp(),
  lastMove: lastMove(from, to, by, false),
  ...fields,
});
const publish = (value: unknown) => ({ published: value, updatedAt: serverTimestamp() });

/** An update of an assignment of c1 unless told otherwise. */
const upd = (
  actor: ActorName,
  id: string,
  what: string,
  data: DocumentData,
  expect: Expect,
  c = 'c1',
  t = T1,
): CaseRow => ({ actor, op: 'update', path: a(id, c, t), what, data, expect });

const client = (id: string, what: string, data: DocumentData, expect: Expect) =>
  upd('client', id, what, data, expect);

const clientMoves: CaseRow[] = [
  // Every valid move.
  client(ids.new, 'new→toVisit with visitRequest', askVisit(), 'allow'),
  client(
    ids.new,
    'new→toVisit with availabilities of 2000 characters',
    askVisit({ visitRequest: { ...visitRequest, availabilities: chars(2000) } }),
    'allow',
  ),
  client(ids.toVisit, 'toVisit→visited with report', reportVisit(), 'allow'),
  client(
    ids.toVisit,
    'toVisit→visited rating all five criteria, comment empty',
    reportVisit({
      report: {
        ratings: { location: 1, light: 2, condition: 3, layout: 4, price: 5 },
        comment: '',
        at: serverTimestamp(),
      },
    }),
    'allow',
  ),
  client(ids.visited, 'visited→offer with offer', makeOffer(), 'allow'),
  client(
    ids.visited,
    'visited→offer of 1000 valid 365 days',
    makeOffer({ offer: offer({ amount: 1000, validUntil: inDays(365) }) }),
    'allow',
  ),
  client(
    ids.visited,
    'visited→offer of 100,000,000',
    makeOffer({ offer: offer({ amount: 100_000_000 }) }),
    'allow',
  ),
  ...(
    [
      ['new', ids.new],
      ['toVisit', ids.toVisit],
      ['visited', ids.visited],
      ['offer', ids.offer],
    ] as const
  ).map(([stage, id]) =>
    client(id, `${stage}→rejected with rejectedReason`, reject(stage), 'allow'),
  ),
  client(
    ids.new,
    'new→rejected with a rejectedReason of 1000 characters',
    reject('new', { rejectedReason: chars(1000) }),
    'allow',
  ),
  // Skipping a stage, going back, or into the hunter's stages.
  client(
    ids.new,
    'new→visited with report (skips a stage)',
    clientMove('new', 'visited', { report }),
    'deny',
  ),
  client(
    ids.new,
    'new→offer with offer (skips two)',
    clientMove('new', 'offer', { offer: offer() }),
    'deny',
  ),
  client(
    ids.toVisit,
    'toVisit→offer with offer (skips a stage)',
    clientMove('toVisit', 'offer', { offer: offer() }),
    'deny',
  ),
  client(ids.toVisit, 'toVisit→new (back)', clientMove('toVisit', 'new'), 'deny'),
  client(ids.offer, 'offer→offerAccepted', clientMove('offer', 'offerAccepted'), 'deny'),
  client(
    ids.visited,
    'visited→offerAccepted with offer',
    clientMove('visited', 'offerAccepted', { offer: offer() }),
    'deny',
  ),
  client(
    ids.offerAccepted,
    'offerAccepted→rejected with rejectedReason',
    reject('offerAccepted'),
    'deny',
  ),
  client(ids.acte, 'acte→rejected with rejectedReason', reject('acte'), 'deny'),
  client(
    ids.rejected,
    'rejected→visited (reopening is the hunter’s)',
    clientMove('rejected', 'visited', { rejectedReason: null }),
    'deny',
  ),
  // The field of the action is required and validated.
  client(ids.new, 'new→toVisit without visitRequest', clientMove('new', 'toVisit'), 'deny'),
  client(
    ids.new,
    'new→toVisit with empty availabilities',
    askVisit({ visitRequest: { ...visitRequest, availabilities: '' } }),
    'deny',
  ),
  client(
    ids.new,
    'new→toVisit with availabilities of 2001 characters',
    askVisit({ visitRequest: { ...visitRequest, availabilities: chars(2001) } }),
    'deny',
  ),
  client(
    ids.new,
    'new→toVisit with availabilities of 300 KB',
    askVisit({ visitRequest: { ...visitRequest, availabilities: kb300 } }),
    'deny',
  ),
  client(
    ids.new,
    'new→toVisit with an extra key in visitRequest',
    askVisit({ visitRequest: { ...visitRequest, phone: '0600000000' } }),
    'deny',
  ),
  client(
    ids.new,
    'new→toVisit with visitRequest.at in 2001',
    askVisit({ visitRequest: { ...visitRequest, at: in2001 } }),
    'deny',
  ),
  client(
    ids.new,
    'new→toVisit with visitRequest.at in 2099',
    askVisit({ visitRequest: { ...visitRequest, at: in2099 } }),
    'deny',
  ),
  client(
    ids.new,
    'new→toVisit with the report instead',
    clientMove('new', 'toVisit', { report }),
    'deny',
  ),
  client(ids.toVisit, 'toVisit→visited without report', clientMove('toVisit', 'visited'), 'deny'),
  client(
    ids.toVisit,
    'toVisit→visited rating "noise" (not a criterion)',
    reportVisit({ report: { ...report, ratings: { light: 4, noise: 3 } } }),
    'deny',
  ),
  client(
    ids.toVisit,
    'toVisit→visited rating no criterion',
    reportVisit({ report: { ...report, ratings: {} } }),
    'deny',
  ),
  client(
    ids.toVisit,
    'toVisit→visited with a rating of 6',
    reportVisit({ report: { ...report, ratings: { light: 6 } } }),
    'deny',
  ),
  client(
    ids.toVisit,
    'toVisit→visited with a rating of 0',
    reportVisit({ report: { ...report, ratings: { light: 0 } } }),
    'deny',
  ),
  client(
    ids.toVisit,
    'toVisit→visited with a rating of 4.5',
    reportVisit({ report: { ...report, ratings: { light: 4.5 } } }),
    'deny',
  ),
  client(
    ids.toVisit,
    'toVisit→visited with a rating "5" (a string)',
    reportVisit({ report: { ...report, ratings: { light: '5' } } }),
    'deny',
  ),
  client(
    ids.toVisit,
    'toVisit→visited with a comment of 5001 characters',
    reportVisit({ report: { ...report, comment: chars(5001) } }),
    'deny',
  ),
  client(
    ids.toVisit,
    'toVisit→visited with a comment of 300 KB',
    reportVisit({ report: { ...report, comment: kb300 } }),
    'deny',
  ),
  client(
    ids.toVisit,
    'toVisit→visited without a comment',
    reportVisit({ report: { ratings: report.ratings, at: serverTimestamp() } }),
    'deny',
  ),
  client(
    ids.toVisit,
    'toVisit→visited with an extra key in report',
    reportVisit({ report: { ...report, photos: ['a.png'] } }),
    'deny',
  ),
  client(
    ids.toVisit,
    'toVisit→visited with report.at in 2001',
    reportVisit({ report: { ...report, at: in2001 } }),
    'deny',
  ),
  client(
    ids.visited,
    'visited→offer with a negative amount',
    makeOffer({ offer: offer({ amount: -1 }) }),
    'deny',
  ),
  client(ids.visited, 'visited→offer of 999', makeOffer({ offer: offer({ amount: 999 }) }), 'deny'),
  client(
    ids.visited,
    'visited→offer of 100,000,001',
    makeOffer({ offer: offer({ amount: 100_000_001 }) }),
    'deny',
  ),
  client(
    ids.visited,
    'visited→offer with amount "305000" (a string)',
    makeOffer({ offer: offer({ amount: '305000' }) }),
    'deny',
  ),
  client(
    ids.visited,
    'visited→offer without validUntil',
    makeOffer({ offer: { amount: 305000, at: serverTimestamp() } }),
    'deny',
  ),
  client(
    ids.visited,
    'visited→offer valid until yesterday',
    makeOffer({ offer: offer({ validUntil: inDays(-1) }) }),
    'deny',
  ),
  client(
    ids.visited,
    'visited→offer valid for 2 years',
    makeOffer({ offer: offer({ validUntil: inDays(730) }) }),
    'deny',
  ),
  client(
    ids.visited,
    'visited→offer with validUntil a string',
    makeOffer({ offer: offer({ validUntil: '2027-01-01' }) }),
    'deny',
  ),
  client(
    ids.visited,
    'visited→offer with offer.at in 2099',
    makeOffer({ offer: offer({ at: in2099 }) }),
    'deny',
  ),
  client(
    ids.visited,
    'visited→offer with an extra key in offer',
    makeOffer({ offer: offer({ conditions: 'Sous réserve de prêt' }) }),
    'deny',
  ),
  client(ids.new, 'new→rejected without rejectedReason', clientMove('new', 'rejected'), 'deny'),
  client(
    ids.new,
    'new→rejected with an empty rejectedReason',
    reject('new', { rejectedReason: '' }),
    'deny',
  ),
  client(
    ids.new,
    'new→rejected with a rejectedReason of 1001 characters',
    reject('new', { rejectedReason: chars(1001) }),
    'deny',
  ),
  client(
    ids.new,
    'new→rejected with a rejectedReason of 300 KB',
    reject('new', { rejectedReason: kb300 }),
    'deny',
  ),
  // The move's record and dates are the server's and the caller's own.
  client(
    ids.new,
    'new→toVisit without lastMove',
    { stage: 'toVisit', visitRequest, updatedAt: serverTimestamp() },
    'deny',
  ),
  client(
    ids.new,
    'new→toVisit with lastMove byClient false (posing as staff)',
    askVisit({ lastMove: lastMove('new', 'toVisit', uids.client, false) }),
    'deny',
  ),
  client(
    ids.new,
    'new→toVisit with lastMove by the owner',
    askVisit({ lastMove: lastMove('new', 'toVisit', uids.owner, true) }),
    'deny',
  ),
  client(
    ids.new,
    'new→toVisit with lastMove from visited',
    askVisit({ lastMove: lastMove('visited', 'toVisit', uids.client, true) }),
    'deny',
  ),
  client(
    ids.new,
    'new→toVisit with lastMove to visited',
    askVisit({ lastMove: lastMove('new', 'visited', uids.client, true) }),
    'deny',
  ),
  client(
    ids.new,
    'new→toVisit with an extra key in lastMove',
    askVisit({ lastMove: { ...lastMove('new', 'toVisit', uids.client, true), note: kb300 } }),
    'deny',
  ),
  client(
    ids.new,
    'new→toVisit with lastMove.at in 2001',
    askVisit({ lastMove: { ...lastMove('new', 'toVisit', uids.client, true), at: in2001 } }),
    'deny',
  ),
  client(
    ids.new,
    'new→toVisit with lastMove.at in 2099',
    askVisit({ lastMove: { ...lastMove('new', 'toVisit', uids.client, true), at: in2099 } }),
    'deny',
  ),
  client(ids.new, 'new→toVisit with updatedAt in 2001', askVisit({ updatedAt: in2001 }), 'deny'),
  client(ids.new, 'new→toVisit with updatedAt in 2099', askVisit({ updatedAt: in2099 }), 'deny'),
  client(
    ids.new,
    'new→toVisit with updatedAt "now" (not a timestamp)',
    askVisit({ updatedAt: 'now' }),
    'deny',
  ),
  client(
    ids.offer,
    'offer→rejected with updatedAt in 2099',
    reject('offer', { updatedAt: in2099 }),
    'deny',
  ),
  // Nothing else may change with a move.
  ...(
    [
      ['changing the price', { 'property.price': 1 }],
      ['changing the property snapshot title', { 'property.title': 'Château' }],
      ['unpublishing it', { published: false }],
      ['adding sourceUrl', { sourceUrl: 'https://x.test' }],
      ['changing clientId', { clientId: 'c2' }],
      ['changing tenantId', { tenantId: T2 }],
      ['changing sharedWith', { sharedWith: [uids.client] }],
      ['changing clientName', { clientName: 'Quelqu’un' }],
      ['changing stageDates', { stageDates: { toVisit: serverTimestamp() } }],
      ['with a report too', { report }],
      ['with an offer too', { offer: offer() }],
      ['with a 300 KB note', { note: kb300 }],
    ] as const
  ).map(([what, changes]) => client(ids.new, `new→toVisit ${what}`, askVisit(changes), 'deny')),
  client(
    ids.visited,
    'visited→offer rewriting its visitRequest',
    makeOffer({ visitRequest: { availabilities: 'Jamais', at: serverTimestamp() } }),
    'deny',
  ),
  client(ids.new, 'price only', { 'property.price': 1 }, 'deny'),
  client(
    ids.toVisit,
    'visitRequest only (no move)',
    { visitRequest, updatedAt: serverTimestamp() },
    'deny',
  ),
  client(ids.draft, 'new→toVisit on an unpublished draft', askVisit(), 'deny'),
  upd('client', ids.new, `new→toVisit in c2's space`, askVisit(), 'deny', 'c2'),
  upd(
    'client',
    ids.new,
    'new→toVisit in t2/c1 (same client ID, listed login, other tenant)',
    askVisit(),
    'deny',
    'c1',
    T2,
  ),
  // Another pool, a preview and a removed login: the same move, refused.
  upd('clientFromOtherPool', ids.new, 'new→toVisit with visitRequest', askVisit(), 'deny'),
  upd(
    'impersonation',
    ids.new,
    'new→toVisit with visitRequest (a preview never writes)',
    clientMove('new', 'toVisit', { visitRequest }, `imp-${uids.owner}`),
    'deny',
  ),
  upd(
    'formerLogin',
    ids.new,
    'new→toVisit with visitRequest',
    clientMove('new', 'toVisit', { visitRequest }, uids.formerLogin),
    'deny',
  ),
];

const staffMoves: CaseRow[] = [
  // Publishing, one step on, one step back, rejecting, reopening.
  upd('owner', ids.draft, 'publish the draft', publish(true), 'allow'),
  upd('owner', ids.new, 'unpublish', publish(false), 'allow'),
  upd(
    'owner',
    ids.draft,
    'publish the draft and move it new→toVisit',
    { ...staffMove('new', 'toVisit', uids.owner), published: true },
    'allow',
  ),
  upd(
    'owner',
    ids.offer,
    'offer→offerAccepted (the hunter moves on)',
    staffMove('offer', 'offerAccepted', uids.owner),
    'allow',
  ),
  upd(
    'admin',
    ids.offerAccepted,
    'offerAccepted→compromis',
    staffMove('offerAccepted', 'compromis', uids.admin),
    'allow',
  ),
  upd(
    'admin',
    ids.visited,
    'visited→toVisit (one step back)',
    staffMove('visited', 'toVisit', uids.admin),
    'allow',
  ),
  upd(
    'collaborator',
    ids.new,
    'new→toVisit for the client',
    staffMove('new', 'toVisit', uids.collaborator),
    'allow',
  ),
  upd(
    'collaborator',
    ids.acte,
    'acte→compromis (the one way back from the deed)',
    staffMove('acte', 'compromis', uids.collaborator),
    'allow',
  ),
  upd(
    'owner',
    ids.offerAccepted,
    'offerAccepted→rejected with rejectedReason',
    staffMove('offerAccepted', 'rejected', uids.owner, { rejectedReason: 'Prêt refusé' }),
    'allow',
  ),
  upd(
    'owner',
    ids.rejected,
    'rejected→visited (where it was rejected from), clearing rejectedReason',
    staffMove('rejected', 'visited', uids.owner, { rejectedReason: null }),
    'allow',
  ),
  upd(
    'admin',
    ids.rejectedUnrecorded,
    'rejected (no lastMove)→new, clearing rejectedReason',
    staffMove('rejected', 'new', uids.admin, { rejectedReason: null }),
    'allow',
  ),
  // Skipping, and the closed stages.
  upd(
    'owner',
    ids.new,
    'new→visited (skips a stage)',
    staffMove('new', 'visited', uids.owner),
    'deny',
  ),
  upd(
    'owner',
    ids.offer,
    'offer→compromis (skips a stage)',
    staffMove('offer', 'compromis', uids.owner),
    'deny',
  ),
  upd(
    'admin',
    ids.toVisit,
    'toVisit→offer (skips a stage)',
    staffMove('toVisit', 'offer', uids.admin),
    'deny',
  ),
  upd(
    'admin',
    ids.offerAccepted,
    'offerAccepted→visited (two steps back)',
    staffMove('offerAccepted', 'visited', uids.admin),
    'deny',
  ),
  upd('owner', ids.new, 'new→bogus', staffMove('new', 'bogus', uids.owner), 'deny'),
  upd(
    'owner',
    ids.acte,
    'acte→rejected',
    staffMove('acte', 'rejected', uids.owner, { rejectedReason: 'Annulé' }),
    'deny',
  ),
  upd(
    'owner',
    ids.acte,
    'acte→offerAccepted',
    staffMove('acte', 'offerAccepted', uids.owner),
    'deny',
  ),
  upd(
    'owner',
    ids.rejected,
    'rejected→new (rejected from visited)',
    staffMove('rejected', 'new', uids.owner, { rejectedReason: null }),
    'deny',
  ),
  upd(
    'owner',
    ids.rejected,
    'rejected→offer (rejected from visited)',
    staffMove('rejected', 'offer', uids.owner, { rejectedReason: null }),
    'deny',
  ),
  upd(
    'admin',
    ids.rejectedUnrecorded,
    'rejected (no lastMove)→toVisit',
    staffMove('rejected', 'toVisit', uids.admin, { rejectedReason: null }),
    'deny',
  ),
  // The rejection's reason.
  upd(
    'owner',
    ids.offerAccepted,
    'offerAccepted→rejected without rejectedReason',
    staffMove('offerAccepted', 'rejected', uids.owner),
    'deny',
  ),
  upd(
    'owner',
    ids.offerAccepted,
    'offerAccepted→rejected with a rejectedReason of 1001 characters',
    staffMove('offerAccepted', 'rejected', uids.owner, { rejectedReason: chars(1001) }),
    'deny',
  ),
  upd(
    'owner',
    ids.rejected,
    'rejected→visited keeping rejectedReason',
    staffMove('rejected', 'visited', uids.owner),
    'deny',
  ),
  upd(
    'owner',
    ids.new,
    'new→toVisit with a rejectedReason',
    staffMove('new', 'toVisit', uids.owner, { rejectedReason: 'Pourquoi pas' }),
    'deny',
  ),
  // The move's record and the dates.
  upd(
    'owner',
    ids.offer,
    'offer→offerAccepted without lastMove',
    { stage: 'offerAccepted', updatedAt: serverTimestamp() },
    'deny',
  ),
  ...(
    [
      ['from visited', lastMove('visited', 'offerAccepted', uids.owner, false)],
      ['to compromis', lastMove('offer', 'compromis', uids.owner, false)],
      ['by the admin', lastMove('offer', 'offerAccepted', uids.admin, false)],
      ['byClient true', lastMove('offer', 'offerAccepted', uids.owner, true)],
      ['at 2001', { ...lastMove('offer', 'offerAccepted', uids.owner, false), at: in2001 }],
      ['with an extra key', { ...lastMove('offer', 'offerAccepted', uids.owner, false), x: 1 }],
    ] as const
  ).map(([what, move]) =>
    upd(
      'owner',
      ids.offer,
      `offer→offerAccepted with lastMove ${what}`,
      { ...staffMove('offer', 'offerAccepted', uids.owner), lastMove: move },
      'deny',
    ),
  ),
  upd(
    'owner',
    ids.offer,
    'offer→offerAccepted with updatedAt in 2001',
    { ...staffMove('offer', 'offerAccepted', uids.owner), updatedAt: in2001 },
    'deny',
  ),
  upd(
    'admin',
    ids.draft,
    'publish with updatedAt in 2099',
    { published: true, updatedAt: in2099 },
    'deny',
  ),
  upd('admin', ids.draft, 'publish without updatedAt', { published: true }, 'deny'),
  upd(
    'owner',
    ids.toVisit,
    'lastMove rewritten without a move',
    { ...publish(true), lastMove: lastMove('new', 'toVisit', uids.owner, false) },
    'deny',
  ),
  upd('admin', ids.new, 'published "yes" (not a bool)', publish('yes'), 'deny'),
  // What functions and the client write.
  ...(
    [
      ['the price', { 'property.price': 1 }],
      ['sourceUrl', { sourceUrl: 'https://portal.example.test/annonce/1' }],
      ['clientId', { clientId: 'c2' }],
      ['tenantId', { tenantId: T2 }],
      ['sharedWith', { sharedWith: [uids.collaborator, uids.admin] }],
      ['clientName', { clientName: 'Quelqu’un' }],
      ['visitRequest', { visitRequest }],
      ['report', { report }],
      ['offer', { offer: offer() }],
      ['stageDates', { stageDates: { toVisit: serverTimestamp() } }],
    ] as const
  ).map(([what, changes]) =>
    upd('owner', ids.toVisit, `publish changing ${what}`, { ...publish(true), ...changes }, 'deny'),
  ),
];

const assignments = table('tenants/{t}/clients/{c}/assignments', [
  {
    actor: 'owner',
    op: 'get',
    path: a(ids.draft),
    what: `${a(ids.draft)} (unpublished)`,
    expect: 'allow',
  },
  { actor: 'owner', op: 'list', path: list(), expect: 'allow' },
  {
    actor: 'owner',
    op: 'get',
    path: a(ids.new, 'c1', T2),
    what: `${a(ids.new, 'c1', T2)} (cross-tenant)`,
    expect: 'deny',
  },
  { actor: 'admin', op: 'list', path: list('c4'), expect: 'allow' },
  {
    actor: 'collaborator',
    op: 'get',
    path: a(ids.draft),
    what: `${a(ids.draft)} (unpublished)`,
    expect: 'allow',
  },
  {
    actor: 'client',
    op: 'get',
    path: a(ids.new),
    what: `${a(ids.new)} (published)`,
    expect: 'allow',
  },
  {
    actor: 'client',
    op: 'get',
    path: a(ids.draft),
    what: `${a(ids.draft)} (unpublished)`,
    expect: 'deny',
  },
  { actor: 'client', op: 'list', path: list(), where: published, expect: 'allow' },
  { actor: 'client', op: 'list', path: list(), what: `${list()} without a filter`, expect: 'deny' },
  {
    actor: 'client',
    op: 'list',
    path: list(),
    where: [['published', '==', false]],
    expect: 'deny',
  },
  { actor: 'client', op: 'list', path: list(), where: [['stage', '==', 'new']], expect: 'deny' },
  { actor: 'client', op: 'get', path: a(ids.new, 'c2'), expect: 'deny' },
  { actor: 'client', op: 'list', path: list('c2'), where: published, expect: 'deny' },
  {
    actor: 'client',
    op: 'list',
    path: list('c1', T2),
    where: published,
    what: `${list('c1', T2)} where published == true (cross-tenant, listed login)`,
    expect: 'deny',
  },
  { actor: 'impersonation', op: 'get', path: a(ids.new), expect: 'allow' },
  { actor: 'otherTenantAdmin', op: 'get', path: a(ids.new), expect: 'deny' },
  { actor: 'otherTenantAdmin', op: 'list', path: list(), expect: 'deny' },
  { actor: 'otherTenantAdmin', op: 'list', path: list('c1', T2), expect: 'allow' },
  {
    actor: 'otherClient',
    op: 'get',
    path: a(ids.new, 'c2'),
    what: `${a(ids.new, 'c2')} (its own)`,
    expect: 'allow',
  },
  { actor: 'otherClient', op: 'get', path: a(ids.new), expect: 'deny' },
  { actor: 'otherClient', op: 'list', path: list(), where: published, expect: 'deny' },
  { actor: 'otherClient', op: 'list', path: list('c2'), where: published, expect: 'allow' },
  {
    actor: 'revokedClient',
    op: 'get',
    path: a(ids.new, 'c3'),
    what: `${a(ids.new, 'c3')} (its own)`,
    expect: 'deny',
  },
  { actor: 'revokedClient', op: 'list', path: list('c3'), where: published, expect: 'deny' },
  { actor: 'unauthenticated', op: 'get', path: a(ids.new), expect: 'deny' },
  { actor: 'unauthenticated', op: 'list', path: list(), where: published, expect: 'deny' },

  // Creation is assignProperty's (it writes the snapshot and the copies): nobody else's.
  ...(
    [
      ['owner', 'c1', T1],
      ['admin', 'c1', T1],
      ['collaborator', 'c4', T1],
      ['client', 'c1', T1],
      ['otherTenantAdmin', 'c1', T2],
      ['otherClient', 'c2', T1],
      ['revokedClient', 'c3', T1],
      ['unauthenticated', 'c1', T1],
    ] as const
  ).map(([actor, c, t]): CaseRow => ({
    actor,
    op: 'create',
    path: a('p-extra', c, t),
    what: `${a('p-extra', c, t)} as assignProperty writes it`,
    data: assignmentDoc(c, 'p-extra', 'new', {
      published: false,
      owner: { tenantId: t, clientName: c, sharedWith: [], loginUid: uids.client },
    }),
    expect: 'deny',
  })),

  // Deletion: staff on the client.
  { actor: 'owner', op: 'delete', path: a(ids.new), expect: 'allow' },
  { actor: 'admin', op: 'delete', path: a(ids.draft, 'c2'), expect: 'allow' },
  {
    actor: 'collaborator',
    op: 'delete',
    path: a(ids.offer, 'c4'),
    what: `${a(ids.offer, 'c4')} (not shared, setting off)`,
    expect: 'allow',
  },
  { actor: 'client', op: 'delete', path: a(ids.new), expect: 'deny' },
  { actor: 'impersonation', op: 'delete', path: a(ids.new), expect: 'deny' },
  { actor: 'otherTenantAdmin', op: 'delete', path: a(ids.new), expect: 'deny' },
  {
    actor: 'otherClient',
    op: 'delete',
    path: a(ids.new, 'c2'),
    what: `${a(ids.new, 'c2')} (its own)`,
    expect: 'deny',
  },
  { actor: 'revokedClient', op: 'delete', path: a(ids.new, 'c3'), expect: 'deny' },
  { actor: 'unauthenticated', op: 'delete', path: a(ids.new), expect: 'deny' },
  { actor: 'removedMember', op: 'delete', path: a(ids.new), expect: 'deny' },

  ...clientMoves,
  ...staffMoves,

  // Updates by everyone else, each a move that is valid for the right person.
  upd(
    'otherTenantAdmin',
    ids.offer,
    'offer→offerAccepted',
    staffMove('offer', 'offerAccepted', uids.otherTenantAdmin),
    'deny',
  ),
  upd(
    'otherTenantAdmin',
    ids.draft,
    'publish the draft of its own tenant',
    publish(true),
    'allow',
    'c1',
    T2,
  ),
  upd(
    'otherClient',
    ids.new,
    `new→toVisit in c1's space`,
    clientMove('new', 'toVisit', { visitRequest }, uids.otherClient),
    'deny',
  ),
  upd(
    'otherClient',
    ids.new,
    'new→toVisit with visitRequest in its own space',
    clientMove('new', 'toVisit', { visitRequest }, uids.otherClient),
    'allow',
    'c2',
  ),
  upd(
    'revokedClient',
    ids.new,
    'new→toVisit with visitRequest in its own space',
    clientMove('new', 'toVisit', { visitRequest }, uids.revokedClient),
    'deny',
    'c3',
  ),
  upd('unauthenticated', ids.new, 'new→toVisit with visitRequest', askVisit(), 'deny'),
  upd('unauthenticated', ids.draft, 'publish the draft', publish(true), 'deny'),
  upd(
    'removedMember',
    ids.offer,
    'offer→offerAccepted',
    staffMove('offer', 'offerAccepted', uids.removed),
    'deny',
  ),
]);

// Each stage change as the trigger records it: the hunter's history of the card.
const withHistory = ids.visited;
const historyRows = table('tenants/{t}/clients/{c}/assignments/{p}/history', [
  { actor: 'owner', op: 'get', path: history(withHistory, 'h-1'), expect: 'allow' },
  { actor: 'owner', op: 'list', path: history(withHistory), expect: 'allow' },
  {
    actor: 'owner',
    op: 'create',
    path: history(withHistory, 'h-9'),
    what: 'an entry (the trigger writes them)',
    data: {
      from: 'visited',
      to: 'offer',
      by: uids.owner,
      byClient: false,
      at: serverTimestamp(),
    },
    expect: 'deny',
  },
  {
    actor: 'owner',
    op: 'update',
    path: history(withHistory, 'h-1'),
    what: 'rewrite who moved it',
    data: { by: uids.owner },
    expect: 'deny',
  },
  { actor: 'owner', op: 'delete', path: history(withHistory, 'h-2'), expect: 'deny' },
  {
    actor: 'owner',
    op: 'list',
    path: history(withHistory, undefined, 'c1', T2),
    what: `${history(withHistory, undefined, 'c1', T2)} (cross-tenant)`,
    expect: 'deny',
  },
  { actor: 'admin', op: 'list', path: history(ids.offer, undefined, 'c2'), expect: 'allow' },
  { actor: 'admin', op: 'delete', path: history(ids.offer, 'h-1', 'c2'), expect: 'deny' },
  {
    actor: 'collaborator',
    op: 'get',
    path: history(ids.offer, 'h-3', 'c4'),
    what: `${history(ids.offer, 'h-3', 'c4')} (not shared, setting off)`,
    expect: 'allow',
  },
  {
    actor: 'collaborator',
    op: 'update',
    path: history(ids.offer, 'h-3', 'c4'),
    what: 'move the date',
    data: { at: in2001 },
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'get',
    path: history(withHistory, 'h-1'),
    what: `${history(withHistory, 'h-1')} (its own, published card)`,
    expect: 'deny',
  },
  { actor: 'client', op: 'list', path: history(withHistory), expect: 'deny' },
  {
    actor: 'client',
    op: 'create',
    path: history(withHistory, 'h-9'),
    what: 'an entry of its own move',
    data: {
      from: 'visited',
      to: 'offer',
      by: uids.client,
      byClient: true,
      at: serverTimestamp(),
    },
    expect: 'deny',
  },
  { actor: 'impersonation', op: 'list', path: history(withHistory), expect: 'deny' },
  { actor: 'otherTenantAdmin', op: 'get', path: history(withHistory, 'h-1'), expect: 'deny' },
  {
    actor: 'otherTenantAdmin',
    op: 'list',
    path: history(withHistory, undefined, 'c1', T2),
    what: `${history(withHistory, undefined, 'c1', T2)} (its own tenant)`,
    expect: 'allow',
  },
  {
    actor: 'otherClient',
    op: 'list',
    path: history(withHistory, undefined, 'c2'),
    what: `${history(withHistory, undefined, 'c2')} (its own)`,
    expect: 'deny',
  },
  {
    actor: 'revokedClient',
    op: 'get',
    path: history(withHistory, 'h-1', 'c3'),
    what: `${history(withHistory, 'h-1', 'c3')} (its own)`,
    expect: 'deny',
  },
  { actor: 'unauthenticated', op: 'get', path: history(withHistory, 'h-1'), expect: 'deny' },
  { actor: 'removedMember', op: 'list', path: history(withHistory), expect: 'deny' },
]);

// The pipeline board: every card of the tenant across its clients, one collection-group query.
const ofTenant = (t: string): WhereClause[] => [['tenantId', '==', t]];
const board = (actor: ActorName, expect: Expect, where = ofTenant(T1), what?: string): CaseRow => ({
  actor,
  op: 'list',
  path: 'assignments',
  group: true,
  where,
  ...(what ? { what } : {}),
  expect,
});
const boardRows = table('assignments (collection group)', [
  board('owner', 'allow'),
  board('owner', 'deny', [], 'group assignments without the tenantId filter'),
  board('owner', 'deny', ofTenant(T2)),
  board('admin', 'allow', [...ofTenant(T1), ['stage', '==', 'offer']]),
  board('admin', 'deny', [['clientId', '==', 'c1']]),
  board('collaborator', 'allow', [...ofTenant(T1), ['published', '==', true]]),
  board('client', 'deny'),
  board('client', 'deny', [...ofTenant(T1), ['clientId', '==', 'c1'], ['published', '==', true]]),
  board('otherTenantAdmin', 'deny'),
  board('otherTenantAdmin', 'allow', ofTenant(T2)),
  board('otherClient', 'deny'),
  board('revokedClient', 'deny'),
  board('unauthenticated', 'deny'),
  board('removedMember', 'deny'),
  board('pendingMember', 'deny'),
  board('impersonation', 'deny'),
  board('adminFromOtherPool', 'deny'),
  // The claim decides the tenant: an admin of both, signed in to t2, sees t2's board only.
  board('dualTenantAdmin', 'deny'),
  board('dualTenantAdmin', 'allow', ofTenant(T2)),
]);

describeMatrix('assignments', [...assignments, ...historyRows, ...boardRows], {
  complete: true,
});
