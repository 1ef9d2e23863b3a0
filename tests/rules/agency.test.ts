// The matrix for the agency's own records: properties and their private details (staff read, only
// functions write), saved searches, the aggregator inbox, dossiers (the client reads its own
// published ones) and the append-only mandate register.
import { serverTimestamp, type DocumentData } from 'firebase/firestore';
import {
  T2,
  at,
  describeMatrix,
  paths,
  table,
  type ActorName,
  type CaseRow,
  type RuleCase,
} from '../support/rules.js';

interface StaffReadOnly {
  collection: string;
  list: (t: string) => string;
  doc: (t: string) => string;
  fresh: (t: string) => string;
  data: DocumentData;
  change: DocumentData;
}

/**
 * A collection staff read and nobody writes through the SDKs: saveProperty and the photo
 * functions validate, geocode and index every write. Each write is one the owner's old form
 * made, so a denial comes from the rule, not from the data.
 */
function staffReadOnly({ collection, list, doc, fresh, data, change }: StaffReadOnly): RuleCase[] {
  const writes = (actor: ActorName, t = 't1'): CaseRow[] => [
    { actor, op: 'create', path: fresh(t), data, expect: 'deny' },
    { actor, op: 'update', path: doc(t), data: change, expect: 'deny' },
    { actor, op: 'delete', path: doc(t), expect: 'deny' },
  ];
  return table(collection, [
    { actor: 'owner', op: 'get', path: doc('t1'), expect: 'allow' },
    { actor: 'owner', op: 'list', path: list('t1'), expect: 'allow' },
    ...writes('owner'),
    {
      actor: 'owner',
      op: 'list',
      path: list(T2),
      what: `${list(T2)} (cross-tenant)`,
      expect: 'deny',
    },
    { actor: 'admin', op: 'list', path: list('t1'), expect: 'allow' },
    ...writes('admin'),
    { actor: 'collaborator', op: 'get', path: doc('t1'), expect: 'allow' },
    { actor: 'collaborator', op: 'list', path: list('t1'), expect: 'allow' },
    ...writes('collaborator'),
    {
      actor: 'collaborator',
      op: 'get',
      path: doc(T2),
      what: `${doc(T2)} (cross-tenant)`,
      expect: 'deny',
    },
    { actor: 'client', op: 'get', path: doc('t1'), expect: 'deny' },
    { actor: 'client', op: 'list', path: list('t1'), expect: 'deny' },
    ...writes('client'),
    { actor: 'otherTenantAdmin', op: 'get', path: doc('t1'), expect: 'deny' },
    { actor: 'otherTenantAdmin', op: 'update', path: doc('t1'), data: change, expect: 'deny' },
    {
      actor: 'otherTenantAdmin',
      op: 'get',
      path: doc(T2),
      what: `${doc(T2)} (its own tenant)`,
      expect: 'allow',
    },
    ...writes('otherTenantAdmin', T2).map((row) => ({
      ...row,
      what: `${row.path} (its own tenant)`,
    })),
    { actor: 'otherClient', op: 'get', path: doc('t1'), expect: 'deny' },
    { actor: 'otherClient', op: 'create', path: fresh('t1'), data, expect: 'deny' },
    { actor: 'revokedClient', op: 'get', path: doc('t1'), expect: 'deny' },
    { actor: 'revokedClient', op: 'list', path: list('t1'), expect: 'deny' },
    { actor: 'unauthenticated', op: 'get', path: doc('t1'), expect: 'deny' },
    { actor: 'unauthenticated', op: 'list', path: list('t1'), expect: 'deny' },
    { actor: 'unauthenticated', op: 'create', path: fresh('t1'), data, expect: 'deny' },
    { actor: 'unauthenticated', op: 'delete', path: doc('t1'), expect: 'deny' },
  ]);
}

