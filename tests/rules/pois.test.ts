// The matrix for points of interest (H9) and their travel times (C4): the space's client and its
// staff read them; nobody writes them through the SDKs (the callables geocode, the triggers
// compute). Other spaces, other tenants and a shared-only collaborator's unshared client: denied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doc, serverTimestamp, setDoc, setLogLevel, type DocumentData } from 'firebase/firestore';
import {
  RulesHarness,
  T2,
  at,
  gaps,
  named,
  paths,
  rulesEnvironment,
  seedFixture,
  table,
  uids,
  type CaseRow,
  type FixtureOptions,
  type RuleCase,
} from '../support/rules.js';

const C = {
  pois: 'tenants/{t}/clients/{c}/pois',
  travelTimes: 'tenants/{t}/clients/{c}/travelTimes',
};

const poi = (c: string, id?: string, t?: string) => paths.space(c, 'pois', id, t);
const times = (c: string, id?: string, t?: string) => paths.space(c, 'travelTimes', id, t);

const poiDoc = (createdBy: string): DocumentData => ({
  type: 'work',
  name: 'Bureau',
  query: '5 place Charles Béraudier 69003 Lyon',
  address: '5 Place Charles Béraudier 69003 Lyon',
  location: { lat: 45.759978, lng: 4.859669 },
  precision: 'exact',
  createdBy,
  createdAt: at('2026-01-05T12:00:00Z'),
  updatedAt: at('2026-01-05T12:00:00Z'),
});
const timesDoc: DocumentData = {
  propertyId: 'p-new',
  poiId: 'work',
  durations: { walking: 745, cycling: 240, driving: 150, transit: 'unsupported' },
  propertyLocationKey: '45.764814,4.845891',
  poiLocationKey: '45.759978,4.859669',
  error: null,
  computedAt: 1_767_614_400_000,
};

async function seedPlaces(harness: RulesHarness) {
  await harness.env.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore();
    for (const c of ['c1', 'c2', 'c4']) {
      await setDoc(doc(db, poi(c, 'work')), poiDoc(uids.client));
      await setDoc(doc(db, times(c, 'p-new_work')), timesDoc);
    }
    await setDoc(doc(db, poi('c1', 'work', T2)), poiDoc(uids.client));
    await setDoc(doc(db, times('c1', 'p-new_work', T2)), timesDoc);
  });
}

const poiCases = table(C.pois, [
  { actor: 'client', op: 'get', path: poi('c1', 'work'), what: 'its own point', expect: 'allow' },
  { actor: 'client', op: 'list', path: poi('c1'), orderBy: 'createdAt', expect: 'allow' },
  {
    actor: 'client',
    op: 'create',
    path: poi('c1', 'new'),
    what: 'a point written directly, not geocoded',
    data: { ...poiDoc(uids.client), createdAt: serverTimestamp() },
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'update',
    path: poi('c1', 'work'),
    what: 'moves its point by hand',
    data: { location: { lat: 48.85, lng: 2.35 } },
    expect: 'deny',
  },
  { actor: 'client', op: 'delete', path: poi('c1', 'work'), expect: 'deny' },
  { actor: 'impersonation', op: 'list', path: poi('c1'), what: 'a preview reads', expect: 'allow' },
  { actor: 'owner', op: 'list', path: poi('c1'), orderBy: 'createdAt', expect: 'allow' },
  { actor: 'admin', op: 'get', path: poi('c1', 'work'), expect: 'allow' },
  {
    actor: 'collaborator',
    op: 'list',
    path: poi('c4'),
    what: 'not shared (setting off)',
    expect: 'allow',
  },
  {
    actor: 'owner',
    op: 'create',
    path: poi('c1', 'new'),
    what: 'a point written directly',
    data: poiDoc(uids.owner),
    expect: 'deny',
  },
  { actor: 'admin', op: 'delete', path: poi('c1', 'work'), what: 'directly', expect: 'deny' },
  {
    actor: 'otherClient',
    op: 'get',
    path: poi('c1', 'work'),
    what: 'another space',
    expect: 'deny',
  },
  { actor: 'otherClient', op: 'list', path: poi('c1'), what: 'another space', expect: 'deny' },
  { actor: 'revokedClient', op: 'list', path: poi('c3'), what: 'its own, revoked', expect: 'deny' },
  {
    actor: 'otherTenantAdmin',
    op: 'list',
    path: poi('c1'),
    what: 'another tenant',
    expect: 'deny',
  },
  {
    actor: 'otherTenantAdmin',
    op: 'get',
    path: poi('c1', 'work'),
    what: 'another tenant',
    expect: 'deny',
  },
  { actor: 'unauthenticated', op: 'get', path: poi('c1', 'work'), expect: 'deny' },
]);

