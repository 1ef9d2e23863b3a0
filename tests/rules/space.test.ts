// The matrix for the rest of a client space: messages (a record nobody edits), appointments,
// documents and points of interest (the client reads; staff write appointments only).
import { serverTimestamp, type DocumentData } from 'firebase/firestore';
import {
  T2,
  at,
  describeMatrix,
  paths,
  table,
  uids,
  type ActorName,
  type CaseRow,
  type RuleCase,
} from '../support/rules.js';

const msg = (c: string, id?: string, t = 't1') => paths.space(c, 'messages', id, t);
const message = (authorUid: string, fromClient: boolean, extra: DocumentData = {}) => ({
  authorUid,
  fromClient,
  text: 'Pouvons-nous visiter samedi ?',
  propertyId: 'p-new',
  createdAt: serverTimestamp(),
  ...extra,
});

/** Dates a client might pick instead of the server's clock. */
const in2001 = at('2001-01-01T00:00:00Z');
const in2099 = at('2099-01-01T00:00:00Z');
const chars = (n: number) => 'x'.repeat(n);
const kb300 = chars(300_000);
/** About 300 KB of map: 3000 keys of 100 characters. */
const mapOf300kb = Object.fromEntries(
  Array.from({ length: 3000 }, (_, i) => [`k${i}`, chars(100)]),
);
const without = (key: string) =>
  Object.fromEntries(Object.entries(message(uids.client, true)).filter(([k]) => k !== key));
const withoutPropertyId = without('propertyId');
const withoutCreatedAt = without('createdAt');

/** The client's own message in c1, valid but for `what` it changes. */
const clientMessage = (what: string, extra: DocumentData, expect: 'allow' | 'deny'): CaseRow => ({
  actor: 'client',
  op: 'create',
  path: msg('c1', 'new'),
  what,
  data: message(uids.client, true, extra),
  expect,
});