const properties = staffReadOnly({
  collection: 'tenants/{t}/properties/{p}',
  list: (t) => paths.of('properties', undefined, t),
  doc: (t) => paths.of('properties', t === T2 ? 'p-t2' : 'p-new', t),
  fresh: (t) => paths.of('properties', 'p-fresh', t),
  data: {
    title: 'Studio',
    type: 'apartment',
    price: 150000,
    city: 'Lyon',
    createdAt: serverTimestamp(),
  },
  change: { price: 310000 },
});
const details = staffReadOnly({
  collection: 'tenants/{t}/properties/{p}/private/details',
  list: (t) => paths.of('properties', `${t === T2 ? 'p-t2' : 'p-new'}/private`, t),
  doc: (t) => paths.of('properties', `${t === T2 ? 'p-t2' : 'p-new'}/private/details`, t),
  fresh: (t) => paths.of('properties', 'p-fresh/private/details', t),
  data: {
    note: 'Agent : 06 00 00 00 00',
    sourceUrl: 'https://portal.test/1',
    showSourceToClient: false,
  },
  change: { showSourceToClient: true },
});
// Saved searches change through the aggregator's callables only (schema, opt-in, portals).
const searches = staffReadOnly({
  collection: 'tenants/{t}/searches/{id}',
  list: (t) => paths.of('searches', undefined, t),
  doc: (t) => paths.of('searches', t === T2 ? 's-t2' : 's-1', t),
  fresh: (t) => paths.of('searches', 's-2', t),
  data: { portal: 'seloger', criteria: { city: 'Lyon' }, enabled: true, lastRun: null },
  change: { enabled: false },
});

const listing = 'l-1';
const inbox = table('tenants/{t}/inbox/{id}', [
  { actor: 'owner', op: 'get', path: paths.of('inbox', listing), expect: 'allow' },
  {
    actor: 'owner',
    op: 'update',
    path: paths.of('inbox', listing),
    what: 'status new→kept (the callables do)',
    data: { status: 'kept' },
    expect: 'deny',
  },
  {
    actor: 'owner',
    op: 'update',
    path: paths.of('inbox', listing),
    what: 'the listing itself',
    data: { 'listing.price': 1 },
    expect: 'deny',
  },
  {
    actor: 'owner',
    op: 'create',
    path: paths.of('inbox', 'l-2'),
    what: 'a listing (the aggregator does)',
    data: { portal: 'x', portalId: '1', fingerprint: 'f', listing: {}, status: 'new' },
    expect: 'deny',
  },
  { actor: 'owner', op: 'delete', path: paths.of('inbox', listing), expect: 'deny' },
  {
    actor: 'admin',
    op: 'list',
    path: paths.of('inbox'),
    where: [['status', '==', 'new']],
    expect: 'allow',
  },
  {
    actor: 'admin',
    op: 'update',
    path: paths.of('inbox', listing),
    what: 'status and fingerprint',
    data: { status: 'dismissed', fingerprint: 'x' },
    expect: 'deny',
  },
  { actor: 'collaborator', op: 'get', path: paths.of('inbox', listing), expect: 'allow' },
  {
    actor: 'collaborator',
    op: 'update',
    path: paths.of('inbox', listing),
    what: 'status new→dismissed (the callables do)',
    data: { status: 'dismissed' },
    expect: 'deny',
  },
  { actor: 'client', op: 'get', path: paths.of('inbox', listing), expect: 'deny' },
  {
    actor: 'client',
    op: 'update',
    path: paths.of('inbox', listing),
    what: 'status',
    data: { status: 'kept' },
    expect: 'deny',
  },
  { actor: 'otherTenantAdmin', op: 'list', path: paths.of('inbox'), expect: 'deny' },
  {
    actor: 'otherTenantAdmin',
    op: 'update',
    path: paths.of('inbox', listing),
    what: 'status',
    data: { status: 'kept' },
    expect: 'deny',
  },
  {
    actor: 'otherTenantAdmin',
    op: 'list',
    path: paths.of('inbox', undefined, T2),
    expect: 'allow',
  },
  { actor: 'otherClient', op: 'get', path: paths.of('inbox', listing), expect: 'deny' },
  { actor: 'revokedClient', op: 'get', path: paths.of('inbox', listing), expect: 'deny' },
  { actor: 'unauthenticated', op: 'get', path: paths.of('inbox', listing), expect: 'deny' },
  {
    actor: 'unauthenticated',
    op: 'update',
    path: paths.of('inbox', listing),
    what: 'status',
    data: { status: 'kept' },
    expect: 'deny',
  },
]);

