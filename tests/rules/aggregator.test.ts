// The matrix for the aggregator (A1–A5): saved searches and the inbox are read by staff and
// written only by functions (saveSearch, the runs, dismissInboxEntry, createPropertyFromInbox);
// the opt-in document is read by staff and written by setPortalScraping; the feed's key and the
// run queues are never reachable through the SDKs.
import { serverTimestamp } from 'firebase/firestore';
import { T2, describeMatrix, paths, table } from '../support/rules.js';

const search = paths.of('searches', 's-1');
const newSearch = paths.of('searches', 's-new');
const entry = paths.of('inbox', 'l-1');
const newEntry = paths.of('inbox', 'l-new');
const optIn = paths.of('config', 'aggregator');
const secret = paths.of('secrets', 'feed');
const queued = 'aggregatorQueues/seloger/runs/r-1';

const searchData = {
  name: 'T3 Lyon',
  portals: ['seloger'],
  criteria: { cities: [], postalCodes: ['69003'], types: [] },
  enabled: true,
  lastRun: {},
};

const searches = table('tenants/{t}/searches/{id}', [
  { actor: 'owner', op: 'get', path: search, expect: 'allow' },
  {
    actor: 'owner',
    op: 'create',
    path: newSearch,
    what: 'a search written directly (saveSearch validates)',
    data: searchData,
    expect: 'deny',
  },
  { actor: 'admin', op: 'list', path: paths.of('searches'), expect: 'allow' },
  {
    actor: 'admin',
    op: 'update',
    path: search,
    what: 'its last run (the runs write it)',
    data: { 'lastRun.seloger': { status: 'done', found: 999 } },
    expect: 'deny',
  },
  { actor: 'collaborator', op: 'get', path: search, expect: 'allow' },
  { actor: 'collaborator', op: 'update', path: search, data: { enabled: false }, expect: 'deny' },
  { actor: 'collaborator', op: 'delete', path: search, expect: 'deny' },
  { actor: 'client', op: 'get', path: search, expect: 'deny' },
  { actor: 'client', op: 'list', path: paths.of('searches'), expect: 'deny' },
  { actor: 'otherTenantAdmin', op: 'get', path: search, expect: 'deny' },
  { actor: 'otherTenantAdmin', op: 'create', path: newSearch, data: searchData, expect: 'deny' },
  {
    actor: 'otherTenantAdmin',
    op: 'list',
    path: paths.of('searches', undefined, T2),
    expect: 'allow',
  },
  { actor: 'otherClient', op: 'list', path: paths.of('searches'), expect: 'deny' },
  { actor: 'revokedClient', op: 'get', path: search, expect: 'deny' },
  { actor: 'unauthenticated', op: 'get', path: search, expect: 'deny' },
  { actor: 'unauthenticated', op: 'create', path: newSearch, data: searchData, expect: 'deny' },
]);

const entryData = {
  listing: { portal: 'seloger', portalId: 'X1', title: 'T3', photos: [] },
  status: 'new',
  searchIds: ['s-1'],
  firstSeenAt: serverTimestamp(),
};

const inbox = table('tenants/{t}/inbox/{id}', [
  { actor: 'owner', op: 'get', path: entry, expect: 'allow' },
  {
    actor: 'owner',
    op: 'create',
    path: newEntry,
    what: 'a listing (the runs do)',
    data: entryData,
    expect: 'deny',
  },
  {
    actor: 'admin',
    op: 'list',
    path: paths.of('inbox'),
    where: [['status', '==', 'new']],
    orderBy: 'firstSeenAt',
    expect: 'allow',
  },
  {
    actor: 'admin',
    op: 'update',
    path: entry,
    what: 'status (dismissInboxEntry does)',
    data: { status: 'dismissed' },
    expect: 'deny',
  },
  { actor: 'collaborator', op: 'get', path: entry, expect: 'allow' },
  { actor: 'collaborator', op: 'delete', path: entry, expect: 'deny' },
  {
    actor: 'collaborator',
    op: 'update',
    path: entry,
    what: 'status to assigned without a property',
    data: { status: 'assigned' },
    expect: 'deny',
  },
  { actor: 'client', op: 'get', path: entry, expect: 'deny' },
  { actor: 'client', op: 'list', path: paths.of('inbox'), expect: 'deny' },
  { actor: 'otherTenantAdmin', op: 'get', path: entry, expect: 'deny' },
  {
    actor: 'otherTenantAdmin',
    op: 'update',
    path: entry,
    data: { status: 'dismissed' },
    expect: 'deny',
  },
  { actor: 'otherClient', op: 'get', path: entry, expect: 'deny' },
  { actor: 'revokedClient', op: 'list', path: paths.of('inbox'), expect: 'deny' },
  { actor: 'unauthenticated', op: 'get', path: entry, expect: 'deny' },
  { actor: 'unauthenticated', op: 'list', path: paths.of('inbox'), expect: 'deny' },
]);

