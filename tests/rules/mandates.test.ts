// The French rules (L1, L2): the mandate register (`tenants/{t}/mandates`) is append-only for
// everyone — createMandate writes it, nobody else creates, edits or deletes an entry — staff read
// it (a shared-only collaborator client by client) and a client reads only their own; the fee
// schedule (`public/tariffs`) is public and admins write it, validated; the company's card
// issuer is part of the branding's validated fields.
import { serverTimestamp, setLogLevel as setFirestoreLogLevel } from 'firebase/firestore';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  RulesHarness,
  at,
  named,
  paths,
  rulesEnvironment,
  seedFixture,
  table,
  uids,
  validBranding,
  type ActorName,
  type RuleCase,
} from '../support/rules.js';

const MANDATES = 'tenants/{t}/mandates/{id}';
const PUBLIC = 'tenants/{t}/public/{docId}';
const mandate = (id: string) => paths.of('mandates', id);
const register = paths.of('mandates');
const tariffs = paths.of('public', 'tariffs');
const forged = {
  clientId: 'c1',
  number: 99,
  date: '2026-12-01',
  signedRemotely: true,
  termMonths: 3,
  fee: 6000,
  retainUntil: at('2036-12-01T00:00:00Z'),
};
const tariffsDoc = (by: string, text = '# Honoraires\n- 5 % TTC') => ({
  text,
  updatedBy: by,
  updatedAt: serverTimestamp(),
});

function writesDenied(actor: ActorName): RuleCase[] {
  return table(MANDATES, [
    { actor, op: 'create', path: mandate('m-forged'), data: forged, expect: 'deny' },
    { actor, op: 'update', path: mandate('m-c1'), data: { fee: 1 }, expect: 'deny' },
    {
      actor,
      op: 'update',
      path: mandate('m-c1'),
      what: 'shorten retainUntil',
      data: { retainUntil: at('2027-01-01T00:00:00Z') },
      expect: 'deny',
    },
    { actor, op: 'delete', path: mandate('m-c1'), expect: 'deny' },
  ]);
}

function cases(): RuleCase[] {
  const rows: RuleCase[] = [];
  for (const actor of ['owner', 'admin', 'collaborator'] as const) {
    rows.push(
      ...table(MANDATES, [
        { actor, op: 'get', path: mandate('m-c4'), expect: 'allow' },
        { actor, op: 'list', path: register, orderBy: 'number', expect: 'allow' },
      ]),
      ...writesDenied(actor),
    );
  }
  rows.push(
    ...table(MANDATES, [
      { actor: 'client', op: 'get', path: mandate('m-c1'), what: 'its own', expect: 'allow' },
      {
        actor: 'client',
        op: 'list',
        path: register,
        where: [['clientId', '==', 'c1']],
        expect: 'allow',
      },
      { actor: 'client', op: 'get', path: mandate('m-c2'), what: "c2's", expect: 'deny' },
      {
        actor: 'client',
        op: 'list',
        path: register,
        where: [['clientId', '==', 'c2']],
        expect: 'deny',
      },
      { actor: 'client', op: 'list', path: register, what: 'the whole register', expect: 'deny' },
      { actor: 'impersonation', op: 'get', path: mandate('m-c1'), expect: 'allow' },
    ]),
    ...writesDenied('client'),
    ...writesDenied('impersonation'),
  );
  for (const actor of [
    'otherClient',
    'otherTenantAdmin',
    'removedMember',
    'unauthenticated',
  ] as const) {
    rows.push(
      ...table(MANDATES, [
        { actor, op: 'get', path: mandate('m-c1'), expect: 'deny' },
        { actor, op: 'list', path: register, expect: 'deny' },
      ]),
    );
  }

  rows.push(
    ...table(PUBLIC, [
      { actor: 'unauthenticated', op: 'get', path: tariffs, absent: true, expect: 'allow' },
      { actor: 'client', op: 'get', path: tariffs, absent: true, expect: 'allow' },
      {
        actor: 'owner',
        op: 'create',
        path: tariffs,
        data: tariffsDoc(uids.owner),
        expect: 'allow',
      },
      {
        actor: 'admin',
        op: 'create',
        path: tariffs,
        data: tariffsDoc(uids.admin),
        expect: 'allow',
      },
      {
        actor: 'collaborator',
        op: 'create',
        path: tariffs,
        data: tariffsDoc(uids.collaborator),
        expect: 'deny',
      },
      {
        actor: 'client',
        op: 'create',
        path: tariffs,
        data: tariffsDoc(uids.client),
        expect: 'deny',
      },
      {
        actor: 'owner',
        op: 'create',
        path: tariffs,
        what: 'over 20,000 characters',
        data: tariffsDoc(uids.owner, 'a'.repeat(20_001)),
        expect: 'deny',
      },
      {
        actor: 'owner',
        op: 'create',
        path: tariffs,
        what: 'in the name of another member',
        data: tariffsDoc(uids.admin),
        expect: 'deny',
      },
      {
        actor: 'owner',
        op: 'create',
        path: tariffs,
        what: 'an extra field',
        data: { ...tariffsDoc(uids.owner), html: '<b>x</b>' },
        expect: 'deny',
      },
      {
        actor: 'owner',
        op: 'create',
        path: paths.of('public', 'other'),
        what: 'another public document',
        data: tariffsDoc(uids.owner),
        expect: 'deny',
      },
      {
        actor: 'owner',
        op: 'update',
        path: paths.branding(),
        what: 'branding with the card issuer',
        data: {
          company: { ...validBranding.company, professionalCardAuthority: 'CCI Lyon Métropole' },
        },
        expect: 'allow',
      },
      {
        actor: 'owner',
        op: 'update',
        path: paths.branding(),
        what: 'branding with a card issuer over 120 characters',
        data: {
          company: { ...validBranding.company, professionalCardAuthority: 'C'.repeat(121) },
        },
        expect: 'deny',
      },
    ]),
  );
  return rows;
}

function sharedOnly(): RuleCase[] {
  const actor: ActorName = 'collaboratorSharedOnly';
  return table(MANDATES, [
    { actor, op: 'get', path: mandate('m-c1'), what: 'm-c1 (shared)', expect: 'allow' },
    { actor, op: 'get', path: mandate('m-c4'), what: 'm-c4 (not shared)', expect: 'deny' },
    {
      actor,
      op: 'list',
      path: register,
      what: 'one shared client',
      where: [['clientId', '==', 'c1']],
      expect: 'allow',
    },
    { actor, op: 'list', path: register, what: 'the whole register', expect: 'deny' },
    { actor: 'admin', op: 'list', path: register, what: 'admins are not scoped', expect: 'allow' },
  ]);
}

function describeMatrix(name: string, rows: RuleCase[], options: { sharedOnly?: boolean }) {
  setFirestoreLogLevel('silent');
  describe(`firestore.rules matrix: ${name}`, () => {
    let harness: RulesHarness | undefined;
    beforeAll(async () => {
      harness = new RulesHarness(await rulesEnvironment(`demo-rules-${name}`));
      await seedFixture(harness.env, options);
    });
    afterAll(async () => {
      await harness?.cleanup();
    });
    it.each(named(rows).map((k) => [k.name, k] as const))('%s', async (_name, k) => {
      if (!harness) throw new Error('the environment did not start');
      await harness.check(k);
    });
  });
}

describeMatrix('mandates', cases(), {});
describeMatrix('mandates-shared-only', sharedOnly(), { sharedOnly: true });