const dossier = (id: string) => paths.of('dossiers', id);
const dossiersList = paths.of('dossiers');
const newDossier = {
  title: 'Dossier de financement',
  clientId: 'c1',
  published: false,
  comments: '',
  files: [],
  steps: [],
  amount: 0,
  paid: false,
};
const mine = [
  ['clientId', '==', 'c1'],
  ['published', '==', true],
] as const;
const dossiers = table('tenants/{t}/dossiers/{id}', [
  {
    actor: 'owner',
    op: 'get',
    path: dossier('d-c1-draft'),
    what: `${dossier('d-c1-draft')} (unpublished)`,
    expect: 'allow',
  },
  { actor: 'owner', op: 'create', path: dossier('d-new'), data: newDossier, expect: 'allow' },
  {
    actor: 'owner',
    op: 'update',
    path: dossier('d-c1-draft'),
    what: 'publish',
    data: { published: true },
    expect: 'allow',
  },
  { actor: 'owner', op: 'delete', path: dossier('d-c2-pub'), expect: 'allow' },
  {
    actor: 'owner',
    op: 'list',
    path: paths.of('dossiers', undefined, T2),
    what: 'tenants/t2/dossiers (cross-tenant)',
    expect: 'deny',
  },
  { actor: 'admin', op: 'list', path: dossiersList, expect: 'allow' },
  {
    actor: 'admin',
    op: 'create',
    path: paths.of('dossiers', 'd-new', T2),
    data: newDossier,
    expect: 'deny',
  },
  { actor: 'collaborator', op: 'get', path: dossier('d-c1-pub'), expect: 'allow' },
  {
    actor: 'collaborator',
    op: 'update',
    path: dossier('d-c1-pub'),
    data: { paid: true },
    expect: 'allow',
  },
  {
    actor: 'client',
    op: 'get',
    path: dossier('d-c1-pub'),
    what: `${dossier('d-c1-pub')} (own, published)`,
    expect: 'allow',
  },
  { actor: 'client', op: 'list', path: dossiersList, where: mine, expect: 'allow' },
  {
    actor: 'client',
    op: 'get',
    path: dossier('d-c1-draft'),
    what: `${dossier('d-c1-draft')} (own, unpublished)`,
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'get',
    path: dossier('d-c2-pub'),
    what: `${dossier('d-c2-pub')} (c2's)`,
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'list',
    path: dossiersList,
    where: [['clientId', '==', 'c1']],
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'list',
    path: dossiersList,
    where: [['published', '==', true]],
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'list',
    path: dossiersList,
    what: `${dossiersList} without a filter`,
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'update',
    path: dossier('d-c1-pub'),
    what: 'mark its own paid',
    data: { paid: true },
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'create',
    path: dossier('d-new'),
    data: { ...newDossier, published: true },
    expect: 'deny',
  },
  { actor: 'otherTenantAdmin', op: 'get', path: dossier('d-c1-pub'), expect: 'deny' },
  {
    actor: 'otherTenantAdmin',
    op: 'update',
    path: dossier('d-c1-pub'),
    data: { paid: true },
    expect: 'deny',
  },
  {
    actor: 'otherTenantAdmin',
    op: 'create',
    path: paths.of('dossiers', 'd-new', T2),
    data: newDossier,
    expect: 'allow',
  },
  {
    actor: 'otherClient',
    op: 'get',
    path: dossier('d-c2-pub'),
    what: `${dossier('d-c2-pub')} (own, published)`,
    expect: 'allow',
  },
  {
    actor: 'otherClient',
    op: 'list',
    path: dossiersList,
    where: [
      ['clientId', '==', 'c2'],
      ['published', '==', true],
    ],
    expect: 'allow',
  },
  {
    actor: 'otherClient',
    op: 'get',
    path: dossier('d-c1-pub'),
    what: `${dossier('d-c1-pub')} (c1's)`,
    expect: 'deny',
  },
  { actor: 'otherClient', op: 'list', path: dossiersList, where: mine, expect: 'deny' },
  {
    actor: 'revokedClient',
    op: 'get',
    path: dossier('d-c3-pub'),
    what: `${dossier('d-c3-pub')} (own, published)`,
    expect: 'deny',
  },
  { actor: 'unauthenticated', op: 'get', path: dossier('d-c1-pub'), expect: 'deny' },
  { actor: 'unauthenticated', op: 'list', path: dossiersList, where: mine, expect: 'deny' },
]);