const messages = table('tenants/{t}/clients/{c}/messages', [
  { actor: 'owner', op: 'list', path: msg('c1'), orderBy: 'createdAt', expect: 'allow' },
  {
    actor: 'owner',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'own message (fromClient false)',
    data: message(uids.owner, false),
    expect: 'allow',
  },
  {
    actor: 'owner',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'posing as the client (fromClient true)',
    data: message(uids.owner, true),
    expect: 'deny',
  },
  {
    actor: 'owner',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'own message dated 2001',
    data: message(uids.owner, false, { createdAt: in2001 }),
    expect: 'deny',
  },
  {
    actor: 'owner',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'own message with a 300 KB propertyId',
    data: message(uids.owner, false, { propertyId: kb300 }),
    expect: 'deny',
  },
  {
    actor: 'owner',
    op: 'update',
    path: msg('c1', 'm-client'),
    what: "edit the client's message",
    data: { text: 'Modifié' },
    expect: 'deny',
  },
  { actor: 'owner', op: 'delete', path: msg('c1', 'm-client'), expect: 'deny' },
  {
    actor: 'owner',
    op: 'list',
    path: msg('c1', undefined, T2),
    what: `${msg('c1', undefined, T2)} (cross-tenant)`,
    expect: 'deny',
  },
  { actor: 'admin', op: 'get', path: msg('c2', 'm-client'), expect: 'allow' },
  {
    actor: 'admin',
    op: 'create',
    path: msg('c1', 'new'),
    what: "faking the owner's authorUid",
    data: message(uids.owner, false),
    expect: 'deny',
  },
  {
    actor: 'admin',
    op: 'update',
    path: msg('c1', 'm-staff'),
    what: "edit the owner's message",
    data: { text: 'Modifié' },
    expect: 'deny',
  },
  { actor: 'collaborator', op: 'list', path: msg('c4'), expect: 'allow' },
  {
    actor: 'collaborator',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'own message',
    data: message(uids.collaborator, false, { propertyId: null }),
    expect: 'allow',
  },
  { actor: 'collaborator', op: 'delete', path: msg('c1', 'm-staff'), expect: 'deny' },
  { actor: 'client', op: 'list', path: msg('c1'), orderBy: 'createdAt', expect: 'allow' },
  { actor: 'client', op: 'get', path: msg('c1', 'm-staff'), expect: 'allow' },
  {
    actor: 'client',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'own (fromClient true, authorUid its uid)',
    data: message(uids.client, true),
    expect: 'allow',
  },
  {
    actor: 'client',
    op: 'create',
    path: msg('c1', 'new'),
    what: "faking authorUid (the owner's)",
    data: message(uids.owner, true),
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'fromClient false (posing as staff)',
    data: message(uids.client, false),
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'with an unknown key',
    data: message(uids.client, true, { urgent: true }),
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'with empty text',
    data: message(uids.client, true, { text: '' }),
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'with createdAt "now" (not a timestamp)',
    data: message(uids.client, true, { createdAt: 'now' }),
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'own, without propertyId',
    data: withoutPropertyId,
    expect: 'allow',
  },
  clientMessage('own, propertyId null', { propertyId: null }, 'allow'),
  clientMessage('own, propertyId of 128 characters', { propertyId: chars(128) }, 'allow'),
  clientMessage('own, text of 5000 characters', { text: chars(5000) }, 'allow'),
  clientMessage('dated 2001', { createdAt: in2001 }, 'deny'),
  clientMessage('dated 2099', { createdAt: in2099 }, 'deny'),
  {
    actor: 'client',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'without createdAt',
    data: withoutCreatedAt,
    expect: 'deny',
  },
  clientMessage('propertyId a 300 KB map', { propertyId: mapOf300kb }, 'deny'),
  clientMessage('propertyId a 300 KB string', { propertyId: kb300 }, 'deny'),
  clientMessage('propertyId of 129 characters', { propertyId: chars(129) }, 'deny'),
  clientMessage('propertyId empty', { propertyId: '' }, 'deny'),
  clientMessage('text of 5001 characters', { text: chars(5001) }, 'deny'),
  clientMessage('text of 300 KB', { text: kb300 }, 'deny'),
  {
    actor: 'client',
    op: 'update',
    path: msg('c1', 'm-client'),
    what: 'edit its own message',
    data: { text: 'Finalement non' },
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'delete',
    path: msg('c1', 'm-client'),
    what: 'its own message',
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'create',
    path: msg('c2', 'new'),
    what: "in c2's space",
    data: message(uids.client, true),
    expect: 'deny',
  },
  { actor: 'client', op: 'list', path: msg('c2'), expect: 'deny' },
  { actor: 'otherTenantAdmin', op: 'list', path: msg('c1'), expect: 'deny' },
  {
    actor: 'otherTenantAdmin',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'own message',
    data: message(uids.otherTenantAdmin, false),
    expect: 'deny',
  },
  { actor: 'otherTenantAdmin', op: 'list', path: msg('c1', undefined, T2), expect: 'allow' },
  { actor: 'otherClient', op: 'list', path: msg('c1'), expect: 'deny' },
  {
    actor: 'otherClient',
    op: 'create',
    path: msg('c1', 'new'),
    what: "own message in c1's space",
    data: message(uids.otherClient, true),
    expect: 'deny',
  },
  { actor: 'otherClient', op: 'list', path: msg('c2'), orderBy: 'createdAt', expect: 'allow' },
  {
    actor: 'otherClient',
    op: 'create',
    path: msg('c2', 'new'),
    what: 'own message in its own space',
    data: message(uids.otherClient, true),
    expect: 'allow',
  },
  {
    actor: 'revokedClient',
    op: 'list',
    path: msg('c3'),
    what: `${msg('c3')} (its own)`,
    expect: 'deny',
  },
  {
    actor: 'revokedClient',
    op: 'create',
    path: msg('c3', 'new'),
    what: 'own message in its own space',
    data: message(uids.revokedClient, true),
    expect: 'deny',
  },
  { actor: 'unauthenticated', op: 'get', path: msg('c1', 'm-staff'), expect: 'deny' },
  {
    actor: 'unauthenticated',
    op: 'create',
    path: msg('c1', 'new'),
    data: message('nobody', true),
    expect: 'deny',
  },
  {
    actor: 'unauthenticated',
    op: 'update',
    path: msg('c1', 'm-staff'),
    data: { text: 'x' },
    expect: 'deny',
  },
]);

/**
 * Appointments, documents and POIs are read alike: staff of the client, and the client (active,
 * listed login) its own space only. Staff write appointments; documents and points of interest
 * are written by functions only (uploads and geocoding), so there every SDK write is refused.
 */