const optInCases = table('tenants/{t}/config/aggregator', [
  { actor: 'owner', op: 'get', path: optIn, absent: true, expect: 'allow' },
  {
    actor: 'owner',
    op: 'create',
    path: optIn,
    what: 'turn scraping on directly (setPortalScraping records the acknowledgement)',
    data: { portalScraping: true },
    expect: 'deny',
  },
  { actor: 'admin', op: 'create', path: optIn, data: { portalScraping: true }, expect: 'deny' },
  { actor: 'collaborator', op: 'get', path: optIn, absent: true, expect: 'allow' },
  { actor: 'client', op: 'get', path: optIn, absent: true, expect: 'deny' },
  { actor: 'otherTenantAdmin', op: 'get', path: optIn, absent: true, expect: 'deny' },
  {
    actor: 'otherClient',
    op: 'create',
    path: optIn,
    data: { portalScraping: true },
    expect: 'deny',
  },
  { actor: 'revokedClient', op: 'get', path: optIn, absent: true, expect: 'deny' },
  { actor: 'unauthenticated', op: 'get', path: optIn, absent: true, expect: 'deny' },
]);

const feedKey = { baseUrl: 'https://api.notif.immo', apiKey: 'k-123456789' };
const secrets = table('tenants/{t}/secrets/{id}', [
  { actor: 'owner', op: 'get', path: secret, absent: true, expect: 'deny' },
  { actor: 'owner', op: 'create', path: secret, data: feedKey, expect: 'deny' },
  { actor: 'admin', op: 'create', path: secret, data: feedKey, expect: 'deny' },
  { actor: 'admin', op: 'list', path: paths.of('secrets'), expect: 'deny' },
  { actor: 'collaborator', op: 'get', path: secret, absent: true, expect: 'deny' },
  { actor: 'client', op: 'get', path: secret, absent: true, expect: 'deny' },
  { actor: 'otherTenantAdmin', op: 'get', path: secret, absent: true, expect: 'deny' },
  { actor: 'otherClient', op: 'get', path: secret, absent: true, expect: 'deny' },
  { actor: 'revokedClient', op: 'get', path: secret, absent: true, expect: 'deny' },
  { actor: 'unauthenticated', op: 'get', path: secret, absent: true, expect: 'deny' },
]);

const task = { tenantId: 't1', searchId: 's-1', portal: 'seloger', trigger: 'manual' };
const queues = table('aggregatorQueues/{portal}/runs/{id}', [
  {
    actor: 'owner',
    op: 'create',
    path: queued,
    what: 'queue a run directly',
    data: task,
    expect: 'deny',
  },
  { actor: 'owner', op: 'list', path: 'aggregatorQueues/seloger/runs', expect: 'deny' },
  { actor: 'admin', op: 'create', path: queued, data: task, expect: 'deny' },
  { actor: 'collaborator', op: 'create', path: queued, data: task, expect: 'deny' },
  { actor: 'client', op: 'create', path: queued, data: task, expect: 'deny' },
  { actor: 'otherTenantAdmin', op: 'create', path: queued, data: task, expect: 'deny' },
  { actor: 'otherClient', op: 'list', path: 'aggregatorQueues/seloger/runs', expect: 'deny' },
  { actor: 'revokedClient', op: 'create', path: queued, data: task, expect: 'deny' },
  { actor: 'unauthenticated', op: 'create', path: queued, data: task, expect: 'deny' },
]);

describeMatrix('aggregator', [...searches, ...inbox, ...optInCases, ...secrets, ...queues], {
  complete: true,
  nobody: ['tenants/{t}/secrets/{id}', 'aggregatorQueues/{portal}/runs/{id}'],
});