const travelCases = table(C.travelTimes, [
  {
    actor: 'client',
    op: 'list',
    path: times('c1'),
    where: [['propertyId', '==', 'p-new']],
    what: 'a property page’s times',
    expect: 'allow',
  },
  {
    actor: 'client',
    op: 'create',
    path: times('c1', 'p-new_other'),
    what: 'forged times',
    data: timesDoc,
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'update',
    path: times('c1', 'p-new_work'),
    what: 'shortens a time',
    data: { 'durations.walking': 60 },
    expect: 'deny',
  },
  { actor: 'owner', op: 'get', path: times('c1', 'p-new_work'), expect: 'allow' },
  { actor: 'admin', op: 'list', path: times('c1'), expect: 'allow' },
  {
    actor: 'collaborator',
    op: 'list',
    path: times('c4'),
    what: 'not shared (setting off)',
    expect: 'allow',
  },
  {
    actor: 'owner',
    op: 'update',
    path: times('c1', 'p-new_work'),
    what: 'edits a time',
    data: { error: null, computedAt: 1 },
    expect: 'deny',
  },
  { actor: 'admin', op: 'delete', path: times('c1', 'p-new_work'), expect: 'deny' },
  { actor: 'otherClient', op: 'list', path: times('c1'), what: 'another space', expect: 'deny' },
  {
    actor: 'otherClient',
    op: 'get',
    path: times('c1', 'p-new_work'),
    what: 'another space',
    expect: 'deny',
  },
  {
    actor: 'revokedClient',
    op: 'list',
    path: times('c3'),
    what: 'its own, revoked',
    expect: 'deny',
  },
  {
    actor: 'otherTenantAdmin',
    op: 'list',
    path: times('c1'),
    what: 'another tenant',
    expect: 'deny',
  },
  { actor: 'unauthenticated', op: 'list', path: times('c1'), expect: 'deny' },
]);

const sharedOnly = 'collaboratorSharedOnly' as const;
const sharedOnlyCases: RuleCase[] = [
  ...table(C.pois, [
    { actor: sharedOnly, op: 'list', path: poi('c1'), what: 'a shared client', expect: 'allow' },
    { actor: sharedOnly, op: 'list', path: poi('c4'), what: 'a client not shared', expect: 'deny' },
  ] satisfies CaseRow[]),
  ...table(C.travelTimes, [
    { actor: sharedOnly, op: 'list', path: times('c1'), what: 'a shared client', expect: 'allow' },
    {
      actor: sharedOnly,
      op: 'list',
      path: times('c4'),
      what: 'a client not shared',
      expect: 'deny',
    },
  ] satisfies CaseRow[]),
];

function describePlaces(name: string, cases: RuleCase[], options: FixtureOptions = {}) {
  setLogLevel('silent');
  describe(`firestore.rules matrix: ${name}`, () => {
    let harness: RulesHarness | undefined;
    beforeAll(async () => {
      harness = new RulesHarness(await rulesEnvironment(`demo-rules-${name}`));
      await seedFixture(harness.env, options);
      await seedPlaces(harness);
    });
    afterAll(async () => {
      await harness?.cleanup();
      console.log(`rules matrix: ${cases.length} cases in tests/rules/pois.test.ts (${name})`);
    });
    it.each(named(cases).map((k) => [k.name, k] as const))('%s', async (_name, k) => {
      if (!harness) throw new Error('the environment did not start');
      await harness.check(k);
    });
  });
}

const everyday = [...poiCases, ...travelCases];

it('has cases for every core actor in both collections, allowed and denied', () => {
  expect(gaps(everyday)).toEqual([]);
});

describePlaces('pois', everyday);
describePlaces('pois-shared-only', sharedOnlyCases, { sharedOnly: true });