const mandate = (id: string) => paths.of('mandates', id);
const mandatesList = paths.of('mandates');
const newMandate = {
  clientId: 'c4',
  number: 5,
  signedAt: serverTimestamp(),
  remote: true,
  retainUntil: at('2036-02-01T00:00:00Z'),
};
const mandates = table('tenants/{t}/mandates/{id}', [
  { actor: 'owner', op: 'get', path: mandate('m-c1'), expect: 'allow' },
  {
    actor: 'owner',
    op: 'create',
    path: mandate('m-c4-bis'),
    data: newMandate,
    what: `${mandate('m-c4-bis')} (only createMandate numbers entries)`,
    expect: 'deny',
  },
  {
    actor: 'owner',
    op: 'update',
    path: mandate('m-c1'),
    what: 'renumber (append-only)',
    data: { number: 10 },
    expect: 'deny',
  },
  {
    actor: 'owner',
    op: 'delete',
    path: mandate('m-c1'),
    what: 'm-c1 (append-only)',
    expect: 'deny',
  },
  { actor: 'admin', op: 'list', path: mandatesList, expect: 'allow' },
  {
    actor: 'admin',
    op: 'delete',
    path: mandate('m-c2'),
    what: 'm-c2 (append-only)',
    expect: 'deny',
  },
  {
    actor: 'admin',
    op: 'update',
    path: mandate('m-c3'),
    what: 'shorten retainUntil (append-only)',
    data: { retainUntil: at('2027-01-01T00:00:00Z') },
    expect: 'deny',
  },
  {
    actor: 'collaborator',
    op: 'create',
    path: mandate('m-c4-bis'),
    data: newMandate,
    what: `${mandate('m-c4-bis')} (only createMandate numbers entries)`,
    expect: 'deny',
  },
  { actor: 'collaborator', op: 'get', path: mandate('m-c2'), expect: 'allow' },
  {
    actor: 'collaborator',
    op: 'update',
    path: mandate('m-c2'),
    what: 'remote true',
    data: { remote: true },
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'get',
    path: mandate('m-c1'),
    what: `${mandate('m-c1')} (its own)`,
    expect: 'allow',
  },
  {
    actor: 'client',
    op: 'list',
    path: mandatesList,
    where: [['clientId', '==', 'c1']],
    expect: 'allow',
  },
  {
    actor: 'client',
    op: 'get',
    path: mandate('m-c2'),
    what: `${mandate('m-c2')} (c2's)`,
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'list',
    path: mandatesList,
    what: `${mandatesList} without a filter`,
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'create',
    path: mandate('m-c1-bis'),
    data: { ...newMandate, clientId: 'c1' },
    expect: 'deny',
  },
  { actor: 'otherTenantAdmin', op: 'get', path: mandate('m-c1'), expect: 'deny' },
  {
    actor: 'otherTenantAdmin',
    op: 'create',
    path: mandate('m-c4-bis'),
    data: newMandate,
    expect: 'deny',
  },
  {
    actor: 'otherTenantAdmin',
    op: 'create',
    path: paths.of('mandates', 'm-1', T2),
    what: `${paths.of('mandates', 'm-1', T2)} (its own tenant, still only through createMandate)`,
    data: newMandate,
    expect: 'deny',
  },
  {
    actor: 'otherClient',
    op: 'get',
    path: mandate('m-c2'),
    what: `${mandate('m-c2')} (its own)`,
    expect: 'allow',
  },
  {
    actor: 'otherClient',
    op: 'get',
    path: mandate('m-c1'),
    what: `${mandate('m-c1')} (c1's)`,
    expect: 'deny',
  },
  {
    actor: 'revokedClient',
    op: 'get',
    path: mandate('m-c3'),
    what: `${mandate('m-c3')} (its own)`,
    expect: 'deny',
  },
  { actor: 'unauthenticated', op: 'get', path: mandate('m-c1'), expect: 'deny' },
  {
    actor: 'unauthenticated',
    op: 'create',
    path: mandate('m-c4-bis'),
    data: newMandate,
    expect: 'deny',
  },
]);

describeMatrix(
  'agency',
  [...properties, ...details, ...searches, ...inbox, ...dossiers, ...mandates],
  { complete: true },
);
