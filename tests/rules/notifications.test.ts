// The matrix for the e-mail collections (N2, N3): the outbox (functions only: its body may hold a
// working link), its body-less log for the "Envois" page and the edited templates (admins read,
// functions write), the functions-only secrets (SMTP password) and the SMTP settings' public part,
// and each person's bell (only that person reads it, marks items read and resets the count).
import { afterAll, beforeEach } from 'vitest';
import { doc, serverTimestamp, setDoc, Timestamp } from 'firebase/firestore';
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  T2,
  describeMatrix,
  paths,
  rulesEnvironment,
  table,
  type ActorName,
  type CaseRow,
  uids,
} from '../support/rules.js';

const entry = { to: ['x@example.test'], subject: 'Objet', text: 'Texte', kind: 'visitRequested' };
const template = { subject: 'Objet', text: 'Texte {{link}}', html: '<p>{{link}}</p>' };

/** Admins of the tenant read; nobody writes through the SDKs. */
function adminReadOnly(name: string, id: string, data: Record<string, unknown>): CaseRow[] {
  const doc = paths.of(name, id);
  const list = paths.of(name);
  const rows: CaseRow[] = [
    { actor: 'owner', op: 'get', path: doc, expect: 'allow' },
    { actor: 'owner', op: 'list', path: list, expect: 'allow' },
    { actor: 'owner', op: 'create', path: paths.of(name, 'new-1'), data, expect: 'deny' },
    { actor: 'owner', op: 'update', path: doc, data, expect: 'deny' },
    { actor: 'owner', op: 'delete', path: doc, expect: 'deny' },
    { actor: 'admin', op: 'list', path: list, expect: 'allow' },
    { actor: 'admin', op: 'create', path: paths.of(name, 'new-2'), data, expect: 'deny' },
    {
      actor: 'admin',
      op: 'list',
      path: paths.of(name, undefined, T2),
      what: `${paths.of(name, undefined, T2)} (cross-tenant)`,
      expect: 'deny',
    },
    {
      actor: 'otherTenantAdmin',
      op: 'list',
      path: paths.of(name, undefined, T2),
      what: `${paths.of(name, undefined, T2)} (its own tenant)`,
      expect: 'allow',
    },
    { actor: 'otherTenantAdmin', op: 'get', path: doc, expect: 'deny' },
  ];
  const denied: ActorName[] = [
    'collaborator',
    'client',
    'otherClient',
    'revokedClient',
    'unauthenticated',
    'removedMember',
    'demotedAdmin',
    'impersonation',
  ];
  for (const actor of denied) {
    rows.push({ actor, op: 'get', path: doc, expect: 'deny' });
    rows.push({ actor, op: 'list', path: list, expect: 'deny' });
  }
  rows.push({ actor: 'client', op: 'create', path: paths.of(name, 'new-3'), data, expect: 'deny' });
  return rows;
}

/** Nobody reads or writes through the SDKs, not even the owner. */
function functionsOnly(name: string, id: string, data: Record<string, unknown>): CaseRow[] {
  const doc = paths.of(name, id);
  const rows: CaseRow[] = [];
  for (const actor of [
    'owner',
    'admin',
    'collaborator',
    'client',
    'otherTenantAdmin',
    'otherClient',
    'revokedClient',
    'unauthenticated',
  ] as const) {
    rows.push({ actor, op: 'get', path: doc, expect: 'deny' });
    rows.push({ actor, op: 'create', path: paths.of(name, `${actor}-new`), data, expect: 'deny' });
  }
  rows.push({ actor: 'owner', op: 'list', path: paths.of(name), expect: 'deny' });
  rows.push({ actor: 'owner', op: 'update', path: doc, data, expect: 'deny' });
  rows.push({ actor: 'admin', op: 'delete', path: doc, expect: 'deny' });
  return rows;
}

const bellOf = (uid: string, t = 't1') => paths.of('bell', uid, t);
const itemOf = (uid: string, id: string, t = 't1') => `${bellOf(uid, t)}/items/${id}`;
const itemsOf = (uid: string, t = 't1') => `${bellOf(uid, t)}/items`;
const bellItem = { event: 'propertiesPublished', title: 'Nouveaux biens', link: '/biens/p1' };
/** Whose bells the fixture holds: one unread item `i1` and one read item `i2` each. */
const bellOwners = [uids.owner, uids.collaborator, uids.client, uids.revokedClient, uids.removed];

