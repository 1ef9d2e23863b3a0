// The hunter's business (H5): the fee of a deal (`clients/{c}/dealFees/{propertyId}`, staff on the
// client write it, validated) and the deal documents the triggers keep (`deals/{c}_{p}`, staff read,
// nobody writes). No client, preview or other agency reads either, and a collaborator who sees only
// shared clients sees only theirs. Seeded on top of the common fixture, one project per setting.
import { serverTimestamp, writeBatch, doc, type DocumentData } from 'firebase/firestore';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { setLogLevel as setFirestoreLogLevel } from 'firebase/firestore';
import {
  RulesHarness,
  T1,
  T2,
  assignmentIds as ids,
  at,
  named,
  paths,
  rulesEnvironment,
  seedFixture,
  table,
  uids,
  type ActorName,
  type RuleCase,
} from '../support/rules.js';

const fee = (changes: DocumentData = {}, by: string = uids.owner): DocumentData => ({
  amountExclVat: 5000,
  amountInclVat: 6000,
  payer: 'client',
  updatedBy: by,
  updatedAt: serverTimestamp(),
  ...changes,
});
const feePath = (c: string, p: string = ids.offer, t = T1) => paths.space(c, 'dealFees', p, t);
const dealPath = (c: string, p: string = ids.offer, t = T1) => paths.of('deals', `${c}_${p}`, t);

function deal(c: string, sharedWith: string[], tenantId = T1): DocumentData {
  return {
    tenantId,
    clientId: c,
    propertyId: ids.offer,
    clientName: `Prénom ${c} Nom ${c}`,
    propertyTitle: 'T3',
    sharedWith,
    stage: 'offer',
    dates: { offerAt: at('2026-01-10T10:00:00Z') },
    fee: { amountExclVat: 5000, amountInclVat: 6000, payer: 'client' },
    feeExclVat: 5000,
    series: 'expected',
    cashYear: 2026,
    cashMonth: 6,
    cashKey: '2026-06',
    updatedAt: at('2026-01-10T10:00:00Z'),
  };
}

/** The business documents, beside the common fixture's. */
function businessDocs(): Array<[string, DocumentData]> {
  const stored = { amountExclVat: 5000, amountInclVat: 6000, payer: 'client' };
  const storedFee = { ...stored, updatedBy: uids.owner, updatedAt: at('2026-01-10T10:00:00Z') };
  return [
    [feePath('c1'), storedFee],
    [feePath('c4'), storedFee],
    [feePath('c1', ids.offer, T2), storedFee],
    [dealPath('c1'), deal('c1', [uids.collaborator])],
    [dealPath('c2'), deal('c2', [uids.collaborator])],
    [dealPath('c4'), deal('c4', [])],
    [dealPath('c1', ids.offer, T2), deal('c1', [], T2)],
  ];
}

const FEES = 'tenants/{t}/clients/{c}/dealFees';
const DEALS = 'tenants/{t}/deals';
const cashFilter = ['cashYear', '==', 2026] as const;