function staffWriteClientRead(
  collection: string,
  sub: string,
  id: string,
  fresh: DocumentData,
  change: DocumentData,
  writer: 'staff' | 'functions' = 'staff',
): RuleCase[] {
  const staffWrite = writer === 'staff' ? 'allow' : 'deny';
  const p = (c: string, docId?: string, t = 't1') => paths.space(c, sub, docId, t);
  const get = (actor: ActorName, c: string, expect: 'allow' | 'deny', what?: string): CaseRow => ({
    actor,
    op: 'get',
    path: p(c, id),
    expect,
    ...(what ? { what: `${p(c, id)} (${what})` } : {}),
  });
  return table(collection, [
    get('owner', 'c1', 'allow'),
    { actor: 'owner', op: 'create', path: p('c1', 'new'), data: fresh, expect: staffWrite },
    { actor: 'owner', op: 'update', path: p('c1', id), data: change, expect: staffWrite },
    {
      actor: 'owner',
      op: 'get',
      path: p('c1', id, T2),
      what: `${p('c1', id, T2)} (cross-tenant)`,
      expect: 'deny',
    },
    {
      actor: 'admin',
      op: 'list',
      path: p('c3'),
      what: `${p('c3')} (revoked client)`,
      expect: 'allow',
    },
    { actor: 'admin', op: 'delete', path: p('c2', id), expect: staffWrite },
    {
      actor: 'admin',
      op: 'create',
      path: p('c1', 'new', T2),
      what: `${p('c1', 'new', T2)} (cross-tenant)`,
      data: fresh,
      expect: 'deny',
    },
    get('collaborator', 'c4', 'allow', 'not shared, setting off'),
    { actor: 'collaborator', op: 'update', path: p('c1', id), data: change, expect: staffWrite },
    {
      actor: 'collaborator',
      op: 'get',
      path: p('c1', id, T2),
      what: `${p('c1', id, T2)} (cross-tenant)`,
      expect: 'deny',
    },
    get('client', 'c1', 'allow', 'its own'),
    { actor: 'client', op: 'list', path: p('c1'), expect: 'allow' },
    get('client', 'c2', 'deny'),
    { actor: 'client', op: 'create', path: p('c1', 'new'), data: fresh, expect: 'deny' },
    { actor: 'client', op: 'update', path: p('c1', id), data: change, expect: 'deny' },
    { actor: 'client', op: 'delete', path: p('c1', id), expect: 'deny' },
    get('otherTenantAdmin', 'c1', 'deny'),
    { actor: 'otherTenantAdmin', op: 'create', path: p('c1', 'new'), data: fresh, expect: 'deny' },
    {
      actor: 'otherTenantAdmin',
      op: 'create',
      path: p('c1', 'new', T2),
      what: `${p('c1', 'new', T2)} (its own tenant)`,
      data: fresh,
      expect: staffWrite,
    },
    get('otherClient', 'c2', 'allow', 'its own'),
    get('otherClient', 'c1', 'deny'),
    { actor: 'otherClient', op: 'update', path: p('c2', id), data: change, expect: 'deny' },
    get('revokedClient', 'c3', 'deny', 'its own'),
    { actor: 'revokedClient', op: 'list', path: p('c3'), expect: 'deny' },
    get('unauthenticated', 'c1', 'deny'),
    { actor: 'unauthenticated', op: 'list', path: p('c1'), expect: 'deny' },
    { actor: 'unauthenticated', op: 'delete', path: p('c1', id), expect: 'deny' },
  ]);
}

const appointments = staffWriteClientRead(
  'tenants/{t}/clients/{c}/appointments',
  'appointments',
  'visit-1',
  {
    title: 'Signature',
    type: 'compromis',
    place: 'Étude',
    startsAt: at('2026-02-01T10:00:00Z'),
    endsAt: at('2026-02-01T11:00:00Z'),
  },
  { startsAt: at('2026-01-16T10:00:00Z'), endsAt: at('2026-01-16T11:00:00Z') },
);
const documents = staffWriteClientRead(
  'tenants/{t}/clients/{c}/documents',
  'documents',
  'doc-1',
  {
    name: 'dpe.pdf',
    title: 'DPE',
    storagePath: 'tenants/t1/clients/c1/documents/dpe.pdf',
    contentType: 'application/pdf',
    size: 2048,
    createdAt: serverTimestamp(),
  },
  { title: 'Plan du T3' },
  'functions',
);
const pois = staffWriteClientRead(
  'tenants/{t}/clients/{c}/pois',
  'pois',
  'poi-1',
  {
    type: 'transport',
    name: 'Métro Foch',
    address: 'Place Foch',
    location: { lat: 45.7, lng: 4.8 },
  },
  { name: 'École Jean Macé (maternelle)' },
  'functions',
);

describeMatrix('space', [...messages, ...appointments, ...documents, ...pois], { complete: true });