/** The bell: its owner reads, marks an item read once and resets the count; nobody else. */
const bellRows: CaseRow[] = [
  { actor: 'owner', op: 'get', path: bellOf(uids.owner), expect: 'allow' },
  { actor: 'owner', op: 'update', path: bellOf(uids.owner), data: { unread: 0 }, expect: 'allow' },
  { actor: 'owner', op: 'update', path: bellOf(uids.owner), data: { unread: 9 }, expect: 'deny' },
  { actor: 'owner', op: 'get', path: bellOf(uids.client), expect: 'deny' },
  { actor: 'owner', op: 'delete', path: bellOf(uids.owner), expect: 'deny' },
  { actor: 'admin', op: 'get', path: bellOf(uids.owner), expect: 'deny' },
  { actor: 'admin', op: 'create', path: bellOf(uids.admin), data: { unread: 0 }, expect: 'deny' },
  { actor: 'collaborator', op: 'get', path: bellOf(uids.collaborator), expect: 'allow' },
  { actor: 'collaborator', op: 'get', path: bellOf(uids.owner), expect: 'deny' },
  { actor: 'client', op: 'get', path: bellOf(uids.client), expect: 'allow' },
  {
    actor: 'client',
    op: 'update',
    path: bellOf(uids.client),
    data: { unread: 0 },
    expect: 'allow',
  },
  {
    actor: 'client',
    op: 'update',
    path: bellOf(uids.client),
    data: { unread: 0, extra: true },
    expect: 'deny',
  },
  { actor: 'client', op: 'get', path: bellOf(uids.owner), expect: 'deny' },
  { actor: 'otherTenantAdmin', op: 'get', path: bellOf(uids.owner), expect: 'deny' },
  {
    actor: 'otherTenantAdmin',
    op: 'get',
    path: bellOf(uids.otherTenantAdmin, T2),
    what: `${bellOf(uids.otherTenantAdmin, T2)} (its own)`,
    expect: 'allow',
  },
  { actor: 'otherClient', op: 'get', path: bellOf(uids.client), expect: 'deny' },
  { actor: 'revokedClient', op: 'get', path: bellOf(uids.revokedClient), expect: 'deny' },
  { actor: 'unauthenticated', op: 'get', path: bellOf(uids.client), expect: 'deny' },
  { actor: 'removedMember', op: 'get', path: bellOf(uids.removed), expect: 'deny' },
  // A preview is the member, not the client: it sees neither bell.
  { actor: 'impersonation', op: 'get', path: bellOf(uids.client), expect: 'deny' },
];

const markRead = { readAt: serverTimestamp() };
const itemRows: CaseRow[] = [
  { actor: 'owner', op: 'list', path: itemsOf(uids.owner), expect: 'allow' },
  { actor: 'owner', op: 'update', path: itemOf(uids.owner, 'i1'), data: markRead, expect: 'allow' },
  { actor: 'owner', op: 'list', path: itemsOf(uids.client), expect: 'deny' },
  {
    actor: 'owner',
    op: 'create',
    path: itemOf(uids.owner, 'new-1'),
    data: { ...bellItem, readAt: null },
    expect: 'deny',
  },
  { actor: 'admin', op: 'list', path: itemsOf(uids.owner), expect: 'deny' },
  { actor: 'collaborator', op: 'list', path: itemsOf(uids.collaborator), expect: 'allow' },
  {
    actor: 'collaborator',
    op: 'update',
    path: itemOf(uids.owner, 'i1'),
    data: markRead,
    expect: 'deny',
  },
  { actor: 'client', op: 'get', path: itemOf(uids.client, 'i1'), expect: 'allow' },
  { actor: 'client', op: 'list', path: itemsOf(uids.client), expect: 'allow' },
  {
    actor: 'client',
    op: 'update',
    path: itemOf(uids.client, 'i1'),
    data: markRead,
    expect: 'allow',
  },
  {
    actor: 'client',
    op: 'update',
    path: itemOf(uids.client, 'i2'),
    what: `${itemOf(uids.client, 'i2')} (already read)`,
    data: markRead,
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'update',
    path: itemOf(uids.client, 'i1'),
    what: `${itemOf(uids.client, 'i1')} (readAt in the past)`,
    data: { readAt: Timestamp.fromDate(new Date('2020-01-01T00:00:00Z')) },
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'update',
    path: itemOf(uids.client, 'i1'),
    what: `${itemOf(uids.client, 'i1')} (its link)`,
    data: { readAt: serverTimestamp(), link: 'https://evil.example' },
    expect: 'deny',
  },
  { actor: 'client', op: 'delete', path: itemOf(uids.client, 'i1'), expect: 'deny' },
  { actor: 'otherTenantAdmin', op: 'list', path: itemsOf(uids.owner), expect: 'deny' },
  { actor: 'otherClient', op: 'list', path: itemsOf(uids.client), expect: 'deny' },
  {
    actor: 'otherClient',
    op: 'update',
    path: itemOf(uids.client, 'i1'),
    data: markRead,
    expect: 'deny',
  },
  { actor: 'revokedClient', op: 'list', path: itemsOf(uids.revokedClient), expect: 'deny' },
  { actor: 'unauthenticated', op: 'list', path: itemsOf(uids.client), expect: 'deny' },
  { actor: 'impersonation', op: 'list', path: itemsOf(uids.client), expect: 'deny' },
];