function everyone(): RuleCase[] {
  const rows: RuleCase[] = [];
  const staffRows = (actor: ActorName, expect: 'allow' | 'deny', by: string) => [
    ...table(FEES, [
      { actor, op: 'get', path: feePath('c1'), expect },
      { actor, op: 'list', path: paths.space('c1', 'dealFees'), expect },
      { actor, op: 'update', path: feePath('c1'), data: fee({}, by), expect },
      {
        actor,
        op: 'create',
        path: feePath('c1', ids.offerAccepted),
        what: 'a fee on a card at offerAccepted',
        data: fee({}, by),
        expect,
      },
      { actor, op: 'delete', path: feePath('c1'), expect },
    ]),
    ...table(DEALS, [
      { actor, op: 'get', path: dealPath('c1'), expect },
      { actor, op: 'list', path: paths.of('deals'), where: [cashFilter], expect },
      { actor, op: 'update', path: dealPath('c1'), data: { feeExclVat: 1 }, expect: 'deny' },
      { actor, op: 'create', path: dealPath('c2', ids.new), data: deal('c2', []), expect: 'deny' },
      { actor, op: 'delete', path: dealPath('c1'), expect: 'deny' },
    ]),
  ];
  rows.push(...staffRows('owner', 'allow', uids.owner));
  rows.push(...staffRows('admin', 'allow', uids.admin));
  rows.push(...staffRows('collaborator', 'allow', uids.collaborator));

  // Everybody else: the client of c1 (whose deal it is), its preview, other clients, another
  // agency's admin, a removed member, nobody signed in.
  const outsiders: ActorName[] = [
    'client',
    'impersonation',
    'otherClient',
    'revokedClient',
    'otherTenantAdmin',
    'removedMember',
    'adminFromOtherPool',
    'unauthenticated',
  ];
  for (const actor of outsiders) {
    rows.push(
      ...table(FEES, [
        { actor, op: 'get', path: feePath('c1'), expect: 'deny' },
        { actor, op: 'list', path: paths.space('c1', 'dealFees'), expect: 'deny' },
        { actor, op: 'update', path: feePath('c1'), data: fee({}, uids.client), expect: 'deny' },
        { actor, op: 'delete', path: feePath('c1'), expect: 'deny' },
      ]),
      ...table(DEALS, [
        { actor, op: 'get', path: dealPath('c1'), expect: 'deny' },
        { actor, op: 'list', path: paths.of('deals'), where: [cashFilter], expect: 'deny' },
      ]),
    );
  }
  // Another agency's admin reads their own agency's, not t1's.
  rows.push(
    ...table(DEALS, [
      {
        actor: 'otherTenantAdmin',
        op: 'get',
        path: dealPath('c1', ids.offer, T2),
        what: "t2's own deal",
        expect: 'allow',
      },
    ]),
    ...table(FEES, [
      {
        actor: 'otherTenantAdmin',
        op: 'get',
        path: feePath('c1', ids.offer, T2),
        what: "t2's own fee",
        expect: 'allow',
      },
    ]),
  );

  // The fee's content.
  const bad = (what: string, data: DocumentData): RuleCase => ({
    collection: FEES,
    actor: 'owner',
    op: 'update',
    path: feePath('c1'),
    what,
    data,
    expect: 'deny',
  });
  rows.push(
    bad('negative amount', fee({ amountExclVat: -1 })),
    bad('incl. VAT below excl. VAT', fee({ amountInclVat: 4000 })),
    bad('amount as text', fee({ amountExclVat: '5000' })),
    bad('over 100 M€', fee({ amountExclVat: 100_000_001, amountInclVat: 100_000_001 })),
    bad('unknown payer', fee({ payer: 'notary' })),
    bad('written in the name of another member', fee({}, uids.admin)),
    bad('a date of the past', fee({ updatedAt: at('2001-01-01T00:00:00Z') })),
    bad('an extra field', fee({ note: 'remise' })),
    {
      collection: FEES,
      actor: 'owner',
      op: 'update',
      path: feePath('c1'),
      what: 'paid by the seller, zero VAT',
      data: fee({ payer: 'seller', amountExclVat: 0, amountInclVat: 0 }),
      expect: 'allow',
    },
    {
      collection: FEES,
      actor: 'owner',
      op: 'create',
      path: feePath('c1', 'p-never-proposed'),
      what: 'a fee for a property not proposed to the client',
      data: fee(),
      expect: 'deny',
    },
  );
  return rows;
}

function sharedOnly(): RuleCase[] {
  const actor: ActorName = 'collaboratorSharedOnly';
  const mine = ['sharedWith', 'array-contains', uids.collaborator] as const;
  return [
    ...table(FEES, [
      { actor, op: 'get', path: feePath('c1'), what: 'fee of c1 (shared)', expect: 'allow' },
      { actor, op: 'get', path: feePath('c4'), what: 'fee of c4 (not shared)', expect: 'deny' },
      {
        actor,
        op: 'update',
        path: feePath('c1'),
        what: 'fee of c1 (shared)',
        data: fee({}, uids.collaborator),
        expect: 'allow',
      },
      {
        actor,
        op: 'update',
        path: feePath('c4'),
        what: 'fee of c4 (not shared)',
        data: fee({}, uids.collaborator),
        expect: 'deny',
      },
      { actor, op: 'delete', path: feePath('c4'), what: 'fee of c4', expect: 'deny' },
    ]),
    ...table(DEALS, [
      { actor, op: 'get', path: dealPath('c1'), what: 'deal of c1 (shared)', expect: 'allow' },
      { actor, op: 'get', path: dealPath('c4'), what: 'deal of c4 (not shared)', expect: 'deny' },
      {
        actor,
        op: 'list',
        path: paths.of('deals'),
        what: 'the year without the sharing filter',
        where: [cashFilter],
        expect: 'deny',
      },
      {
        actor,
        op: 'list',
        path: paths.of('deals'),
        what: 'the year of the clients shared with them',
        where: [cashFilter, mine],
        expect: 'allow',
      },
      // Owners and admins are not scoped.
      { actor: 'admin', op: 'get', path: dealPath('c4'), expect: 'allow' },
      { actor: 'admin', op: 'list', path: paths.of('deals'), where: [cashFilter], expect: 'allow' },
    ]),
  ];
}

function describeBusiness(name: string, cases: RuleCase[], options: { sharedOnly?: boolean }) {
  setFirestoreLogLevel('silent');
  describe(`firestore.rules matrix: ${name}`, () => {
    let harness: RulesHarness | undefined;
    beforeAll(async () => {
      harness = new RulesHarness(await rulesEnvironment(`demo-rules-${name}`));
      await seedFixture(harness.env, options);
      await harness.env.withSecurityRulesDisabled(async (context) => {
        const batch = writeBatch(context.firestore());
        for (const [path, data] of businessDocs()) batch.set(doc(context.firestore(), path), data);
        await batch.commit();
      });
    });
    afterAll(async () => {
      await harness?.cleanup();
    });
    it.each(named(cases).map((k) => [k.name, k] as const))('%s', async (_name, k) => {
      if (!harness) throw new Error('the environment did not start');
      await harness.check(k);
    });
  });
}

describeBusiness('business', everyone(), {});
describeBusiness('business-shared-only', sharedOnly(), { sharedOnly: true });