const smtpView = paths.of('config', 'smtp');
const smtpViewData = { host: 'smtp.example.test', port: 587, passwordSet: true };

// The shared fixture has none of these documents: they are added once the matrix has seeded its
// project (a beforeEach runs after the matrix's beforeAll).
let seeded: RulesTestEnvironment | null = null;
beforeEach(async () => {
  if (seeded) return;
  seeded = await rulesEnvironment('demo-rules-notifications');
  await seeded.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore();
    for (const t of ['t1', T2]) {
      await setDoc(doc(db, paths.of('outboxLog', 'invite-1', t)), { ...entry, state: 'SUCCESS' });
      await setDoc(doc(db, paths.of('emailTemplates', 'visitRequested_fr', t)), template);
      await setDoc(doc(db, paths.of('outbox', 'invite-1', t)), entry);
      await setDoc(doc(db, paths.of('private', 'smtp', t)), { host: 'smtp.example.test' });
      await setDoc(doc(db, paths.of('config', 'smtp', t)), smtpViewData);
    }
    const bells: [string, string][] = [
      ...bellOwners.map((uid): [string, string] => [uid, 't1']),
      [uids.otherTenantAdmin, T2],
    ];
    for (const [uid, t] of bells) {
      await setDoc(doc(db, bellOf(uid, t)), { unread: 1 });
      const createdAt = Timestamp.now();
      await setDoc(doc(db, itemOf(uid, 'i1', t)), { ...bellItem, createdAt, readAt: null });
      await setDoc(doc(db, itemOf(uid, 'i2', t)), { ...bellItem, createdAt, readAt: createdAt });
    }
  });
});
afterAll(async () => {
  await seeded?.cleanup();
});

describeMatrix(
  'notifications',
  [
    ...table(
      'tenants/{t}/outboxLog',
      adminReadOnly('outboxLog', 'invite-1', { ...entry, state: 'SUCCESS' }),
    ),
    ...table(
      'tenants/{t}/emailTemplates',
      adminReadOnly('emailTemplates', 'visitRequested_fr', template),
    ),
    ...table('tenants/{t}/outbox', functionsOnly('outbox', 'invite-1', entry)),
    ...table(
      'tenants/{t}/private',
      functionsOnly('private', 'smtp', { host: 'smtp.example.test', password: 'secret' }),
    ),
    ...table('tenants/{t}/config/smtp', [
      { actor: 'owner', op: 'get', path: smtpView, expect: 'allow' },
      { actor: 'owner', op: 'delete', path: smtpView, expect: 'deny' },
      { actor: 'admin', op: 'update', path: smtpView, data: smtpViewData, expect: 'deny' },
      { actor: 'collaborator', op: 'get', path: smtpView, expect: 'allow' },
      { actor: 'collaborator', op: 'update', path: smtpView, data: smtpViewData, expect: 'deny' },
      { actor: 'client', op: 'get', path: smtpView, expect: 'deny' },
      { actor: 'otherTenantAdmin', op: 'get', path: smtpView, expect: 'deny' },
      { actor: 'otherClient', op: 'get', path: smtpView, expect: 'deny' },
      { actor: 'revokedClient', op: 'get', path: smtpView, expect: 'deny' },
      { actor: 'unauthenticated', op: 'get', path: smtpView, expect: 'deny' },
    ]),
    ...table('tenants/{t}/bell', bellRows),
    ...table('tenants/{t}/bell/{uid}/items', itemRows),
  ],
  { complete: true, nobody: ['tenants/{t}/outbox', 'tenants/{t}/private'] },
);
